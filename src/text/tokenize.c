/*
 * Tokenizer: one pass over the validated text, no copies of the input.
 * Words, numbers and single punctuation characters; typographic quotes,
 * apostrophes and dashes are normalised in the token's `punct`, and every
 * Unicode space (NBSP, thin space) separates tokens.  Abbreviations keep
 * their period ("Mr.", "U.S.") so the sentence splitter can tell them from
 * a full stop.
 */
#include <string.h>
#include <utf8proc.h>

#include "text/lexicon.h"
#include "text/phrases.h"
#include "text/text.h"

enum cclass { C_SPACE, C_NEWLINE, C_LETTER, C_DIGIT, C_PUNCT };

static enum cclass classify(uint32_t c) {
  if (c < 0x80) {
    if (c == '\n')
      return C_NEWLINE;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
      return C_SPACE;
    if ((c | 32) >= 'a' && (c | 32) <= 'z')
      return C_LETTER;
    if (c >= '0' && c <= '9')
      return C_DIGIT;
    return c < 0x20 ? C_SPACE : C_PUNCT;
  }
  if (c == 0x2028 || c == 0x2029 || c == 0x85)
    return C_NEWLINE;
  if (c == 0xAD)
    return C_LETTER; /* soft hyphen: part of the word; folding drops it */
  switch (utf8proc_category((utf8proc_int32_t)c)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    return C_LETTER;
  case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return C_DIGIT;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    return C_SPACE;
  case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    return C_NEWLINE;
  default:
    return C_PUNCT;
  }
}

static bool is_upper(uint32_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

/* Normalised punctuation: every quote style is '"', every apostrophe '\'',
   every dash '-', so rules are written once. */
static char punct_of(uint32_t c) {
  switch (c) {
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
  case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
    return '"';
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039:
  case 0x203A: case 0x2032: case 0xB4: case 0x60:
    return '\'';
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
  case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
    return '-';
  case 0x2026:
    return '.';
  default:
    return c < 0x80 ? (char)c : '?';
  }
}

struct scan {
  const unsigned char *s;
  uint32_t len;
};

static uint32_t peek(const struct scan *sc, uint32_t i, int *n) {
  uint32_t c;
  *n = nkg_utf8_decode(sc->s + i, sc->len - i, &c);
  return c;
}

static bool is_apostrophe(uint32_t c) { return c == '\'' || c == 0x2019; }

/* Scans a word from `i`; returns its end.  Sets *abbr when it swallowed a
   period that belongs to it. */
static uint32_t scan_word(const struct scan *sc, uint32_t i, bool *abbr,
                          uint32_t *ncp) {
  int n;
  uint32_t start = i, letters = 0;
  *abbr = false;
  while (i < sc->len) {
    uint32_t c = peek(sc, i, &n);
    enum cclass k = classify(c);
    if (k == C_LETTER || k == C_DIGIT) {
      i += (uint32_t)n, letters++, (*ncp)++;
      continue;
    }
    if (is_apostrophe(c) && i + (uint32_t)n < sc->len) {
      /* Keep "O'Brien", "d'Ivoire"; leave the possessive "'s" and a
         closing quote to be tokens of their own. */
      int n2;
      uint32_t c2 = peek(sc, i + (uint32_t)n, &n2);
      if (classify(c2) != C_LETTER)
        break;
      uint32_t after = i + (uint32_t)n + (uint32_t)n2;
      bool poss = (c2 == 's' || c2 == 'S') &&
                  (after >= sc->len ||
                   classify(peek(sc, after, &n2)) != C_LETTER);
      if (poss)
        break;
      i += (uint32_t)n, (*ncp)++;
      continue;
    }
    break;
  }
  /* A period may belong to the word: initials and acronyms ("J.", "U.S.",
     "E.U.") and listed abbreviations ("Mr.", "Gen."). */
  if (i < sc->len && sc->s[i] == '.') {
    if (letters == 1) {
      uint32_t j = i + 1;
      /* extend over "X." pairs: U.S.A. */
      while (j + 1 < sc->len && classify(sc->s[j]) == C_LETTER &&
             sc->s[j] < 0x80 && sc->s[j + 1] == '.')
        j += 2, (*ncp) += 2;
      *abbr = true;
      (*ncp)++;
      return j;
    }
    char fold[16];
    uint32_t wl = i - start;
    if (wl < sizeof fold) {
      for (uint32_t k = 0; k < wl; k++) {
        unsigned char ch = sc->s[start + k];
        fold[k] = (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
      }
      if (nkg_is_abbreviation(fold, wl)) {
        *abbr = true;
        (*ncp)++;
        return i + 1;
      }
    }
  }
  return i;
}

/* Numbers keep inner separators between digits ("2,000", "1.5") and a
   letter suffix ("25th", "1er"). */
static uint32_t scan_number(const struct scan *sc, uint32_t i, uint32_t *ncp) {
  while (i < sc->len) {
    unsigned char c = sc->s[i];
    if (c >= '0' && c <= '9') {
      i++, (*ncp)++;
      continue;
    }
    if ((c == ',' || c == '.') && i + 1 < sc->len && sc->s[i + 1] >= '0' &&
        sc->s[i + 1] <= '9' && i > 0) {
      i++, (*ncp)++;
      continue;
    }
    break;
  }
  while (i < sc->len && sc->s[i] < 0x80 && classify(sc->s[i]) == C_LETTER)
    i++, (*ncp)++;
  return i;
}

newskg_status nkg_text_analyze(struct nkg_arena *a, const char *text,
                               uint32_t len, struct nkg_text *t) {
  memset(t, 0, sizeof *t);
  t->text = text;
  t->len = len;
  struct scan sc = {(const unsigned char *)text, len};
  size_t cap = 0;
  uint32_t i = 0, cp = 0;
  uint8_t pending = 0; /* flags for the next token */
  newskg_status st;
  while (i < len) {
    int n;
    uint32_t c = peek(&sc, i, &n);
    enum cclass k = classify(c);
    if (k == C_SPACE || k == C_NEWLINE) {
      if (k == C_NEWLINE)
        pending |= NKG_TF_NEWLINE;
      i += (uint32_t)n, cp++;
      continue;
    }
    void *items = t->tok;
    TRY(st, nkg_arena_grow(a, &items, &cap, sizeof *t->tok, t->ntok + 1u));
    t->tok = items;
    struct nkg_token *tok = &t->tok[t->ntok];
    memset(tok, 0, sizeof *tok);
    tok->beg = i;
    tok->cp_beg = cp;
    tok->flags = pending;
    pending = 0;
    uint32_t ncp = 0;
    if (k == C_LETTER) {
      bool abbr;
      i = scan_word(&sc, i, &abbr, &ncp);
      tok->kind = NKG_TOK_WORD;
      if (abbr)
        tok->flags |= NKG_TF_ABBR;
      if (is_upper(c))
        tok->flags |= NKG_TF_CAP;
    } else if (k == C_DIGIT) {
      i = scan_number(&sc, i, &ncp);
      tok->kind = NKG_TOK_NUM;
    } else if (is_apostrophe(c) && i + (uint32_t)n < len &&
               (sc.s[i + n] == 's' || sc.s[i + n] == 'S') &&
               (i + (uint32_t)n + 1 >= len ||
                classify(sc.s[i + n + 1]) != C_LETTER) &&
               t->ntok > 0 && t->tok[t->ntok - 1].end == i) {
      i += (uint32_t)n + 1, ncp = 2;
      tok->kind = NKG_TOK_WORD;
      tok->flags |= NKG_TF_POSS;
    } else {
      i += (uint32_t)n, ncp = 1;
      tok->kind = NKG_TOK_PUNCT;
      tok->punct = punct_of(c);
    }
    if (i == tok->beg) /* defensive: always make progress */
      i += (uint32_t)n, ncp = 1;
    tok->end = i;
    cp += ncp;
    tok->cp_end = cp;
    if (tok->kind == NKG_TOK_PUNCT) {
      char *f = nkg_arena_alloc(a, 2);
      if (!f)
        return NEWSKG_ERR_NOMEM;
      f[0] = tok->punct, f[1] = '\0';
      tok->fold = f, tok->fold_len = 1;
    } else {
      tok->fold = nkg_fold(a, text + tok->beg, tok->end - tok->beg,
                           &tok->fold_len);
      if (!tok->fold)
        return NEWSKG_ERR_NOMEM;
      if (tok->flags & NKG_TF_POSS)
        tok->fold = "'s", tok->fold_len = 2;
      if (tok->kind == NKG_TOK_WORD && (tok->flags & NKG_TF_CAP)) {
        /* all caps: every letter upper case, at least two letters */
        uint32_t up = 0, low = 0;
        for (uint32_t b = tok->beg; b < tok->end; b++) {
          unsigned char ch = sc.s[b];
          up += ch >= 'A' && ch <= 'Z';
          low += ch >= 'a' && ch <= 'z';
        }
        if (up >= 2 && low == 0)
          tok->flags |= NKG_TF_ALLCAP;
      }
    }
    tok->hash = nkg_word_hash(tok->fold, tok->fold_len);
    t->ntok++;
  }
  t->cp_len = cp;
  return nkg_sentences_split(a, t);
}
