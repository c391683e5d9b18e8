/*
 * Name words: the small closed classes of words that build names without
 * being names themselves (particles inside persons' names, the formal
 * styles of states, the head nouns of places).  They are data
 * (ontology/name-words.tsv), embedded in the library and indexed by first
 * word, so a match costs one bucket lookup on the token's hash.
 */
#ifndef NKG_ENTITIES_NAMEWORDS_H
#define NKG_ENTITIES_NAMEWORDS_H

#include "text/phrases.h"

enum nkg_nameword_kind {
  NKG_NW_PARTICLE = 1, /* "bin", "van der", "e": inside a person's name */
  NKG_NW_STATE_PREFIX, /* "republic of": before a country's short name */
  NKG_NW_STATE_SUFFIX, /* "republic": after a demonym */
  NKG_NW_PLACE_HEAD,   /* "palace", "street": a place, never a person */
};

struct nkg_nameword_row {
  const char *words; /* folded words, one space apart (phrase-table form) */
  uint8_t kind;      /* enum nkg_nameword_kind */
};

struct nkg_namewords {
  struct nkg_nameword_row *rows; /* arena of the owner */
  size_t n;
  struct nkg_phrase_index ix;
};

/* Reads the table (kind<TAB>words rows, '#' comments); a malformed row
   fails with "name:line: ...".  Strings live in `a`. */
newskg_status nkg_namewords_load(struct nkg_arena *a, const char *buf,
                                 size_t len, const char *name,
                                 struct nkg_namewords *out);

/* Length in tokens of the longest row of `kind` spelled at token i (0:
   none).  Matches case-insensitively: callers check capitals. */
uint32_t nkg_namewords_match(const struct nkg_namewords *nw,
                             const struct nkg_text *t, uint32_t i,
                             uint32_t end, uint8_t kind);

#endif
