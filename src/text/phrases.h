/*
 * Phrase tables: the lexical tables of every stage (cues, titles, trigger
 * words, date words) are arrays of rows whose `words` field holds folded
 * words separated by single spaces.  This index finds the rows that match
 * at a token with one bucket lookup on the token's precomputed hash, so a
 * table can grow without slowing the per-token loops.
 */
#ifndef NKG_TEXT_PHRASES_H
#define NKG_TEXT_PHRASES_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"

#define NKG_PHRASE_BUCKETS 256
#define NKG_PHRASE_MAX_ROWS 1024

struct nkg_phrase_index {
  const char *words[NKG_PHRASE_MAX_ROWS]; /* per row; borrowed from the table */
  uint32_t first_hash[NKG_PHRASE_MAX_ROWS];
  uint16_t next[NKG_PHRASE_MAX_ROWS];     /* chain; UINT16_MAX ends it */
  uint16_t head[NKG_PHRASE_BUCKETS];
  size_t n;
};

/* Indexes `n` rows of `stride` bytes whose `const char *` words field sits
   at `words_offset`.  Tables are static, so this runs once (call_once). */
void nkg_phrases_build(struct nkg_phrase_index *ix, const void *rows, size_t n,
                       size_t stride, size_t words_offset);

/* Calls `accept(row, ctx)` for each row matching at token i (hyphens
   between words are skipped: "Secretary-General") and returns the length
   in tokens of the longest accepted match, its row in *row. */
uint32_t nkg_phrases_match(const struct nkg_phrase_index *ix,
                           const struct nkg_text *t, uint32_t i, uint32_t end,
                           int (*accept)(size_t row, const void *ctx),
                           const void *ctx, size_t *row);

/* The hash every token carries (of its fold) and tables use for first
   words. */
uint32_t nkg_word_hash(const char *w, size_t len);

#endif
