/* Titles of office: the table that maps title words to offices, and the
   parser that reads offices held out of gazetteer descriptions. */
#ifndef NKG_ENTITIES_OFFICES_H
#define NKG_ENTITIES_OFFICES_H

#include "entities/entities.h"

/* Parses "politician, Armenia: Prime Minister (2018–); ..." into
   positions (arena).  Rows without offices yield none. */
newskg_status nkg_offices_parse(struct nkg_arena *a, char *desc,
                                struct nkg_position **out, uint16_t *n);

/* Matches a title at token i ("Prime Minister", "Foreign Secretary",
   "President"); returns its length in tokens (0: none) and the office. */
uint32_t nkg_title_match(const struct nkg_text *t, uint32_t i, uint32_t end,
                         uint8_t *office);

/* The country a title names by itself ("Taoiseach" -> Ireland, "Foreign
   Secretary" -> United Kingdom) as a QID, or NULL. */
const char *nkg_title_country(const struct nkg_text *t, uint32_t i,
                              uint32_t end);

/* Words that stand between a qualifier and a person: "counterpart". */
bool nkg_is_title_word(const struct nkg_text *t, uint32_t i, uint32_t end);

/* Person-only honorifics that precede a name: "Mr.", "Mrs.", "Dr.". */
bool nkg_is_honorific(const struct nkg_text *t, uint32_t i);
/* How many honorific words start at i ("Rt Hon" -> 2). */
uint32_t nkg_honorific_len(const struct nkg_text *t, uint32_t i);
/* Post-nominal letters ("MP", "TD") that follow a name. */
bool nkg_is_post_nominal(const struct nkg_text *t, uint32_t i);

#endif
