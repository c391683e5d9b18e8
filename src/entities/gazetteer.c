/*
 * The gazetteer: Wikidata entities with English names, read from TSV
 * tables (ontology/gazetteer.tsv, ontology/demonyms.tsv and any
 * --gazetteer file), indexed by folded name in one open-addressing hash
 * table.  A lookup costs one hash of the key whatever the table's size;
 * every proper prefix of a name is also in the table (marked `prefix`), so
 * longest match stops as soon as no longer name can follow.
 *
 * Names are folded by the same tokenizer that reads articles, so
 * "Chișinău", "Chisinau", "E.U." and "EU" meet on the same key.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities/entities.h"
#include "entities/tsv.h"
#include "entities/namewords.h"
#include "entities/offices.h"
#include "entities/venues.h"
#include "text/phrases.h"

/* Generated from ontology/name-words.tsv and ontology/venues.tsv at build
   time (src/embed.cmake). */
extern const unsigned char nkg_builtin_namewords[];
extern const size_t nkg_builtin_namewords_len;
extern const unsigned char nkg_builtin_venues[];
extern const size_t nkg_builtin_venues_len;

struct cand_node {
  struct nkg_cand c;
  uint32_t next; /* index into cands, UINT32_MAX ends the list */
};

struct slot {
  uint64_t hash;
  const char *key; /* NULL: empty slot */
  uint32_t len;
  uint32_t first; /* candidate list, UINT32_MAX if only a prefix */
  uint32_t last;  /* its tail, so appends stay O(1) for common names */
  bool prefix;    /* some longer key starts with this key and a space */
};

struct nkg_gazetteer {
  struct nkg_arena arena; /* every string and array of the gazetteer */
  struct nkg_gaz_entity *ent;
  size_t nent, capent;
  struct cand_node *cands;
  size_t ncand, capcand;
  struct slot *slots; /* malloc'd; power-of-two size */
  size_t nslots, used;
  struct slot *qids; /* QID -> entity, same table shape (first = entity) */
  size_t nqids, usedqids;
  struct office_row *offices; /* sorted by (country, office); arena */
  size_t noffices;
  struct nkg_namewords words; /* how names are built; language, not data
                                 about entities, so always the built-in */
  struct nkg_venues venues;   /* built-in; linked to the rows loaded, so a
                                 gazetteer without them keeps the venues
                                 as unlinked places */
};

struct office_row {
  uint32_t country, person;
  uint8_t office;
  int32_t start, end; /* date keys, as in struct nkg_position */
};

newskg_status nkg_gazetteer_new(struct nkg_gazetteer **out) {
  struct nkg_gazetteer *g = calloc(1, sizeof *g);
  if (!g)
    return NEWSKG_ERR_NOMEM;
  nkg_arena_init(&g->arena);
  newskg_status st = nkg_namewords_load(
      &g->arena, (const char *)nkg_builtin_namewords, nkg_builtin_namewords_len,
      "name-words.tsv", &g->words);
  if (st == NEWSKG_OK)
    st = nkg_venues_load(&g->arena, (const char *)nkg_builtin_venues,
                         nkg_builtin_venues_len, "venues.tsv", &g->venues);
  if (st != NEWSKG_OK) {
    nkg_gazetteer_free(g);
    return st;
  }
  *out = g;
  return NEWSKG_OK;
}

const struct nkg_namewords *nkg_gazetteer_words(const struct nkg_gazetteer *g) {
  return &g->words;
}

const struct nkg_venues *nkg_gazetteer_venues(const struct nkg_gazetteer *g) {
  return &g->venues;
}

void nkg_gazetteer_free(struct nkg_gazetteer *g) {
  if (!g)
    return;
  free(g->slots);
  free(g->qids);
  nkg_arena_free(&g->arena);
  free(g);
}

uint32_t nkg_gazetteer_size(const struct nkg_gazetteer *g) {
  return (uint32_t)g->nent;
}

const struct nkg_gaz_entity *nkg_gazetteer_entity(const struct nkg_gazetteer *g,
                                                  uint32_t i) {
  return i < g->nent ? &g->ent[i] : NULL;
}

/* ---- hash tables ---- */

static newskg_status table_grow(struct slot **tab, size_t *n, size_t used) {
  if (*n && (used + 1) * 4 < *n * 3)
    return NEWSKG_OK;
  size_t nn = *n ? *n * 2 : 1024;
  struct slot *t = calloc(nn, sizeof *t);
  if (!t)
    return NEWSKG_ERR_NOMEM;
  for (size_t i = 0; i < *n; i++) {
    struct slot *s = &(*tab)[i];
    if (!s->key)
      continue;
    size_t j = s->hash & (nn - 1);
    while (t[j].key)
      j = (j + 1) & (nn - 1);
    t[j] = *s;
  }
  free(*tab);
  *tab = t;
  *n = nn;
  return NEWSKG_OK;
}

static struct slot *table_find(struct slot *tab, size_t n, const char *key,
                               size_t len, uint64_t h) {
  if (!n)
    return NULL;
  size_t j = h & (n - 1);
  while (tab[j].key) {
    if (tab[j].hash == h && tab[j].len == len &&
        memcmp(tab[j].key, key, len) == 0)
      return &tab[j];
    j = (j + 1) & (n - 1);
  }
  return &tab[j]; /* the empty slot where it would go */
}

static newskg_status table_put(struct nkg_gazetteer *g, struct slot **tab,
                               size_t *n, size_t *used, const char *key,
                               size_t len, uint64_t h, struct slot **out) {
  newskg_status st;
  TRY(st, table_grow(tab, n, *used));
  struct slot *s = table_find(*tab, *n, key, len, h);
  if (!s->key) {
    s->key = nkg_arena_strndup(&g->arena, key, len);
    if (!s->key)
      return NEWSKG_ERR_NOMEM;
    s->hash = h;
    s->len = (uint32_t)len;
    s->first = UINT32_MAX;
    s->prefix = false;
    (*used)++;
  }
  *out = s;
  return NEWSKG_OK;
}

uint32_t nkg_gazetteer_find_qid(const struct nkg_gazetteer *g, const char *qid) {
  size_t len = strlen(qid);
  struct slot *s = table_find(g->qids, g->nqids, qid, len,
                              nkg_hash64(qid, len, NKG_HASH_SEED));
  return s && s->key ? s->first : UINT32_MAX;
}

/* The hash of a name key is built from its words' hashes, so the matcher
   extends it by one step per token instead of rehashing the key. */
static uint64_t key_hash(const char *key, size_t len) {
  uint64_t h = NKG_KEY_HASH_INIT;
  size_t start = 0;
  for (size_t i = 0; i <= len; i++)
    if (i == len || key[i] == ' ') {
      h = nkg_key_hash_step(h, nkg_word_hash(key + start, i - start));
      start = i + 1;
    }
  return h;
}

uint32_t nkg_gazetteer_lookup(const struct nkg_gazetteer *g, const char *key,
                              size_t len, uint64_t hash, struct nkg_cand *out,
                              uint32_t max, bool *prefix) {
  struct slot *s = table_find(g->slots, g->nslots, key, len, hash);
  *prefix = false;
  if (!s || !s->key)
    return 0;
  *prefix = s->prefix;
  uint32_t n = 0;
  for (uint32_t c = s->first; c != UINT32_MAX; c = g->cands[c].next) {
    if (n < max)
      out[n] = g->cands[c].c;
    n++;
  }
  return n;
}

/* ---- keys ---- */

/* Folds a name into its key: the folded words of its tokens joined by one
   space, punctuation dropped ("Washington, D.C." -> "washington dc"). */
static char *name_key(struct nkg_arena *a, const char *name, size_t len,
                      size_t *out_len, bool *acronym) {
  struct nkg_arena tmp;
  nkg_arena_init(&tmp);
  struct nkg_text t;
  char *key = NULL;
  *acronym = false;
  if (len == 0 || len > 4096 || nkg_utf8_check(name, len) != NEWSKG_OK ||
      nkg_text_analyze(&tmp, name, (uint32_t)len, &t) != NEWSKG_OK)
    goto done;
  size_t n = 0;
  uint32_t words = 0;
  for (uint32_t i = 0; i < t.ntok; i++)
    if (t.tok[i].kind != NKG_TOK_PUNCT)
      n += t.tok[i].fold_len + 1u, words++;
  if (!words)
    goto done;
  key = nkg_arena_alloc(a, n);
  if (!key)
    goto done;
  size_t k = 0;
  for (uint32_t i = 0; i < t.ntok; i++) {
    if (t.tok[i].kind == NKG_TOK_PUNCT)
      continue;
    if (k)
      key[k++] = ' ';
    memcpy(key + k, t.tok[i].fold, t.tok[i].fold_len);
    k += t.tok[i].fold_len;
  }
  key[k] = '\0';
  *out_len = k;
  /* "EU", "U.S.", "NATO": a one-word name in capitals is an acronym and
     must not match the ordinary word ("who", "and", "can"). */
  *acronym = words == 1 && (t.tok[0].flags & (NKG_TF_ALLCAP | NKG_TF_ABBR)) &&
             (t.tok[0].flags & NKG_TF_CAP);
done:
  nkg_arena_free(&tmp);
  return key;
}

static bool has_non_ascii(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80)
      return true;
  return false;
}

static newskg_status add_name(struct nkg_gazetteer *g, uint32_t entity,
                              const char *name, size_t len, uint8_t kind,
                              bool is_label) {
  size_t klen;
  bool acronym;
  bool native = !is_label && kind == NKG_CAND_NAME && has_non_ascii(name, len);
  char *key = name_key(&g->arena, name, len, &klen, &acronym);
  if (!key)
    return NEWSKG_OK; /* nothing to index (empty or unreadable name) */
  newskg_status st;
  struct slot *s;
  TRY(st, table_put(g, &g->slots, &g->nslots, &g->used, key, klen,
                    key_hash(key, klen), &s));
  /* The same entity under the same key comes in a row (label and alias
     alike, a table repeating a row): only the tail can be it.  A later
     repeat is harmless: recognition counts distinct entities. */
  if (s->first != UINT32_MAX) {
    struct nkg_cand *tail = &g->cands[s->last].c;
    if (tail->entity == entity && tail->kind == kind) {
      tail->acronym &= acronym; /* any non-acronym spelling wins */
      tail->native &= native;
      return NEWSKG_OK;
    }
  }
  void *items = g->cands;
  TRY(st, nkg_arena_grow(&g->arena, &items, &g->capcand, sizeof *g->cands,
                         g->ncand + 1));
  g->cands = items;
  struct cand_node *node = &g->cands[g->ncand];
  node->c.entity = entity;
  node->c.kind = kind;
  node->c.acronym = acronym;
  node->c.native = native;
  /* Append, so candidates keep file order (earlier tables take
     precedence on ties, deterministically). */
  node->next = UINT32_MAX;
  if (s->first == UINT32_MAX)
    s->first = (uint32_t)g->ncand;
  else
    g->cands[s->last].next = (uint32_t)g->ncand;
  s->last = (uint32_t)g->ncand;
  g->ncand++;
  /* every shorter word prefix marks that a longer name may follow */
  for (size_t i = klen; i-- > 0;)
    if (key[i] == ' ') {
      struct slot *p;
      TRY(st, table_put(g, &g->slots, &g->nslots, &g->used, key, i,
                        key_hash(key, i), &p));
      p->prefix = true;
    }
  return NEWSKG_OK;
}

/* ---- TSV rows ---- */

static int type_of(const char *s, size_t len) {
  static const char *const names[] = {"person", "country", "city", "region",
                                      "organization"};
  for (int i = 0; i < (int)NKG_COUNT(names); i++)
    if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
      return i;
  return -1;
}

static newskg_status add_entity(struct nkg_gazetteer *g, const char **f,
                                const size_t *fl, size_t nf, int type,
                                uint32_t *out) {
  char *qid = nkg_arena_strndup(&g->arena, f[0], fl[0]);
  uint32_t idx = qid ? nkg_gazetteer_find_qid(g, qid) : UINT32_MAX;
  if (!qid)
    return NEWSKG_ERR_NOMEM;
  newskg_status st;
  if (idx == UINT32_MAX) {
    void *items = g->ent;
    TRY(st, nkg_arena_grow(&g->arena, &items, &g->capent, sizeof *g->ent,
                           g->nent + 1));
    g->ent = items;
    idx = (uint32_t)g->nent++;
    struct nkg_gaz_entity *e = &g->ent[idx];
    memset(e, 0, sizeof *e);
    e->qid = qid;
    e->label = nkg_arena_strndup(&g->arena, f[1], fl[1]);
    e->type = (uint8_t)type;
    e->country = UINT32_MAX;
    if (nf > 4 && fl[4])
      e->country_qid = nkg_arena_strndup(&g->arena, f[4], fl[4]);
    struct slot *s;
    TRY(st, table_put(g, &g->qids, &g->nqids, &g->usedqids, qid, fl[0],
                      nkg_hash64(qid, fl[0], NKG_HASH_SEED), &s));
    s->first = idx;
  }
  /* A QID seen again (a later table, --gazetteer) adds its offices; its
     names are added by the caller.  So a table can extend what another
     says about an entity without repeating it. */
  struct nkg_gaz_entity *e = &g->ent[idx];
  if (nf > 5 && fl[5] && e->type == NKG_E_PERSON) {
    char *d = nkg_arena_strndup(&g->arena, f[5], fl[5]);
    struct nkg_position *pos;
    uint16_t npos;
    if (!d)
      return NEWSKG_ERR_NOMEM;
    TRY(st, nkg_offices_parse(&g->arena, d, &pos, &npos));
    if (npos && e->npos) {
      struct nkg_position *all =
          nkg_arena_alloc(&g->arena, (size_t)(e->npos + npos) * sizeof *all);
      if (!all)
        return NEWSKG_ERR_NOMEM;
      memcpy(all, e->pos, e->npos * sizeof *all);
      memcpy(all + e->npos, pos, npos * sizeof *all);
      e->pos = all;
      e->npos = (uint16_t)(e->npos + npos);
    } else if (npos) {
      e->pos = pos, e->npos = npos;
    }
  }
  *out = idx;
  return NEWSKG_OK;
}

static newskg_status load_row(struct nkg_gazetteer *g, const char *line,
                              size_t len, bool demonyms, const char *name,
                              size_t lineno) {
  const char *f[8];
  size_t fl[8];
  size_t nf = nkg_tsv_split(line, len, f, fl, 8);
  newskg_status st;
  if (demonyms) {
    if (nf < 2 || !nkg_qid_ok(f[1], fl[1]))
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "%s:%zu: expected 'form<TAB>QID<TAB>label'", name, lineno);
    char qid[32];
    if (fl[1] >= sizeof qid)
      return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: QID too long", name, lineno);
    memcpy(qid, f[1], fl[1]);
    qid[fl[1]] = '\0';
    uint32_t e = nkg_gazetteer_find_qid(g, qid);
    if (e == UINT32_MAX)
      return NEWSKG_OK; /* a country this gazetteer does not hold */
    return add_name(g, e, f[0], fl[0], NKG_CAND_DEMONYM, false);
  }
  if (nf < 4 || !nkg_qid_ok(f[0], fl[0]) || fl[1] == 0)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s:%zu: expected 'QID<TAB>label<TAB>aliases<TAB>type...'"
                    " with a QID like Q7747",
                    name, lineno);
  int type = type_of(f[3], fl[3]);
  if (type < 0)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: unknown type '%.*s'", name,
                    lineno, (int)fl[3], f[3]);
  uint32_t idx;
  TRY(st, add_entity(g, f, fl, nf, type, &idx));
  TRY(st, add_name(g, idx, f[1], fl[1], NKG_CAND_NAME, true));
  const char *a = f[2], *end = f[2] + fl[2];
  while (a < end) {
    const char *bar = memchr(a, '|', (size_t)(end - a));
    size_t al = bar ? (size_t)(bar - a) : (size_t)(end - a);
    /* Three-letter ISO codes of countries ("AND", "CAN", "ARM") are words
       in capitalised headlines; only "USA"/"UAE"-style codes news uses
       survive, via their own alias rows. */
    bool iso3 = type == NKG_E_COUNTRY && al == 3 && a[0] >= 'A' &&
                a[0] <= 'Z' && a[1] >= 'A' && a[1] <= 'Z' && a[2] >= 'A' &&
                a[2] <= 'Z' && memcmp(a, "USA", 3) != 0 &&
                memcmp(a, "UAE", 3) != 0;
    if (al && !iso3)
      TRY(st, add_name(g, idx, a, al, NKG_CAND_NAME, false));
    a += al + 1;
  }
  if (type == NKG_E_PERSON) {
    /* The surname (last word of the label) for coreference: "Mr. Aliyev"
       after "Ilham Aliyev"; never linked on its own without that. */
    const char *sp = NULL;
    for (size_t i = 0; i < fl[1]; i++)
      if (f[1][i] == ' ')
        sp = f[1] + i;
    if (sp && (size_t)(f[1] + fl[1] - sp) > 2)
      TRY(st, add_name(g, idx, sp + 1, (size_t)(f[1] + fl[1] - sp - 1),
                       NKG_CAND_SURNAME, false));
  }
  return NEWSKG_OK;
}

newskg_status nkg_gazetteer_load(struct nkg_gazetteer *g, const char *buf,
                                 size_t len, const char *name, bool demonyms) {
  size_t lineno = 0, pos = 0;
  newskg_status st;
  if (nkg_utf8_check(buf, len) != NEWSKG_OK) {
    char detail[256]; /* the message is rebuilt in the buffer it came from */
    snprintf(detail, sizeof detail, "%s", newskg_errmsg());
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s: %s", name, detail);
  }
  const char *line;
  size_t ll;
  while (nkg_tsv_next(buf, len, &pos, &lineno, &line, &ll)) {
    if (!demonyms && lineno == 1 && ll >= 3 && memcmp(line, "qid", 3) == 0)
      continue; /* header row */
    TRY(st, load_row(g, line, ll, demonyms, name, lineno));
  }
  return NEWSKG_OK;
}

/* A country or organization by one of its names, or UINT32_MAX. */
static uint32_t find_by_label(const struct nkg_gazetteer *g, const char *label) {
  struct nkg_arena tmp;
  nkg_arena_init(&tmp);
  size_t klen;
  bool acronym;
  uint32_t found = UINT32_MAX;
  char *key = name_key(&tmp, label, strlen(label), &klen, &acronym);
  if (key) {
    struct nkg_cand c[4];
    bool prefix;
    uint32_t n = nkg_gazetteer_lookup(g, key, klen, key_hash(key, klen), c, 4,
                                      &prefix);
    for (uint32_t i = 0; i < n && i < 4; i++) {
      uint8_t type = g->ent[c[i].entity].type;
      if (c[i].kind == NKG_CAND_NAME &&
          (type == NKG_E_COUNTRY || type == NKG_E_ORG) && found == UINT32_MAX)
        found = c[i].entity;
    }
  }
  nkg_arena_free(&tmp);
  return found;
}

static int cmp_office(const void *x, const void *y) {
  const struct office_row *a = x, *b = y;
  if (a->country != b->country)
    return a->country < b->country ? -1 : 1;
  if (a->office != b->office)
    return a->office < b->office ? -1 : 1;
  return a->person < b->person ? -1 : a->person > b->person;
}

/* Sources are snapshots: a term they saw open ("Prime Minister (2019–)")
   may have ended since.  For offices one person holds at a time, the next
   holder's start closes the previous open term, so a date names one
   holder: on the successor's first day when that day is known, else at the
   start of the successor's first year (YYYY0000), so a year names the
   successor, as news of that year mostly does.
   (Generic ministers are left alone: there are many at once.) */
static void supersede(struct nkg_gazetteer *g) {
  size_t i = 0;
  while (i < g->noffices) {
    size_t j = i;
    while (j < g->noffices && g->offices[j].country == g->offices[i].country &&
           g->offices[j].office == g->offices[i].office)
      j++;
    if (g->offices[i].office != NKG_OFF_MINISTER &&
        g->offices[i].country != UINT32_MAX) {
      for (size_t a = i; a < j; a++) {
        struct office_row *ra = &g->offices[a];
        if (ra->end != 0 || ra->start == 0)
          continue;
        int32_t next = 0;
        for (size_t b = i; b < j; b++) {
          const struct office_row *rb = &g->offices[b];
          /* a later start, or the same start with a term that runs on
             past it (Truss 2022– then Sunak 2022–2024); a term that ended
             the year (or day) this one began came before it */
          int32_t began = ra->start % 10000 == 0 ? ra->start + 1299
                                                 : ra->start;
          bool later = rb->start > ra->start ||
                       (rb->start == ra->start && rb->end > began);
          if (rb->person != ra->person && later &&
              (next == 0 || rb->start < next))
            next = rb->start;
        }
        if (next)
          ra->end = next;
      }
    }
    i = j;
  }
}

uint32_t nkg_gazetteer_holders(const struct nkg_gazetteer *g, uint8_t office,
                               uint32_t country, struct nkg_when when,
                               uint32_t *out, uint32_t max) {
  /* binary search for the first row of (country, office) */
  size_t lo = 0, hi = g->noffices;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const struct office_row *r = &g->offices[mid];
    if (r->country < country || (r->country == country && r->office < office))
      lo = mid + 1;
    else
      hi = mid;
  }
  /* Terms known by year only, or an article dated by year, leave several
     people in office in a year of transition (and a handover day has
     two); the holder whose term runs on past the date is taken (news
     names a new office holder far more than the outgoing one), and only
     when that leaves exactly one. */
  uint32_t n = 0, last = UINT32_MAX, late = 0, late_who = UINT32_MAX;
  for (size_t i = lo; i < g->noffices; i++) {
    const struct office_row *r = &g->offices[i];
    if (r->country != country || r->office != office)
      break;
    bool in = when.lo == 0 ? r->end == 0
                           : (r->start == 0 || r->start <= when.hi) &&
                                 (r->end == 0 || r->end >= when.lo);
    if (!in || r->person == last)
      continue;
    last = r->person;
    /* an end known by year only runs on past a date only if it runs past
       the date's year: "(2016–2018)" does not outlast 2018-06-01 */
    bool runs_on = r->end == 0 || (r->end % 10000 == 1299
                                       ? r->end / 10000 > when.hi / 10000
                                       : r->end > when.hi);
    if (when.lo && runs_on && r->person != late_who)
      late++, late_who = r->person;
    if (n < max)
      out[n] = r->person;
    n++;
  }
  if (n > 1 && late == 1) {
    out[0] = late_who;
    return 1;
  }
  return n;
}

newskg_status nkg_gazetteer_finish(struct nkg_gazetteer *g) {
  size_t rows = 0;
  for (size_t i = 0; i < g->nent; i++)
    rows += g->ent[i].npos;
  g->offices = nkg_arena_calloc(&g->arena, rows ? rows : 1, sizeof *g->offices);
  if (!g->offices)
    return NEWSKG_ERR_NOMEM;
  for (size_t i = 0; i < g->nent; i++) {
    struct nkg_gaz_entity *e = &g->ent[i];
    if (e->country_qid)
      e->country = nkg_gazetteer_find_qid(g, e->country_qid);
    for (uint16_t k = 0; k < e->npos; k++) {
      struct nkg_position *p = &e->pos[k];
      if (p->country != UINT32_MAX || !p->title)
        continue;
      /* the jurisdiction the description names ("European Council:"),
         else one's own country */
      p->country = p->jurisdiction ? find_by_label(g, p->jurisdiction)
                                   : UINT32_MAX;
      if (p->country == UINT32_MAX)
        p->country = e->country;
    }
    for (uint16_t k = 0; k < e->npos; k++) {
      struct office_row *r = &g->offices[g->noffices++];
      r->country = e->pos[k].country;
      r->person = (uint32_t)i;
      r->office = e->pos[k].office;
      r->start = e->pos[k].start;
      r->end = e->pos[k].end;
    }
  }
  qsort(g->offices, g->noffices, sizeof *g->offices, cmp_office);
  supersede(g);
  nkg_venues_resolve(&g->venues, g);
  return NEWSKG_OK;
}
