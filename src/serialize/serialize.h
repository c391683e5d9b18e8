/*
 * Serializers: turn document graphs (graph/graph.h) into bytes.  Each
 * format is one file with the same three-call shape (start, add a
 * document graph, finish), dispatched by the public newskg_writer in
 * serialize/writer.c.  Turtle and RDF/XML go through raptor2, GraphML
 * through libxml2's xmlTextWriter.  N-Triples and N-Quads, the formats of
 * bulk loading, are written by serialize/ntriples.c (canonical N-Triples,
 * one buffer per document; raptor2 is the oracle in the tests), DOT by
 * serialize/dot.c (see there why not by raptor2).
 */
#ifndef NKG_SERIALIZE_SERIALIZE_H
#define NKG_SERIALIZE_SERIALIZE_H

#include <stdio.h>

#include "graph/graph.h"

/* N-Triples, or N-Quads with the document IRI as graph name when `quads`:
   each document's lines are formatted into one reused buffer and written
   with one fwrite. */
struct nkg_nt_writer;
newskg_status nkg_nt_start(bool quads, FILE *out, struct nkg_nt_writer **w);
newskg_status nkg_nt_add(struct nkg_nt_writer *w,
                         const struct nkg_graph_data *g);
newskg_status nkg_nt_finish(struct nkg_nt_writer *w);
void nkg_nt_free(struct nkg_nt_writer *w);

/* Turtle (one self-contained block with its @prefix lines per document,
   so memory is one document's) and RDF/XML, through raptor2. */
struct nkg_rdf_writer;
newskg_status nkg_rdf_start(newskg_format format, FILE *out,
                            struct nkg_rdf_writer **w);
newskg_status nkg_rdf_add(struct nkg_rdf_writer *w,
                          const struct nkg_graph_data *g);
newskg_status nkg_rdf_finish(struct nkg_rdf_writer *w);
void nkg_rdf_free(struct nkg_rdf_writer *w);

/* DOT (Graphviz), a picture of the meeting layer: meetings and statements
   as boxes, the entities they name as ellipses, roles as labelled edges;
   NIF provenance, rules and CAMEO codes stay in the RDF formats.  Written
   as each document is added; nodes and edges once per stream. */
struct nkg_dot_writer;
newskg_status nkg_dot_start(FILE *out, struct nkg_dot_writer **w);
newskg_status nkg_dot_add(struct nkg_dot_writer *w,
                          const struct nkg_graph_data *g);
newskg_status nkg_dot_finish(struct nkg_dot_writer *w);
void nkg_dot_free(struct nkg_dot_writer *w);

/* GraphML (Gephi, networkx, graphology), in one of two views.
   Events view: entities and events are nodes, roles are directed edges,
   written as each document is added.  Node ids are NMTOKENs ("n1", "n2",
   ...) in first-seen order; the IRI is kept as the `iri` attribute.  Nodes
   that recur across documents are written once.  Keys: node label, type,
   wikidata, iri, date, planned, cameo; edge label (the role) and weight.
   Actors view: people, countries and organizations that took part in a
   meeting that happened (not nkg:planned) with another one; one undirected
   edge per pair, weight = number of distinct meetings (by IRI, so a meeting
   two documents report counts once), dates and meeting IRIs as delimited
   strings, first and last day as start/end for Gephi's timeline.  It is
   aggregated over the stream and written by finish. */
struct nkg_graphml_writer;
newskg_status nkg_graphml_start(FILE *out, newskg_graph_view view,
                                struct nkg_graphml_writer **w);
newskg_status nkg_graphml_add(struct nkg_graphml_writer *w,
                              const struct nkg_graph_data *g);
newskg_status nkg_graphml_finish(struct nkg_graphml_writer *w);
void nkg_graphml_free(struct nkg_graphml_writer *w);

#endif /* NKG_SERIALIZE_SERIALIZE_H */
