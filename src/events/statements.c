/*
 * Statements: who said what.  A reporting verb ("said", "claimed", "told")
 * with a named speaker before it ("X said"), after it ("said X") or an
 * "according to X" phrase; what was said is the quotation in the sentence
 * (any quotation marks: the tokenizer normalises them) or else the clause
 * after the verb.  A statement is about the meeting reported in its own
 * sentence or the one before.
 */
#include <string.h>

#include "events/events.h"
#include "events/lexicon.h"

#define NO_ENTITY UINT32_MAX

static bool speaker_type(uint8_t type) {
  return type == NKG_E_PERSON || type == NKG_E_ORG || type == NKG_E_COUNTRY;
}

/* Nearest named speaker before token `i` in the sentence (skipping names
   inside a preposition phrase is left to the clause: the nearest wins). */
static uint32_t speaker_before(const struct nkg_event_ctx *c,
                               const struct nkg_sentence *s, uint32_t i) {
  for (uint32_t j = i; j-- > s->tok_beg;) {
    const struct nkg_mention *m = nkg_mention_at(c->e, j);
    if (!m)
      continue;
    if (m->kind != NKG_M_DEMONYM && m->kind != NKG_M_QUALIFIER &&
        speaker_type(c->e->ent[m->entity].type))
      return m->entity;
    j = m->tok_beg;
  }
  return NO_ENTITY;
}

static uint32_t speaker_after(const struct nkg_event_ctx *c, uint32_t i,
                              uint32_t end) {
  for (uint32_t j = i; j < end && j < i + 6; j++) {
    const struct nkg_mention *m = nkg_mention_at(c->e, j);
    if (m && m->kind != NKG_M_DEMONYM && m->kind != NKG_M_QUALIFIER &&
        speaker_type(c->e->ent[m->entity].type))
      return m->entity;
    if (c->t->tok[j].kind == NKG_TOK_PUNCT && c->t->tok[j].punct != ',')
      break;
  }
  return NO_ENTITY;
}

/* The first quotation in the sentence: from an opening '"' to the next. */
static bool quotation(const struct nkg_text *t, const struct nkg_sentence *s,
                      uint32_t *beg, uint32_t *end) {
  uint32_t open = UINT32_MAX;
  for (uint32_t i = s->tok_beg; i < s->tok_end; i++) {
    if (!nkg_tok_punct(t, i, '"'))
      continue;
    if (open == UINT32_MAX) {
      open = i;
    } else if (i > open + 1) {
      *beg = t->tok[open + 1].beg;
      *end = t->tok[i - 1].end;
      return true;
    }
  }
  return false;
}

static uint32_t event_about(const struct nkg_events *out, uint32_t si) {
  uint32_t best = UINT32_MAX;
  for (uint32_t k = 0; k < out->nev; k++) {
    const struct nkg_event *ev = &out->ev[k];
    if (ev->merged_into != UINT32_MAX)
      continue;
    if (ev->sent == si || ev->sent + 1 == si)
      best = k;
  }
  return best;
}

newskg_status nkg_statements_extract(struct nkg_arena *a,
                                     const struct nkg_event_ctx *c,
                                     struct nkg_events *out) {
  const struct nkg_text *t = c->t;
  size_t cap = 0;
  for (uint32_t si = 0; si < t->nsent; si++) {
    const struct nkg_sentence *s = &t->sent[si];
    for (uint32_t i = s->tok_beg; i < s->tok_end; i++) {
      const char *rule = NULL;
      uint32_t speaker = NO_ENTITY, n, after = i;
      if ((n = nkg_cue_at(t, i, s->tok_end, NKG_CUE_ACCORDING, NULL))) {
        speaker = speaker_after(c, i + n, s->tok_end);
        rule = "statement:according-to";
        after = s->tok_beg;
      } else if ((n = nkg_cue_at(t, i, s->tok_end, NKG_CUE_REPORTING, NULL))) {
        /* "..., notes X" / "...,” said Mr Peters": after a comma or a
           closing quote the speaker follows the verb */
        /* "..., officials said": an unnamed speaker is nobody we can name */
        if (i > s->tok_beg && t->tok[i - 1].kind == NKG_TOK_WORD &&
            (!(t->tok[i - 1].flags & NKG_TF_CAP) || i - 1 == s->tok_beg) &&
            !nkg_mention_at(c->e, i - 1) && !nkg_tok_is(t, i - 1, "also") &&
            !nkg_tok_is(t, i - 1, "had") && !nkg_tok_is(t, i - 1, "has") &&
            !nkg_tok_is(t, i - 1, "have") && !nkg_tok_is(t, i - 1, "later"))
          continue;
        bool quoted = nkg_tok_punct(t, s->tok_beg, '"');
        bool inverted = i > s->tok_beg &&
                        (nkg_tok_punct(t, i - 1, '"') ||
                         (quoted && nkg_tok_punct(t, i - 1, ',')));
        speaker = inverted ? NO_ENTITY : speaker_before(c, s, i);
        rule = "statement:speaker-verb";
        if (speaker == NO_ENTITY) {
          speaker = speaker_after(c, i + n, s->tok_end);
          rule = "statement:verb-speaker";
        }
        after = i + n;
        if (nkg_tok_is(t, after, "that"))
          after++;
      }
      if (speaker == NO_ENTITY)
        continue;
      uint32_t qb, qe;
      if (!quotation(t, s, &qb, &qe)) {
        while (after < s->tok_end && t->tok[after].kind == NKG_TOK_PUNCT)
          after++; /* nothing said but punctuation: no statement */
        if (after >= s->tok_end)
          break;
        uint32_t last = s->tok_end - 1;
        while (last > after && t->tok[last].kind == NKG_TOK_PUNCT)
          last--;
        qb = t->tok[after].beg;
        qe = t->tok[last].end;
        if (qe <= qb)
          break;
      }
      void *items = out->st;
      newskg_status st;
      TRY(st, nkg_arena_grow(a, &items, &cap, sizeof *out->st, out->nst + 1));
      out->st = items;
      struct nkg_statement *x = &out->st[out->nst++];
      x->speaker = speaker;
      x->sent = si;
      x->q_beg = qb;
      x->q_end = qe;
      x->about = event_about(out, si);
      x->rule = rule;
      break; /* one statement per sentence */
    }
  }
  return NEWSKG_OK;
}
