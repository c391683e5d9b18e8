/*
 * Offices and titles.  Two tables a linguist can extend without touching
 * the matcher: title phrases as they appear in news, and keywords that
 * classify the office names found in gazetteer descriptions.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "entities/offices.h"
#include "text/phrases.h"

/* Title phrases, folded, longest first within a shared start. */
static const struct {
  const char *words; /* folded words separated by spaces */
  uint8_t office;
  const char *country; /* QID when the title alone names the country */
} titles[] = {
    {"prime minister", NKG_OFF_HEAD_OF_GOVERNMENT, NULL}, /* "Prime Minister Modi" */
    {"deputy prime minister", NKG_OFF_MINISTER, NULL},
    {"premier", NKG_OFF_HEAD_OF_GOVERNMENT, NULL},
    {"chancellor", NKG_OFF_HEAD_OF_GOVERNMENT, NULL}, /* "Chancellor Scholz" */
    {"federal chancellor", NKG_OFF_HEAD_OF_GOVERNMENT, NULL},
    {"taoiseach", NKG_OFF_HEAD_OF_GOVERNMENT, "Q27"}, /* Ireland */
    {"tanaiste", NKG_OFF_MINISTER, "Q27"},
    {"vice president", NKG_OFF_VICE_PRESIDENT, NULL},
    {"president", NKG_OFF_HEAD_OF_STATE, NULL}, /* "President Macron" */
    {"king", NKG_OFF_HEAD_OF_STATE, NULL},
    {"queen", NKG_OFF_HEAD_OF_STATE, NULL},
    {"emir", NKG_OFF_HEAD_OF_STATE, NULL},
    {"crown prince", NKG_OFF_MINISTER, NULL},
    {"foreign minister", NKG_OFF_FOREIGN_MINISTER, NULL},
    {"foreign secretary", NKG_OFF_FOREIGN_MINISTER, "Q145"}, /* UK */
    {"secretary of state", NKG_OFF_FOREIGN_MINISTER, NULL}, /* US */
    {"secretary of state for", NKG_OFF_MINISTER, NULL}, /* UK: "... for Northern Ireland" */
    {"minister of foreign affairs", NKG_OFF_FOREIGN_MINISTER, NULL},
    {"minister for foreign affairs", NKG_OFF_FOREIGN_MINISTER, NULL},
    {"external affairs minister", NKG_OFF_FOREIGN_MINISTER, NULL},
    {"defence minister", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"defense minister", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"defense secretary", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"defence secretary", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"secretary of defense", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"minister of defense", NKG_OFF_DEFENCE_MINISTER, NULL}, /* "Minister of Defense Kihara" */
    {"minister of defence", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"minister of national defense", NKG_OFF_DEFENCE_MINISTER, NULL},
    {"minister", NKG_OFF_MINISTER, NULL},
    {"secretary", NKG_OFF_MINISTER, NULL},          /* "Secretary Blinken" */
    {"secretary general", NKG_OFF_MINISTER, NULL},  /* "Secretary-General" */
    {"high representative", NKG_OFF_MINISTER, NULL},
    {"ambassador", NKG_OFF_MINISTER, NULL},
    {"envoy", NKG_OFF_MINISTER, NULL},
    {"special envoy", NKG_OFF_MINISTER, NULL},
    {"governor", NKG_OFF_MINISTER, NULL},
    {"senator", NKG_OFF_MINISTER, NULL},
    {"general", NKG_OFF_MINISTER, NULL},
    {"spokesperson", NKG_OFF_MINISTER, NULL},
    {"spokesman", NKG_OFF_MINISTER, NULL},
    {"spokeswoman", NKG_OFF_MINISTER, NULL},
    {"chairperson", NKG_OFF_MINISTER, NULL}, /* "Commission Chairperson Faki" */
    {"chairman", NKG_OFF_MINISTER, NULL},
    {"chairwoman", NKG_OFF_MINISTER, NULL},
    {"director", NKG_OFF_MINISTER, NULL},
    {"leader", NKG_OFF_MINISTER, NULL},
    {"counterpart", NKG_OFF_MINISTER, NULL}, /* "his UK counterpart Gordon Brown" */
    {"prince", NKG_OFF_MINISTER, NULL},
    {"sheikh", NKG_OFF_MINISTER, NULL},
    {"mayor", NKG_OFF_MINISTER, NULL},
    {"commissioner", NKG_OFF_MINISTER, NULL},
    {"advisor", NKG_OFF_MINISTER, NULL},  /* "National Security Advisor John Bolton" */
    {"adviser", NKG_OFF_MINISTER, NULL},
    {"national security advisor", NKG_OFF_MINISTER, NULL},
    {"national security adviser", NKG_OFF_MINISTER, NULL},
    {"chief of staff", NKG_OFF_MINISTER, NULL},
    {"attorney general", NKG_OFF_MINISTER, NULL},
    {"speaker", NKG_OFF_MINISTER, NULL},
};

static const char *const honorifics[] = {"mr", "mrs", "ms", "dr", "sir",
                                         "dame", "madam", "lord", "lady",
                                         "hon", "rt"}; /* "Rt Hon Hilary Benn" */

/* Letters after a name that are no part of it: "Hilary Benn MP". */
static const char *const post_nominals[] = {"mp", "td", "mep", "msp", "qc",
                                            "kc", "mla", "obe", "mbe"};

uint32_t nkg_honorific_len(const struct nkg_text *t, uint32_t i) {
  uint32_t n = 0;
  while (i + n < t->ntok && (t->tok[i + n].flags & NKG_TF_CAP)) {
    bool hit = false;
    for (size_t k = 0; k < NKG_COUNT(honorifics) && !hit; k++)
      hit = nkg_tok_is(t, i + n, honorifics[k]);
    if (!hit)
      break;
    n++;
  }
  return n;
}

bool nkg_is_honorific(const struct nkg_text *t, uint32_t i) {
  return nkg_honorific_len(t, i) > 0;
}

bool nkg_is_post_nominal(const struct nkg_text *t, uint32_t i) {
  if (i >= t->ntok || !(t->tok[i].flags & NKG_TF_ALLCAP))
    return false;
  for (size_t k = 0; k < NKG_COUNT(post_nominals); k++)
    if (nkg_tok_is(t, i, post_nominals[k]))
      return true;
  return false;
}

static struct nkg_phrase_index title_index;
static once_flag phrase_once = ONCE_FLAG_INIT;

static void build_indexes(void) {
  nkg_phrases_build(&title_index, titles, NKG_COUNT(titles), sizeof titles[0],
                    offsetof(__typeof__(titles[0]), words));
}

const char *nkg_title_country(const struct nkg_text *t, uint32_t i,
                              uint32_t end) {
  call_once(&phrase_once, build_indexes);
  size_t row;
  return nkg_phrases_match(&title_index, t, i, end, NULL, NULL, &row)
             ? titles[row].country
             : NULL;
}

bool nkg_is_title_word(const struct nkg_text *t, uint32_t i, uint32_t end) {
  uint8_t office;
  return nkg_title_match(t, i, end, &office) > 0;
}

uint32_t nkg_title_match(const struct nkg_text *t, uint32_t i, uint32_t end,
                         uint8_t *office) {
  call_once(&phrase_once, build_indexes);
  size_t row;
  uint32_t n = nkg_phrases_match(&title_index, t, i, end, NULL, NULL, &row);
  if (n)
    *office = titles[row].office;
  return n;
}

/* ---- descriptions ---- */

static const struct {
  const char *needle; /* lower-case substring of the office name */
  uint8_t office;
} office_words[] = {
    {"vice president", NKG_OFF_VICE_PRESIDENT},
    {"deputy prime minister", NKG_OFF_MINISTER},
    {"foreign", NKG_OFF_FOREIGN_MINISTER}, /* "Minister of Foreign Affairs" */
    {"secretary of state", NKG_OFF_FOREIGN_MINISTER},
    {"external affairs", NKG_OFF_FOREIGN_MINISTER},
    {"external relations", NKG_OFF_FOREIGN_MINISTER},
    {"international relations", NKG_OFF_FOREIGN_MINISTER},
    {"defense", NKG_OFF_DEFENCE_MINISTER},
    {"defence", NKG_OFF_DEFENCE_MINISTER},
    {"prime minister", NKG_OFF_HEAD_OF_GOVERNMENT},
    {"chancellor", NKG_OFF_HEAD_OF_GOVERNMENT},
    {"premier", NKG_OFF_HEAD_OF_GOVERNMENT},
    {"taoiseach", NKG_OFF_HEAD_OF_GOVERNMENT},
    {"president", NKG_OFF_HEAD_OF_STATE},
    {"monarch", NKG_OFF_HEAD_OF_STATE},
    {"king", NKG_OFF_HEAD_OF_STATE},
    {"emir", NKG_OFF_HEAD_OF_STATE},
    {"grand duke", NKG_OFF_HEAD_OF_STATE},
    {"supreme leader", NKG_OFF_HEAD_OF_STATE},
    {"minister", NKG_OFF_MINISTER},
    {"secretary", NKG_OFF_MINISTER},
};

static uint8_t classify_office(const char *s, size_t len) {
  char low[160];
  if (len >= sizeof low)
    len = sizeof low - 1;
  for (size_t i = 0; i < len; i++)
    low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
  low[len] = '\0';
  if (strstr(low, "spokes") || strstr(low, "international official"))
    return NKG_OFF_NONE;
  for (size_t k = 0; k < NKG_COUNT(office_words); k++)
    if (strstr(low, office_words[k].needle))
      return office_words[k].office;
  return NKG_OFF_NONE;
}

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* A term bound at s, before `lim`: "2018" or "2018-07-09" (the sources'
   P39 start and end times, to the day where they give it).  Returns the
   bytes read (0: none) and the date key: a day is YYYYMMDD; a year alone
   spans the year, so it starts at YYYY0000 and ends at YYYY1299 (`end`). */
static size_t date_at(const char *s, const char *lim, bool end, int32_t *key) {
  if (lim - s < 4 || s[0] < '1' || s[0] > '2')
    return 0;
  int y = digits(s, 4);
  if (y < 0 || (lim - s > 4 && s[4] >= '0' && s[4] <= '9'))
    return 0;
  if (lim - s >= 10 && s[4] == '-' && s[7] == '-') {
    int m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
        !(lim - s > 10 && s[10] >= '0' && s[10] <= '9')) {
      *key = y * 10000 + m * 100 + d;
      return 10;
    }
  }
  *key = y * 10000 + (end ? 1299 : 0);
  return 4;
}

newskg_status nkg_offices_parse(struct nkg_arena *a, char *desc,
                                struct nkg_position **out, uint16_t *n) {
  *out = NULL;
  *n = 0;
  /* "politician, Armenia: Prime Minister (2018–); Other (2001–2003);
     European Council: President of the European Council (2019–2024)" —
     a segment may name its jurisdiction before a colon; it holds for the
     segments after it */
  char *colon = strchr(desc, ':');
  if (!colon)
    return NEWSKG_OK;
  size_t cap = 0;
  const char *jurisdiction = NULL;
  {
    char *comma = memchr(desc, ',', (size_t)(colon - desc));
    char *j = comma ? comma + 1 : desc;
    while (*j == ' ')
      j++;
    if (j < colon)
      jurisdiction = nkg_arena_strndup(a, j, (size_t)(colon - j));
  }
  char *p = colon + 1;
  while (*p) {
    while (*p == ' ' || *p == ';')
      p++;
    char *segcolon = strchr(p, ':');
    char *segparen = strchr(p, '(');
    if (segcolon && (!segparen || segcolon < segparen)) {
      jurisdiction = nkg_arena_strndup(a, p, (size_t)(segcolon - p));
      p = segcolon + 1;
      while (*p == ' ')
        p++;
    }
    char *paren = strchr(p, '(');
    char *semi = strchr(p, ';');
    if (!paren || (semi && semi < paren)) {
      if (!semi)
        break;
      p = semi + 1;
      continue;
    }
    char *close = strchr(paren, ')');
    if (!close)
      break;
    size_t tl = (size_t)(paren - p);
    while (tl && p[tl - 1] == ' ')
      tl--;
    uint8_t office = classify_office(p, tl);
    if (office != NKG_OFF_NONE) {
      void *items = *out;
      newskg_status st;
      TRY(st, nkg_arena_grow(a, &items, &cap, sizeof **out, *n + 1u));
      *out = items;
      struct nkg_position *pos = &(*out)[(*n)++];
      pos->office = office;
      pos->country = UINT32_MAX;
      pos->title = nkg_arena_strndup(a, p, tl);
      pos->jurisdiction = jurisdiction;
      /* "(2018–)", "(2016-07-13–2018-07-09)", "(2022–2024; note)": the
         end follows the dash (–, U+2013, or '-') */
      size_t sl = date_at(paren + 1, close, false, &pos->start);
      const char *q = paren + 1 + sl;
      pos->end = 0;
      while (sl && q < close && *q != ';' && !date_at(q, close, true, &pos->end))
        q++;
    }
    p = close + 1;
  }
  return NEWSKG_OK;
}
