/*
 * Text stage: validates UTF-8, splits a document into tokens and sentences.
 *
 * Tokens keep byte offsets into the caller's text (never copied or
 * rewritten) plus a folded form for lookups: lower case, no diacritics,
 * typographic quotes/dashes/NBSP normalised, abbreviation periods dropped
 * ("U.S." -> "us", "Chișinău" -> "chisinau").  Later stages only read
 * tokens; they never look at raw bytes again.
 */
#ifndef NKG_TEXT_TEXT_H
#define NKG_TEXT_TEXT_H

#include <stdbool.h>
#include <stdint.h>

#include "nkg.h"

enum nkg_tok_kind {
  NKG_TOK_WORD = 0,
  NKG_TOK_NUM,   /* starts with a digit: "25", "2,000", "1er", "25th" */
  NKG_TOK_PUNCT, /* one punctuation character, normalised in `punct` */
};

enum nkg_tok_flag {
  NKG_TF_CAP = 1u << 0,     /* first letter upper case */
  NKG_TF_ALLCAP = 1u << 1,  /* two or more letters, all upper case */
  NKG_TF_ABBR = 1u << 2,    /* carries its own period: "Mr.", "U.S.", "J." */
  NKG_TF_NEWLINE = 1u << 3, /* a line break precedes the token */
  NKG_TF_POSS = 1u << 4,    /* the possessive "'s" token */
};

struct nkg_token {
  uint32_t beg, end;       /* byte offsets into the document text */
  uint32_t cp_beg, cp_end; /* the same span in code points (NIF offsets) */
  const char *fold;        /* folded form, NUL-terminated; arena */
  uint32_t hash;           /* nkg_word_hash of fold: phrase-table lookups */
  uint16_t fold_len;       /* bytes in fold */
  uint8_t kind;            /* enum nkg_tok_kind */
  uint8_t flags;           /* enum nkg_tok_flag */
  char punct;              /* for NKG_TOK_PUNCT: '"', '\'', '-', ',', ... */
};

struct nkg_sentence {
  uint32_t tok_beg, tok_end; /* token index range [beg, end) */
  uint32_t beg, end;         /* byte span in the text */
  uint32_t cp_beg, cp_end;   /* code point span (NIF) */
};

struct nkg_text {
  const char *text; /* borrowed document text */
  uint32_t len;     /* bytes */
  uint32_t cp_len;  /* code points */
  struct nkg_token *tok;
  uint32_t ntok;
  struct nkg_sentence *sent;
  uint32_t nsent;
};

/* Checks that `len` bytes are well-formed UTF-8 without NUL bytes.
   NEWSKG_ERR_BAD_INPUT with the byte offset in newskg_errmsg() if not. */
newskg_status nkg_utf8_check(const char *s, size_t len);

/* Writes `s` to `out` (room for 3 * len bytes) with each byte that is not
   part of a well-formed UTF-8 sequence, and each NUL, replaced by U+FFFD;
   returns the bytes written. */
size_t nkg_utf8_repair(const char *s, size_t len, char *out);

/* Decodes one code point; returns bytes consumed (>= 1). Input must be
   valid UTF-8 (checked first). */
int nkg_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* Folds `len` bytes of UTF-8 (case fold, strip marks) into the arena.
   Used for tokens and for gazetteer keys, so both fold alike. */
char *nkg_fold(struct nkg_arena *a, const char *s, size_t len,
               uint16_t *out_len);

/* Tokenizes and sentence-splits a validated document. */
newskg_status nkg_text_analyze(struct nkg_arena *a, const char *text,
                               uint32_t len, struct nkg_text *out);

/* Splits tokens into sentences (called by nkg_text_analyze). */
newskg_status nkg_sentences_split(struct nkg_arena *a, struct nkg_text *t);

/* True if token `i` is a word whose fold equals `w`. */
static inline bool nkg_tok_is(const struct nkg_text *t, uint32_t i,
                              const char *w) {
  if (i >= t->ntok)
    return false;
  const struct nkg_token *k = &t->tok[i];
  const char *f = k->fold;
  while (*w && *f == *w)
    f++, w++;
  return *w == '\0' && *f == '\0' && k->kind != NKG_TOK_PUNCT;
}

/* A one-letter word: an initial ("J." in "George W. Bush"). */
static inline bool nkg_is_initial(const struct nkg_token *k) {
  return k->kind == NKG_TOK_WORD && k->fold_len == 1 &&
         (k->flags & NKG_TF_CAP);
}

static inline bool nkg_tok_punct(const struct nkg_text *t, uint32_t i,
                                 char c) {
  return i < t->ntok && t->tok[i].kind == NKG_TOK_PUNCT && t->tok[i].punct == c;
}

#endif /* NKG_TEXT_TEXT_H */
