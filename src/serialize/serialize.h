/*
 * Serializers: turn document graphs (graph/graph.h) into bytes.  Each
 * format is one file with the same three-call shape (start, add a
 * document graph, finish), dispatched by the public newskg_writer in
 * serialize/writer.c.  RDF goes through raptor2, GraphML through libxml2's
 * xmlTextWriter; nothing here formats RDF or XML by hand.
 */
#ifndef NKG_SERIALIZE_SERIALIZE_H
#define NKG_SERIALIZE_SERIALIZE_H

#include <stdio.h>

#include "graph/graph.h"

struct nkg_rdf_writer;
newskg_status nkg_rdf_start(newskg_format format, FILE *out,
                            struct nkg_rdf_writer **w);
newskg_status nkg_rdf_add(struct nkg_rdf_writer *w,
                          const struct nkg_graph_data *g);
newskg_status nkg_rdf_finish(struct nkg_rdf_writer *w);
void nkg_rdf_free(struct nkg_rdf_writer *w);

/* GraphML (Gephi, networkx, graphology): entities and events are nodes,
   roles are edges.  Node ids are NMTOKENs ("n1", "n2", ...) in first-seen
   order; the IRI is kept as the `iri` attribute.  Nodes that recur across
   documents are written once.  Keys: node label, type, wikidata, iri,
   date, planned, cameo; edge label (the role) and weight. */
struct nkg_graphml_writer;
newskg_status nkg_graphml_start(FILE *out, struct nkg_graphml_writer **w);
newskg_status nkg_graphml_add(struct nkg_graphml_writer *w,
                              const struct nkg_graph_data *g);
newskg_status nkg_graphml_finish(struct nkg_graphml_writer *w);
void nkg_graphml_free(struct nkg_graphml_writer *w);

#endif /* NKG_SERIALIZE_SERIALIZE_H */
