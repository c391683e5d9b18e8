/* Phrase-table index (see phrases.h). */
#include <string.h>

#include "text/phrases.h"

uint32_t nkg_word_hash(const char *w, size_t len) {
  uint64_t h = nkg_hash64(w, len, NKG_HASH_SEED);
  return (uint32_t)(h ^ (h >> 32));
}

void nkg_phrases_build(struct nkg_phrase_index *ix, const void *rows, size_t n,
                       size_t stride, size_t words_offset) {
  memset(ix->head, 0xff, sizeof ix->head);
  if (n > NKG_PHRASE_MAX_ROWS)
    n = NKG_PHRASE_MAX_ROWS; /* tables are far smaller; see the test */
  ix->n = n;
  /* chain rows in reverse so each bucket lists rows in table order */
  for (size_t r = n; r-- > 0;) {
    const char *words;
    memcpy(&words, (const char *)rows + r * stride + words_offset, sizeof words);
    ix->words[r] = words;
    const char *sp = strchr(words, ' ');
    size_t fl = sp ? (size_t)(sp - words) : strlen(words);
    ix->first_hash[r] = nkg_word_hash(words, fl);
    uint32_t b = ix->first_hash[r] % NKG_PHRASE_BUCKETS;
    ix->next[r] = ix->head[b];
    ix->head[b] = (uint16_t)r;
  }
}

/* Tokens consumed if the run at i spells `words`, else 0. */
static uint32_t spell(const struct nkg_text *t, uint32_t i, uint32_t end,
                      const char *words) {
  uint32_t start = i;
  while (*words) {
    const char *sp = strchr(words, ' ');
    size_t wl = sp ? (size_t)(sp - words) : strlen(words);
    if (i > start && i < end && nkg_tok_punct(t, i, '-'))
      i++;
    if (i >= end || t->tok[i].fold_len != wl ||
        memcmp(t->tok[i].fold, words, wl) != 0)
      return 0;
    i++;
    words += wl;
    if (*words == ' ')
      words++;
  }
  return i - start;
}

uint32_t nkg_phrases_match(const struct nkg_phrase_index *ix,
                           const struct nkg_text *t, uint32_t i, uint32_t end,
                           int (*accept)(size_t row, const void *ctx),
                           const void *ctx, size_t *row) {
  if (i >= end)
    return 0;
  uint32_t h = t->tok[i].hash, best = 0;
  for (uint16_t r = ix->head[h % NKG_PHRASE_BUCKETS]; r != UINT16_MAX;
       r = ix->next[r]) {
    if (ix->first_hash[r] != h || (accept && !accept(r, ctx)))
      continue;
    uint32_t n = spell(t, i, end, ix->words[r]);
    if (n > best) {
      best = n;
      if (row)
        *row = r;
    }
  }
  return best;
}
