/*
 * Shared state of the recognition passes (entities/recognize.c: names,
 * resolution, qualifiers; entities/titles.c: titles and offices).  Private
 * to the entities stage.
 */
#ifndef NKG_ENTITIES_RECOGNIZE_H
#define NKG_ENTITIES_RECOGNIZE_H

#include <stdbool.h>
#include <stdint.h>

#include "entities/entities.h"

struct nkg_venue;

#define NO_ENTITY UINT32_MAX
#define MAX_CANDS 8

struct raw { /* a pass-1 mention before document-level resolution */
  uint32_t beg, end;
  struct nkg_cand cands[MAX_CANDS];
  uint32_t ncand;
  const char *rule;
  uint8_t type;      /* for unknown names */
  uint8_t kind;      /* enum nkg_mention_kind */
  uint32_t entity;   /* resolved doc entity */
  const struct nkg_venue *venue; /* the venue a "venue" mention names */
};

struct ctx {
  struct nkg_arena *a;
  const struct nkg_gazetteer *g;
  const struct nkg_text *t;
  const struct nkg_syntax *syn; /* NULL: no sentence was parsed */
  struct nkg_when when; /* of the article: picks office holders */
  struct raw *raw;
  size_t nraw, capraw;
  struct nkg_entities *out;
  size_t capent;
  const char *home; /* QID of the government whose seat the text names */
  const char *seat; /* the seat of government pass 1 saw, as its country's
                       QID; `seats_differ` when it saw two governments */
  bool seats_differ;
};

bool nkg_rec_cap_word(const struct nkg_token *k);
newskg_status nkg_rec_add_entity(struct ctx *c, uint32_t gaz, const char *label,
                                 const char *key, uint8_t type, const char *rule,
                                 uint32_t tok, uint32_t *out);
const char *nkg_rec_span_text(struct ctx *c, uint32_t beg, uint32_t end);
const char *nkg_rec_span_key(struct ctx *c, uint32_t beg, uint32_t end);
bool nkg_rec_in_doc(const struct ctx *c, uint32_t gaz);

/* entities/titles.c */
bool nkg_rec_holds(const struct nkg_gaz_entity *p, uint8_t office,
                   uint32_t country, struct nkg_when when);
bool nkg_rec_holds_any(const struct nkg_gaz_entity *p, uint8_t office,
                       struct nkg_when when);
bool nkg_rec_is_demonym_at(const struct ctx *c, uint32_t tok);
void nkg_rec_pass_said_titles(struct ctx *c);
newskg_status nkg_rec_pass_titles(struct ctx *c, struct raw **extra,
                                  size_t *nextra, size_t *capextra);
const char *nkg_rec_home_country(const struct ctx *c);

#endif /* NKG_ENTITIES_RECOGNIZE_H */
