/*
 * Mention recognition, left to right over each sentence, in three passes:
 *  1. gazetteer longest match (names, aliases, demonyms), plus names the
 *     gazetteer does not know: "Mr. X" / title + capitalised words
 *     (persons), capitalised runs ending in "Center", "Ministry"...
 *     (organizations);
 *  2. document-level choice among ambiguous candidates and surname
 *     coreference ("Mr. Aliev" -> the Ilham Aliyev named earlier);
 *  3. title phrases without a name ("the Armenian Prime Minister",
 *     "the President of Azerbaijan"): entities/titles.c.
 * Then qualifiers ("India's", "of Azerbaijan") and datelines are marked so
 * frames never take them as roles.
 */
#include <stdlib.h>
#include <string.h>

#include "entities/entities.h"
#include "entities/namewords.h"
#include "entities/offices.h"
#include "entities/recognize.h"
#include "entities/venues.h"
#include "syntax/syntax.h"
#include "text/datewords.h"

const char *nkg_etype_name(uint8_t type) {
  static const char *const names[] = {"person", "country", "city", "region",
                                      "organization"};
  return type < NKG_COUNT(names) ? names[type] : "thing";
}

bool nkg_rec_cap_word(const struct nkg_token *k) {
  return k->kind == NKG_TOK_WORD && (k->flags & NKG_TF_CAP);
}

/* Words that start sentences or titles in capitals but never begin a name. */
static bool stopword(const struct nkg_text *t, uint32_t i) {
  static const char *const w[] = {
      "the", "a", "an", "this", "that", "these", "those", "he", "she", "it",
      "they", "we", "i", "his", "her", "their", "our", "in", "on", "at",
      "after", "before", "during", "with", "but", "and", "or", "if", "as",
      "while", "when", "since", "for", "of", "to", "by", "from", "prior",
      "members", "both", "all", "no", "new", "there", "last", "next",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december",
      "according", "earlier", "later", "today", "yesterday", "tomorrow",
  };
  for (size_t k = 0; k < NKG_COUNT(w); k++)
    if (nkg_tok_is(t, i, w[k]))
      return true;
  return false;
}

/* Head words that make a capitalised run an organization. */
static bool org_head(const struct nkg_text *t, uint32_t i) {
  static const char *const w[] = {
      "center", "centre", "ministry", "council", "party", "institute",
      "agency", "commission", "committee", "forum", "organization",
      "organisation", "union", "bank", "office", "department", "foundation",
      "university", "association", "authority", "court", "parliament",
      "assembly", "alliance", "movement", "front", "army", "service",
      "group", "fund", "federation", "corporation", "company", "secretariat",
  };
  for (size_t k = 0; k < NKG_COUNT(w); k++)
    if (nkg_tok_is(t, i, w[k]))
      return true;
  return false;
}

static newskg_status push_raw(struct ctx *c, const struct raw *r) {
  void *items = c->raw;
  newskg_status st;
  TRY(st, nkg_arena_grow(c->a, &items, &c->capraw, sizeof *c->raw,
                         c->nraw + 1));
  c->raw = items;
  c->raw[c->nraw++] = *r;
  return NEWSKG_OK;
}

/* Gazetteer longest match at token i within [i, end). */
static uint32_t match_gazetteer(struct ctx *c, uint32_t i, uint32_t end,
                                struct raw *r) {
  const struct nkg_text *t = c->t;
  char key[512];
  size_t klen = 0;
  uint64_t hash = NKG_KEY_HASH_INIT;
  uint32_t best = 0;
  /* "Japan-EU summit", "US-China talks": the second part of a hyphen
     compound is one name; the noun after it heads the whole compound, so
     a name that stays inside the glued word beats a longer one that takes
     the noun ("EU summit", an alias of the European Council).  A longer
     name is still taken when nothing inside matches ("Japan-South Korea
     talks"). */
  uint32_t glued = i + 1; /* end of the glued word starting at i */
  bool compound = i >= 2 && nkg_tok_punct(t, i - 1, '-') &&
                  t->tok[i - 1].beg == t->tok[i - 2].end &&
                  t->tok[i].beg == t->tok[i - 1].end &&
                  t->tok[i - 2].kind != NKG_TOK_PUNCT;
  while (compound && glued < end && t->tok[glued].beg == t->tok[glued - 1].end)
    glued++;
  uint32_t inside = 0;
  struct nkg_cand inside_cands[MAX_CANDS];
  uint32_t ninside = 0;
  for (uint32_t j = i; j < end;) {
    const struct nkg_token *k = &t->tok[j];
    if (k->kind == NKG_TOK_PUNCT)
      break;
    if (klen + k->fold_len + 2 > sizeof key)
      break;
    size_t saved_len = klen;
    uint64_t saved_hash = hash;
    if (klen)
      key[klen++] = ' ';
    memcpy(key + klen, k->fold, k->fold_len);
    klen += k->fold_len;
    hash = nkg_key_hash_step(hash, k->hash);
    bool prefix;
    struct nkg_cand cands[MAX_CANDS];
    uint32_t n = nkg_gazetteer_lookup(c->g, key, klen, hash, cands, MAX_CANDS,
                                      &prefix);
    if (!n && !prefix && j > i && j + 1 < end && nkg_is_initial(k) &&
        !nkg_is_initial(&t->tok[j + 1])) {
      /* "Lloyd J. Austin": a middle initial the gazetteer's name lacks is
         skipped; one it has ("George W. Bush") is matched as written */
      klen = saved_len, hash = saved_hash;
      j++;
      continue;
    }
    if (n > MAX_CANDS)
      n = MAX_CANDS;
    uint32_t keep = 0;
    bool one_word = j == i;
    /* "May", "June", "August": a date word is never a one-word name */
    if (one_word && (nkg_month_of(k) || nkg_weekday_of(k) >= 0))
      n = 0;
    bool ascii = true;
    for (uint32_t b = t->tok[i].beg; b < k->end && ascii; b++)
      ascii = (unsigned char)t->text[b] < 0x80;
    for (uint32_t q = 0; q < n; q++) {
      /* an acronym ("EU", "WHO") matches only capitals or "E.U." */
      if (cands[q].acronym && one_word &&
          !(k->flags & (NKG_TF_ALLCAP | NKG_TF_ABBR)))
        continue;
      if (cands[q].native && ascii)
        continue;
      cands[keep++] = cands[q];
    }
    if (keep) {
      best = j + 1 - i;
      memcpy(r->cands, cands, keep * sizeof *cands);
      r->ncand = keep;
      if (compound && j < glued) {
        inside = best;
        memcpy(inside_cands, cands, keep * sizeof *cands);
        ninside = keep;
      }
    }
    if (!prefix)
      break;
    j++;
    /* "Nagorno-Karabakh", "Washington, D.C.": skip joiners inside names */
    if (j + 1 < end && t->tok[j].kind == NKG_TOK_PUNCT &&
        (t->tok[j].punct == '-' || t->tok[j].punct == ',' ||
         t->tok[j].punct == '.') &&
        t->tok[j + 1].kind != NKG_TOK_PUNCT)
      j++;
  }
  if (inside && inside < best) {
    best = inside;
    memcpy(r->cands, inside_cands, ninside * sizeof *inside_cands);
    r->ncand = ninside;
  }
  /* A trailing joiner skipped above is never part of the match: best
     counts up to the last word that matched. */
  if (best) {
    uint32_t e = i + best;
    while (e > i && t->tok[e - 1].kind == NKG_TOK_PUNCT)
      e--;
    /* generational suffixes belong to the name: "Lloyd J. Austin III" */
    if (e < end && (nkg_tok_is(t, e, "iii") || nkg_tok_is(t, e, "ii") ||
                    nkg_tok_is(t, e, "jr") || nkg_tok_is(t, e, "sr")) &&
        (t->tok[e].flags & NKG_TF_CAP))
      e++;
    best = e - i;
  }
  return best;
}

/* Is token i glued to the tokens on both sides ("al-Mekdad")? */
static bool glued_hyphen(const struct nkg_text *t, uint32_t i, uint32_t end) {
  return i > 0 && i + 1 < end && nkg_tok_punct(t, i, '-') &&
         t->tok[i].beg == t->tok[i - 1].end &&
         t->tok[i + 1].beg == t->tok[i].end;
}

/* Lower-case name particles at token i that continue a name into the
   capitalised word after them ("Correia e Silva", "von der Leyen", "bin
   Salman", "al-Mekdad"): the tokens up to that word, else 0. */
static uint32_t particle_link(const struct ctx *c, uint32_t i, uint32_t end) {
  const struct nkg_text *t = c->t;
  if (i >= end || t->tok[i].kind != NKG_TOK_WORD ||
      (t->tok[i].flags & NKG_TF_CAP))
    return 0;
  uint32_t p = nkg_namewords_match(nkg_gazetteer_words(c->g), t, i, end,
                                   NKG_NW_PARTICLE);
  if (!p)
    return 0;
  uint32_t q = i + p;
  if (q < end && glued_hyphen(t, q, end))
    q++;
  if (q >= end || !nkg_rec_cap_word(&t->tok[q]) ||
      (t->tok[q].flags & NKG_TF_POSS) || stopword(t, q) ||
      nkg_is_title_word(t, q, end))
    return 0;
  return q - i;
}

/* Capitalised words from i on, as a name (at most 6 words), with the
   particles between them; *particles says whether there were any. */
static uint32_t cap_run(const struct ctx *c, uint32_t i, uint32_t end,
                        bool *particles) {
  const struct nkg_text *t = c->t;
  uint32_t n = 0, words = 0;
  *particles = false;
  /* a name may open with a glued particle: "Foreign Minister al-Jubeir" */
  if (i + 2 < end && glued_hyphen(t, i + 1, end) && particle_link(c, i, end))
    n = 2, *particles = true;
  for (;;) {
    if (n > 0 && words > 0 && words < 6 && !(t->tok[i + n - 1].flags & NKG_TF_POSS)) {
      uint32_t p = particle_link(c, i + n, end);
      if (p) {
        n += p;
        *particles = true;
      }
    }
    if (!(i + n < end && words < 6 && nkg_rec_cap_word(&t->tok[i + n]) &&
          !(t->tok[i + n].flags & NKG_TF_POSS) &&
          !(n > 0 && nkg_is_post_nominal(t, i + n)))) {
      /* particles are only inside a name, never at its end */
      while (n > 0 && !nkg_rec_cap_word(&t->tok[i + n - 1]) &&
             !(n >= 2 && glued_hyphen(t, i + n - 2, end)))
        n--;
      break;
    }
    n++;
    words++;
    /* "Al-Sisi", "Jean-Claude", "Won-sik": a hyphen inside a word joins
       its parts */
    if (i + n + 1 < end && nkg_tok_punct(t, i + n, '-') &&
        t->tok[i + n].beg == t->tok[i + n - 1].end &&
        t->tok[i + n + 1].beg == t->tok[i + n].end &&
        t->tok[i + n + 1].kind == NKG_TOK_WORD) {
      n += nkg_rec_cap_word(&t->tok[i + n + 1]) ? 1 : 2;
      if (i + n > end)
        n = end - i;
    }
  }
  return n;
}

/* Lower-case words inside names: "Tamim bin Hamad", "Ursula von der Leyen". */
static bool name_particle(const struct ctx *c, uint32_t i) {
  return nkg_namewords_match(nkg_gazetteer_words(c->g), c->t, i, c->t->ntok,
                             NKG_NW_PARTICLE) > 0;
}

/* Does a word of [beg, end) head a place ("Palacio de la Moncloa")? */
static bool has_place_head(const struct ctx *c, uint32_t beg, uint32_t end) {
  for (uint32_t i = beg; i < end; i++)
    if (nkg_namewords_match(nkg_gazetteer_words(c->g), c->t, i, end,
                            NKG_NW_PLACE_HEAD))
      return true;
  return false;
}

static bool has_initial(const struct nkg_text *t, uint32_t beg, uint32_t end) {
  for (uint32_t i = beg + 1; i < end; i++)
    if (nkg_is_initial(&t->tok[i]))
      return true;
  return false;
}

/* No title word and no known name inside the run: "Commission
   Chairperson Moussa Faki" is not one unknown name. */
static bool plain_name(struct ctx *c, uint32_t beg, uint32_t end) {
  for (uint32_t i = beg; i < end; i++) {
    struct raw probe;
    memset(&probe, 0, sizeof probe);
    if (nkg_is_title_word(c->t, i, end) || org_head(c->t, i))
      return false;
    if (match_gazetteer(c, i, end, &probe))
      for (uint32_t q = 0; q < probe.ncand; q++)
        if (probe.cands[q].kind != NKG_CAND_SURNAME)
          return false;
  }
  return true;
}

/* Is token i the surname of a gazetteer person? */
static bool is_surname(const struct ctx *c, uint32_t i) {
  const struct nkg_token *k = &c->t->tok[i];
  struct nkg_cand cands[MAX_CANDS];
  bool prefix;
  uint32_t n = nkg_gazetteer_lookup(c->g, k->fold, k->fold_len,
                                    nkg_key_hash_step(NKG_KEY_HASH_INIT, k->hash),
                                    cands, MAX_CANDS, &prefix);
  for (uint32_t q = 0; q < n && q < MAX_CANDS; q++)
    if (cands[q].kind == NKG_CAND_SURNAME)
      return true;
  return false;
}

/* Is [beg, end) of sentence s a proper-noun phrase the parser found in an
   argument's place: two or more capitalised PROPN words held together by
   `flat` (UD's relation inside personal names, head first: "Hakan <-flat-
   Fidan"), the head a subject, object, oblique, conjunct or apposition?
   Then it names a person though no title, initial or particle says so
   ("Hakan Fidan met Ayman Safadi").  Organizations and places take
   `compound` in UD, so they stay out. */
static bool propn_name(const struct ctx *c, const struct nkg_sentence *s,
                       uint32_t beg, uint32_t end) {
  const struct nkg_syntax *y = c->syn;
  if (!y || !y->sent_parsed || !y->sent_parsed[s - c->t->sent] ||
      end - beg < 2)
    return false;
  uint32_t words = 0;
  for (uint32_t i = beg; i < end; i++) {
    if (c->t->tok[i].kind == NKG_TOK_PUNCT)
      continue; /* "Akufo-Addo": the hyphen is no word */
    if (y->upos[i] != NKG_UPOS_PROPN)
      return false;
    if (i > beg && !(y->rel[i] == NKG_DEP_FLAT && y->head[i] >= beg &&
                     y->head[i] < end))
      return false;
    words++;
  }
  if (words < 2 || y->head[beg] == NKG_NO_HEAD ||
      (y->head[beg] >= beg && y->head[beg] < end))
    return false;
  switch (y->rel[beg]) {
  case NKG_DEP_NSUBJ: case NKG_DEP_NSUBJ_PASS: case NKG_DEP_OBJ:
  case NKG_DEP_IOBJ: case NKG_DEP_OBL: case NKG_DEP_OBL_AGENT:
  case NKG_DEP_CONJ: case NKG_DEP_APPOS: case NKG_DEP_NMOD:
    return true;
  default:
    return false;
  }
}

/* Does the label of gazetteer entity `gaz` start with the word at token
   i ("George W. Bush" and "George")? */
static bool same_first_word(struct ctx *c, uint32_t gaz, uint32_t i) {
  const char *lab = nkg_gazetteer_entity(c->g, gaz)->label;
  const char *sp = strchr(lab, ' ');
  size_t n = sp ? (size_t)(sp - lab) : strlen(lab);
  uint16_t fl;
  const char *f = nkg_fold(c->a, lab, n, &fl);
  const struct nkg_token *k = &c->t->tok[i];
  return f && fl == k->fold_len && memcmp(f, k->fold, fl) == 0;
}

/* Is the run [beg, end) a name set off after a title: "<title> [of [the]
   X], <run>" followed by a comma, the sentence's end or a lower-case word
   (not "and": "Minister of Finance, Economic Planning and Trade" lists
   portfolios)? */
static bool appositive_to_title(struct ctx *c, const struct nkg_sentence *s,
                                uint32_t beg, uint32_t end) {
  const struct nkg_text *t = c->t;
  if (beg < s->tok_beg + 2 || !nkg_tok_punct(t, beg - 1, ','))
    return false;
  if (end < s->tok_end &&
      !(nkg_tok_punct(t, end, ',') || nkg_tok_punct(t, end, '.') ||
        (t->tok[end].kind == NKG_TOK_WORD && !(t->tok[end].flags & NKG_TF_CAP) &&
         !nkg_tok_is(t, end, "and") && !nkg_tok_is(t, end, "or"))))
    return false;
  /* walk back over "of [the] Cabo Verde" or a portfolio ("for Defence")
     to the title's last word */
  uint32_t j = beg - 1; /* the comma */
  uint32_t k = j;
  while (k > s->tok_beg && j - k < 6 &&
         (nkg_rec_cap_word(&t->tok[k - 1]) || nkg_tok_is(t, k - 1, "the")))
    k--;
  if (k < j && k > s->tok_beg &&
      (nkg_tok_is(t, k - 1, "of") || nkg_tok_is(t, k - 1, "for")))
    j = k - 1;
  for (uint32_t n = 1; n <= 5 && n <= j - s->tok_beg; n++) {
    uint8_t office;
    if (nkg_title_match(t, j - n, j, &office) == n)
      return true;
  }
  return false;
}

/* "Russia's Security Council", "the Ukrainian Security Council": an
   international body's generic alias (its label without the owner, as
   "Security Council" is of "United Nations Security Council") after a
   country's possessive or demonym is that country's own body, not the
   international one.  ("Russia's UN envoy" keeps the UN: "UN" is no
   trailing part of the label.) */
static bool owned_generic_name(struct ctx *c, uint32_t i, uint32_t n,
                               const struct raw *r) {
  const struct nkg_text *t = c->t;
  if (!c->nraw || !r->ncand)
    return false;
  const struct raw *prev = &c->raw[c->nraw - 1];
  bool owner = prev->end == i ||
               (prev->end + 1 == i && nkg_tok_is(t, i - 1, "'s"));
  bool country = false;
  for (uint32_t q = 0; q < prev->ncand && owner; q++)
    country |= nkg_gazetteer_entity(c->g, prev->cands[q].entity)->type ==
               NKG_E_COUNTRY;
  if (!owner || !country)
    return false;
  const char *key = nkg_rec_span_key(c, i, i + n);
  if (!key)
    return false;
  size_t kl = strlen(key);
  for (uint32_t q = 0; q < r->ncand; q++) {
    const struct nkg_gaz_entity *e = nkg_gazetteer_entity(c->g, r->cands[q].entity);
    if (e->type != NKG_E_ORG || e->country != NO_ENTITY)
      return false;
    uint16_t fl;
    const char *lab = nkg_fold(c->a, e->label, strlen(e->label), &fl);
    if (!lab || fl <= kl + 1 || memcmp(lab + fl - kl, key, kl) != 0 ||
        lab[fl - kl - 1] != ' ')
      return false;
  }
  return true;
}

/* Keeps the country candidates of a match, as names ("Saudi Arabia" in
   "the Kingdom of Saudi Arabia"; with `demonyms`, "French" in "the French
   Republic"); returns how many are left. */
static uint32_t keep_countries(const struct ctx *c, struct raw *r,
                               bool demonyms) {
  uint32_t keep = 0;
  for (uint32_t q = 0; q < r->ncand; q++) {
    struct nkg_cand x = r->cands[q];
    if (nkg_gazetteer_entity(c->g, x.entity)->type != NKG_E_COUNTRY ||
        x.kind != (demonyms ? NKG_CAND_DEMONYM : NKG_CAND_NAME))
      continue;
    x.kind = NKG_CAND_NAME;
    r->cands[keep++] = x;
  }
  r->ncand = keep;
  return keep;
}

/* A formal name of a state at token i: a style from name-words.tsv and a
   country's short name ("the Republic of Rwanda", "the Kingdom of Saudi
   Arabia"), or a demonym and a state noun ("the French Republic").  An
   alias the gazetteer spells out whole ("Republic of China" = Taiwan) is
   as long and wins, since the caller takes this only when longer than the
   plain match `n` in *r.  Returns the new length, or `n`. */
static uint32_t formal_state(struct ctx *c, uint32_t i, uint32_t end,
                             uint32_t n, struct raw *r) {
  const struct nkg_text *t = c->t;
  const struct nkg_namewords *nw = nkg_gazetteer_words(c->g);
  if (!nkg_rec_cap_word(&t->tok[i]))
    return n;
  uint32_t pre = nkg_namewords_match(nw, t, i, end, NKG_NW_STATE_PREFIX);
  if (pre && i + pre < end && nkg_rec_cap_word(&t->tok[i + pre])) {
    struct raw f;
    memset(&f, 0, sizeof f);
    uint32_t m = match_gazetteer(c, i + pre, end, &f);
    if (m && pre + m > n && keep_countries(c, &f, false)) {
      memcpy(r->cands, f.cands, f.ncand * sizeof *f.cands);
      r->ncand = f.ncand;
      return pre + m;
    }
    return n;
  }
  bool demonym = n > 0;
  for (uint32_t q = 0; q < r->ncand; q++)
    demonym &= r->cands[q].kind == NKG_CAND_DEMONYM;
  uint32_t suf = demonym && i + n < end && nkg_rec_cap_word(&t->tok[i + n])
                     ? nkg_namewords_match(nw, t, i + n, end, NKG_NW_STATE_SUFFIX)
                     : 0;
  if (suf) {
    struct raw f = *r;
    if (keep_countries(c, &f, true)) {
      *r = f;
      return n + suf;
    }
  }
  return n;
}

/* "South and North Korea", "North and South Sudan", "South and North
   Korean": a capitalised word before "and" that shares the rest of the
   name (or demonym) after it.  The candidates of the elided name ("north
   korea") of the same type and kind as the full one go to *r; returns 1,
   or 0 when there is none. */
static uint32_t elided_name(struct ctx *c, uint32_t i, uint32_t end,
                            struct raw *r) {
  const struct nkg_text *t = c->t;
  if (i + 3 >= end || !nkg_rec_cap_word(&t->tok[i]) ||
      !(nkg_tok_is(t, i + 1, "and") || nkg_tok_is(t, i + 1, "or")) ||
      !nkg_rec_cap_word(&t->tok[i + 2]))
    return 0;
  struct raw full;
  memset(&full, 0, sizeof full);
  uint32_t m = match_gazetteer(c, i + 2, end, &full);
  if (m < 2 || !full.ncand)
    return 0;
  uint8_t type = nkg_gazetteer_entity(c->g, full.cands[0].entity)->type;
  char key[512];
  size_t klen = t->tok[i].fold_len;
  uint64_t hash = nkg_key_hash_step(NKG_KEY_HASH_INIT, t->tok[i].hash);
  if (klen >= sizeof key)
    return 0;
  memcpy(key, t->tok[i].fold, klen);
  for (uint32_t j = i + 3; j < i + 2 + m; j++) {
    const struct nkg_token *k = &t->tok[j];
    if (k->kind == NKG_TOK_PUNCT)
      continue;
    if (klen + k->fold_len + 2 > sizeof key)
      return 0;
    key[klen++] = ' ';
    memcpy(key + klen, k->fold, k->fold_len);
    klen += k->fold_len;
    hash = nkg_key_hash_step(hash, k->hash);
  }
  bool prefix;
  struct nkg_cand cands[MAX_CANDS];
  uint32_t n = nkg_gazetteer_lookup(c->g, key, klen, hash, cands, MAX_CANDS,
                                    &prefix);
  /* the same kind as the full name: "South and North Korean officials"
     elide a demonym */
  uint8_t kind = full.cands[0].kind;
  uint32_t keep = 0;
  for (uint32_t q = 0; q < n && q < MAX_CANDS; q++)
    if (cands[q].kind == kind && kind != NKG_CAND_SURNAME && !cands[q].native &&
        nkg_gazetteer_entity(c->g, cands[q].entity)->type == type)
      r->cands[keep++] = cands[q];
  r->ncand = keep;
  return keep ? 1 : 0;
}

static newskg_status pass_names(struct ctx *c, const struct nkg_sentence *s) {
  const struct nkg_text *t = c->t;
  newskg_status st;
  for (uint32_t i = s->tok_beg; i < s->tok_end;) {
    const struct nkg_token *k = &t->tok[i];
    struct raw r;
    memset(&r, 0, sizeof r);
    r.entity = NO_ENTITY;
    r.beg = i;
    /* "al-Jubeir", "el-Sisi": a name may open with a lower-case particle
       glued to its capitalised part */
    bool capital = (k->flags & NKG_TF_CAP) || k->kind == NKG_TOK_NUM ||
                   (i + 2 < s->tok_end && glued_hyphen(t, i + 1, s->tok_end) &&
                    particle_link(c, i, s->tok_end));
    uint32_t n = capital ? match_gazetteer(c, i, s->tok_end, &r) : 0;
    if (n && nkg_is_title_word(t, i, s->tok_end)) {
      /* "Emir Tamim bin Hamad Al Thani": an alias that starts with a title
         gives way to the full name that starts after the title */
      struct raw longer;
      memset(&longer, 0, sizeof longer);
      uint32_t m = match_gazetteer(c, i + 1, s->tok_end, &longer);
      if (m && i + 1 + m > i + n) {
        longer.entity = NO_ENTITY;
        r = longer;
        r.beg = i + 1;
        n = m;
        i++;
      }
    }
    /* "Wang Yu-chi" (the gazetteer knows Wang Yi): a known surname
       opening a longer run of capitalised words is the family name of
       another person written family name first, not a mention of the
       known one ("Johnson Monday" still is) */
    if (n == 1 && i + 1 < s->tok_end && nkg_rec_cap_word(&t->tok[i + 1]) &&
        !stopword(t, i + 1) && !nkg_is_title_word(t, i + 1, s->tok_end)) {
      bool surname_only = true;
      for (uint32_t q = 0; q < r.ncand; q++)
        surname_only &= r.cands[q].kind == NKG_CAND_SURNAME;
      if (surname_only) {
        n = 0;
        r.ncand = 0;
      }
    }
    if (n && owned_generic_name(c, i, n, &r)) {
      /* that country's own body, one per owner: labelled with the owner
         ("Russia's Security Council") so it never merges with another
         country's */
      uint32_t ob = c->raw[c->nraw - 1].beg;
      struct raw o;
      memset(&o, 0, sizeof o);
      o.beg = i;
      o.end = i + n;
      o.kind = NKG_M_NAME;
      o.rule = "owned-body";
      o.type = NKG_E_ORG;
      const char *label = nkg_rec_span_text(c, ob, i + n);
      const char *key = nkg_rec_span_key(c, ob, i + n);
      if (!label || !key)
        return NEWSKG_ERR_NOMEM;
      TRY(st, nkg_rec_add_entity(c, NO_ENTITY, label, key, NKG_E_ORG,
                                 "owned-body", i, &o.entity));
      TRY(st, push_raw(c, &o));
      i = o.end;
      continue;
    }
    const char *rule = "gazetteer";
    uint32_t plain = n;
    n = formal_state(c, i, s->tok_end, n, &r);
    if (n != plain)
      rule = "formal-state-name";
    if (!n && (n = elided_name(c, i, s->tok_end, &r)) != 0)
      rule = "elided-name";
    /* "at the Élysée Palace", "in Downing Street": a venue is a place of
       its own (its QID where the table has one), never a person or an
       organization; as long a gazetteer name ("White House") is the same
       place */
    const struct nkg_venue *v;
    uint32_t vn = nkg_venues_match(nkg_gazetteer_venues(c->g), t, i,
                                   s->tok_end, &v);
    /* a seat of government tells whose text this is, also where it
       stands for the office inside ("a Downing Street spokesman") */
    if (vn && v->seat && v->country_qid) {
      if (c->seat && strcmp(c->seat, v->country_qid) != 0)
        c->seats_differ = true;
      c->seat = v->country_qid;
    }
    /* ... but "Pentagon Press Secretary", "Kremlin spokesman": a venue
       before a title stands for the office inside, not for a place */
    if (vn && vn >= n && !nkg_is_title_word(t, i + vn, s->tok_end) &&
        !(i + vn + 1 < s->tok_end && nkg_is_title_word(t, i + vn + 1, s->tok_end) &&
          (t->tok[i + vn].flags & NKG_TF_CAP))) {
      struct raw w;
      memset(&w, 0, sizeof w);
      w.beg = i;
      w.end = i + vn;
      w.kind = NKG_M_NAME;
      w.rule = "venue";
      w.type = NKG_E_REGION;
      if (v->gaz != NO_ENTITY)
        TRY(st, nkg_rec_add_entity(c, v->gaz, nkg_gazetteer_entity(c->g, v->gaz)->label,
                                   NULL, nkg_gazetteer_entity(c->g, v->gaz)->type,
                                   "venue", i, &w.entity));
      else
        TRY(st, nkg_rec_add_entity(c, NO_ENTITY, v->label, v->key, NKG_E_REGION,
                                   "venue", i, &w.entity));
      w.venue = v;
      TRY(st, push_raw(c, &w));
      i = w.end;
      continue;
    }
    if (n) {
      r.end = i + n;
      r.rule = rule;
      r.kind = NKG_M_NAME;
      bool demonym = true;
      for (uint32_t q = 0; q < r.ncand; q++)
        demonym &= r.cands[q].kind == NKG_CAND_DEMONYM;
      if (demonym)
        r.kind = NKG_M_DEMONYM, r.rule = "demonym";
      TRY(st, push_raw(c, &r));
      i = r.end;
      continue;
    }
    /* "Mr. Giragosian", "President Ruto": a person the gazetteer lacks */
    uint8_t office;
    uint32_t lead = 0;
    if (nkg_is_honorific(t, i))
      lead = nkg_honorific_len(t, i);
    else if (nkg_rec_cap_word(k))
      lead = nkg_title_match(t, i, s->tok_end, &office);
    else if (k->kind == NKG_TOK_WORD) {
      /* news prose writes titles in lower case before a name: "his
         counterpart Wang Yu-chi", "Turkish foreign minister Hakan Fidan" */
      lead = nkg_title_match(t, i, s->tok_end, &office);
      if (lead && !(i + lead < s->tok_end && nkg_rec_cap_word(&t->tok[i + lead])))
        lead = 0;
    }
    /* "Secretary of State for Defence, John Healey": the capitalised
       words after a title that ends in "for" or "of" are its portfolio,
       not a name — all of them before a comma, else only a place the
       gazetteer knows ("for Northern Ireland Hilary Benn") */
    if (lead && (nkg_tok_is(t, i + lead - 1, "for") ||
                 nkg_tok_is(t, i + lead - 1, "of"))) {
      uint32_t e = i + lead;
      while (e < s->tok_end && nkg_rec_cap_word(&t->tok[e]))
        e++;
      struct raw place;
      memset(&place, 0, sizeof place);
      uint32_t pm = e > i + lead ? match_gazetteer(c, i + lead, e, &place) : 0;
      if (e > i + lead && (e == s->tok_end || nkg_tok_punct(t, e, ',')))
        lead = e - i;
      else if (pm) {
        place.beg = i + lead; /* the place stays a mention of its own */
        place.end = i + lead + pm;
        place.entity = NO_ENTITY;
        place.kind = NKG_M_NAME;
        place.rule = "gazetteer";
        TRY(st, push_raw(c, &place));
        lead += pm;
      }
    }
    if (lead) {
      bool particles;
      uint32_t run = cap_run(c, i + lead, s->tok_end, &particles);
      if (run && !stopword(t, i + lead)) {
        /* a gazetteer name after the title is handled on its own, but a
           known surname opening a longer name is not that name
           ("President Hassan Sheikh Mohamud" is not Samia Suluhu Hassan) */
        struct raw probe;
        memset(&probe, 0, sizeof probe);
        uint32_t gn = match_gazetteer(c, i + lead, s->tok_end, &probe);
        bool surname_only = true;
        for (uint32_t x = 0; x < probe.ncand; x++)
          surname_only &= probe.cands[x].kind == NKG_CAND_SURNAME;
        if (gn && !(surname_only && gn < run)) {
          i += lead;
          continue;
        }
        /* "President Abdel Fattah Al-Sisi": the gazetteer knows the name's
           end ("al-Sisi") — the whole run is that person */
        uint32_t run_end = i + lead + run;
        bool linked = false;
        for (uint32_t q = i + lead + 1; q < run_end && !linked; q++) {
          memset(&probe, 0, sizeof probe);
          uint32_t pn = match_gazetteer(c, q, run_end, &probe);
          if (pn && q + pn == run_end && probe.ncand) {
            bool person = true;
            for (uint32_t x = 0; x < probe.ncand; x++)
              person &= nkg_gazetteer_entity(c->g, probe.cands[x].entity)->type ==
                        NKG_E_PERSON;
            /* a full alias ("al-Sisi") names that person; a longer name
               that only ends in a known surname is that person only if it
               also starts like the known name ("President George Bush"),
               else it is someone else ("Secretary Jim Wong" is not Penny
               Wong; "Ulisses Correia e Silva" is not Lula da Silva) */
            uint32_t keep = 0;
            for (uint32_t x = 0; x < probe.ncand; x++)
              if (probe.cands[x].kind == NKG_CAND_NAME ||
                  same_first_word(c, probe.cands[x].entity, i + lead))
                probe.cands[keep++] = probe.cands[x];
            probe.ncand = keep;
            person &= keep > 0;
            if (person) {
              probe.beg = i + lead;
              probe.end = run_end;
              probe.entity = NO_ENTITY;
              probe.rule = "title-name-suffix";
              probe.kind = NKG_M_NAME;
              TRY(st, push_raw(c, &probe));
              linked = true;
            }
          }
        }
        if (linked) {
          i = run_end;
          continue;
        }
        r.beg = i + lead;
        r.end = i + lead + run;
        r.type = NKG_E_PERSON;
        r.rule = nkg_is_honorific(t, i) ? "honorific-name"
                                                       : "title-name";
        TRY(st, push_raw(c, &r));
        i = r.end;
        continue;
      }
    }
    if (nkg_rec_cap_word(k) && !stopword(t, i)) {
      bool particles;
      uint32_t run = cap_run(c, i, s->tok_end, &particles);
      if (run >= 2 && i > s->tok_beg && org_head(t, i + run - 1)) {
        r.end = i + run;
        r.type = NKG_E_ORG;
        r.rule = "org-head-word";
        TRY(st, push_raw(c, &r));
        i = r.end;
        continue;
      }
      /* "George H. W. Bush", "Jeb Bush": a name the gazetteer lacks whose
         last word is someone else's surname is another person, never a
         surname mention of the known one */
      /* ... and so is one with particles between its words ("Mark van
         der Berg", "Ulisses Correia e Silva"), unless it names a place
         ("Palacio de la Moncloa") */
      /* ... and so is the name a title introduces after a comma: "the
         Foreign Minister of Cabo Verde, Rui Figueiredo Soares," */
      bool appos = run >= 2 && appositive_to_title(c, s, i, i + run);
      bool propn = run >= 2 && !appos && propn_name(c, s, i, i + run);
      if (run >= 2 && !stopword(t, i) && plain_name(c, i, i + run) &&
          !(i > s->tok_beg && name_particle(c, i - 1)) &&
          !has_place_head(c, i, i + run) &&
          (has_initial(t, i, i + run) || is_surname(c, i + run - 1) ||
           particles || appos || propn)) {
        r.end = i + run;
        r.type = NKG_E_PERSON;
        r.rule = appos ? "title-apposition-name"
                 : propn && !particles && !has_initial(t, i, i + run) &&
                         !is_surname(c, i + run - 1)
                     ? "proper-noun-name"
                     : "unknown-full-name";
        TRY(st, push_raw(c, &r));
        i = r.end;
        continue;
      }
      /* a capitalised word alone: maybe a surname of someone named
         elsewhere; pass 2 decides, otherwise it is dropped (a sentence's
         first word is capitalised anyway) */
      if (run == 1 && i > s->tok_beg && !(k->flags & NKG_TF_ALLCAP) &&
          !nkg_is_title_word(t, i, s->tok_end) && !nkg_is_honorific(t, i)) {
        r.end = i + 1;
        r.type = NKG_E_PERSON;
        r.rule = "surname?";
        TRY(st, push_raw(c, &r));
      }
    }
    i++;
  }
  return NEWSKG_OK;
}

newskg_status nkg_rec_add_entity(struct ctx *c, uint32_t gaz, const char *label,
                                const char *key, uint8_t type, const char *rule,
                                uint32_t tok, uint32_t *out) {
  struct nkg_entities *e = c->out;
  for (uint32_t q = 0; q < e->nent; q++) {
    if (gaz != NO_ENTITY ? e->ent[q].gaz == gaz
                         : (e->ent[q].gaz == NO_ENTITY && e->ent[q].type == type &&
                            strcmp(e->ent[q].key, key) == 0)) {
      *out = q;
      return NEWSKG_OK;
    }
  }
  void *items = e->ent;
  newskg_status st;
  TRY(st, nkg_arena_grow(c->a, &items, &c->capent, sizeof *e->ent, e->nent + 1));
  e->ent = items;
  struct nkg_entity *x = &e->ent[e->nent];
  memset(x, 0, sizeof *x);
  x->gaz = gaz;
  x->label = label;
  x->key = key;
  x->type = type;
  x->rule = rule;
  x->first_tok = tok;
  x->country = NO_ENTITY;
  x->city = NO_ENTITY;
  *out = e->nent++;
  return NEWSKG_OK;
}

const char *nkg_rec_span_text(struct ctx *c, uint32_t beg, uint32_t end) {
  const struct nkg_text *t = c->t;
  return nkg_arena_strndup(c->a, t->text + t->tok[beg].beg,
                           t->tok[end - 1].end - t->tok[beg].beg);
}

const char *nkg_rec_span_key(struct ctx *c, uint32_t beg, uint32_t end) {
  size_t n = 0;
  for (uint32_t i = beg; i < end; i++)
    n += c->t->tok[i].fold_len + 1u;
  char *k = nkg_arena_alloc(c->a, n + 1);
  if (!k)
    return NULL;
  size_t p = 0;
  for (uint32_t i = beg; i < end; i++) {
    if (c->t->tok[i].kind == NKG_TOK_PUNCT)
      continue;
    if (p)
      k[p++] = ' ';
    memcpy(k + p, c->t->tok[i].fold, c->t->tok[i].fold_len);
    p += c->t->tok[i].fold_len;
  }
  k[p] = '\0';
  return k;
}


/* Does the document name a person the gazetteer lacks whose last word is
   the surname at token `tok` (the namesake trap)? */
static bool unknown_namesake(const struct ctx *c, uint32_t tok) {
  const struct nkg_token *k = &c->t->tok[tok];
  for (size_t m = 0; m < c->nraw; m++) {
    const struct raw *r = &c->raw[m];
    if (r->ncand || r->type != NKG_E_PERSON || r->end - r->beg < 2 ||
        strcmp(r->rule, "surname?") == 0)
      continue;
    const struct nkg_token *last = &c->t->tok[r->end - 1];
    if (last->hash == k->hash && strcmp(last->fold, k->fold) == 0)
      return true;
  }
  return false;
}


/* The office of a title ending right before token i ("Prime Minister
   Johnson"), or NKG_OFF_NONE. */
static uint8_t title_before(const struct ctx *c, uint32_t i) {
  for (uint32_t k = 1; k <= 4 && k <= i; k++) {
    uint8_t office;
    if (nkg_title_match(c->t, i - k, i, &office) == k &&
        office != NKG_OFF_MINISTER)
      return office;
  }
  return NKG_OFF_NONE;
}

/* Is gazetteer entity `gaz` already named (unambiguously) in the doc? */
bool nkg_rec_in_doc(const struct ctx *c, uint32_t gaz) {
  for (uint32_t q = 0; q < c->out->nent; q++)
    if (c->out->ent[q].gaz == gaz)
      return true;
  return false;
}

/* Pass 2: pick one candidate per mention, then surnames. */
static newskg_status pass_resolve(struct ctx *c) {
  newskg_status st;
  /* unambiguous names first, so they can settle the ambiguous ones */
  for (int round = 0; round < 2; round++) {
    for (size_t m = 0; m < c->nraw; m++) {
      struct raw *r = &c->raw[m];
      if (r->entity != NO_ENTITY || !r->ncand || r->kind == NKG_M_DEMONYM)
        continue;
      uint32_t names = 0, pick = NO_ENTITY; /* distinct entities named */
      for (uint32_t q = 0; q < r->ncand; q++)
        if (r->cands[q].kind == NKG_CAND_NAME && r->cands[q].entity != pick) {
          bool seen = false;
          for (uint32_t p = 0; p < q; p++)
            seen |= r->cands[p].kind == NKG_CAND_NAME &&
                    r->cands[p].entity == r->cands[q].entity;
          if (!seen)
            names++, pick = r->cands[q].entity;
        }
      if (names > 1) {
        if (round == 0)
          continue;
        /* ambiguous: the candidate the document already names wins */
        uint32_t hits = 0;
        pick = NO_ENTITY;
        for (uint32_t q = 0; q < r->ncand; q++)
          if (r->cands[q].kind == NKG_CAND_NAME && r->cands[q].entity != pick &&
              nkg_rec_in_doc(c, r->cands[q].entity))
            hits++, pick = r->cands[q].entity;
        if (hits != 1)
          continue; /* unsure: leave it unlinked */
      } else if (names == 0) {
        /* surname only: linked if the document names that person in
           full, or if a title before it fits exactly one candidate
           ("Prime Minister Johnson" in 2019) */
        if (round == 0)
          continue;
        uint32_t hits = 0;
        for (uint32_t q = 0; q < r->ncand; q++)
          if (r->cands[q].entity != pick && nkg_rec_in_doc(c, r->cands[q].entity))
            hits++, pick = r->cands[q].entity;
        if (unknown_namesake(c, r->beg))
          continue; /* "George H. W. Bush" is named too: which Bush? */
        uint8_t office = title_before(c, r->beg);
        if (hits == 0 && office != NKG_OFF_NONE && c->when.lo) {
          for (uint32_t q = 0; q < r->ncand; q++)
            if (r->cands[q].entity != pick &&
                nkg_rec_holds_any(nkg_gazetteer_entity(c->g, r->cands[q].entity),
                          office, c->when))
              hits++, pick = r->cands[q].entity;
        }
        if (hits != 1)
          continue;
      }
      const struct nkg_gaz_entity *ge = nkg_gazetteer_entity(c->g, pick);
      TRY(st, nkg_rec_add_entity(c, pick, ge->label, NULL, ge->type,
                         names ? "gazetteer" : "surname-coreference", r->beg,
                         &r->entity));
      if (!names)
        r->rule = "surname-coreference";
    }
  }
  /* unknown names: a lone capitalised word becomes a mention only as the
     surname of a person the document names */
  for (size_t m = 0; m < c->nraw; m++) {
    struct raw *r = &c->raw[m];
    if (r->entity != NO_ENTITY || r->ncand)
      continue;
    const char *key = nkg_rec_span_key(c, r->beg, r->end);
    if (!key)
      return NEWSKG_ERR_NOMEM;
    uint32_t hit = NO_ENTITY, hits = 0;
    for (uint32_t q = 0; q < c->out->nent; q++) {
      const struct nkg_entity *e = &c->out->ent[q];
      if (e->type != NKG_E_PERSON)
        continue;
      const char *sp = strrchr(e->key ? e->key : "", ' ');
      const char *last = e->key ? (sp ? sp + 1 : e->key) : NULL;
      /* an unlinked name may put the family name first ("Kihara
         Minoru" ... "Minister Kihara") */
      if (e->key && e->gaz == NO_ENTITY && sp && r->end - r->beg == 1) {
        size_t fl = (size_t)(strchr(e->key, ' ') - e->key);
        if (strlen(key) == fl && memcmp(e->key, key, fl) == 0)
          last = key;
      }
      if (e->gaz != NO_ENTITY) {
        const char *lab = nkg_gazetteer_entity(c->g, e->gaz)->label;
        const char *lsp = strrchr(lab, ' ');
        uint16_t fl;
        last = nkg_fold(c->a, lsp ? lsp + 1 : lab, strlen(lsp ? lsp + 1 : lab),
                        &fl);
      }
      if (last && strcmp(last, key) == 0 && q != hit)
        hit = q, hits++;
    }
    if (hits == 1 && r->end - r->beg == 1) {
      r->entity = hit;
      r->rule = "surname-coreference";
      continue;
    }
    if (strcmp(r->rule, "surname?") == 0)
      continue; /* not a name we can stand behind */
    TRY(st, nkg_rec_add_entity(c, NO_ENTITY, nkg_rec_span_text(c, r->beg, r->end), key,
                       r->type, r->rule, r->beg, &r->entity));
  }
  return NEWSKG_OK;
}

/* A venue's city, when the document names that city as well ("at the
   Élysée Palace ... in Paris"): the graph then says where the venue is. */
static void venue_cities(struct ctx *c) {
  for (size_t m = 0; m < c->nraw; m++) {
    const struct raw *r = &c->raw[m];
    if (!r->venue || r->venue->city == NO_ENTITY || r->entity == NO_ENTITY)
      continue;
    for (uint32_t q = 0; q < c->out->nent; q++)
      if (c->out->ent[q].gaz == r->venue->city &&
          c->out->ent[q].type == NKG_E_CITY)
        c->out->ent[r->entity].city = q;
  }
}

/* Demonyms name their country, as the entity of a mention of kind
   NKG_M_DEMONYM (events use them for delegations and titles). */
static newskg_status pass_demonyms(struct ctx *c) {
  newskg_status st;
  for (size_t m = 0; m < c->nraw; m++) {
    struct raw *r = &c->raw[m];
    if (r->kind != NKG_M_DEMONYM || !r->ncand)
      continue;
    uint32_t gaz = r->cands[0].entity;
    const struct nkg_gaz_entity *ge = nkg_gazetteer_entity(c->g, gaz);
    TRY(st, nkg_rec_add_entity(c, gaz, ge->label, NULL, ge->type, "demonym", r->beg,
                       &r->entity));
  }
  return NEWSKG_OK;
}








/* Countries and organizations that only qualify a title or a person
   become qualifier mentions: "India's Prime Minister Modi", "the President
   of Azerbaijan", "his UK counterpart", "President Michel of the European
   Council", "African Union (AU) Commission Chairperson Faki". */
/* A dateline opens the sentence: "ANTALYA, Turkey —", "KYIV (Reuters) -".
   Returns the token after its dash, or `beg` when there is none. */
static uint32_t dateline_end(const struct nkg_text *t, uint32_t beg,
                             uint32_t end) {
  uint32_t i = beg;
  if (i >= end || !(t->tok[i].flags & NKG_TF_ALLCAP))
    return beg;
  while (i < end && i < beg + 8 && !nkg_tok_punct(t, i, '-'))
    i++;
  return i < end && i < beg + 8 && i + 1 < end ? i + 1 : beg;
}

static void mark_qualifiers(struct ctx *c, struct raw *all, size_t n) {
  const struct nkg_text *t = c->t;
  /* where a story was filed is not who met */
  for (uint32_t si = 0; si < t->nsent; si++) {
    const struct nkg_sentence *s = &t->sent[si];
    uint32_t e = dateline_end(t, s->tok_beg, s->tok_end);
    for (size_t m = 0; m < n && e > s->tok_beg; m++)
      if (all[m].beg >= s->tok_beg && all[m].end <= e &&
          all[m].kind == NKG_M_NAME)
        all[m].kind = NKG_M_QUALIFIER;
  }
  for (size_t m = 0; m < n; m++) {
    struct raw *r = &all[m];
    if (r->entity == NO_ENTITY || r->kind != NKG_M_NAME)
      continue;
    uint8_t type = c->out->ent[r->entity].type;
    if (type != NKG_E_COUNTRY && type != NKG_E_ORG)
      continue;
    uint32_t j = r->end;
    if (nkg_tok_is(t, j, "'s") && j + 1 < t->ntok &&
        (nkg_is_title_word(t, j + 1, t->ntok) ||
         (m + 1 < n && all[m + 1].beg == j + 1 &&
          all[m + 1].entity != NO_ENTITY &&
          c->out->ent[all[m + 1].entity].type == NKG_E_PERSON))) {
      r->kind = NKG_M_QUALIFIER;
      continue;
    }
    /* skip "(AU)" and a head noun ("Commission") before the title */
    for (uint32_t k = 0; k < 6 && j < t->ntok; k++) {
      if (nkg_is_title_word(t, j, t->ntok)) {
        r->kind = NKG_M_QUALIFIER;
        break;
      }
      if (nkg_tok_punct(t, j, '(') || nkg_tok_punct(t, j, ')') ||
          (t->tok[j].flags & NKG_TF_CAP))
        j++;
      else
        break;
    }
    if (r->kind == NKG_M_QUALIFIER)
      continue;
    /* "... of [the] X" after a title or a person's name */
    uint32_t b = r->beg;
    if (b >= 1 && nkg_tok_is(t, b - 1, "the"))
      b--;
    if (b >= 2 && nkg_tok_is(t, b - 1, "of")) {
      uint32_t p = b - 2;
      bool after_person = false;
      for (size_t q = 0; q < m; q++)
        if (all[q].end == p + 1 && all[q].entity != NO_ENTITY &&
            c->out->ent[all[q].entity].type == NKG_E_PERSON)
          after_person = true;
      uint8_t office;
      bool after_title = false;
      for (uint32_t k = 0; k < 4 && k <= p; k++)
        if (nkg_title_match(t, p - k, p + 1, &office) == k + 1)
          after_title = true;
      if (after_person || after_title)
        r->kind = NKG_M_QUALIFIER;
    }
  }
}

static int cmp_raw(const void *x, const void *y) {
  const struct raw *a = x, *b = y;
  return a->beg < b->beg ? -1 : a->beg > b->beg;
}

newskg_status nkg_entities_recognize(struct nkg_arena *a,
                                     const struct nkg_gazetteer *g,
                                     const struct nkg_text *t,
                                     const struct nkg_syntax *syn,
                                     struct nkg_date date,
                                     struct nkg_entities *out) {
  memset(out, 0, sizeof *out);
  struct ctx c = {.a = a, .g = g, .t = t, .syn = syn,
                  .when = nkg_when_of(date), .out = out};
  newskg_status st;
  for (uint32_t s = 0; s < t->nsent; s++)
    TRY(st, pass_names(&c, &t->sent[s]));
  TRY(st, pass_resolve(&c));
  TRY(st, pass_demonyms(&c));
  venue_cities(&c);
  nkg_rec_pass_said_titles(&c);
  c.home = nkg_rec_home_country(&c);
  struct raw *extra = NULL;
  size_t nextra = 0, capextra = 0;
  TRY(st, nkg_rec_pass_titles(&c, &extra, &nextra, &capextra));
  /* merge, sort by position, publish */
  size_t total = c.nraw + nextra;
  struct raw *all = nkg_arena_calloc(a, total ? total : 1, sizeof *all);
  out->at = nkg_arena_alloc(a, (t->ntok ? t->ntok : 1) * sizeof *out->at);
  out->men = nkg_arena_calloc(a, total ? total : 1, sizeof *out->men);
  if (!all || !out->at || !out->men)
    return NEWSKG_ERR_NOMEM;
  if (c.nraw)
    memcpy(all, c.raw, c.nraw * sizeof *all);
  if (nextra)
    memcpy(all + c.nraw, extra, nextra * sizeof *all);
  qsort(all, total, sizeof *all, cmp_raw);
  for (uint32_t i = 0; i < t->ntok; i++)
    out->at[i] = UINT32_MAX;
  mark_qualifiers(&c, all, total);
  for (size_t m = 0; m < total; m++) {
    if (all[m].entity == NO_ENTITY)
      continue;
    struct nkg_mention *mm = &out->men[out->nmen];
    mm->tok_beg = all[m].beg;
    mm->tok_end = all[m].end;
    mm->entity = all[m].entity;
    mm->kind = all[m].kind;
    mm->rule = all[m].rule;
    if (all[m].kind != NKG_M_DEMONYM)
      out->ent[all[m].entity].named = true; /* qualifiers are names too */
    for (uint32_t i = mm->tok_beg; i < mm->tok_end; i++)
      out->at[i] = out->nmen;
    out->nmen++;
  }
  return NEWSKG_OK;
}
