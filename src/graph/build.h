/* Graph construction from the stages below (graph/build.c). */
#ifndef NKG_GRAPH_BUILD_H
#define NKG_GRAPH_BUILD_H

#include "entities/entities.h"
#include "events/events.h"
#include "graph/graph.h"
#include "text/text.h"

/* What the graph of one document carries from one window of its text to
   the next (pipeline.c cuts long documents into windows and builds each
   into the same graph, or each into a graph of its own that is written
   and freed before the next).  Zero it, fill the first five fields, then
   call nkg_graph_build once per window with cp_base set; a short
   document is one window.  Compact: the document IRI, its NIF context
   and one IRI per entity described, whatever the document's length. */
struct nkg_build_state {
  const char *text;  /* the whole document (its NIF context) */
  uint32_t len;      /* bytes */
  uint32_t cp_len;   /* code points */
  uint32_t cp_base;  /* code points before the current window */
  struct nkg_arena *arena; /* lives as long as the document: holds what
                              is below (the windows' graphs may not) */
  /* below: kept by nkg_graph_build */
  bool started;      /* the document's own triples are written */
  const char *doc_iri; /* also the N-Quads graph name */
  const char *ctx;   /* the NIF context IRI */
  uint32_t events, statements; /* numbered so far */
  const char **ents; /* entity IRIs written: open-addressing set */
  uint32_t nents, capents;
};

struct nkg_build_input {
  struct nkg_build_state *doc; /* the document; t is one window of it */
  const struct nkg_text *t;
  const struct nkg_entities *e;
  const struct nkg_events *ev;
  const struct nkg_gazetteer *g;
  const char *base;    /* base IRI, ends with '/' */
  const char *id;      /* document id or NULL */
  const char *url;     /* or NULL */
  const char *pub_iso; /* "YYYY-MM-DD" or NULL */
  newskg_provenance provenance;
};

newskg_status nkg_graph_build(const struct nkg_build_input *in,
                              struct nkg_graph_data *g);

/* Copies into the graph's arena every string of the triples and
   explanations from index `t0`/`x0` on that lives in `a` (a window's
   arena, freed before the next window), so the graph outlives it. */
newskg_status nkg_graph_detach(struct nkg_graph_data *g, size_t t0, size_t x0,
                               const struct nkg_arena *a);

#endif
