/*
 * Graph stage: the RDF graph of one document as a list of triples whose
 * terms are plain strings (arena-owned), each predicate and rdf:type class
 * interned as a vocabulary id when the triple is added.  Serializers read
 * only this: the RDF writers write the triples, the GraphML and DOT
 * writers derive nodes (typed subjects) and edges (roles) from the ids.
 * Triples keep insertion order, so output is byte-identical run to run.
 */
#ifndef NKG_GRAPH_GRAPH_H
#define NKG_GRAPH_GRAPH_H

#include <stdint.h>

#include "nkg.h"

/* Namespaces (the prefixes written in Turtle and used in GraphML). */
#define NKG_NS "https://w3id.org/newskg/ontology#"
#define NKG_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NKG_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NKG_XSD "http://www.w3.org/2001/XMLSchema#"
#define NKG_OWL "http://www.w3.org/2002/07/owl#"
#define NKG_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NKG_WD "http://www.wikidata.org/entity/"
#define NKG_SCHEMA "https://schema.org/"
#define NKG_PROV "http://www.w3.org/ns/prov#"

enum nkg_term_kind { NKG_IRI = 0, NKG_LITERAL };

struct nkg_term {
  const char *value;    /* IRI or lexical form */
  const char *datatype; /* literal datatype IRI, or NULL for a plain string */
  const char *lang;     /* literal language tag, or NULL */
  uint8_t kind;         /* enum nkg_term_kind */
  /* enum nkg_voc (graph/vocab.h) of a predicate, and of the class an
     rdf:type object names: set once by nkg_graph_add, so the graph-view
     writers (DOT, GraphML) switch on it instead of comparing IRIs */
  uint8_t voc;
};

struct nkg_triple {
  struct nkg_term s, p, o;
};

/* One line of --explain: which rule made which fact from which text. */
struct nkg_explain {
  const char *fact; /* "participant Q7035479 (Nikol Pashinyan)" */
  const char *rule; /* "verb-frame:met subject" */
  const char *text; /* the supporting span */
};

struct nkg_graph_data {
  struct nkg_arena arena;    /* owns every string below */
  const char *doc_iri;       /* also the N-Quads graph name */
  struct nkg_triple *triples;
  size_t ntriples, captriples;
  struct nkg_explain *explain;
  size_t nexplain, capexplain;
  size_t nevents, nentities;
};

/* newskg_graph (public, opaque) is this struct. */
struct newskg_graph {
  struct nkg_graph_data d;
  size_t nsent, nparsed; /* the document's sentences; those parsed */
};

newskg_status nkg_graph_add(struct nkg_graph_data *g, struct nkg_term s,
                            struct nkg_term p, struct nkg_term o);
newskg_status nkg_graph_explain_add(struct nkg_graph_data *g, const char *fact,
                                    const char *rule, const char *text);

static inline struct nkg_term nkg_iri(const char *v) {
  struct nkg_term t = {v, 0, 0, NKG_IRI, 0};
  return t;
}
static inline struct nkg_term nkg_lit(const char *v, const char *datatype) {
  struct nkg_term t = {v, datatype, 0, NKG_LITERAL, 0};
  return t;
}
static inline struct nkg_term nkg_lang(const char *v, const char *lang) {
  struct nkg_term t = {v, 0, lang, NKG_LITERAL, 0};
  return t;
}

#endif /* NKG_GRAPH_GRAPH_H */
