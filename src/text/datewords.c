/*
 * Date words: month and weekday names with their abbreviations, and the
 * relative words the date parser understands.  Add a spelling here.
 */
#include <string.h>
#include <threads.h>

#include "nkg.h"
#include "text/phrases.h"

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

/* Lookups by hash, like every table (text/phrases.h): these run for
   nearly every token. */
struct word_index {
  uint32_t hash[64];
  const char *word[64];
  int8_t value[64];
  size_t n;
};

static struct word_index month_ix, weekday_ix, rel_ix;
static once_flag once = ONCE_FLAG_INIT;

static void add(struct word_index *ix, const char *w, int8_t v) {
  ix->hash[ix->n] = nkg_word_hash(w, strlen(w));
  ix->word[ix->n] = w;
  ix->value[ix->n++] = v;
}

static void build(void) {
  for (size_t i = 0; i < NKG_COUNT(months); i++)
    add(&month_ix, months[i].w, months[i].n);
  for (size_t i = 0; i < NKG_COUNT(weekdays); i++)
    add(&weekday_ix, weekdays[i].w, weekdays[i].n);
  for (size_t i = 0; i < NKG_COUNT(days_rel); i++)
    add(&rel_ix, days_rel[i].w, days_rel[i].offset);
}

static int find(const struct word_index *ix, const struct nkg_token *k,
                int none) {
  call_once(&once, build);
  for (size_t i = 0; i < ix->n; i++)
    if (ix->hash[i] == k->hash && strcmp(ix->word[i], k->fold) == 0)
      return ix->value[i];
  return none;
}

int nkg_month_of(const struct nkg_token *k) { return find(&month_ix, k, 0); }

int nkg_weekday_of(const struct nkg_token *k) {
  return find(&weekday_ix, k, -1);
}

bool nkg_relative_day(const struct nkg_token *k, int *offset) {
  int v = find(&rel_ix, k, 100);
  if (v == 100)
    return false;
  *offset = v;
  return true;
}

bool nkg_month_qualifier(const struct nkg_token *k) {
  for (size_t i = 0; i < NKG_COUNT(month_qualifiers); i++)
    if (strcmp(k->fold, month_qualifiers[i]) == 0)
      return true;
  return false;
}
