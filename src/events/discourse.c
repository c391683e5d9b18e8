/*
 * Discourse for the tree frames: what the article around a sentence gives
 * to its events.  Pronouns and definite group nouns ("they", "the two
 * leaders") the matcher left unresolved take the sides of the event just
 * told or the person just named; a definite event noun ("the talks
 * resumed") is the meeting just told; an itinerary item takes the subject
 * of the line that opened the list; two triggers of one sentence telling
 * one meeting are merged, and so is one meeting told twice in the document
 * (for both frame families).
 */
#include <string.h>

#include "events/tree.h"

bool nkg_discourse_pronoun(const struct nkg_tree *t, uint32_t n,
                           bool *plural_out) {
  const char *l = nkg_tree_lemma(t, n);
  bool plural = false;
  if (t->syn->upos[n] == NKG_UPOS_PRON || t->syn->upos[n] == NKG_UPOS_DET) {
    if (t->lx->plural && nkg_fl_in_set(t->lx, t->lx->plural, l))
      plural = true;
    else if (!(t->lx->single && nkg_fl_in_set(t->lx, t->lx->single, l)))
      return false;
  } else if (t->syn->upos[n] == NKG_UPOS_NOUN && t->lx->group &&
             nkg_fl_in_set(t->lx, t->lx->group, l)) {
    /* "the leaders", "both sides", "the two ministers": only a definite
       group points back ("more leaders need to speak" does not) */
    bool definite = false;
    for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
      uint32_t ch = t->child[q];
      const char *d = nkg_tree_lemma(t, ch);
      if ((t->rel[ch] == NKG_DEP_DET || t->rel[ch] == NKG_DEP_DET_PREDET ||
           t->rel[ch] == NKG_DEP_NMOD_POSS) &&
          (strcmp(d, "the") == 0 || strcmp(d, "both") == 0 ||
           strcmp(d, "these") == 0 || strcmp(d, "those") == 0 ||
           strcmp(d, "their") == 0 || strcmp(d, "they") == 0))
        definite = true;
    }
    if (!definite)
      return false;
    plural = true;
  } else {
    return false;
  }
  *plural_out = plural;
  return true;
}

/* The most recent event told within `back` sentences before si with at
   least two sides, for "they", "the two leaders", "the talks". */
static const struct nkg_event *recent(const struct nkg_events *out, uint32_t si,
                                      uint32_t back) {
  for (uint32_t i = out->nev; i-- > 0;) {
    const struct nkg_event *e = &out->ev[i];
    if (e->sent + back < si)
      return NULL;
    if (e->npart >= 2 && e->merged_into == UINT32_MAX)
      return e;
  }
  return NULL;
}

/* The nearest person named before token `tok` (same or previous sentence),
   for "he"/"she", skipping those already in the event. */
static uint32_t previous_person(const struct nkg_tree *t, uint32_t tok,
                                const struct nkg_event *ev) {
  const struct nkg_text *x = t->c->t;
  uint32_t si = 0;
  while (si + 1 < x->nsent && x->sent[si + 1].tok_beg <= tok)
    si++;
  uint32_t from = x->sent[si > 0 ? si - 1 : 0].tok_beg;
  for (uint32_t i = tok; i-- > from;) {
    const struct nkg_mention *m = nkg_mention_at(t->c->e, i);
    if (!m || m->kind == NKG_M_QUALIFIER || m->kind == NKG_M_DEMONYM ||
        t->c->e->ent[m->entity].type != NKG_E_PERSON)
      continue;
    bool taken = false;
    for (uint8_t k = 0; k < ev->npart; k++)
      taken |= ev->part[k] == m->entity;
    for (uint8_t k = 0; k < ev->nmed; k++)
      taken |= ev->med[k] == m->entity;
    if (!taken)
      return m->entity;
    i = m->tok_beg; /* skip the rest of this mention */
  }
  return NKG_NO_ENTITY;
}

void nkg_discourse_resolve(const struct nkg_tree *t, struct nkg_tree_cand *cd,
                           const struct nkg_events *out) {
  struct nkg_event *ev = &cd->ev;
  for (uint8_t k = 0; k < cd->npron; k++) {
    const struct nkg_tree_arg *g = &cd->pron[k];
    char *rule = nkg_arena_printf(t->a, "%s (discourse: %s)", cd->pron_rule[k],
                                  nkg_tree_lemma(t, g->tok));
    if (g->plural) {
      /* "they" reaches back two sentences; "the leaders", "both sides" name
         the document's last pair of sides wherever it was told */
      bool noun = t->syn->upos[g->tok] == NKG_UPOS_NOUN;
      const struct nkg_event *p = recent(out, ev->sent, noun ? UINT32_MAX / 2 : 2);
      if (!p)
        continue;
      for (uint8_t q = 0; q < p->npart; q++)
        nkg_role_add(ev->part, &ev->npart, ev->part_rule, p->part[q], rule);
    } else {
      uint32_t who = previous_person(t, g->tok, ev);
      if (who != NKG_NO_ENTITY)
        nkg_role_add(ev->part, &ev->npart, ev->part_rule, who, rule);
    }
  }
}

static bool definite_noun(const struct nkg_tree *t, uint32_t trig) {
  for (uint32_t q = t->cstart[trig]; q < t->cstart[trig + 1]; q++) {
    uint32_t ch = t->child[q];
    if (t->rel[ch] == NKG_DEP_DET) {
      const char *l = nkg_tree_lemma(t, ch);
      return strcmp(l, "the") == 0 || strcmp(l, "this") == 0 ||
             strcmp(l, "that") == 0;
    }
  }
  return false;
}

void nkg_discourse_definite(const struct nkg_tree *t, struct nkg_event *ev,
                            const struct nkg_events *out) {
  if (ev->npart != 0 || !definite_noun(t, ev->trigger))
    return;
  const struct nkg_event *p = recent(out, ev->sent, 2);
  /* "the calls" point back to calls, "the talks" to meetings */
  if (p && (p->kind == NKG_K_CALL) != (ev->kind == NKG_K_CALL))
    p = NULL;
  if (!p)
    return;
  const char *r = nkg_arena_printf(t->a, "%s (discourse: the %s)", ev->rule,
                                   nkg_tree_lemma(t, ev->trigger));
  for (uint8_t q = 0; q < p->npart; q++)
    nkg_role_add(ev->part, &ev->npart, ev->part_rule, p->part[q], r);
  for (uint8_t q = 0; q < p->nmed && !ev->nmed; q++)
    nkg_role_add(ev->med, &ev->nmed, ev->med_rule, p->med[q], p->med_rule[q]);
}

void nkg_discourse_list_subject(const struct nkg_tree *t, struct nkg_event *ev) {
  const struct nkg_text *x = t->c->t;
  const struct nkg_sentence *s = &x->sent[ev->sent];
  for (uint32_t i = s->tok_beg; i < ev->trigger; i++)
    if (x->tok[i].kind != NKG_TOK_PUNCT)
      return;
  for (uint32_t q = t->cstart[ev->trigger]; q < t->cstart[ev->trigger + 1]; q++) {
    uint8_t r = t->rel[t->child[q]];
    if (r == NKG_DEP_NSUBJ || r == NKG_DEP_NSUBJ_PASS)
      return;
  }
  for (uint32_t back = 1; back <= 6 && back <= ev->sent; back++) {
    const struct nkg_sentence *p = &x->sent[ev->sent - back];
    if (!nkg_tok_punct(x, p->tok_end - 1, ':'))
      continue;
    bool will = false;
    for (uint32_t i = p->tok_beg; i < p->tok_end; i++) {
      const struct nkg_mention *m = nkg_mention_at(t->c->e, i);
      will |= nkg_tok_is(x, i, "will");
      if (m && m->tok_beg == i &&
          (m->kind == NKG_M_NAME || m->kind == NKG_M_TITLE) &&
          t->c->e->ent[m->entity].type == NKG_E_PERSON)
        nkg_role_add(ev->part, &ev->npart, ev->part_rule, m->entity,
                 "discourse: the subject of the line opening the list");
    }
    if (will && !ev->planned)
      ev->planned = true, ev->planned_rule = "a list of what someone will do";
    return;
  }
}

static bool subset(const struct nkg_event *a, const struct nkg_event *b) {
  for (uint8_t i = 0; i < a->npart; i++) {
    bool found = false;
    for (uint8_t j = 0; j < b->npart && !found; j++)
      found = a->part[i] == b->part[j];
    if (!found)
      return false;
  }
  return true;
}

/* Two triggers of one sentence often tell one meeting ("A met B in talks
   mediated by C", "A hosted B for a meeting with C"): an event whose sides
   are all among another's, in the same sentence, with the same status and
   no conflicting place, is that event.  (Reports in different sentences
   are merged on equal sides by the document pass.) */
void nkg_discourse_subsume(struct nkg_events *out, uint32_t from) {
  for (uint32_t i = from; i < out->nev; i++) {
    struct nkg_event *a = &out->ev[i];
    for (uint32_t j = from; j < out->nev && a->merged_into == UINT32_MAX; j++) {
      struct nkg_event *b = &out->ev[j];
      if (i == j || b->merged_into != UINT32_MAX || a->sent != b->sent ||
          a->planned != b->planned || a->npart > b->npart ||
          (a->npart == b->npart && i < j) || !subset(a, b) ||
          (a->kind == NKG_K_CALL) != (b->kind == NKG_K_CALL) ||
          (a->location != NKG_NO_ENTITY && b->location != NKG_NO_ENTITY &&
           a->location != b->location))
        continue;
      a->merged_into = j;
      if (b->location == NKG_NO_ENTITY)
        b->location = a->location, b->loc_rule = a->loc_rule;
      if (!b->date.y)
        b->date = a->date, b->date_rule = a->date_rule;
      for (uint8_t k = 0; k < a->nmed; k++)
        nkg_role_add(b->med, &b->nmed, b->med_rule, a->med[k], a->med_rule[k]);
      for (uint8_t k = 0; k < b->nmed; k++)
        nkg_role_remove(b->part, &b->npart, b->part_rule, b->med[k]);
    }
  }
}

static bool same_set(const uint32_t *a, uint8_t na, const uint32_t *b,
                     uint8_t nb) {
  if (na != nb)
    return false;
  for (uint8_t i = 0; i < na; i++) {
    bool found = false;
    for (uint8_t j = 0; j < nb; j++)
      found |= a[i] == b[j];
    if (!found)
      return false;
  }
  return true;
}

static bool dates_compatible(struct nkg_date a, struct nkg_date b) {
  if (!a.y || !b.y)
    return true;
  if (a.y != b.y)
    return false;
  if (a.m && b.m && a.m != b.m)
    return false;
  return !(a.d && b.d && a.d != b.d);
}

/* The same meeting reported twice comes out once. */
void nkg_events_merge(struct nkg_events *out) {
  for (uint32_t i = 0; i < out->nev; i++) {
    struct nkg_event *a = &out->ev[i];
    if (a->merged_into != UINT32_MAX)
      continue;
    for (uint32_t j = i + 1; j < out->nev; j++) {
      struct nkg_event *b = &out->ev[j];
      if (b->merged_into != UINT32_MAX || a->planned != b->planned ||
          (a->kind == NKG_K_CALL) != (b->kind == NKG_K_CALL) ||
          !same_set(a->part, a->npart, b->part, b->npart) ||
          !dates_compatible(a->date, b->date) ||
          (a->location != NKG_NO_ENTITY && b->location != NKG_NO_ENTITY &&
           a->location != b->location))
        continue;
      b->merged_into = i;
      if (!a->date.y || (a->date.d == 0 && b->date.d))
        a->date = b->date, a->date_rule = b->date_rule;
      if (a->location == NKG_NO_ENTITY)
        a->location = b->location, a->loc_rule = b->loc_rule;
      for (uint8_t k = 0; k < b->nmed; k++)
        nkg_role_add(a->med, &a->nmed, a->med_rule, b->med[k], b->med_rule[k]);
      if (a->nextra < 4)
        a->extra_sent[a->nextra++] = b->sent;
    }
  }
}
