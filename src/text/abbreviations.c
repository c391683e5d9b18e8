/*
 * Words that take a period without ending a sentence.  Add a row to teach
 * the splitter a new abbreviation; keep the fold (lower case, no period).
 */
#include <string.h>

#include "text/text.h"
#include "text/lexicon.h"

static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", /* "Mr. Pashinian said" */
    "st", "mt", "ft",                /* "St. Petersburg" */
    "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", /* ranks */
    "sen", "rep", "gov", "pres", "amb", "sec", "hon", "rev", /* offices */
    "jr", "sr", "no", "nos", "vs", "etc", "approx", "dept", "est",
    "inc", "corp", "ltd", "co", "bros",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", /* "on Jan. 5" (but not "May", a whole word) */
};

bool nkg_is_abbreviation(const char *fold, size_t len) {
  for (size_t i = 0; i < NKG_COUNT(abbreviations); i++)
    if (strlen(abbreviations[i]) == len &&
        memcmp(abbreviations[i], fold, len) == 0)
      return true;
  return false;
}
