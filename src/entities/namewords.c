/* Name words (see namewords.h). */
#include <string.h>

#include "entities/namewords.h"
#include "entities/tsv.h"

static const struct {
  const char *name;
  uint8_t kind;
} kinds[] = {
    {"particle", NKG_NW_PARTICLE},
    {"state-prefix", NKG_NW_STATE_PREFIX},
    {"state-suffix", NKG_NW_STATE_SUFFIX},
    {"place-head", NKG_NW_PLACE_HEAD},
};

/* Folded words as the tokenizer makes them: lower-case ASCII letters, a
   possessive "'s" as its own word, one space between words.  Anything
   else could never match a token, so it is an error, not a silent row. */
static bool words_ok(const char *w, size_t len) {
  if (!len || w[0] == ' ' || w[len - 1] == ' ')
    return false;
  for (size_t i = 0; i < len; i++) {
    char c = w[i];
    if (c == ' ' && w[i - 1] == ' ')
      return false;
    if (c == '\'' && !(i + 1 < len && w[i + 1] == 's' && i > 0 &&
                       w[i - 1] == ' ' && (i + 2 == len || w[i + 2] == ' ')))
      return false;
    if (!(c == ' ' || c == '\'' || (c >= 'a' && c <= 'z')))
      return false;
  }
  return true;
}

newskg_status nkg_namewords_load(struct nkg_arena *a, const char *buf,
                                 size_t len, const char *name,
                                 struct nkg_namewords *out) {
  memset(out, 0, sizeof *out);
  size_t cap = 0, pos = 0, lineno = 0;
  newskg_status st;
  const char *line;
  size_t ll;
  while (nkg_tsv_next(buf, len, &pos, &lineno, &line, &ll)) {
    const char *tab = memchr(line, '\t', ll);
    uint8_t kind = 0;
    for (size_t k = 0; tab && k < NKG_COUNT(kinds) && !kind; k++)
      if (strlen(kinds[k].name) == (size_t)(tab - line) &&
          memcmp(kinds[k].name, line, (size_t)(tab - line)) == 0)
        kind = kinds[k].kind;
    if (!kind)
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "%s:%zu: expected 'kind<TAB>words' with kind particle, "
                      "state-prefix, state-suffix or place-head",
                      name, lineno);
    const char *w = tab + 1;
    size_t wl = ll - (size_t)(w - line);
    if (!words_ok(w, wl))
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "%s:%zu: words must be lower-case letters, one space "
                      "apart ('people 's republic of')",
                      name, lineno);
    if (out->n >= NKG_PHRASE_MAX_ROWS)
      return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: more than %d rows", name,
                      lineno, NKG_PHRASE_MAX_ROWS);
    void *items = out->rows;
    TRY(st, nkg_arena_grow(a, &items, &cap, sizeof *out->rows, out->n + 1));
    out->rows = items;
    out->rows[out->n].words = nkg_arena_strndup(a, w, wl);
    out->rows[out->n].kind = kind;
    if (!out->rows[out->n].words)
      return NEWSKG_ERR_NOMEM;
    out->n++;
  }
  nkg_phrases_build(&out->ix, out->rows, out->n, sizeof *out->rows,
                    offsetof(struct nkg_nameword_row, words));
  return NEWSKG_OK;
}

struct want {
  const struct nkg_namewords *nw;
  uint8_t kind;
};

/* Rows of other kinds share first words ("republic"): the index filters
   by kind while it walks the bucket, so the longest row of this kind
   wins. */
static int kind_is(size_t row, const void *ctx) {
  const struct want *w = ctx;
  return w->nw->rows[row].kind == w->kind;
}

uint32_t nkg_namewords_match(const struct nkg_namewords *nw,
                             const struct nkg_text *t, uint32_t i,
                             uint32_t end, uint8_t kind) {
  if (!nw || !nw->n || i >= end)
    return 0;
  struct want w = {nw, kind};
  size_t row;
  return nkg_phrases_match(&nw->ix, t, i, end, kind_is, &w, &row);
}
