/*
 * Venues: palaces, residences and buildings that locate meetings ("at the
 * Élysée Palace", "in Downing Street"), from ontology/venues.tsv.  A venue
 * is a place of its own (typed region, the corpus convention), linked to
 * Wikidata only where its QID was confirmed, and knows its country and
 * city; a seat of government also tells whose government a text speaks
 * for.  Names are indexed like the phrase tables: one bucket lookup on
 * the token's hash.
 */
#ifndef NKG_ENTITIES_VENUES_H
#define NKG_ENTITIES_VENUES_H

#include <stdbool.h>

#include "entities/entities.h"
#include "text/phrases.h"

struct nkg_venue {
  const char *label;       /* canonical English name */
  const char *key;         /* folded label: the unlinked entity's key */
  const char *qid;         /* venue's own QID, or NULL */
  const char *country_qid; /* or NULL */
  const char *city_qid;    /* or NULL */
  bool seat;               /* stands for its government */
  uint32_t gaz, country, city; /* gazetteer indexes, UINT32_MAX if absent;
                                  set by nkg_venues_resolve */
};

struct nkg_venue_name {
  const char *words; /* folded words, phrase-table form */
  uint32_t venue;
};

struct nkg_venues {
  struct nkg_venue *v;
  size_t n;
  struct nkg_venue_name *names;
  size_t nnames;
  struct nkg_phrase_index ix;
};

/* Reads the table; a malformed row fails with "name:line: ...".  Strings
   live in `a`. */
newskg_status nkg_venues_load(struct nkg_arena *a, const char *buf, size_t len,
                              const char *name, struct nkg_venues *out);
/* Looks the QIDs up in the gazetteer (after its last load). */
void nkg_venues_resolve(struct nkg_venues *vs, const struct nkg_gazetteer *g);
/* Length in tokens of the longest venue name at token i (0: none), its
   venue in *out.  The first word must be capitalised. */
uint32_t nkg_venues_match(const struct nkg_venues *vs, const struct nkg_text *t,
                          uint32_t i, uint32_t end, const struct nkg_venue **out);

#endif
