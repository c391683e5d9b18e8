/*
 * Test support, public API only: serialize a graph into memory, and read
 * N-Triples back as (subject, predicate, object) strings so tests can ask
 * "is this triple there?" without a parser dependency.  Terms keep their
 * N-Triples spelling: IRIs in <...>, literals in quotes with their
 * ^^datatype or @lang.
 */
#ifndef NEWSKG_TESTS_NT_H
#define NEWSKG_TESTS_NT_H

#include <stdbool.h>
#include <stddef.h>

#include <newskg/newskg.h>

#define NT_NKG(local) "<https://w3id.org/newskg/ontology#" local ">"
#define NT_WD(qid) "<http://www.wikidata.org/entity/" qid ">"
#define NT_RDF_TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define NT_XSD(local) "<http://www.w3.org/2001/XMLSchema#" local ">"
#define NT_DATE(lex) "\"" lex "\"^^" NT_XSD("date")
#define NT_YEAR_MONTH(lex) "\"" lex "\"^^" NT_XSD("gYearMonth")
#define NT_TRUE "\"true\"^^" NT_XSD("boolean")

/* Serializes one graph in `format` into a malloc'd, NUL-terminated
   buffer (*out, *len).  Returns the first failing status, with *out NULL. */
newskg_status nt_serialize(const newskg_pipeline *p, const newskg_graph *g,
                           newskg_format format, char **out, size_t *len);

struct nt_triple {
  const char *s, *p, *o;
};

struct nt_graph {
  struct nt_triple *t;
  size_t n;
  char *buf; /* owns the strings */
};

/* Splits N-Triples (or N-Quads, graph term dropped) text into triples.
   Returns false on a line it cannot read. */
bool nt_parse(const char *text, struct nt_graph *out);
void nt_free(struct nt_graph *g);

/* Number of triples matching the pattern; NULL terms are wildcards. */
size_t nt_count(const struct nt_graph *g, const char *s, const char *p,
                const char *o);

/* The first subject that has every one of the `n` objects as values of
   predicate `p` ("the event whose participants include A and B"), or NULL. */
const char *nt_subject_with_all(const struct nt_graph *g, const char *p,
                                const char *const *objects, size_t n);

/* The lexical form of an N-Triples literal term ("..."^^<dt>, "..."@en)
   with escapes resolved, as malloc'd UTF-8; NULL if `term` is no literal. */
char *nt_literal_value(const char *term);

/* Extracts `text` with the built-in gazetteer and returns the parsed
   N-Triples of the graph; *events receives the event count.  Asserts on
   any failure (cmocka). */
void nt_extract(const newskg_pipeline *p, const char *text, const char *date,
                struct nt_graph *out, size_t *events);

#endif
