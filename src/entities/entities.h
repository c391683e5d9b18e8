/*
 * Entities stage: the gazetteer (names -> Wikidata entities, demonyms ->
 * countries) and the recognition of mentions in a tokenized document,
 * including unknown names and within-document coreference (surnames,
 * "Mr. X", titles).  Output: a list of document entities and, per token,
 * the mention that covers it.
 */
#ifndef NKG_ENTITIES_ENTITIES_H
#define NKG_ENTITIES_ENTITIES_H

#include <stdbool.h>
#include <stdint.h>

#include "nkg.h"
#include "text/text.h"

enum nkg_etype {
  NKG_E_PERSON = 0,
  NKG_E_COUNTRY,
  NKG_E_CITY,
  NKG_E_REGION,
  NKG_E_ORG,
  NKG_E_NTYPES
};

/* Offices a title word can name; the gazetteer maps descriptions onto
   these so "the Armenian Prime Minister" finds who held the office. */
enum nkg_office {
  NKG_OFF_NONE = 0,
  NKG_OFF_HEAD_OF_STATE,      /* President, King, Emir */
  NKG_OFF_HEAD_OF_GOVERNMENT, /* Prime Minister, Chancellor, Premier */
  NKG_OFF_FOREIGN_MINISTER,   /* Foreign Minister, Secretary of State */
  NKG_OFF_DEFENCE_MINISTER,
  NKG_OFF_MINISTER,           /* any other minister */
  NKG_OFF_VICE_PRESIDENT,
  NKG_OFF_LAST
};

struct nkg_position {
  uint8_t office;       /* enum nkg_office */
  uint32_t country;     /* gazetteer entity index of the country, or UINT32_MAX */
  int32_t start, end;   /* term bounds as date keys YYYYMMDD; a bound the
                           source gives by year only spans that year
                           (start YYYY0000, end YYYY1299); 0 = open */
  const char *title;    /* office name as the source gives it */
  const char *jurisdiction; /* "Armenia", "European Council": resolved to
                               `country` by label when the table is built */
};

struct nkg_gaz_entity {
  const char *qid;           /* "Q7747" */
  const char *label;         /* English label */
  uint8_t type;              /* enum nkg_etype */
  uint32_t country;          /* entity index of its country, or UINT32_MAX */
  const char *country_qid;   /* as read; resolved after loading */
  struct nkg_position *pos;  /* offices held, from the description */
  uint16_t npos;
};

enum nkg_cand_kind {
  NKG_CAND_NAME = 0,  /* label or alias */
  NKG_CAND_DEMONYM,   /* "Armenian" -> Armenia */
  NKG_CAND_SURNAME,   /* last word of a person's label: coreference only */
};

struct nkg_gazetteer;

newskg_status nkg_gazetteer_new(struct nkg_gazetteer **out);
void nkg_gazetteer_free(struct nkg_gazetteer *g);
/* Adds rows of the gazetteer TSV (qid, label, aliases, type, country,
   description, source) or, with `demonyms`, of the demonym TSV (form, qid,
   label).  `name` is used in error messages. */
newskg_status nkg_gazetteer_load(struct nkg_gazetteer *g, const char *buf,
                                 size_t len, const char *name, bool demonyms);
/* Resolves country references and builds the lookup tables; call once
   after the last load. */
newskg_status nkg_gazetteer_finish(struct nkg_gazetteer *g);

uint32_t nkg_gazetteer_size(const struct nkg_gazetteer *g);
const struct nkg_gaz_entity *nkg_gazetteer_entity(const struct nkg_gazetteer *g,
                                                  uint32_t i);
/* The name-word table (ontology/name-words.tsv) every gazetteer holds. */
struct nkg_namewords;
const struct nkg_namewords *nkg_gazetteer_words(const struct nkg_gazetteer *g);
/* The venue table (ontology/venues.tsv), resolved by _finish. */
struct nkg_venues;
const struct nkg_venues *nkg_gazetteer_venues(const struct nkg_gazetteer *g);

/* Entity index by QID, or UINT32_MAX. */
uint32_t nkg_gazetteer_find_qid(const struct nkg_gazetteer *g, const char *qid);

/* The days a date stands for, as date keys YYYYMMDD: a full date is one
   day, a month or a year all of its days; lo = 0 when the date is unknown.
   Office terms are compared with it, so "the Foreign Secretary" on
   2018-01-15 is the holder of that day, and a year still works as a year. */
struct nkg_when {
  int32_t lo, hi;
};
static inline struct nkg_when nkg_when_of(struct nkg_date d) {
  struct nkg_when w = {0, 0};
  if (d.y <= 0)
    return w;
  int32_t base = (int32_t)d.y * 10000;
  w.lo = base + (d.m ? d.m * 100 + (d.d ? d.d : 0) : 0);
  w.hi = base + (d.m ? d.m * 100 + (d.d ? d.d : 99) : 1299);
  return w;
}

/* Persons holding `office` in `country` (gazetteer index) at `when`
   (lo = 0: holding it now, open-ended), via an index built by _finish;
   fills up to `max` and returns how many there are. */
uint32_t nkg_gazetteer_holders(const struct nkg_gazetteer *g, uint8_t office,
                               uint32_t country, struct nkg_when when,
                               uint32_t *out, uint32_t max);

/* Candidates for a folded name key ("nikol pashinyan"): fills up to `max`
   (entity, kind) pairs and returns how many exist.  *prefix says whether
   longer keys start with this one, so the matcher knows when to stop. */
struct nkg_cand {
  uint32_t entity;
  uint8_t kind;     /* enum nkg_cand_kind */
  bool acronym;     /* written in capitals ("EU"): only matches capitals */
  bool native;      /* an alias in another script or with diacritics the
                       English label lacks ("Ísland"): matches only text
                       written that way, never the English word "Island" */
};
uint32_t nkg_gazetteer_lookup(const struct nkg_gazetteer *g, const char *key,
                              size_t len, uint64_t hash, struct nkg_cand *out,
                              uint32_t max, bool *prefix);

/* Name keys hash word by word: start from NKG_KEY_HASH_INIT and step with
   each word's nkg_word_hash (tokens carry theirs). */
#define NKG_KEY_HASH_INIT 0x9E3779B97F4A7C15ULL
static inline uint64_t nkg_key_hash_step(uint64_t h, uint32_t word_hash) {
  h ^= word_hash;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 31);
}

/* ---- document entities and mentions ---- */

enum nkg_mention_kind {
  NKG_M_NAME = 0, /* a name of the entity */
  NKG_M_DEMONYM,  /* adjective standing for a country */
  NKG_M_TITLE,    /* a title phrase resolved by coreference */
  NKG_M_QUALIFIER,/* a name that only qualifies a title or person:
                     "President of Azerbaijan", "India's Prime Minister",
                     "his UK counterpart"; frames never take it as a role */
};

struct nkg_entity {
  uint32_t gaz;       /* gazetteer index, or UINT32_MAX when unlinked */
  const char *label;  /* display label; arena or gazetteer */
  const char *key;    /* folded name used for local IRIs */
  uint8_t type;       /* enum nkg_etype */
  uint32_t country;   /* doc entity of the country in a title, or UINT32_MAX */
  const char *title;  /* position stated in the text ("Prime Minister") */
  const char *said_title; /* folded title the text puts before the name
                             ("secretary of state"): "the Secretary"
                             later refers back to it */
  bool said_title_foreign; /* that title named a country ("Australian Prime
                              Minister"): a bare "the Prime Minister" is
                              more likely the document's own */
  const char *rule;   /* the rule that created or linked it */
  uint32_t first_tok; /* first mention's token */
  bool named;         /* mentioned by name (not only by demonym) */
  bool doc_scoped;    /* unlinked and only meaningful in this document
                         ("the Prime Minister"): its IRI includes the doc */
  uint32_t city;      /* a venue's city when the document names that city
                         too (doc entity), else UINT32_MAX: the graph
                         states only places the article names */
};

struct nkg_mention {
  uint32_t tok_beg, tok_end; /* token range [beg, end) */
  uint32_t entity;           /* index into nkg_entities.ent */
  uint8_t kind;              /* enum nkg_mention_kind */
  const char *rule;          /* rule name for --explain */
};

struct nkg_entities {
  struct nkg_entity *ent;
  uint32_t nent;
  struct nkg_mention *men; /* sorted by tok_beg, non-overlapping */
  uint32_t nmen;
  uint32_t *at;            /* per token: mention index or UINT32_MAX */
};

/* Finds and resolves all mentions of a document. `date` is the
   publication date, else the date the text anchors (zeros if unknown), for
   choosing among office holders: a full date picks the holder of that day,
   a year the holder of that year.  `syn` (NULL: none) gives the parsed
   sentences' tags, so a proper-noun phrase is a name even without a
   title. */
struct nkg_syntax;
newskg_status nkg_entities_recognize(struct nkg_arena *a,
                                     const struct nkg_gazetteer *g,
                                     const struct nkg_text *t,
                                     const struct nkg_syntax *syn,
                                     struct nkg_date date,
                                     struct nkg_entities *out);

/* The mention starting at or covering token i, or NULL. */
static inline const struct nkg_mention *
nkg_mention_at(const struct nkg_entities *e, uint32_t i) {
  return e->at[i] == UINT32_MAX ? (const struct nkg_mention *)0
                                : &e->men[e->at[i]];
}

const char *nkg_etype_name(uint8_t type); /* "person", "country", ... */

#endif /* NKG_ENTITIES_ENTITIES_H */
