/* Triple and explanation storage for one document graph (see graph.h). */
#include <string.h>

#include "graph/graph.h"
#include "graph/vocab.h"

newskg_status nkg_graph_add(struct nkg_graph_data *g, struct nkg_term s,
                            struct nkg_term p, struct nkg_term o) {
  if (!s.value || !p.value || !o.value)
    return NEWSKG_ERR_NOMEM; /* a failed arena string upstream */
  void *items = g->triples;
  newskg_status st;
  TRY(st, nkg_arena_grow(&g->arena, &items, &g->captriples, sizeof *g->triples,
                         g->ntriples + 1));
  g->triples = items;
  struct nkg_triple *t = &g->triples[g->ntriples++];
  t->s = s, t->p = p, t->o = o;
  if (p.kind == NKG_IRI && !p.voc)
    t->p.voc = nkg_voc_predicate(p.value);
  if (t->p.voc == NKG_V_TYPE && o.kind == NKG_IRI && !o.voc)
    t->o.voc = nkg_voc_class(o.value);
  return NEWSKG_OK;
}

newskg_status nkg_graph_explain_add(struct nkg_graph_data *g, const char *fact,
                                    const char *rule, const char *text) {
  if (!fact || !rule || !text)
    return NEWSKG_ERR_NOMEM;
  void *items = g->explain;
  newskg_status st;
  TRY(st, nkg_arena_grow(&g->arena, &items, &g->capexplain, sizeof *g->explain,
                         g->nexplain + 1));
  g->explain = items;
  struct nkg_explain *e = &g->explain[g->nexplain++];
  e->fact = fact, e->rule = rule, e->text = text;
  return NEWSKG_OK;
}
