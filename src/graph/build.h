/* Graph construction from the stages below (graph/build.c). */
#ifndef NKG_GRAPH_BUILD_H
#define NKG_GRAPH_BUILD_H

#include "entities/entities.h"
#include "events/events.h"
#include "graph/graph.h"
#include "text/text.h"

struct nkg_build_input {
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

#endif
