/* Lookup tables of the text stage (one source file each). */
#ifndef NKG_TEXT_LEXICON_H
#define NKG_TEXT_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/* `fold` is lower case ASCII without the period. */
bool nkg_is_abbreviation(const char *fold, size_t len);

#endif
