/*
 * The syntax stage of the pipeline: which sentences to parse, and the
 * per-document record (syntax.h) in document token indexes.
 *
 * Tokens come from the pipeline's tokenizer, not UD's: the model reads
 * each token's surface bytes (lower-cased; see model.c's normalize), not
 * its fold, because the fold drops abbreviation periods ("U.S." -> "us")
 * that UD keeps.  README "Syntax" lists where the two tokenizations
 * differ.
 */
#include <string.h>

#include "events/framelex.h"
#include "syntax/model.h"

/* A sentence is parsed for extraction when it may hold a meeting: one of
   its words inflects a trigger lemma of the frame lexicon
   (ontology/frames.lex), and it names at least two sides.  A side is a
   run of capitalised words (a name, a country, a date; also the capital
   that opens the sentence, which may be a name), a group noun or a singular pronoun ("the
   minister", "she"); a plural ("they", "the ministers") counts twice,
   and so does a list item that opens on its trigger ("- meet with X":
   the subject is in the line that opened the list).  The frames need two
   participants (one for a summit, which then has a capitalised place or
   date), so a sentence with fewer yields nothing; most sentences of
   general news have no trigger at all.  One hash probe per word (the
   lexicon's gate table).  Measured on dev, seed and the checklist in
   both frame modes: not one fact lost (README, "Syntax").  Frames
   that read no trees parse nothing (see nkg_events_use_syntax). */
bool nkg_sentence_wanted(const struct nkg_text *t, uint32_t s) {
  const struct nkg_framelex *lx = nkg_framelex_builtin();
  if (!lx)
    return true; /* cannot happen in a built library (checked at build) */
  const struct nkg_sentence *se = &t->sent[s];
  bool trigger = false, in_name = false, word_seen = false;
  unsigned sides = 0;
  for (uint32_t i = se->tok_beg; i < se->tok_end; i++) {
    const struct nkg_token *k = &t->tok[i];
    if (k->kind != NKG_TOK_WORD) {
      in_name = in_name && k->kind == NKG_TOK_PUNCT && k->punct == '-';
      continue;
    }
    uint8_t g = nkg_fl_gate_word(lx, k->fold, k->fold_len);
    if (g & NKG_FL_GATE_TRIGGER) {
      /* a list item that opens on its verb ("- meet with X") has its
         subject in the line that opened the list */
      sides += !trigger && !word_seen;
      trigger = true;
      in_name = false;
      word_seen = true;
      continue;
    }
    word_seen = true;
    if (g & NKG_FL_GATE_PLURAL) {
      sides += 2;
      in_name = false;
    } else if (g & (NKG_FL_GATE_GROUP | NKG_FL_GATE_SINGLE)) {
      sides += !(in_name && (k->flags & NKG_TF_CAP)); /* "Prime Minister X" */
      in_name = k->flags & NKG_TF_CAP;
    } else if (k->flags & NKG_TF_CAP) {
      /* also the capital opening the sentence: "The" or "Later" costs a
         parse, but "Okafor met Lindqvist." names both sides */
      sides += !in_name;
      in_name = true;
    } else {
      in_name = false;
    }
  }
  return trigger && sides >= 2;
}

newskg_status nkg_syntax_parse(struct nkg_arena *a,
                               const struct nkg_syn_model *m,
                               const struct nkg_text *t, bool all,
                               struct nkg_syntax *out) {
  memset(out, 0, sizeof *out);
  size_t n = t->ntok ? t->ntok : 1;
  out->upos = nkg_arena_calloc(a, n, 1);
  out->rel = nkg_arena_calloc(a, n, 1);
  out->head = nkg_arena_alloc(a, n * sizeof *out->head);
  out->lemma = nkg_arena_calloc(a, n, sizeof *out->lemma);
  out->sent_parsed = nkg_arena_calloc(a, t->nsent ? t->nsent : 1, 1);
  if (!out->upos || !out->rel || !out->head || !out->lemma ||
      !out->sent_parsed)
    return NEWSKG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    out->head[i] = NKG_NO_HEAD;
  if (!m)
    return NEWSKG_OK;
  /* the views of the sentence being parsed: sized for the longest */
  uint32_t maxn = 0;
  for (uint32_t s = 0; s < t->nsent; s++)
    if (t->sent[s].tok_end - t->sent[s].tok_beg > maxn)
      maxn = t->sent[s].tok_end - t->sent[s].tok_beg;
  const char **form = nkg_arena_alloc(a, ((size_t)maxn + 1) * sizeof *form);
  uint32_t *flen = nkg_arena_alloc(a, ((size_t)maxn + 1) * sizeof *flen);
  if (!form || !flen)
    return NEWSKG_ERR_NOMEM;
  struct nkg_syn_work w;
  nkg_syn_work_init(&w);
  newskg_status st = NEWSKG_OK;
  for (uint32_t s = 0; s < t->nsent && st == NEWSKG_OK; s++) {
    const struct nkg_sentence *se = &t->sent[s];
    if (se->tok_end == se->tok_beg || (!all && !nkg_sentence_wanted(t, s)))
      continue;
    uint32_t b = se->tok_beg, k = se->tok_end - b;
    for (uint32_t i = 0; i < k; i++) {
      const struct nkg_token *tok = &t->tok[b + i];
      form[i] = t->text + tok->beg;
      flen[i] = tok->end - tok->beg;
    }
    struct nkg_syn_sent ss = {k, form, flen, out->upos + b, out->head + b,
                              out->rel + b, out->lemma + b};
    st = nkg_syn_analyze(m, &w, a, &ss);
    for (uint32_t i = 0; i < k; i++)
      if (out->head[b + i] != NKG_NO_HEAD)
        out->head[b + i] += b; /* sentence -> document index */
    out->sent_parsed[s] = true;
  }
  nkg_syn_work_free(&w);
  return st;
}
