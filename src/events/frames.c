/*
 * Meeting frames.  For each trigger in a sentence the frame reads its
 * clause: the subject before the trigger (names not governed by a
 * preposition), and after it the object, "with"/"between" partners,
 * mediator phrases, the first place after "in"/"at", and a date.  Role
 * lists continue through "and" and commas until another preposition or a
 * clause boundary.  Then the document pass merges reports of the same
 * meeting and attaches anaphoric ones ("the talks continued in Brussels").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities/offices.h"
#include "events/events.h"
#include "events/lexicon.h"

#define NO_ENTITY UINT32_MAX

enum mode { M_NONE, M_OBJECT, M_PARTNER, M_MEDIATOR, M_PLACE };

struct frame {
  struct nkg_event ev;
  uint32_t L, R;  /* clause token range */
  uint8_t nsubj;  /* participants found before the trigger */
};

static bool is_actor(uint8_t type) {
  return type == NKG_E_PERSON || type == NKG_E_COUNTRY || type == NKG_E_ORG;
}

static bool is_place(uint8_t type) {
  return type == NKG_E_CITY || type == NKG_E_COUNTRY || type == NKG_E_REGION;
}

void nkg_role_add(uint32_t *list, uint8_t *n, const char **rules,
                  uint32_t entity, const char *rule) {
  for (uint8_t i = 0; i < *n; i++)
    if (list[i] == entity)
      return;
  if (*n < NKG_MAX_ROLE) {
    rules[*n] = rule;
    list[(*n)++] = entity;
  }
}

void nkg_role_remove(uint32_t *list, uint8_t *n, const char **rules,
                     uint32_t entity) {
  for (uint8_t i = 0; i < *n; i++)
    if (list[i] == entity) {
      memmove(list + i, list + i + 1, (size_t)(*n - i - 1) * sizeof *list);
      memmove(rules + i, rules + i + 1, (size_t)(*n - i - 1) * sizeof *rules);
      (*n)--;
      return;
    }
}

/* Clause start: the last boundary before the trigger. */
static uint32_t clause_start(const struct nkg_text *t, uint32_t sbeg,
                             uint32_t trig) {
  for (uint32_t i = trig; i-- > sbeg;)
    if (nkg_cue_at(t, i, trig, NKG_CUE_CLAUSE, NULL))
      return i + 1;
  return sbeg;
}

/* Clause end: the next boundary or verb trigger after the trigger. */
static uint32_t clause_end(const struct nkg_text *t, uint32_t trig,
                           uint32_t send) {
  for (uint32_t i = trig + 1; i < send; i++) {
    if (nkg_cue_at(t, i, send, NKG_CUE_CLAUSE, NULL) &&
        !nkg_tok_is(t, i, "that"))
      return i;
    const struct nkg_trigger *tr = nkg_trigger_at(t, i);
    /* "a meeting hosted by Z" modifies; it does not start a clause */
    if (tr && tr->pos == NKG_VERB && tr->frame != NKG_F_MEDIATE &&
        !nkg_tok_is(t, i + 1, "by"))
      return i;
    /* ", pressing for ...", ", saying ...": a participle starts an adjunct
       clause of its own */
    const struct nkg_token *k = &t->tok[i];
    if (i > trig + 1 && nkg_tok_punct(t, i - 1, ',') &&
        k->kind == NKG_TOK_WORD && !(k->flags & NKG_TF_CAP) &&
        k->fold_len > 4 && memcmp(k->fold + k->fold_len - 3, "ing", 3) == 0 &&
        !nkg_tok_is(t, i, "including") && !nkg_tok_is(t, i, "during"))
      return i;
  }
  return send;
}

/* The preposition (or none) governing the mention starting at token i:
   looks back over "the" and demonyms/titles. */
static bool governed(const struct nkg_text *t, const struct nkg_entities *e,
                     uint32_t L, uint32_t i) {
  uint32_t j = i;
  while (j > L && (nkg_tok_is(t, j - 1, "the") || nkg_tok_is(t, j - 1, "a")))
    j--;
  if (j == L)
    return false;
  uint8_t types[] = {NKG_CUE_PLACE, NKG_CUE_OTHER_PREP, NKG_CUE_PARTNER,
                     NKG_CUE_BETWEEN};
  for (size_t k = 0; k < sizeof types; k++)
    if (nkg_cue_at(t, j - 1, j, types[k], NULL))
      return true;
  if (nkg_tok_is(t, j - 1, "under"))
    return true;
  /* "of France and Germany": a name coordinated with a governed one */
  const struct nkg_mention *self = nkg_mention_at(e, i);
  if (j >= 2 && (nkg_tok_is(t, j - 1, "and") || nkg_tok_is(t, j - 1, "or")) &&
      self && self->kind == NKG_M_NAME &&
      e->ent[self->entity].type != NKG_E_PERSON) {
    const struct nkg_mention *prev = nkg_mention_at(e, j - 2);
    if (prev && prev->tok_end == j - 1 && prev->kind == NKG_M_NAME)
      return governed(t, e, L, prev->tok_beg);
  }
  return false;
}

/* A country or organization that only qualifies a person: "Armenia's
   Pashinyan", "Kenyan President Ruto", "Azerbaijan President Aliyev". */
static bool qualifier(const struct nkg_text *t, const struct nkg_entities *e,
                      const struct nkg_mention *m, uint32_t R) {
  if (e->ent[m->entity].type == NKG_E_PERSON)
    return false;
  uint32_t j = m->tok_end;
  if (nkg_tok_is(t, j, "'s"))
    return true;
  uint8_t office;
  if (j < R && nkg_title_match(t, j, R, &office))
    return true;
  return false;
}

static void subject(const struct nkg_event_ctx *c, struct frame *f,
                    uint32_t trig, bool as_mediator) {
  const struct nkg_text *t = c->t;
  const struct nkg_entities *e = c->e;
  uint32_t found = 0;
  bool person = false;
  for (uint32_t i = f->L; i < trig; i++) {
    const struct nkg_mention *m = nkg_mention_at(e, i);
    if (!m || m->tok_beg != i)
      continue;
    i = m->tok_end - 1;
    if (m->kind == NKG_M_DEMONYM || m->kind == NKG_M_QUALIFIER ||
        !is_actor(e->ent[m->entity].type))
      continue;
    if (governed(t, e, f->L, m->tok_beg) || qualifier(t, e, m, trig))
      continue;
    person |= e->ent[m->entity].type == NKG_E_PERSON;
    if (as_mediator)
      nkg_role_add(f->ev.med, &f->ev.nmed, f->ev.med_rule, m->entity,
               "frame-subject-host");
    else
      nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, m->entity,
               "frame-subject");
    found++;
  }
  (void)person;
  if (found || as_mediator)
    return;
  /* delegations: "Members of the Armenian and Azerbaijani government" —
     demonyms count only before a word for a government's people */
  uint32_t first = f->ev.npart;
  bool group = false;
  for (uint32_t i = f->L; i < trig; i++) {
    const struct nkg_mention *m = nkg_mention_at(e, i);
    if (m && m->tok_beg == i && m->kind == NKG_M_DEMONYM)
      nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, m->entity,
               "frame-subject-delegation");
    group |= nkg_cue_at(t, i, trig, NKG_CUE_DELEGATION, NULL) > 0;
  }
  if (!group)
    f->ev.npart = (uint8_t)first;
  /* "The leaders of France and Germany met": countries after a word for
     their people and "of" */
  for (uint32_t i = f->L; f->ev.npart == first && i + 1 < trig; i++) {
    uint32_t n = nkg_cue_at(t, i, trig, NKG_CUE_DELEGATION, NULL);
    if (!n || !nkg_tok_is(t, i + n, "of"))
      continue;
    for (uint32_t j = i + n + 1; j < trig; j++) {
      const struct nkg_mention *m = nkg_mention_at(e, j);
      if (m && m->tok_beg == j && e->ent[m->entity].type == NKG_E_COUNTRY)
        nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, m->entity,
                 "frame-subject-delegation-of");
      else if (!m && !nkg_tok_is(t, j, "and") && !nkg_tok_punct(t, j, ',') &&
               !nkg_tok_is(t, j, "the"))
        break;
    }
  }
}

/* Does the preposition at i modify the frame (its trigger, a date, a
   place, an adverb of manner) rather than a noun of its own ("relations
   between X and Y", "cooperation with X")? */
static bool attaches_to_frame(const struct nkg_event_ctx *c, uint32_t i,
                              uint32_t trig, uint8_t frame) {
  static const char *const adverbs[] = {
      "today", "yesterday", "tonight", "phone", "telephone", "again", "also",
      "briefly", "separately", "virtually", "jointly", "privately", "later",
      "earlier", "then", "first", "bilaterally", "morning", "evening",
      "afternoon", "week", "month", "year", "videoconference", "video",
      "length", "person",
  };
  const struct nkg_text *t = c->t;
  if (i == 0)
    return false;
  uint32_t j = i - 1;
  const struct nkg_token *k = &t->tok[j];
  if (k->kind != NKG_TOK_WORD || (k->flags & NKG_TF_CAP))
    return true; /* after a name, a date, a number or punctuation */
  /* another meeting noun inside the clause ("pressing for negotiations
     between A and B") has its own partners, unless this frame hosts or
     mediates it ("hosted talks between A and B") */
  if (nkg_trigger_at(t, j)) {
    /* a visit's purpose names its partners ("travel to X for talks with
       Y"), a host's or mediator's names the two sides */
    bool with = nkg_tok_is(t, i, "with");
    return j == trig || frame == NKG_F_HOST || frame == NKG_F_MEDIATE ||
           (with && (frame == NKG_F_VISIT || frame == NKG_F_TRAVEL));
  }
  if (nkg_mention_at(c->e, j))
    return true;
  for (size_t q = 0; q < NKG_COUNT(adverbs); q++)
    if (nkg_tok_is(t, j, adverbs[q]))
      return true;
  return false;
}

/* A word for a government's people right after token i ("leaders",
   "officials", "delegation"). */
static bool delegation_after(const struct nkg_text *t, uint32_t i, uint32_t R) {
  return i < R && nkg_cue_at(t, i, R, NKG_CUE_DELEGATION, NULL) > 0;
}

/* Words a list of names may contain besides the names themselves. */
static bool list_word(const struct nkg_text *t, uint32_t i, uint32_t R) {
  static const char *const w[] = {"and", "the", "his", "her", "their", "its",
                                  "a", "an", "both", "'s", "today", "mr",
                                  "mrs", "ms", "dr", "rt", "hon", "also",
                                  "including", "other", "senior"};
  const struct nkg_token *k = &t->tok[i];
  if (k->kind == NKG_TOK_PUNCT)
    return k->punct != ';' && k->punct != ':';
  if (k->flags & NKG_TF_CAP)
    return true; /* names the gazetteer lacks, titles */
  if (nkg_is_title_word(t, i, R))
    return true;
  /* "the foreign ministers of ...", "senior officials" */
  if (nkg_cue_at(t, i, R, NKG_CUE_DELEGATION, NULL) ||
      (i + 1 < R && nkg_cue_at(t, i + 1, R, NKG_CUE_DELEGATION, NULL)))
    return true;
  for (size_t q = 0; q < NKG_COUNT(w); q++)
    if (nkg_tok_is(t, i, w[q]))
      return true;
  return false;
}

/* Reads the clause after the trigger. */
static void right_side(const struct nkg_event_ctx *c, struct frame *f,
                       const struct nkg_trigger *tr, uint32_t trig,
                       bool verb, bool passive) {
  const struct nkg_text *t = c->t;
  const struct nkg_entities *e = c->e;
  enum mode mode = verb ? M_OBJECT : M_NONE; /* verbs take a direct object */
  bool between = false; /* the partner list came through "between" */
  enum mode last_list = M_NONE; /* a list "including" may reopen */
  for (uint32_t i = trig + 1; i < f->R;) {
    const char *phrase = NULL;
    uint32_t n;
    if ((n = nkg_cue_at(t, i, f->R, NKG_CUE_MEDIATOR, &phrase))) {
      mode = M_MEDIATOR, i += n;
      continue;
    }
    if (passive && nkg_tok_is(t, i, "by")) { /* "was received by X" */
      mode = M_PARTNER, i++;
      continue;
    }
    if ((n = nkg_cue_at(t, i, f->R, NKG_CUE_PARTNER, NULL)) ||
        (n = nkg_cue_at(t, i, f->R, NKG_CUE_BETWEEN, NULL))) {
      /* "with"/"between" belong to the word before them: "met today
         with X" is ours, "relations between X and Y" is not */
      mode = attaches_to_frame(c, i, trig, tr->frame) ? M_PARTNER : M_NONE;
      between = nkg_cue_at(t, i, f->R, NKG_CUE_BETWEEN, NULL) > 0;
      i += n;
      continue;
    }
    if ((n = nkg_cue_at(t, i, f->R, NKG_CUE_PLACE, NULL))) {
      /* "spoke to X" names the other party, "visit to X" the place */
      mode = (tr->frame == NKG_F_CALL && nkg_tok_is(t, i, "to")) ? M_PARTNER
                                                                 : M_PLACE;
      i += n;
      continue;
    }
    if (nkg_tok_is(t, i, "of")) {
      /* "the President of the United States, Joe Biden": a qualifier
         after "of" leaves the role list open; so does any capitalised
         name after a title ("the President of the French Republic") */
      uint32_t j = nkg_tok_is(t, i + 1, "the") ? i + 2 : i + 1;
      const struct nkg_mention *q = j < f->R ? nkg_mention_at(e, j) : NULL;
      if (q && q->kind == NKG_M_QUALIFIER) {
        i = q->tok_end;
        continue;
      }
      const struct nkg_mention *prev = i > 0 ? nkg_mention_at(e, i - 1) : NULL;
      bool after_title = (prev && prev->kind == NKG_M_TITLE) ||
                         (i > 0 && nkg_is_title_word(t, i - 1, i));
      if (after_title && j < f->R && (t->tok[j].flags & NKG_TF_CAP)) {
        /* the whole name of the office's country or body: "of the
           Republic of Belarus", "of the French Republic" */
        const struct nkg_mention *x;
        while (j < f->R) {
          if ((nkg_tok_is(t, j, "of") || nkg_tok_is(t, j, "the")) &&
              j + 1 < f->R && (t->tok[j + 1].flags & NKG_TF_CAP)) {
            j++;
            continue;
          }
          if (!(t->tok[j].flags & NKG_TF_CAP))
            break;
          x = nkg_mention_at(e, j);
          if (x && x->kind != NKG_M_DEMONYM && x->kind != NKG_M_QUALIFIER &&
              e->ent[x->entity].type == NKG_E_PERSON)
            break; /* the holder's own name */
          j = x ? x->tok_end : j + 1;
        }
        i = j;
        continue;
      }
    }
    /* "between representatives of Russia, Ukraine and the OSCE": a word
       for a government's people and "of" keep the list open */
    if ((mode == M_PARTNER || mode == M_MEDIATOR || mode == M_OBJECT) &&
        (n = nkg_cue_at(t, i, f->R, NKG_CUE_DELEGATION, NULL)) &&
        nkg_tok_is(t, i + n, "of")) {
      i += n + 1;
      continue;
    }
    /* "a meeting of the foreign ministers of X and Y", "talks of X and
       Y": "of" right after a meeting noun names who meets */
    /* ... and after a convener's object: "convened a meeting of the
       leaders of X and Y" */
    const struct nkg_trigger *obj = NULL;
    if (nkg_tok_is(t, i, "of") &&
        ((!verb && i == trig + 1) ||
         (verb && tr->frame == NKG_F_MEDIATE && i > trig + 1 && i <= trig + 8 &&
          (obj = nkg_trigger_at(t, i - 1)) && obj->pos == NKG_NOUN))) {
      mode = M_PARTNER, i++;
      continue;
    }
    if (nkg_tok_is(t, i, "from") && f->ev.kind == NKG_K_CALL) {
      mode = M_PARTNER, i++; /* "a phone call from X" */
      continue;
    }
    if ((n = nkg_cue_at(t, i, f->R, NKG_CUE_OTHER_PREP, NULL))) {
      mode = M_NONE, i += n;
      continue;
    }
    const struct nkg_mention *m = nkg_mention_at(e, i);
    if (!m) {
      /* role lists run on through "and", commas, determiners and titles;
         any other word ("discussed", "agreed") ends them, and "including"
         reopens the last one ("other officials, including X") */
      if (nkg_tok_is(t, i, "including") && mode == M_NONE)
        mode = last_list;
      else if (!list_word(t, i, f->R) && mode != M_PLACE) {
        if (mode == M_OBJECT || mode == M_PARTNER)
          last_list = mode;
        mode = M_NONE;
      }
      i++;
      continue;
    }
    uint32_t ent = m->entity;
    uint8_t type = e->ent[ent].type;
    i = m->tok_end;
    /* "with Chinese leaders", "mediated by Omani officials": a demonym
       before a word for a government's people stands for its country */
    if (m->kind == NKG_M_DEMONYM && (mode == M_PARTNER || mode == M_MEDIATOR) &&
        delegation_after(t, i, f->R)) {
      if (mode == M_MEDIATOR)
        nkg_role_add(f->ev.med, &f->ev.nmed, f->ev.med_rule, ent,
                 "mediator-delegation");
      else
        nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, ent,
                 "partner-delegation");
      continue;
    }
    if (m->kind == NKG_M_DEMONYM || m->kind == NKG_M_QUALIFIER)
      continue;
    if (mode != M_PLACE && qualifier(t, e, m, f->R))
      continue;
    switch (mode) {
    case M_MEDIATOR:
      if (is_actor(type))
        nkg_role_add(f->ev.med, &f->ev.nmed, f->ev.med_rule, ent, "mediator-cue");
      break;
    case M_OBJECT:
      if ((tr->frame == NKG_F_VISIT || tr->frame == NKG_F_TRAVEL) &&
          is_place(type) && type != NKG_E_COUNTRY) {
        if (f->ev.location == NO_ENTITY)
          f->ev.location = ent, f->ev.loc_rule = "visit-object-place";
      } else if (is_actor(type)) {
        nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, ent, "frame-object");
      }
      break;
    case M_PARTNER:
      if (is_actor(type))
        nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, ent,
                 between ? "frame-between" : "frame-partner");
      break;
    case M_PLACE:
      if ((tr->frame == NKG_F_VISIT || tr->frame == NKG_F_HOST) &&
          type == NKG_E_COUNTRY &&
          (nkg_tok_is(t, m->tok_beg - 1, "to") ||
           (nkg_tok_is(t, m->tok_beg - 1, "the") &&
            nkg_tok_is(t, m->tok_beg - 2, "to")))) {
        /* "a state visit to Canada", "welcomed X to the UK": the host
           country takes part, and is where it happened */
        nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, ent,
                 "visit-to-country");
        if (f->ev.location == NO_ENTITY)
          f->ev.location = ent, f->ev.loc_rule = "visit-to-country";
      } else if (is_place(type) && f->ev.location == NO_ENTITY &&
                 !nkg_tok_is(t, i, "or") &&
                 !(m->tok_beg > 0 && nkg_tok_is(t, m->tok_beg - 1, "either"))) {
        /* ("in either Japan or Korea" names no one place) */
        f->ev.location = ent, f->ev.loc_rule = "place-preposition";
      }
      /* "in Chisinau (Moldova)": the bracket only qualifies the city */
      if (nkg_tok_punct(t, i, '(')) {
        while (i < f->R && !nkg_tok_punct(t, i, ')'))
          i++;
      }
      mode = M_NONE;
      break;
    default:
      break;
    }
  }
}

/* Noun premodifiers: "the UK-France summit", "EU-Japan talks", "the
   Armenian-Azerbaijani talks". */
static void premodifiers(const struct nkg_event_ctx *c, struct frame *f,
                         uint32_t trig) {
  const struct nkg_entities *e = c->e;
  const struct nkg_text *t = c->t;
  uint32_t i = trig;
  uint32_t got = 0;
  bool named = false; /* inside a capitalised event name */
  uint32_t demonyms[NKG_MAX_ROLE], nd = 0;
  while (i > f->L) {
    uint32_t j = i - 1;
    if (nkg_tok_punct(t, j, '-') || nkg_tok_is(t, j, "and") ||
        (nkg_tok_is(t, j, "'s") && i == trig)) { /* "Blinken's meeting with" */
      i = j;
      continue;
    }
    const struct nkg_mention *m = nkg_mention_at(e, j);
    /* "the U.S.-Africa Leaders Summit": words of the event's own name */
    if (!m && (t->tok[j].flags & NKG_TF_CAP) && (t->tok[trig].flags & NKG_TF_CAP) &&
        !got && trig - j <= 3) {
      named = true;
      i = j;
      continue;
    }
    /* a continent takes part in a summit ("EU-Africa summit") */
    bool region_ok = m && f->ev.kind == NKG_K_SUMMIT &&
                     e->ent[m->entity].type == NKG_E_REGION;
    /* "the Armenian-Azerbaijani talks": demonyms count in pairs */
    if (m && m->kind == NKG_M_DEMONYM) {
      if (nd < NKG_MAX_ROLE)
        demonyms[nd++] = m->entity;
      i = m->tok_beg;
      continue;
    }
    if (!m || (!is_actor(e->ent[m->entity].type) && !region_ok))
      break;
    nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, m->entity,
             "noun-premodifier");
    got++;
    i = m->tok_beg;
  }
  if (nd + got >= 2)
    for (uint32_t k = 0; k < nd; k++)
      nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, demonyms[k],
               "noun-premodifier-demonym");
  (void)named;
}

static bool has_cue(const struct nkg_text *t, uint32_t beg, uint32_t end,
                    uint8_t type, const char **phrase) {
  for (uint32_t i = beg; i < end; i++)
    if (nkg_cue_at(t, i, end, type, phrase))
      return true;
  return false;
}

/* "met the deadline", "met its spending target", "met their commitments":
   a verb of meeting whose object is a thing, not a person or a body. */
static bool object_is_thing(const struct nkg_event_ctx *c, uint32_t trig,
                            uint32_t R) {
  static const char *const possessive[] = {"its", "their", "his", "her", "our"};
  static const char *const article[] = {"the", "a", "an", "all", "some", "every"};
  const struct nkg_text *t = c->t;
  uint32_t j = trig + 1;
  if (j >= R)
    return false;
  bool poss = false, art = false;
  for (size_t k = 0; k < NKG_COUNT(possessive); k++)
    poss |= nkg_tok_is(t, j, possessive[k]);
  for (size_t k = 0; k < NKG_COUNT(article); k++)
    art |= nkg_tok_is(t, j, article[k]);
  if (!poss && !art)
    return false;
  for (j++; j < R && j < trig + 6; j++) {
    const struct nkg_mention *m = nkg_mention_at(c->e, j);
    if (nkg_is_title_word(t, j, R) || nkg_cue_at(t, j, R, NKG_CUE_DELEGATION, NULL) ||
        nkg_tok_is(t, j, "counterpart") || nkg_tok_is(t, j, "counterparts"))
      return false; /* "met his counterpart", "met the Russian delegation" */
    if (m && m->kind == NKG_M_DEMONYM)
      continue;
    if (m)
      return poss; /* "met its NATO target"; "met the Pope" */
    if (t->tok[j].flags & NKG_TF_CAP)
      return false; /* a name the gazetteer lacks */
    if (t->tok[j].kind == NKG_TOK_WORD)
      return true; /* "the deadline", "their commitments" */
  }
  return false;
}

/* "While in Washington, X will meet Y", "In Moscow, X met Y": a place
   phrase that opens the sentence locates its meeting. */
static void fronted_place(const struct nkg_event_ctx *c,
                          const struct nkg_sentence *s, struct frame *f,
                          uint32_t trig) {
  const struct nkg_text *t = c->t;
  uint32_t i = s->tok_beg;
  while (i < trig && i < s->tok_beg + 2 &&
         (nkg_tok_is(t, i, "while") || nkg_tok_is(t, i, "when") ||
          nkg_tok_is(t, i, "there")))
    i++;
  if (i >= trig || !(nkg_tok_is(t, i, "in") || nkg_tok_is(t, i, "at")))
    return;
  const struct nkg_mention *m = nkg_mention_at(c->e, i + 1);
  if (!m || m->kind != NKG_M_NAME || !is_place(c->e->ent[m->entity].type) ||
      !nkg_tok_punct(t, m->tok_end, ','))
    return;
  f->ev.location = m->entity;
  f->ev.loc_rule = "fronted-place";
}

/* Does the trigger open its line ("Meet with ...", "• visit ...")? */
static bool list_item_start(const struct nkg_text *t,
                            const struct nkg_sentence *s, uint32_t trig) {
  for (uint32_t i = s->tok_beg; i < trig; i++)
    if (t->tok[i].kind != NKG_TOK_PUNCT)
      return false;
  return true;
}

/* The subject of the list an item belongs to: the persons of the nearest
   earlier sentence ending in ':' (at most six back). */
static bool list_subject(const struct nkg_event_ctx *c, uint32_t si,
                         struct frame *f) {
  const struct nkg_text *t = c->t;
  for (uint32_t back = 1; back <= 6 && back <= si; back++) {
    const struct nkg_sentence *p = &t->sent[si - back];
    if (!nkg_tok_punct(t, p->tok_end - 1, ':'))
      continue;
    for (uint32_t i = p->tok_beg; i < p->tok_end; i++) {
      const struct nkg_mention *m = nkg_mention_at(c->e, i);
      if (m && m->tok_beg == i && (m->kind == NKG_M_NAME || m->kind == NKG_M_TITLE) &&
          c->e->ent[m->entity].type == NKG_E_PERSON)
        nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, m->entity,
                 "list-subject");
    }
    return has_cue(t, p->tok_beg, p->tok_end, NKG_CUE_PLANNED, NULL);
  }
  return false;
}

/* "following his meeting with X": the possessor is the nearest person
   named before the pronoun in the sentence. */
static void possessor(const struct nkg_event_ctx *c, struct frame *f,
                      uint32_t trig) {
  const struct nkg_sentence *s = &c->t->sent[f->ev.sent];
  for (uint32_t i = trig - 1; i-- > s->tok_beg;) {
    const struct nkg_mention *m = nkg_mention_at(c->e, i);
    if (m && (m->kind == NKG_M_NAME || m->kind == NKG_M_TITLE) &&
        c->e->ent[m->entity].type == NKG_E_PERSON) {
      nkg_role_add(f->ev.part, &f->ev.npart, f->ev.part_rule, m->entity,
               "possessive-pronoun");
      return;
    }
  }
}


/* Is the noun trigger anaphoric ("the talks", "this meeting")? */
static bool definite(const struct nkg_text *t, uint32_t trig) {
  for (uint32_t k = 1; k <= 3 && k <= trig; k++) {
    uint32_t j = trig - k;
    if (nkg_tok_is(t, j, "the") || nkg_tok_is(t, j, "this") ||
        nkg_tok_is(t, j, "these") || nkg_tok_is(t, j, "that"))
      return true;
    if (t->tok[j].kind == NKG_TOK_PUNCT)
      return false;
  }
  return false;
}

newskg_status nkg_events_push(struct nkg_arena *a, struct nkg_events *out,
                               size_t *cap, const struct nkg_event *ev) {
  void *items = out->ev;
  newskg_status st;
  TRY(st, nkg_arena_grow(a, &items, cap, sizeof *out->ev, out->nev + 1));
  out->ev = items;
  out->ev[out->nev++] = *ev;
  return NEWSKG_OK;
}

/* The most recent event, for anaphora ("the two leaders", "the talks"). */
static const struct nkg_event *last_event(const struct nkg_events *out) {
  return out->nev ? &out->ev[out->nev - 1] : NULL;
}

static newskg_status sentence(struct nkg_arena *a, struct nkg_event_ctx *c,
                              uint32_t si, struct nkg_events *out,
                              size_t *cap) {
  const struct nkg_text *t = c->t;
  const struct nkg_sentence *s = &t->sent[si];
  uint32_t consumed_until = s->tok_beg;
  uint32_t date_claimed_beg = 0, date_claimed_end = 0; /* token span */
  uint32_t clause_subj[NKG_MAX_ROLE], clause_loc = NO_ENTITY;
  uint8_t clause_nsubj = 0;
  newskg_status st;
  for (uint32_t trig = s->tok_beg; trig < s->tok_end; trig++) {
    const struct nkg_trigger *tr = nkg_trigger_at(t, trig);
    if (!tr || trig < consumed_until)
      continue;
    /* "an event hosted by Z": a participle modifying a noun, not a frame */
    if (tr->pos == NKG_VERB && nkg_tok_is(t, trig + 1, "by") && trig > 0 &&
        trig + 2 < s->tok_end &&
        ((t->tok[trig + 2].flags & NKG_TF_CAP) || nkg_tok_is(t, trig + 2, "the")) &&
        !nkg_tok_is(t, trig - 1, "was") && !nkg_tok_is(t, trig - 1, "were") &&
        !nkg_tok_is(t, trig - 1, "been") && !nkg_tok_is(t, trig - 1, "be") &&
        !nkg_tok_is(t, trig - 1, "is") && !nkg_tok_is(t, trig - 1, "are") &&
        !nkg_tok_is(t, trig - 1, "has") && !nkg_tok_is(t, trig - 1, "have") &&
        !nkg_tok_is(t, trig - 1, "had"))
      continue;
    /* "the visit" as a verb object is a noun; "visit" after "to"/"will"
       is the verb */
    struct frame f;
    memset(&f, 0, sizeof f);
    f.ev.location = NO_ENTITY;
    f.ev.kind = tr->kind;
    f.ev.sent = si;
    f.ev.trigger = trig;
    f.ev.merged_into = UINT32_MAX;
    f.L = clause_start(t, s->tok_beg, trig);
    f.R = clause_end(t, trig, s->tok_end);
    bool verb = tr->pos == NKG_VERB;
    /* "X received a phone call from Y", "X held a call with Y": the call
       noun right after the verb gives the kind */
    if (verb && tr->kind != NKG_K_CALL) {
      for (uint32_t k = trig + 1; k < trig + 5 && k < f.R; k++) {
        const struct nkg_trigger *inner = nkg_trigger_at(t, k);
        if (inner && inner->kind == NKG_K_CALL && inner->pos == NKG_NOUN) {
          f.ev.kind = NKG_K_CALL;
          break;
        }
      }
    }
    /* "will visit Moscow", "to visit Beijing": the verb "visit" */
    if (!verb && nkg_tok_is(t, trig, "visit") && trig > f.L &&
        (nkg_tok_is(t, trig - 1, "to") || nkg_tok_is(t, trig - 1, "will") ||
         nkg_tok_is(t, trig - 1, "would") || nkg_tok_is(t, trig - 1, "shall")))
      verb = true;
    /* "looked forward to meeting X", "before meeting X": a gerund */
    if (!verb && nkg_tok_is(t, trig, "meeting") && trig > f.L &&
        (nkg_tok_is(t, trig - 1, "to") || nkg_tok_is(t, trig - 1, "after") ||
         nkg_tok_is(t, trig - 1, "before") || nkg_tok_is(t, trig - 1, "while")))
      verb = true;
    bool light = false;
    if (!verb) {
      /* "X held talks with Y": a light verb lends the noun a subject */
      /* "made his first official state visit", "had a telephone
         conversation": up to five words back, within the clause */
      for (uint32_t k = 1; k <= 5 && k <= trig - f.L; k++) {
        if (t->tok[trig - k].kind == NKG_TOK_PUNCT)
          break;
        if (nkg_cue_at(t, trig - k, trig, NKG_CUE_LIGHT_VERB, NULL)) {
          light = true;
          break;
        }
        /* "X and Y discussed the deal in a phone call": the clause's
           subject held it (not when the phrase opens the sentence: "In a
           call with X, Y said") */
        uint32_t q = trig - k + 1; /* "in a call", "during their talks" */
        if ((nkg_tok_is(t, trig - k, "in") || nkg_tok_is(t, trig - k, "during")) &&
            trig - k > f.L &&
            (q == trig || nkg_tok_is(t, q, "a") || nkg_tok_is(t, q, "an") ||
             nkg_tok_is(t, q, "the") || nkg_tok_is(t, q, "their") ||
             nkg_tok_is(t, q, "his") || nkg_tok_is(t, q, "her"))) {
          light = true;
          break;
        }
      }
    }
    bool passive = verb && trig > f.L &&
                   (nkg_tok_is(t, trig - 1, "was") || nkg_tok_is(t, trig - 1, "were") ||
                    nkg_tok_is(t, trig - 1, "been") || nkg_tok_is(t, trig - 1, "be"));
    const char *neg = NULL;
    if (has_cue(t, f.L, trig + 1, NKG_CUE_NEGATION, &neg))
      continue; /* "refused to meet", "no meeting took place" */
    if (verb && tr->frame == NKG_F_MEET && object_is_thing(c, trig, f.R))
      continue;
    /* "a planned meeting between X and Y was postponed" */
    if (!verb && has_cue(t, trig + 1, f.R, NKG_CUE_CALLED_OFF, NULL))
      continue;
    bool mediate = tr->frame == NKG_F_MEDIATE ||
                   (tr->frame == NKG_F_HOST &&
                    has_cue(t, trig + 1, f.R, NKG_CUE_BETWEEN, NULL));
    /* "Y was received by X": Y, the grammatical subject, takes part too */
    if (verb || light)
      subject(c, &f, trig, mediate && !passive);
    /* an itinerary item ("The Prime Minister will:" ... "Meet with X"):
       the subject and status come from the line that opened the list */
    bool itinerary = false;
    if (verb && f.ev.npart == 0 && list_item_start(t, s, trig))
      itinerary = list_subject(c, si, &f);
    /* "X visited Kyiv, where he met Y": a pronoun subject is the previous
       frame's subject in the sentence; "where" brings its place too */
    if (verb && f.ev.npart == 0 && clause_nsubj && f.L > s->tok_beg &&
        (has_cue(t, f.L, trig, NKG_CUE_PRONOUN, NULL))) {
      for (uint8_t k = 0; k < clause_nsubj; k++)
        nkg_role_add(f.ev.part, &f.ev.npart, f.ev.part_rule, clause_subj[k],
                 "pronoun-previous-subject");
      if (nkg_tok_is(t, f.L - 1, "where") && clause_loc != NO_ENTITY)
        f.ev.location = clause_loc, f.ev.loc_rule = "where-previous-place";
    }
    /* "The officials also welcomed X with Y": a group subject is the last
       event's participants even when the frame names partners too */
    const char *gp = NULL;
    if (verb && f.ev.npart == 0 && has_cue(t, f.L, trig, NKG_CUE_GROUP, &gp) &&
        strcmp(gp, "they") != 0) {
      const struct nkg_event *pe = last_event(out);
      if (pe && pe->npart >= 2)
        for (uint8_t k = 0; k < pe->npart; k++)
          nkg_role_add(f.ev.part, &f.ev.npart, f.ev.part_rule, pe->part[k],
                   "anaphora-group");
    }
    f.nsubj = f.ev.npart;
    if (!verb && !light)
      premodifiers(c, &f, trig);
    if (!verb && trig > f.L &&
        (nkg_tok_is(t, trig - 1, "his") || nkg_tok_is(t, trig - 1, "her")))
      possessor(c, &f, trig);
    right_side(c, &f, tr, trig, verb, passive);
    if (f.ev.location == NO_ENTITY)
      fronted_place(c, s, &f, trig);
    if (verb && f.nsubj) { /* remembered for a pronoun in a later clause */
      clause_nsubj = f.nsubj;
      memcpy(clause_subj, f.ev.part, f.nsubj * sizeof *clause_subj);
      clause_loc = f.ev.location;
    }
    uint8_t guests = 0; /* direct objects or "between" sides, not "with" */
    for (uint8_t k = f.nsubj; k < f.ev.npart; k++)
      guests += strcmp(f.ev.part_rule[k], "frame-partner") != 0;
    if (tr->frame == NKG_F_HOST && !passive && f.nsubj && guests >= 2) {
      /* "X hosted A and B for talks": a host of two others mediates */
      for (uint8_t k = 0; k < f.nsubj; k++)
        nkg_role_add(f.ev.med, &f.ev.nmed, f.ev.med_rule, f.ev.part[k],
                 "host-of-two-parties");
    }
    f.ev.rule = verb ? (passive ? "frame:passive-verb" : "frame:verb")
                     : light ? "frame:light-verb-noun" : "frame:noun";
    if (tr->frame == NKG_F_HOST && !mediate)
      f.ev.host_visit = true;
    /* anaphora: "the two leaders met", "the talks continued in Brussels" */
    const struct nkg_event *prev = last_event(out);
    /* "they" reaches back two sentences; "the leaders", "the two sides"
       name the document's last pair of participants wherever it was */
    const char *group_phrase = NULL;
    bool group = verb && has_cue(t, f.L, trig, NKG_CUE_GROUP, &group_phrase);
    if (prev && prev->sent + 2 < si &&
        !(group && strcmp(group_phrase, "they") != 0))
      prev = NULL;
    if (f.ev.npart == 0 && prev && prev->npart >= 2) {
      bool cont = !verb && definite(t, trig) &&
                  has_cue(t, trig + 1, trig + 3 < f.R ? trig + 3 : f.R,
                          NKG_CUE_CONTINUE, NULL);
      if (group || cont) {
        for (uint8_t k = 0; k < prev->npart; k++)
          nkg_role_add(f.ev.part, &f.ev.npart, f.ev.part_rule, prev->part[k],
                   group ? "anaphora-group" : "anaphora-continued");
        f.ev.rule = group ? "frame:group-anaphora" : "frame:continued";
      }
    }
    /* hosting, receiving, visiting need a guest or a destination: "X
       and Y welcomed the announcement" is no meeting */
    if ((tr->frame == NKG_F_HOST || tr->frame == NKG_F_RECEIVE ||
         tr->frame == NKG_F_VISIT) && verb && !passive && !mediate &&
        f.ev.npart == f.nsubj && f.ev.location == NO_ENTITY)
      continue;
    /* mediators never double as participants */
    for (uint8_t k = 0; k < f.ev.nmed; k++)
      nkg_role_remove(f.ev.part, &f.ev.npart, f.ev.part_rule, f.ev.med[k]);
    /* a third party that only hosts: "X hosted talks between A and B" */
    if (f.ev.npart < 2)
      continue;
    /* status belongs to the trigger's own verb group: cues before it in
       the clause or just after it ("a meeting is expected on") */
    const char *planned = NULL;
    uint32_t status_end = (!verb && !light) || trig + 4 > f.R ? f.R : trig + 4;
    bool future = has_cue(t, f.L, status_end, NKG_CUE_PLANNED, &planned) ||
                  tr->future;
    if (f.ev.kind == NKG_K_CALL)
      f.ev.location = NO_ENTITY; /* a call happens on the line, not in a place */
    uint32_t db, de;
    const char *drule;
    /* a date belongs to one frame: the first that reaches it ("met X on
       Wednesday, pressing for negotiations between A and B") */
    for (uint32_t from = f.L; from < f.R; from = de) {
      if (nkg_date_find(c, from, f.R, future, &f.ev.date, &db, &de, &drule) ==
          NKG_DATE_NONE)
        break;
      if (de <= date_claimed_beg || db >= date_claimed_end) {
        f.ev.date_rule = drule;
        date_claimed_beg = db, date_claimed_end = de;
        break;
      }
      memset(&f.ev.date, 0, sizeof f.ev.date);
    }
    if (!planned && c->pub.y && f.ev.date.y && f.ev.date.d &&
        nkg_date_days(f.ev.date) > nkg_date_days(c->pub))
      planned = "date after publication";
    if (itinerary && !planned)
      planned = "list of what someone will do";
    if (planned) {
      f.ev.planned = true;
      f.ev.planned_rule = planned;
    }
    if (f.ev.kind == NKG_K_CALL && f.nsubj == 1 && f.ev.npart > 2) {
      /* a call is between two parties: "X spoke by phone with A, B and
         C" is three calls */
      struct nkg_event one = f.ev;
      for (uint8_t k = 1; k < f.ev.npart; k++) {
        one.npart = 2;
        one.part[0] = f.ev.part[0], one.part_rule[0] = f.ev.part_rule[0];
        one.part[1] = f.ev.part[k], one.part_rule[1] = f.ev.part_rule[k];
        TRY(st, nkg_events_push(a, out, cap, &one));
      }
    } else {
      TRY(st, nkg_events_push(a, out, cap, &f.ev));
    }
    /* nouns inside this clause belong to this frame ("hosted talks") */
    consumed_until = f.R;
  }
  return NEWSKG_OK;
}

/* Which frames run.  Measured on dev + seed and the construction
   checklist with parser model 2 (README, "Frames"): the tree frames alone
   lose on long readout sentences of titled names, where the parser errs,
   and win on the constructions the surface frames never had (summits
   attended by, one-forum summits, partner lists, resumption, "not"
   elsewhere); surface frames with the tree frames for the sentences they
   leave empty keep the first and add the second (checklist 58 -> 98 of
   144 exact, dev within 0.01), so that is the default until the tree
   frames alone beat it.  newskg_options.frames (extract --frames) picks
   another. */
static const char *const frames_names[NEWSKG_FRAMES_LAST] = {
    [NEWSKG_FRAMES_SURFACE] = "surface", [NEWSKG_FRAMES_TREE] = "tree",
    [NEWSKG_FRAMES_BACKFILL] = "backfill", [NEWSKG_FRAMES_HYBRID] = "hybrid"};

newskg_status newskg_frames_from_name(const char *name, newskg_frames *out) {
  if (!name || !out)
    return NEWSKG_ERR_BAD_ARG;
  for (size_t i = 1; i < NKG_COUNT(frames_names); i++)
    if (strcmp(name, frames_names[i]) == 0) {
      *out = (newskg_frames)i;
      return NEWSKG_OK;
    }
  return nkg_fail(NEWSKG_ERR_BAD_ARG, "unknown frame mode '%s'", name);
}

newskg_frames nkg_frames_resolve(newskg_frames asked) {
  newskg_frames m = NEWSKG_FRAMES_BACKFILL;
  if (asked != NEWSKG_FRAMES_DEFAULT)
    return asked;
  /* the environment variable of the measuring scripts that came first */
  const char *v = getenv("NEWSKG_FRAMES");
  if (v && newskg_frames_from_name(v, &m) != NEWSKG_OK)
    m = NEWSKG_FRAMES_BACKFILL;
  nkg_clear_error();
  return m;
}

bool nkg_events_use_syntax(newskg_frames mode) {
  return mode != NEWSKG_FRAMES_SURFACE;
}

/* Appends the events of `from` whose sentence holds none of `out`'s first
   `nold` events: one frame family fills the sentences the other left
   empty.  A per-sentence mark keeps it linear. */
static newskg_status fill_empty_sentences(struct nkg_arena *a,
                                          const struct nkg_event_ctx *c,
                                          struct nkg_events *out, size_t *cap,
                                          const struct nkg_events *from) {
  bool *taken = nkg_arena_calloc(a, c->t->nsent ? c->t->nsent : 1, 1);
  if (!taken)
    return NEWSKG_ERR_NOMEM;
  for (uint32_t k = 0; k < out->nev; k++)
    if (out->ev[k].sent < c->t->nsent)
      taken[out->ev[k].sent] = true;
  newskg_status st;
  for (uint32_t k = 0; k < from->nev; k++) {
    const struct nkg_event *e = &from->ev[k];
    if (e->merged_into != UINT32_MAX || e->sent >= c->t->nsent ||
        taken[e->sent])
      continue;
    TRY(st, nkg_events_push(a, out, cap, e));
  }
  return NEWSKG_OK;
}

newskg_status nkg_events_extract(struct nkg_arena *a, struct nkg_event_ctx *c,
                                 struct nkg_events *out) {
  newskg_frames mode = c->frames ? c->frames : NEWSKG_FRAMES_BACKFILL;
  /* a caller that sets c->tree asks for the tree frames alone (tests) */
  bool tree = c->tree || (c->syn && (mode == NEWSKG_FRAMES_TREE ||
                                     mode == NEWSKG_FRAMES_HYBRID));
  memset(out, 0, sizeof *out);
  /* a later window of a long document keeps the first window's date */
  if (!c->anchor.y)
    c->anchor = nkg_date_anchor(c);
  size_t cap = 0;
  newskg_status st;
  struct nkg_events other;
  size_t ocap = 0;
  memset(&other, 0, sizeof other);
  if (tree) {
    TRY(st, nkg_events_extract_tree(a, c, out, &cap));
    if (mode == NEWSKG_FRAMES_HYBRID) {
      for (uint32_t s = 0; s < c->t->nsent; s++)
        TRY(st, sentence(a, c, s, &other, &ocap));
      TRY(st, fill_empty_sentences(a, c, out, &cap, &other));
    }
  } else {
    for (uint32_t s = 0; s < c->t->nsent; s++)
      TRY(st, sentence(a, c, s, out, &cap));
    if (c->syn && mode == NEWSKG_FRAMES_BACKFILL) {
      TRY(st, nkg_events_extract_tree(a, c, &other, &ocap));
      TRY(st, fill_empty_sentences(a, c, out, &cap, &other));
    }
  }
  nkg_events_merge(a, c, out);
  return nkg_statements_extract(a, c, out);
}
