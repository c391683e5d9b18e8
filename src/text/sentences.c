/*
 * Sentence splitter over tokens.  A sentence ends at a line break, or at
 * '.', '!' or '?' (plus any closing quotes or brackets) followed by a token
 * that can open a sentence.  Abbreviations carry their own period in the
 * token, so "Mr. Aliev" and "the U.S. envoy" never split; "May 25." does,
 * because "25." is a number followed by a full stop.
 */
#include "text/text.h"

static bool can_open(const struct nkg_token *k) {
  if (k->kind == NKG_TOK_NUM)
    return true;
  if (k->kind == NKG_TOK_WORD)
    return (k->flags & NKG_TF_CAP) != 0;
  return k->punct == '"' || k->punct == '\'' || k->punct == '(' ||
         k->punct == '[' || k->punct == '-';
}

static bool is_closer(const struct nkg_token *k) {
  return k->kind == NKG_TOK_PUNCT &&
         (k->punct == '"' || k->punct == '\'' || k->punct == ')' ||
          k->punct == ']');
}

static newskg_status push(struct nkg_arena *a, struct nkg_text *t, size_t *cap,
                          uint32_t beg, uint32_t end) {
  if (beg >= end)
    return NEWSKG_OK;
  void *items = t->sent;
  newskg_status st;
  TRY(st, nkg_arena_grow(a, &items, cap, sizeof *t->sent, t->nsent + 1u));
  t->sent = items;
  struct nkg_sentence *s = &t->sent[t->nsent++];
  s->tok_beg = beg;
  s->tok_end = end;
  s->beg = t->tok[beg].beg;
  s->end = t->tok[end - 1].end;
  s->cp_beg = t->tok[beg].cp_beg;
  s->cp_end = t->tok[end - 1].cp_end;
  return NEWSKG_OK;
}

newskg_status nkg_sentences_split(struct nkg_arena *a, struct nkg_text *t) {
  size_t cap = 0;
  uint32_t beg = 0;
  newskg_status st;
  for (uint32_t i = 0; i < t->ntok; i++) {
    const struct nkg_token *k = &t->tok[i];
    /* a line break ends a sentence, unless the text is hard-wrapped: the
       next line goes on in lower case ("in Geneva\non Thursday") */
    if (i > beg && (k->flags & NKG_TF_NEWLINE) &&
        !(k->kind == NKG_TOK_WORD && !(k->flags & NKG_TF_CAP) &&
          t->tok[i - 1].kind != NKG_TOK_PUNCT)) {
      TRY(st, push(a, t, &cap, beg, i));
      beg = i;
    }
    bool stop = k->kind == NKG_TOK_PUNCT &&
                (k->punct == '.' || k->punct == '!' || k->punct == '?');
    /* "the U.S." at the very end of a line also ends its sentence */
    if (!stop)
      continue;
    /* closing quotes and brackets hug the full stop; a quote after a
       space opens the next sentence */
    uint32_t j = i + 1;
    while (j < t->ntok && is_closer(&t->tok[j]) &&
           t->tok[j].beg == t->tok[j - 1].end &&
           !(t->tok[j].flags & NKG_TF_NEWLINE))
      j++;
    if (j >= t->ntok || (t->tok[j].flags & NKG_TF_NEWLINE) ||
        (can_open(&t->tok[j]) && t->tok[j].beg > t->tok[j - 1].end)) {
      TRY(st, push(a, t, &cap, beg, j));
      beg = j;
      i = j - 1;
    }
  }
  return push(a, t, &cap, beg, t->ntok);
}
