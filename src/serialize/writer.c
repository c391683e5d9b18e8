/*
 * The public writer: dispatches to the N-Triples/N-Quads (our own), RDF
 * (raptor2), DOT or GraphML (libxml2) serializer and keeps the error state the API promises
 * (after a failure only newskg_writer_free is accepted).  The GraphML
 * writer is started by the first add (or finish), once its view is final.
 */
#include <stdlib.h>
#include <string.h>

#include "serialize/serialize.h"

struct newskg_writer {
  newskg_format format;
  newskg_graph_view view;
  FILE *out; /* borrowed */
  struct nkg_nt_writer *nt;
  struct nkg_rdf_writer *rdf;
  struct nkg_dot_writer *dot;
  struct nkg_graphml_writer *graphml;
  bool failed;
};

newskg_status newskg_format_from_name(const char *name, newskg_format *out) {
  static const struct {
    const char *name;
    newskg_format f;
  } names[] = {
      {"turtle", NEWSKG_FORMAT_TURTLE},
      {"ttl", NEWSKG_FORMAT_TURTLE},
      {"ntriples", NEWSKG_FORMAT_NTRIPLES},
      {"nt", NEWSKG_FORMAT_NTRIPLES},
      {"nquads", NEWSKG_FORMAT_NQUADS},
      {"nq", NEWSKG_FORMAT_NQUADS},
      {"rdfxml", NEWSKG_FORMAT_RDFXML},
      {"xml", NEWSKG_FORMAT_RDFXML},
      {"graphml", NEWSKG_FORMAT_GRAPHML},
      {"dot", NEWSKG_FORMAT_DOT},
      {"gv", NEWSKG_FORMAT_DOT},
  };
  if (!name || !out)
    return NEWSKG_ERR_BAD_ARG;
  for (size_t i = 0; i < NKG_COUNT(names); i++)
    if (strcmp(name, names[i].name) == 0) {
      *out = names[i].f;
      return NEWSKG_OK;
    }
  return nkg_fail(NEWSKG_ERR_BAD_ARG, "unknown format '%s'", name);
}

newskg_status newskg_provenance_from_name(const char *name,
                                          newskg_provenance *out) {
  static const char *const names[] = {
      [NEWSKG_PROVENANCE_FACTS] = "facts",
      [NEWSKG_PROVENANCE_MENTIONS] = "mentions",
      [NEWSKG_PROVENANCE_NONE] = "none",
  };
  if (!name || !out)
    return NEWSKG_ERR_BAD_ARG;
  for (size_t i = 0; i < NKG_COUNT(names); i++)
    if (strcmp(name, names[i]) == 0) {
      *out = (newskg_provenance)i;
      return NEWSKG_OK;
    }
  return nkg_fail(NEWSKG_ERR_BAD_ARG, "unknown provenance level '%s'", name);
}

newskg_status newskg_writer_new(const newskg_pipeline *p, newskg_format format,
                                FILE *out, newskg_writer **wp) {
  if (!p || !out || !wp || format >= NEWSKG_FORMAT_LAST)
    return NEWSKG_ERR_BAD_ARG;
  *wp = NULL;
  newskg_writer *w = calloc(1, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  w->format = format;
  w->out = out;
  newskg_status st;
  switch (format) {
  case NEWSKG_FORMAT_GRAPHML:
    st = NEWSKG_OK; /* started by the first add, once the view is final */
    break;
  case NEWSKG_FORMAT_DOT:
    st = nkg_dot_start(out, &w->dot);
    break;
  case NEWSKG_FORMAT_NTRIPLES:
  case NEWSKG_FORMAT_NQUADS:
    st = nkg_nt_start(format == NEWSKG_FORMAT_NQUADS, out, &w->nt);
    break;
  default:
    st = nkg_rdf_start(format, out, &w->rdf);
    break;
  }
  if (st != NEWSKG_OK) {
    free(w);
    return st;
  }
  *wp = w;
  return NEWSKG_OK;
}

newskg_status newskg_writer_set_graph_view(newskg_writer *w,
                                           newskg_graph_view view) {
  if (!w || view >= NEWSKG_VIEW_LAST)
    return NEWSKG_ERR_BAD_ARG;
  if (w->format != NEWSKG_FORMAT_GRAPHML)
    return nkg_fail(NEWSKG_ERR_BAD_ARG, "graph views are GraphML's only");
  if (w->graphml || w->failed)
    return nkg_fail(NEWSKG_ERR_BAD_ARG,
                    "the graph view is set before the first graph is added");
  w->view = view;
  return NEWSKG_OK;
}

/* The GraphML writer, started on first use with the view now fixed. */
static newskg_status graphml(newskg_writer *w) {
  return w->graphml ? NEWSKG_OK
                    : nkg_graphml_start(w->out, w->view, &w->graphml);
}

newskg_status newskg_writer_add(newskg_writer *w, const newskg_graph *g) {
  if (!w || !g || w->failed)
    return NEWSKG_ERR_BAD_ARG;
  newskg_status st;
  if (w->format == NEWSKG_FORMAT_GRAPHML) {
    st = graphml(w);
    if (st == NEWSKG_OK)
      st = nkg_graphml_add(w->graphml, &g->d);
  } else {
    st = w->dot  ? nkg_dot_add(w->dot, &g->d)
         : w->nt ? nkg_nt_add(w->nt, &g->d)
                 : nkg_rdf_add(w->rdf, &g->d);
  }
  w->failed = st != NEWSKG_OK;
  return st;
}

newskg_status newskg_writer_finish(newskg_writer *w) {
  if (!w || w->failed)
    return NEWSKG_ERR_BAD_ARG;
  newskg_status st;
  if (w->format == NEWSKG_FORMAT_GRAPHML) {
    st = graphml(w);
    if (st == NEWSKG_OK)
      st = nkg_graphml_finish(w->graphml);
  } else {
    st = w->dot  ? nkg_dot_finish(w->dot)
         : w->nt ? nkg_nt_finish(w->nt)
                 : nkg_rdf_finish(w->rdf);
  }
  w->failed = true; /* finished: nothing more may be added */
  return st;
}

void newskg_writer_free(newskg_writer *w) {
  if (!w)
    return;
  nkg_nt_free(w->nt);
  nkg_rdf_free(w->rdf);
  nkg_dot_free(w->dot);
  nkg_graphml_free(w->graphml);
  free(w);
}
