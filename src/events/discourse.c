/*
 * Discourse for the tree frames: what the article around a sentence gives
 * to its events.  Pronouns and definite group nouns ("they", "the two
 * leaders") the matcher left unresolved take the sides of the event just
 * told, else the last two named; quoted "we" is the speaker's side; "he",
 * "she" the person just named.  A definite event noun ("the talks took
 * place in Geneva") gives its place and date to the event already told,
 * or is a further round of it.  An itinerary item takes the subject of
 * the line that opened the list.  Two triggers of one sentence telling
 * one meeting are merged, and so is one meeting told twice in the
 * document (for both frame families).  Every fact a step gives names the
 * step in its rule (enum nkg_disc_step).
 *
 * Looking back is bounded (sentences, tokens or events), so a long
 * document with many pronouns stays linear.
 */
#include <string.h>

#include "events/tree.h"

/* How far back the named-before step looks for "the two leaders" when no
   event was told: far enough for a title above a long first paragraph,
   bounded so a document of many group nouns stays linear. */
#define NAMED_REACH 2000
/* How many events back the event a pronoun, "the meeting" or a
   speaker's last meeting stands for is looked for. */
#define EVENTS_BACK 64

static const char *const step_name[NKG_DISC_COUNT] = {
    [NKG_DISC_EVENT_JUST_TOLD] = "event-just-told",
    [NKG_DISC_NAMED_BEFORE] = "named-before",
    [NKG_DISC_PERSON_JUST_NAMED] = "person-just-named",
    [NKG_DISC_QUOTE_SPEAKER] = "quote-speaker",
    [NKG_DISC_EVENT_TOLD] = "event-told",
    [NKG_DISC_LIST_SUBJECT] = "list-subject",
    [NKG_DISC_SAME_MEETING] = "same-meeting",
};

/* "<rule of the frame line> (discourse:<step> <word>)" */
static const char *disc_rule(const struct nkg_tree *t, const char *base,
                             enum nkg_disc_step s, uint32_t tok) {
  return nkg_arena_printf(t->a, "%s (discourse:%s %s)", base ? base : "",
                          step_name[s], nkg_tree_lemma(t, tok));
}

static bool in_event(const struct nkg_event *ev, uint32_t ent) {
  for (uint8_t k = 0; k < ev->npart; k++)
    if (ev->part[k] == ent)
      return true;
  for (uint8_t k = 0; k < ev->nmed; k++)
    if (ev->med[k] == ent)
      return true;
  return false;
}

static uint32_t sentence_of(const struct nkg_text *x, uint32_t tok) {
  uint32_t lo = 0, hi = x->nsent;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (x->sent[mid].tok_beg <= tok)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

/* Is the word form of token i (not its lemma: "these" lemmatizes to
   "this", and "these talks" are several) in the set? */
static bool form_in(const struct nkg_tree *t, uint32_t i, uint16_t set1) {
  return set1 && nkg_fl_in_set(t->lx, set1, t->c->t->tok[i].fold);
}

/* Has node n a case marker with a lemma in the set? */
static bool case_in(const struct nkg_tree *t, uint32_t n, uint16_t set1) {
  for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
    uint32_t ch = t->child[q];
    if (t->rel[ch] == NKG_DEP_CASE &&
        nkg_fl_in_set(t->lx, set1, nkg_tree_lemma(t, ch)))
      return true;
  }
  return false;
}

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
      uint8_t r = t->rel[ch];
      if ((r == NKG_DEP_DET || r == NKG_DEP_DET_PREDET ||
           r == NKG_DEP_NMOD_POSS) &&
          form_in(t, ch, t->lx->defdet))
        definite = true;
      /* "the Northern Ireland parties", "the ministers of finance": a
         group the phrase itself describes is a new one ("the sides for
         dinner" is not described) */
      else if (r == NKG_DEP_COMPOUND || r == NKG_DEP_AMOD ||
               r == NKG_DEP_FLAT || r == NKG_DEP_ACL_RELCL ||
               (r == NKG_DEP_NMOD && case_in(t, ch, t->lx->groupof)))
        return false;
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
  uint32_t stop = out->nev > EVENTS_BACK ? out->nev - EVENTS_BACK : 0;
  for (uint32_t i = out->nev; i-- > stop;) {
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
  uint32_t si = sentence_of(x, tok);
  uint32_t from = x->sent[si > 0 ? si - 1 : 0].tok_beg;
  for (uint32_t i = tok; i-- > from;) {
    const struct nkg_mention *m = nkg_mention_at(t->c->e, i);
    if (!m || m->kind == NKG_M_QUALIFIER || m->kind == NKG_M_DEMONYM ||
        t->c->e->ent[m->entity].type != NKG_E_PERSON)
      continue;
    if (!in_event(ev, m->entity))
      return m->entity;
    i = m->tok_beg; /* skip the rest of this mention */
  }
  return NKG_NO_ENTITY;
}


static bool named_kind(uint8_t etype, bool countries) {
  return countries ? etype == NKG_E_COUNTRY || etype == NKG_E_ORG
                   : etype == NKG_E_PERSON;
}

/* The two most recent distinct persons (or countries) named in the
   `back` sentences before the one of `tok`, not already in ev: "Sato welcomed Lopez's proposal.
   The two leaders will meet in May."  Returns how many (0 or 2: one name
   is no pair). */
static uint32_t named_before(const struct nkg_tree *t, uint32_t tok,
                             const struct nkg_event *ev, bool countries,
                             uint32_t back, uint32_t pair[2]) {
  const struct nkg_text *x = t->c->t;
  uint32_t si = sentence_of(x, tok), n = 0;
  uint32_t end = x->sent[si].tok_beg;
  uint32_t stop = end > NAMED_REACH ? end - NAMED_REACH : 0;
  if (si >= back && x->sent[si - back].tok_beg > stop)
    stop = x->sent[si - back].tok_beg;
  for (uint32_t i = end; i-- > stop && n < 2;) {
    const struct nkg_mention *m = nkg_mention_at(t->c->e, i);
    if (!m)
      continue;
    uint32_t ent = m->entity;
    /* "Israeli and Palestinian negotiators" name the two countries */
    bool names = m->kind == NKG_M_NAME || m->kind == NKG_M_TITLE ||
                 (countries && m->kind == NKG_M_DEMONYM);
    if (names && named_kind(t->c->e->ent[ent].type, countries) &&
        !in_event(ev, ent) &&
        !(n == 1 && pair[0] == ent))
      pair[n++] = ent;
    i = m->tok_beg;
  }
  return n == 2 ? 2 : 0;
}

/* Is token `tok` inside a quotation?  The tokenizer normalises every
   quotation mark to '"'; a quotation may open a sentence or two before. */
static bool quoted(const struct nkg_text *x, uint32_t tok) {
  uint32_t si = sentence_of(x, tok);
  uint32_t from = x->sent[si > 1 ? si - 2 : 0].tok_beg, marks = 0;
  for (uint32_t i = from; i < tok; i++)
    marks += nkg_tok_punct(x, i, '"');
  return marks % 2 == 1;
}

/* The speaker of the quotation holding `tok`: the subject of a reporting
   verb after the closing mark ("...," Sato said) or before the opening
   one (Sato said: "..."), in the same sentence or the next. */
static uint32_t quote_speaker(const struct nkg_tree *t, uint32_t tok) {
  const struct nkg_text *x = t->c->t;
  uint32_t si = sentence_of(x, tok);
  uint32_t beg = x->sent[si > 0 ? si - 1 : si].tok_beg;
  uint32_t end = x->sent[si + 1 < x->nsent ? si + 1 : si].tok_end;
  uint32_t best = NKG_NO_ENTITY, best_dist = UINT32_MAX;
  for (uint32_t v = beg; v < end; v++) {
    if (!nkg_fl_in_set(t->lx, t->lx->say, nkg_tree_lemma(t, v)) ||
        quoted(x, v))
      continue;
    for (uint32_t q = t->cstart[v]; q < t->cstart[v + 1]; q++) {
      uint32_t ch = t->child[q];
      const struct nkg_mention *m = nkg_mention_at(t->c->e, ch);
      if (t->rel[ch] != NKG_DEP_NSUBJ || !m || m->kind == NKG_M_QUALIFIER ||
          m->kind == NKG_M_DEMONYM)
        continue;
      uint32_t dist = v > tok ? v - tok : tok - v;
      if (dist < best_dist)
        best = m->entity, best_dist = dist;
    }
  }
  return best;
}

static void resolve_one(const struct nkg_tree *t, struct nkg_tree_cand *cd,
                        uint8_t k, const struct nkg_events *out) {
  struct nkg_event *ev = &cd->ev;
  const struct nkg_framelex *lx = t->lx;
  const struct nkg_tree_arg *g = &cd->pron[k];
  const char *base = cd->pron_rule[k];
  const char *l = nkg_tree_lemma(t, g->tok);
  if (!g->plural) {
    uint32_t who = previous_person(t, g->tok, ev);
    if (who != NKG_NO_ENTITY)
      nkg_role_add(ev->part, &ev->npart, ev->part_rule, who,
                   disc_rule(t, base, NKG_DISC_PERSON_JUST_NAMED, g->tok));
    return;
  }
  /* quoted "we": the speaker, with the side of the speaker's last
     meeting ("'We agreed to meet again,' Sato said") */
  if (nkg_fl_in_set(lx, lx->wepron, l) && quoted(t->c->t, g->tok)) {
    uint32_t who = quote_speaker(t, g->tok);
    if (who != NKG_NO_ENTITY) {
      const char *r = disc_rule(t, base, NKG_DISC_QUOTE_SPEAKER, g->tok);
      nkg_role_add(ev->part, &ev->npart, ev->part_rule, who, r);
      uint32_t stop = out->nev > EVENTS_BACK ? out->nev - EVENTS_BACK : 0;
      for (uint32_t i = out->nev; i-- > stop;) {
        const struct nkg_event *p = &out->ev[i];
        if (p->merged_into != UINT32_MAX || !in_event(p, who))
          continue;
        for (uint8_t q = 0; q < p->npart; q++)
          nkg_role_add(ev->part, &ev->npart, ev->part_rule, p->part[q], r);
        break;
      }
      return;
    }
  }
  /* "they" reaches back two sentences; "the leaders", "both sides" name
     the document's last pair of sides wherever it was told */
  bool noun = t->syn->upos[g->tok] == NKG_UPOS_NOUN;
  const struct nkg_event *p = recent(out, ev->sent, noun ? UINT32_MAX / 2 : 2);
  if (p) {
    const char *r = disc_rule(t, base, NKG_DISC_EVENT_JUST_TOLD, g->tok);
    for (uint8_t q = 0; q < p->npart; q++)
      nkg_role_add(ev->part, &ev->npart, ev->part_rule, p->part[q], r);
    return;
  }
  /* no event told yet: the last two named ("Sato welcomed Lopez's
     plan.  The two leaders will meet in May"), persons for "leaders",
     countries for "countries"; the other kind if there is no pair */
  bool countries = noun && nkg_fl_in_set(lx, lx->countryg, l);
  uint32_t back = noun ? UINT32_MAX / 2 : 2, pair[2];
  if (!named_before(t, g->tok, ev, countries, back, pair) &&
      !named_before(t, g->tok, ev, !countries, back, pair))
    return;
  const char *r = disc_rule(t, base, NKG_DISC_NAMED_BEFORE, g->tok);
  for (uint8_t q = 0; q < 2; q++)
    nkg_role_add(ev->part, &ev->npart, ev->part_rule, pair[q], r);
}

void nkg_discourse_resolve(const struct nkg_tree *t, struct nkg_tree_cand *cd,
                           const struct nkg_events *out) {
  struct nkg_event *ev = &cd->ev;
  for (uint8_t k = 0; k < cd->npron; k++) {
    uint8_t before = ev->npart;
    resolve_one(t, cd, k, out);
    /* "X hosted the two sides": the referents are X's guests */
    if (cd->pron_guest[k])
      cd->nhostguest = (uint8_t)(cd->nhostguest + ev->npart - before);
  }
}

static bool definite_noun(const struct nkg_tree *t, uint32_t trig) {
  for (uint32_t q = t->cstart[trig]; q < t->cstart[trig + 1]; q++) {
    uint32_t ch = t->child[q];
    if (t->rel[ch] == NKG_DEP_DET)
      return form_in(t, ch, t->lx->evdet);
  }
  return false;
}

static bool dates_compatible(struct nkg_date a, struct nkg_date b);
static bool subset(const struct nkg_event *a, const struct nkg_event *b);

/* Can an event noun of kind `noun` name an event of kind `told`?  "The
   calls" point back to calls, "the summit" to a summit, "the talks",
   "the meeting", "the visit" to any meeting. */
static bool kind_refers(uint8_t noun, uint8_t told) {
  if ((noun == NKG_K_CALL) != (told == NKG_K_CALL))
    return false;
  return noun != NKG_K_SUMMIT || told == NKG_K_SUMMIT;
}

static bool more_precise(struct nkg_date a, struct nkg_date b) {
  return a.y && (!b.y || (a.m && !b.m) || (a.d && !b.d));
}

enum nkg_disc_definite nkg_discourse_definite(const struct nkg_tree *t,
                                              struct nkg_event *ev,
                                              struct nkg_events *out) {
  if (!definite_noun(t, ev->trigger))
    return NKG_DISC_NEW;
  /* the last event of its kind whose sides include every side the noun
     names: "the meeting with Lopez" is Sato's meeting with Lopez, "the
     meeting with Berg" is another */
  struct nkg_event *p = NULL;
  uint32_t stop = out->nev > EVENTS_BACK ? out->nev - EVENTS_BACK : 0;
  for (uint32_t i = out->nev; i-- > stop && !p;) {
    struct nkg_event *e = &out->ev[i];
    if (e->merged_into == UINT32_MAX && kind_refers(ev->kind, e->kind) &&
        e->npart >= (e->kind == NKG_K_SUMMIT ? 1 : 2) && subset(ev, e))
      p = e;
  }
  if (!p)
    return NKG_DISC_NEW;
  const char *why = disc_rule(t, ev->rule, NKG_DISC_EVENT_TOLD, ev->trigger);
  if (ev->planned == p->planned && dates_compatible(ev->date, p->date) &&
      (ev->location == NKG_NO_ENTITY || p->location == NKG_NO_ENTITY ||
       ev->location == p->location)) {
    /* "the talks took place in Geneva": the place, date and mediators of
       the event told, not a new event */
    bool added = false;
    if (p->location == NKG_NO_ENTITY && ev->location != NKG_NO_ENTITY &&
        p->kind != NKG_K_CALL) {
      p->location = ev->location;
      p->loc_rule = disc_rule(t, ev->loc_rule, NKG_DISC_EVENT_TOLD, ev->trigger);
      added = true;
    }
    if (more_precise(ev->date, p->date)) {
      p->date = ev->date;
      p->date_rule = disc_rule(t, ev->date_rule, NKG_DISC_EVENT_TOLD, ev->trigger);
      added = true;
    }
    for (uint8_t k = 0; k < ev->nmed; k++)
      if (!in_event(p, ev->med[k])) {
        nkg_role_add(p->med, &p->nmed, p->med_rule, ev->med[k],
                     disc_rule(t, ev->med_rule[k], NKG_DISC_EVENT_TOLD,
                               ev->trigger));
        nkg_role_remove(p->part, &p->npart, p->part_rule, ev->med[k]);
        added = true;
      }
    if (added && p->sent != ev->sent && p->nextra < 4)
      p->extra_sent[p->nextra++] = ev->sent;
    return NKG_DISC_ATTACHED;
  }
  /* "the talks will resume in Nairobi": a further round with the sides
     of the one told just before (further back, a noun with another date
     or place is more likely an event the article never told) */
  if (p->sent + 2 < ev->sent || p->kind == NKG_K_SUMMIT)
    return NKG_DISC_NEW; /* a summit's later day is no second summit */
  for (uint8_t q = 0; q < p->npart; q++)
    nkg_role_add(ev->part, &ev->npart, ev->part_rule, p->part[q], why);
  if (!ev->nmed) /* its own mediators, else all of the round told */
    for (uint8_t q = 0; q < p->nmed; q++)
      nkg_role_add(ev->med, &ev->nmed, ev->med_rule, p->med[q], p->med_rule[q]);
  return NKG_DISC_RESUMED;
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
                     "(discourse:list-subject the line opening the list)");
    }
    if (will && !ev->planned) {
      ev->planned = true;
      ev->planned_rule =
          "(discourse:list-subject the line opening the list says will)";
    }
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
/* Is place `inner` (a city, a region) in country `outer`, by the
   gazetteer? */
static bool place_in(const struct nkg_event_ctx *c, uint32_t inner,
                     uint32_t outer) {
  const struct nkg_entity *i = &c->e->ent[inner], *o = &c->e->ent[outer];
  if (!c->g || i->gaz == UINT32_MAX || o->gaz == UINT32_MAX ||
      o->type != NKG_E_COUNTRY)
    return false;
  const struct nkg_gaz_entity *g = nkg_gazetteer_entity(c->g, i->gaz);
  return g && g->country == o->gaz;
}

/* "met in Hanoi" and "talks in Vietnam" may tell one meeting. */
static bool places_compatible(const struct nkg_event_ctx *c, uint32_t a,
                              uint32_t b) {
  return a == NKG_NO_ENTITY || b == NKG_NO_ENTITY || a == b ||
         place_in(c, a, b) || place_in(c, b, a);
}

void nkg_events_merge(struct nkg_arena *arena, const struct nkg_event_ctx *c,
                      struct nkg_events *out) {
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
          !places_compatible(c, a->location, b->location))
        continue;
      b->merged_into = i;
      /* a fact the second telling adds says so in --explain */
      const char *again = nkg_arena_printf(arena, " (discourse:%s sentence %u)",
                                           step_name[NKG_DISC_SAME_MEETING],
                                           b->sent + 1);
      if (!a->date.y || (a->date.d == 0 && b->date.d)) {
        a->date = b->date;
        a->date_rule = nkg_arena_printf(arena, "%s%s",
                                        b->date_rule ? b->date_rule : "", again);
      }
      /* the city within the country it was told in the other time */
      if (b->location != NKG_NO_ENTITY &&
          (a->location == NKG_NO_ENTITY || place_in(c, b->location, a->location))) {
        a->location = b->location;
        a->loc_rule = nkg_arena_printf(arena, "%s%s",
                                       b->loc_rule ? b->loc_rule : "", again);
      }
      for (uint8_t k = 0; k < b->nmed; k++)
        if (!in_event(a, b->med[k]))
          nkg_role_add(a->med, &a->nmed, a->med_rule, b->med[k],
                       nkg_arena_printf(arena, "%s%s", b->med_rule[k], again));
      if (a->nextra < 4)
        a->extra_sent[a->nextra++] = b->sent;
    }
  }
}
