/*
 * Titles and offices: who "the Prime Minister", "the President of
 * Azerbaijan" or "the Secretary" is.  A title resolves to the person the
 * text introduced with it, else to the gazetteer's holder of that office
 * in the country the text fixes (a demonym, "of X", a country-specific
 * title, a seat of government) and the date of the article.  Unsure ->
 * a document-scoped unlinked person, or nothing.
 */
#include <string.h>

#include "entities/offices.h"
#include "entities/recognize.h"
#include "entities/venues.h"

/* Does the gazetteer person hold `office` in `country` at `when` (some
   day of it: a term known by year overlaps every date of that year)? */
bool nkg_rec_holds(const struct nkg_gaz_entity *p, uint8_t office,
                  uint32_t country, struct nkg_when when) {
  for (uint16_t k = 0; k < p->npos; k++) {
    const struct nkg_position *pos = &p->pos[k];
    if (pos->office != office || pos->country != country)
      continue;
    if (when.lo == 0)
      return pos->end == 0;
    if ((pos->start == 0 || pos->start <= when.hi) &&
        (pos->end == 0 || pos->end >= when.lo))
      return true;
  }
  return false;
}

/* Office held anywhere at `when`. */
bool nkg_rec_holds_any(const struct nkg_gaz_entity *p, uint8_t office,
                       struct nkg_when when) {
  for (uint16_t k = 0; k < p->npos; k++)
    if (nkg_rec_holds(p, office, p->pos[k].country, when))
      return true;
  return false;
}

/* The country a title phrase names: "Armenian", "Russia's", "of Armenia". */
static uint32_t title_country(struct ctx *c, const struct raw *before,
                              const struct raw *after) {
  if (before && before->entity != NO_ENTITY &&
      c->out->ent[before->entity].type == NKG_E_COUNTRY)
    return before->entity;
  if (after && after->entity != NO_ENTITY &&
      (c->out->ent[after->entity].type == NKG_E_COUNTRY ||
       c->out->ent[after->entity].type == NKG_E_ORG))
    return after->entity;
  return NO_ENTITY;
}

/* Who holds `office`: for a known country, the holder the document names,
   else the gazetteer's holder on the article's date.  For a bare title
   ("The Prime Minister"), a holder named earlier in the document.  Unsure
   -> NO_ENTITY. */
static uint32_t resolve_title(struct ctx *c, uint8_t office, uint32_t cg,
                              uint32_t tok) {
  uint32_t pick = NO_ENTITY, hits = 0;
  if (!c->when.lo)
    return NO_ENTITY; /* who held an office depends on when */
  for (uint32_t q = 0; q < c->out->nent; q++) {
    const struct nkg_entity *e = &c->out->ent[q];
    if (e->gaz == NO_ENTITY || e->type != NKG_E_PERSON || e->gaz == pick)
      continue;
    const struct nkg_gaz_entity *p = nkg_gazetteer_entity(c->g, e->gaz);
    bool fits = cg != NO_ENTITY ? nkg_rec_holds(p, office, cg, c->when)
                                : e->first_tok < tok && nkg_rec_holds_any(p, office, c->when);
    if (fits)
      pick = e->gaz, hits++;
  }
  if (hits)
    return hits == 1 ? pick : NO_ENTITY;
  if (!c->when.lo)
    return NO_ENTITY;
  /* A bare title with no country stays unresolved: the countries a
     readout names are as often the counterpart's as its own. */
  uint32_t who[4];
  if (cg != NO_ENTITY)
    return nkg_gazetteer_holders(c->g, office, cg, c->when, who, 4) == 1
               ? who[0] : NO_ENTITY;
  return NO_ENTITY;
}

bool nkg_rec_is_demonym_at(const struct ctx *c, uint32_t tok) {
  for (size_t m = 0; m < c->nraw; m++)
    if (c->raw[m].kind == NKG_M_DEMONYM && c->raw[m].beg <= tok &&
        tok < c->raw[m].end)
      return true;
  return false;
}

/* Records, for every named person, the title the text puts right before
   the name ("Secretary of State Antony J. Blinken" -> "secretary of
   state"). */
void nkg_rec_pass_said_titles(struct ctx *c) {
  for (size_t m = 0; m < c->nraw; m++) {
    struct raw *r = &c->raw[m];
    if (r->entity == NO_ENTITY || c->out->ent[r->entity].type != NKG_E_PERSON ||
        c->out->ent[r->entity].said_title)
      continue;
    for (uint32_t k = r->beg < 5 ? r->beg : 5; k >= 1; k--) { /* longest */
      uint8_t office;
      if (nkg_title_match(c->t, r->beg - k, r->beg, &office) == k) {
        struct nkg_entity *e = &c->out->ent[r->entity];
        e->said_title = nkg_rec_span_key(c, r->beg - k, r->beg);
        uint32_t q = r->beg - k; /* "Australian Prime Minister", "India's" */
        e->said_title_foreign =
            q > 0 && (nkg_tok_is(c->t, q - 1, "'s") || nkg_rec_is_demonym_at(c, q - 1));
        break;
      }
    }
  }
}

/* The one person named before token `i` whose said title begins with the
   title at [i, end) ("the Secretary" ~ "secretary of state"). */
static uint32_t said_title_referent(struct ctx *c, uint32_t i, uint32_t end) {
  const char *key = nkg_rec_span_key(c, i, end);
  if (!key)
    return NO_ENTITY;
  size_t kl = strlen(key);
  uint32_t who = NO_ENTITY, hits = 0, own = NO_ENTITY, nown = 0;
  for (uint32_t q = 0; q < c->out->nent; q++) {
    const struct nkg_entity *e = &c->out->ent[q];
    if (e->type != NKG_E_PERSON || !e->said_title || e->first_tok >= i)
      continue;
    if (strncmp(e->said_title, key, kl) == 0 &&
        (e->said_title[kl] == '\0' || e->said_title[kl] == ' ')) {
      who = q, hits++;
      if (!e->said_title_foreign)
        own = q, nown++;
    }
  }
  if (hits == 1)
    return who;
  return nown == 1 ? own : NO_ENTITY;
}

/* Pass 3: title phrases.  Runs over the raw mentions' gaps. */
newskg_status nkg_rec_pass_titles(struct ctx *c, struct raw **extra,
                                 size_t *nextra, size_t *capextra) {
  const struct nkg_text *t = c->t;
  newskg_status st;
  size_t m = 0;
  for (uint32_t si = 0; si < t->nsent; si++) {
    const struct nkg_sentence *s = &t->sent[si];
    for (uint32_t i = s->tok_beg; i < s->tok_end; i++) {
      while (m < c->nraw && c->raw[m].end <= i)
        m++;
      bool covered = m < c->nraw && c->raw[m].beg <= i;
      if (covered || t->tok[i].kind != NKG_TOK_WORD)
        continue;
      /* news prose writes titles in lower case ("Armenia's prime
         minister"): such a title counts only where the text fixes the
         country and the office is one person's */
      bool lower = !nkg_rec_cap_word(&t->tok[i]);
      uint8_t office;
      uint32_t n = nkg_title_match(t, i, s->tok_end, &office);
      if (!n || (lower && office == NKG_OFF_MINISTER))
        continue;
      uint32_t end = i + n;
      if (office == NKG_OFF_MINISTER) {
        /* "the Secretary", "the Minister": only as a title the text gave
           someone named earlier ("Secretary of State Antony Blinken") */
        uint32_t who = said_title_referent(c, i, end);
        if (who == NO_ENTITY)
          continue;
        struct raw r;
        memset(&r, 0, sizeof r);
        r.beg = i, r.end = end, r.kind = NKG_M_TITLE;
        r.rule = "title-coreference";
        r.entity = who;
        void *items = *extra;
        TRY(st, nkg_arena_grow(c->a, &items, capextra, sizeof r, *nextra + 1));
        *extra = items;
        (*extra)[(*nextra)++] = r;
        i = end - 1;
        continue;
      }
      /* a name right after the title is that person ("President Macron",
         "Foreign Minister al-Jubeir") */
      if (end < s->tok_end &&
          (nkg_rec_cap_word(&t->tok[end]) ||
           (m < c->nraw && c->raw[m].beg == end && c->raw[m].entity != NO_ENTITY &&
            c->out->ent[c->raw[m].entity].type == NKG_E_PERSON))) {
        i = end - 1; /* and "Minister" inside "Prime Minister" is no title */
        continue;
      }
      /* ... and so is a name after a comma: "the President of Brazil,
         Luiz Inácio Lula da Silva" (its "of X" part is skipped first) */
      uint32_t after_of = end;
      if (nkg_tok_is(t, after_of, "of")) {
        after_of++;
        while (after_of < s->tok_end && (nkg_rec_cap_word(&t->tok[after_of]) ||
                                         nkg_tok_is(t, after_of, "the") ||
                                         nkg_tok_is(t, after_of, "'s")))
          after_of++;
      }
      if (nkg_tok_punct(t, after_of, ',') && after_of + 1 < s->tok_end) {
        bool person = false;
        for (size_t q = 0; q < c->nraw; q++)
          if (c->raw[q].beg == after_of + 1 && c->raw[q].entity != NO_ENTITY &&
              c->out->ent[c->raw[q].entity].type == NKG_E_PERSON)
            person = true;
        if (person)
          continue;
      }
      /* a preceding "Name," apposition already says who it is */
      const struct raw *before = NULL, *after = NULL;
      if (m > 0 && c->raw[m - 1].end == i &&
          (c->raw[m - 1].kind == NKG_M_DEMONYM ||
           (m > 0 && i + 1 < t->ntok && nkg_tok_is(t, i - 1, "'s"))))
        before = &c->raw[m - 1];
      if (m > 0 && c->raw[m - 1].end + 1 == i && nkg_tok_is(t, i - 1, "'s"))
        before = &c->raw[m - 1];
      /* a country's name used as an adjective: "the US Secretary of
         State", "the UK Prime Minister" */
      if (m > 0 && c->raw[m - 1].end == i && c->raw[m - 1].kind == NKG_M_NAME &&
          c->raw[m - 1].entity != NO_ENTITY &&
          c->out->ent[c->raw[m - 1].entity].type == NKG_E_COUNTRY)
        before = &c->raw[m - 1];
      if (end + 1 < s->tok_end && nkg_tok_is(t, end, "of") && m < c->nraw &&
          c->raw[m].beg == end + 1)
        after = &c->raw[m];
      else if (end + 2 < s->tok_end && nkg_tok_is(t, end, "of") &&
               nkg_tok_is(t, end + 1, "the") && m < c->nraw &&
               c->raw[m].beg == end + 2)
        after = &c->raw[m];
      uint32_t country = title_country(c, before, after);
      uint32_t cg = country == NO_ENTITY ? NO_ENTITY : c->out->ent[country].gaz;
      if ((country != NO_ENTITY && cg == NO_ENTITY) ||
          (lower && cg == NO_ENTITY))
        continue;
      /* apposition: "Nikol Pashinian, the Armenian Prime Minister," */
      uint32_t b = before ? before->beg : i;
      if (b >= 1 && nkg_tok_is(t, b - 1, "the"))
        b--;
      if (b >= 2 && nkg_tok_punct(t, b - 1, ',')) {
        const struct raw *prev = NULL;
        for (size_t q = 0; q < c->nraw; q++)
          if (c->raw[q].end == b - 1)
            prev = &c->raw[q];
        if (prev && prev->entity != NO_ENTITY &&
            c->out->ent[prev->entity].type == NKG_E_PERSON) {
          struct nkg_entity *pe = &c->out->ent[prev->entity];
          if (!pe->title) {
            pe->title = nkg_rec_span_text(c, i, end);
            pe->country = country;
          }
          continue;
        }
      }
      /* a bare title ("The Prime Minister") names the country by itself
         ("Taoiseach") or through the government whose seat the document
         names ("Downing Street") */
      if (cg == NO_ENTITY) {
        /* only a definite title names one person: "Minister for Foreign
           Affairs, Trade and ..." in an apposition list does not */
        uint32_t b0 = before ? before->beg : i;
        if (!(b0 >= 1 && nkg_tok_is(t, b0 - 1, "the")))
          continue;
        const char *q = nkg_title_country(t, i, s->tok_end);
        if (!q)
          q = c->home;
        if (q)
          cg = nkg_gazetteer_find_qid(c->g, q);
      }
      uint32_t said = cg == NO_ENTITY ? said_title_referent(c, i, end)
                                      : NO_ENTITY;
      uint32_t pick = said == NO_ENTITY ? resolve_title(c, office, cg, i)
                                        : NO_ENTITY;
      struct raw r;
      memset(&r, 0, sizeof r);
      r.beg = i;
      r.end = end;
      r.kind = NKG_M_TITLE;
      if (said != NO_ENTITY) {
        r.rule = "title-coreference";
        r.entity = said;
      } else if (pick != NO_ENTITY) {
        r.rule = "title-office-holder";
        const struct nkg_gaz_entity *ge = nkg_gazetteer_entity(c->g, pick);
        TRY(st, nkg_rec_add_entity(c, pick, ge->label, NULL, ge->type, r.rule, i,
                           &r.entity));
      } else {
        /* "The Prime Minister" we cannot name: still a person of this
           document (its IRI is scoped to the document: another article's
           "Prime Minister" may be someone else) */
        uint32_t b0 = before ? before->beg : i;
        if (b0 >= 1 && nkg_tok_is(t, b0 - 1, "the"))
          b0--;
        if (b0 == i || !nkg_tok_is(t, b0, "the") || lower)
          continue; /* only definite references name one person, and a
                       lower-case title only with its holder */
        r.rule = "title-unresolved";
        const char *key = nkg_rec_span_key(c, b0, end);
        if (!key)
          return NEWSKG_ERR_NOMEM;
        TRY(st, nkg_rec_add_entity(c, NO_ENTITY, nkg_rec_span_text(c, b0, end), key,
                           NKG_E_PERSON, r.rule, i, &r.entity));
        c->out->ent[r.entity].doc_scoped = true;
      }
      void *items = *extra;
      TRY(st, nkg_arena_grow(c->a, &items, capextra, sizeof r, *nextra + 1));
      *extra = items;
      (*extra)[(*nextra)++] = r;
      i = end - 1;
    }
  }
  return NEWSKG_OK;
}

/* The government whose seat the document names, if exactly one (pass 1
   noted them, so the text is not scanned again). */
const char *nkg_rec_home_country(const struct ctx *c) {
  return c->seats_differ ? NULL : c->seat;
}
