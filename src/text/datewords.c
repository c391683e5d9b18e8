/*
 * Date words: month and weekday names with their abbreviations, and the
 * relative words the date parser understands.  Add a spelling here.
 */
#include <string.h>

#include "text/datewords.h"

static const struct { const char *w; int8_t n; } months[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3},
    {"mar", 3}, {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6},
    {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
    {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};

static const struct { const char *w; int8_t n; } weekdays[] = {
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6},
};

/* Relative day words: offset in days from the publication date. */
static const struct { const char *w; int8_t offset; } days_rel[] = {
    {"today", 0}, {"tonight", 0}, {"yesterday", -1}, {"tomorrow", 1},
};

/* Qualifiers before a month that keep only year-month precision:
   "early May", "mid-June", "late February". */
static const char *const month_qualifiers[] = {"early", "mid", "late", "in",
                                               "since", "until", "by", "end"};

int nkg_month_of(const char *fold) {
  for (size_t i = 0; i < sizeof months / sizeof *months; i++)
    if (strcmp(fold, months[i].w) == 0)
      return months[i].n;
  return 0;
}

int nkg_weekday_of(const char *fold) {
  for (size_t i = 0; i < sizeof weekdays / sizeof *weekdays; i++)
    if (strcmp(fold, weekdays[i].w) == 0)
      return weekdays[i].n;
  return -1;
}

bool nkg_relative_day(const char *fold, int *offset) {
  for (size_t i = 0; i < sizeof days_rel / sizeof *days_rel; i++)
    if (strcmp(fold, days_rel[i].w) == 0) {
      *offset = days_rel[i].offset;
      return true;
    }
  return false;
}

bool nkg_month_qualifier(const char *fold) {
  for (size_t i = 0; i < sizeof month_qualifiers / sizeof *month_qualifiers; i++)
    if (strcmp(fold, month_qualifiers[i]) == 0)
      return true;
  return false;
}
