/* Venues (see venues.h). */
#include <string.h>

#include "entities/venues.h"
#include "entities/tsv.h"

/* Folds a name as the tokenizer folds text, so "Élysée" in the table meets
   "Elysee" in an article: token folds one space apart, hyphens dropped
   (the phrase matcher skips them in text).  NULL if nothing is left. */
static const char *fold_words(struct nkg_arena *a, const char *s, size_t len) {
  struct nkg_arena tmp;
  nkg_arena_init(&tmp);
  struct nkg_text t;
  char *out = NULL;
  if (len && len < 512 && nkg_utf8_check(s, len) == NEWSKG_OK &&
      nkg_text_analyze(&tmp, s, (uint32_t)len, &t) == NEWSKG_OK) {
    size_t n = 0;
    for (uint32_t i = 0; i < t.ntok; i++)
      n += t.tok[i].fold_len + 1u;
    out = n ? nkg_arena_alloc(a, n + 1) : NULL;
    if (out) {
      size_t p = 0;
      for (uint32_t i = 0; i < t.ntok; i++) {
        if (t.tok[i].kind == NKG_TOK_PUNCT && t.tok[i].punct == '-')
          continue;
        if (p)
          out[p++] = ' ';
        memcpy(out + p, t.tok[i].fold, t.tok[i].fold_len);
        p += t.tok[i].fold_len;
      }
      out[p] = '\0';
      if (!p)
        out = NULL;
    }
  }
  nkg_arena_free(&tmp);
  return out;
}

static bool qid_or_empty(const char *q, size_t len) {
  return len == 0 || nkg_qid_ok(q, len);
}

static newskg_status add_name(struct nkg_arena *a, struct nkg_venues *vs,
                              size_t *cap, const char *s, size_t len,
                              uint32_t venue, const char *file, size_t lineno) {
  const char *w = fold_words(a, s, len);
  if (!w)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: empty or unreadable name",
                    file, lineno);
  if (vs->nnames >= NKG_PHRASE_MAX_ROWS)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: more than %d names", file,
                    lineno, NKG_PHRASE_MAX_ROWS);
  void *items = vs->names;
  newskg_status st;
  TRY(st, nkg_arena_grow(a, &items, cap, sizeof *vs->names, vs->nnames + 1));
  vs->names = items;
  vs->names[vs->nnames].words = w;
  vs->names[vs->nnames++].venue = venue;
  return NEWSKG_OK;
}

newskg_status nkg_venues_load(struct nkg_arena *a, const char *buf, size_t len,
                              const char *name, struct nkg_venues *out) {
  memset(out, 0, sizeof *out);
  size_t capv = 0, capn = 0, pos = 0, lineno = 0;
  newskg_status st;
  const char *line;
  size_t ll;
  while (nkg_tsv_next(buf, len, &pos, &lineno, &line, &ll)) {
    const char *f[8];
    size_t fl[8];
    size_t nf = nkg_tsv_split(line, ll, f, fl, 8);
    if (nf < 6 || !fl[0] || !qid_or_empty(f[2], fl[2]) ||
        !qid_or_empty(f[3], fl[3]) || !qid_or_empty(f[4], fl[4]) ||
        !(fl[5] == 0 || (fl[5] == 4 && memcmp(f[5], "seat", 4) == 0)))
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "%s:%zu: expected 'label<TAB>aliases<TAB>qid<TAB>country"
                      "<TAB>city<TAB>seat[<TAB>note]' with QIDs or empty "
                      "fields and seat 'seat' or empty",
                      name, lineno);
    void *items = out->v;
    TRY(st, nkg_arena_grow(a, &items, &capv, sizeof *out->v, out->n + 1));
    out->v = items;
    struct nkg_venue *v = &out->v[out->n];
    memset(v, 0, sizeof *v);
    v->label = nkg_arena_strndup(a, f[0], fl[0]);
    v->key = fold_words(a, f[0], fl[0]);
    v->qid = fl[2] ? nkg_arena_strndup(a, f[2], fl[2]) : NULL;
    v->country_qid = fl[3] ? nkg_arena_strndup(a, f[3], fl[3]) : NULL;
    v->city_qid = fl[4] ? nkg_arena_strndup(a, f[4], fl[4]) : NULL;
    v->seat = fl[5] != 0;
    v->gaz = v->country = v->city = UINT32_MAX;
    if (!v->label || !v->key)
      return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: unreadable label", name,
                      lineno);
    uint32_t idx = (uint32_t)out->n++;
    TRY(st, add_name(a, out, &capn, f[0], fl[0], idx, name, lineno));
    const char *p = f[1], *e = f[1] + fl[1];
    while (p < e) {
      const char *bar = memchr(p, '|', (size_t)(e - p));
      size_t al = bar ? (size_t)(bar - p) : (size_t)(e - p);
      if (al)
        TRY(st, add_name(a, out, &capn, p, al, idx, name, lineno));
      p += al + 1;
    }
  }
  nkg_phrases_build(&out->ix, out->names, out->nnames, sizeof *out->names,
                    offsetof(struct nkg_venue_name, words));
  return NEWSKG_OK;
}

void nkg_venues_resolve(struct nkg_venues *vs, const struct nkg_gazetteer *g) {
  for (size_t i = 0; i < vs->n; i++) {
    struct nkg_venue *v = &vs->v[i];
    v->gaz = v->qid ? nkg_gazetteer_find_qid(g, v->qid) : UINT32_MAX;
    v->country = v->country_qid ? nkg_gazetteer_find_qid(g, v->country_qid)
                                : UINT32_MAX;
    v->city = v->city_qid ? nkg_gazetteer_find_qid(g, v->city_qid) : UINT32_MAX;
  }
}

uint32_t nkg_venues_match(const struct nkg_venues *vs, const struct nkg_text *t,
                          uint32_t i, uint32_t end,
                          const struct nkg_venue **out) {
  if (!vs || !vs->nnames || i >= end ||
      !((t->tok[i].flags & NKG_TF_CAP) || t->tok[i].kind == NKG_TOK_NUM))
    return 0; /* "Downing Street", "10 Downing Street" */
  size_t row;
  uint32_t n = nkg_phrases_match(&vs->ix, t, i, end, NULL, NULL, &row);
  if (n)
    *out = &vs->v[vs->names[row].venue];
  return n;
}
