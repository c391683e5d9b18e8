/*
 * Date expressions and their resolution.  Absolute forms ("May 25",
 * "25 May 2023", "1er June"), weekdays ("on Thursday"), relative words
 * ("today", "yesterday") and months ("early May" -> year-month).  A date
 * without a year takes the document's anchor year (publication date, or
 * the year a "Thursday, May 25" fixes); past-tense events never land more
 * than a week after the publication date, planned ones never before it.
 */
#include <stdlib.h>
#include <string.h>

#include "text/datewords.h"
#include "events/events.h"

/* The value of n ASCII digits (checked by the caller). */
static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

bool nkg_date_parse_iso(const char *s, struct nkg_date *out) {
  return s && strlen(s) == 10 && nkg_date_from_iso(s, 10, out);
}

/* Days from civil date (Howard Hinnant's algorithm). */
long nkg_date_days(struct nkg_date d) {
  long y = d.y, m = d.m ? d.m : 1, dd = d.d ? d.d : 1;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct nkg_date nkg_date_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  struct nkg_date r = {(int16_t)(y + (m <= 2)), (int8_t)m, (int8_t)d};
  return r;
}

int nkg_date_weekday(struct nkg_date d) {
  long z = nkg_date_days(d); /* 1970-01-01 was a Thursday (3) */
  long w = (z + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

static bool valid_day(int y, int m, int d) {
  char buf[16];
  if (y < 1 || y > 9999)
    return false;
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  struct nkg_date tmp;
  return nkg_date_parse_iso(buf, &tmp);
}

/* Day number of a NUM token: "25", "1er", "1st", "25th"; 0 if not. */
static int day_of(const struct nkg_token *k) {
  if (k->kind != NKG_TOK_NUM)
    return 0;
  const char *f = k->fold;
  int d = 0, n = 0;
  while (f[n] >= '0' && f[n] <= '9' && n < 3)
    d = d * 10 + (f[n++] - '0');
  const char *suf = f + n;
  if (*suf && strcmp(suf, "st") && strcmp(suf, "nd") && strcmp(suf, "rd") &&
      strcmp(suf, "th") && strcmp(suf, "er"))
    return 0;
  return (n >= 1 && n <= 2 && d >= 1 && d <= 31) ? d : 0;
}

static int year_of(const struct nkg_token *k) {
  if (k->kind != NKG_TOK_NUM || k->fold_len != 4)
    return 0;
  for (int i = 0; i < 4; i++)
    if (k->fold[i] < '0' || k->fold[i] > '9')
      return 0;
  int y = digits(k->fold, 4);
  return (y >= 1900 && y <= 2100) ? y : 0;
}

static int month_at(const struct nkg_text *t, uint32_t i, uint32_t end) {
  if (i >= end || t->tok[i].kind != NKG_TOK_WORD)
    return 0;
  /* "may" is a verb too: only capitalised month names count */
  if (!(t->tok[i].flags & NKG_TF_CAP))
    return 0;
  return nkg_month_of(&t->tok[i]);
}

/* Year for a day and month the text gives without one. */
static int infer_year(const struct nkg_event_ctx *c, int m, int d, bool future) {
  struct nkg_date ref = c->pub.y ? c->pub : c->anchor;
  if (!ref.y)
    return 0;
  struct nkg_date x = {ref.y, (int8_t)m, (int8_t)(d ? d : 1)};
  long diff = nkg_date_days(x) - nkg_date_days(ref);
  if (c->pub.y) {
    /* reported events lie in the past, announced ones ahead */
    if (!future && diff > 31)
      return ref.y - 1;
    if (future && diff < -31)
      return ref.y + 1;
  }
  return ref.y;
}

/* The latest year not after `today` in which d.m.-d.d fell on weekday wd. */
static int year_for_weekday(const struct nkg_event_ctx *c, int m, int d, int wd) {
  if (!c->today.y)
    return 0;
  for (int y = c->today.y; y > c->today.y - 28; y--) {
    struct nkg_date x = {(int16_t)y, (int8_t)m, (int8_t)d};
    if (!valid_day(y, m, d) || nkg_date_days(x) > nkg_date_days(c->today))
      continue;
    if (nkg_date_weekday(x) == wd)
      return y;
  }
  return 0;
}

/* Weekday (wd) nearest the publication date: on or before it for past
   events, after it for planned ones. */
static struct nkg_date weekday_near(struct nkg_date pub, int wd, bool future) {
  long z = nkg_date_days(pub);
  int pw = nkg_date_weekday(pub);
  long delta = future ? ((wd - pw + 7) % 7) : -((pw - wd + 7) % 7);
  if (future && delta == 0)
    delta = 0;
  return nkg_date_from_days(z + delta);
}

/* Tries the patterns at token i. */
static bool date_at(const struct nkg_event_ctx *c, uint32_t i, uint32_t end,
                    bool future, struct nkg_date *out, uint32_t *span_end,
                    const char **rule) {
  const struct nkg_text *t = c->t;
  const struct nkg_token *k = &t->tok[i];
  int wd = k->kind == NKG_TOK_WORD && (k->flags & NKG_TF_CAP)
               ? nkg_weekday_of(k) : -1;
  uint32_t j = i;
  if (wd >= 0) {
    j = i + 1;
    if (j < end && nkg_tok_punct(t, j, ','))
      j++;
  }
  int m = month_at(t, j, end), d = 0, y = 0;
  uint32_t e = j;
  if (m) { /* "May 25", "May 25, 2023", "May 2023" */
    e = j + 1;
    if (e < end && (d = day_of(&t->tok[e])) != 0) {
      e++;
      if (e + 1 < end && nkg_tok_punct(t, e, ',') && year_of(&t->tok[e + 1]))
        y = year_of(&t->tok[e + 1]), e += 2;
      else if (e < end && year_of(&t->tok[e]))
        y = year_of(&t->tok[e]), e++;
    } else if (e < end && year_of(&t->tok[e])) {
      y = year_of(&t->tok[e]), e++;
    }
  } else if (j < end && (d = day_of(&t->tok[j])) != 0 &&
             (m = month_at(t, j + 1, end)) != 0) { /* "25 May 2023", "1er June" */
    e = j + 2;
    if (e < end && year_of(&t->tok[e]))
      y = year_of(&t->tok[e]), e++;
  }
  if (m && d) {
    if (!y && wd >= 0 && !c->pub.y)
      y = year_for_weekday(c, m, d, wd);
    if (!y)
      y = infer_year(c, m, d, future);
    if (!y || !valid_day(y, m, d))
      return false;
    out->y = (int16_t)y, out->m = (int8_t)m, out->d = (int8_t)d;
    *span_end = e;
    *rule = wd >= 0 ? "date:weekday-day-month" : "date:day-month";
    return true;
  }
  uint32_t q = i > 0 && nkg_tok_punct(t, i - 1, '-') ? i - 1 : i; /* "mid-June" */
  if (m && (y || (q > 0 && nkg_month_qualifier(&t->tok[q - 1])))) {
    if (!y)
      y = infer_year(c, m, 0, future);
    if (!y)
      return false;
    out->y = (int16_t)y, out->m = (int8_t)m, out->d = 0;
    *span_end = e;
    *rule = "date:month";
    return true;
  }
  if (wd >= 0 && c->pub.y) { /* "on Thursday" */
    *out = weekday_near(c->pub, wd, future);
    *span_end = i + 1;
    *rule = "date:weekday-relative";
    return true;
  }
  int off;
  if (k->kind == NKG_TOK_WORD && c->pub.y && nkg_relative_day(k, &off)) {
    *out = nkg_date_from_days(nkg_date_days(c->pub) + off);
    *span_end = i + 1;
    *rule = "date:relative-day";
    return true;
  }
  /* "this evening", "this morning": the publication day */
  if (c->pub.y && nkg_tok_is(t, i, "this") &&
      (nkg_tok_is(t, i + 1, "morning") || nkg_tok_is(t, i + 1, "afternoon") ||
       nkg_tok_is(t, i + 1, "evening"))) {
    *out = c->pub;
    *span_end = i + 2;
    *rule = "date:this-part-of-day";
    return true;
  }
  /* "next week", "last month", "this week": the month it falls in (the
     day is not stated, so only year-month is claimed) */
  int dir = nkg_tok_is(t, i, "next") ? 1 : nkg_tok_is(t, i, "last") ? -1
            : nkg_tok_is(t, i, "this") ? 0 : 2;
  if (c->pub.y && dir != 2 &&
      (nkg_tok_is(t, i + 1, "week") || nkg_tok_is(t, i + 1, "month"))) {
    long z = nkg_date_days(c->pub);
    if (nkg_tok_is(t, i + 1, "week"))
      z += 7 * dir;
    struct nkg_date r = nkg_date_from_days(z);
    if (nkg_tok_is(t, i + 1, "month") && dir == 1) {
      r.m = (int8_t)(r.m == 12 ? 1 : r.m + 1);
      r.y = (int16_t)(r.m == 1 ? r.y + 1 : r.y);
    } else if (nkg_tok_is(t, i + 1, "month") && dir == -1) {
      r.m = (int8_t)(r.m == 1 ? 12 : r.m - 1);
      r.y = (int16_t)(r.m == 12 ? r.y - 1 : r.y);
    }
    r.d = 0;
    *out = r;
    *span_end = i + 2;
    *rule = "date:relative-period";
    return true;
  }
  /* "two days ago", "3 days ago": a day */
  if (c->pub.y && i + 2 < end && nkg_tok_is(t, i + 2, "ago") &&
      (nkg_tok_is(t, i + 1, "days") || nkg_tok_is(t, i + 1, "day"))) {
    static const char *const small[] = {"one", "two", "three", "four",
                                        "five", "six", "seven"};
    int n = 0;
    if (t->tok[i].kind == NKG_TOK_NUM && t->tok[i].fold_len <= 2)
      n = day_of(&t->tok[i]);
    for (int w = 0; w < 7 && !n; w++)
      if (nkg_tok_is(t, i, small[w]) || (w == 0 && nkg_tok_is(t, i, "a")))
        n = w + 1;
    if (n > 0 && n <= 31) {
      *out = nkg_date_from_days(nkg_date_days(c->pub) - n);
      *span_end = i + 3;
      *rule = "date:days-ago";
      return true;
    }
  }
  return false;
}

int nkg_date_find(const struct nkg_event_ctx *c, uint32_t beg, uint32_t end,
                  bool future, struct nkg_date *out, uint32_t *span_beg,
                  uint32_t *span_end, const char **rule) {
  /* the most precise date wins, the first of equals: "this week ... on
     26 July" names the day, and "this evening [Wednesday 26 February]"
     the written date over the relative one */
  int best = NKG_DATE_NONE;
  for (uint32_t i = beg; i < end; i++) {
    struct nkg_date d;
    uint32_t e;
    const char *r;
    if (!date_at(c, i, end, future, &d, &e, &r))
      continue;
    int rank = !d.d ? NKG_DATE_MONTH
               : strncmp(r, "date:day-month", 14) == 0 ||
                       strncmp(r, "date:weekday-day", 16) == 0
                   ? NKG_DATE_WRITTEN_DAY
                   : NKG_DATE_DAY;
    if (rank > best) {
      *out = d, *span_beg = i, *span_end = e, *rule = r;
      best = rank;
      if (rank == NKG_DATE_WRITTEN_DAY)
        return best;
    }
    i = e - 1;
  }
  return best;
}

struct nkg_date nkg_date_anchor(const struct nkg_event_ctx *c) {
  struct nkg_date none = {0, 0, 0};
  if (c->pub.y)
    return c->pub;
  const struct nkg_text *t = c->t;
  /* first a weekday + day + month (fixes the year), else an explicit year */
  for (uint32_t i = 0; i < t->ntok; i++) {
    struct nkg_date d;
    uint32_t e;
    const char *rule;
    if (t->tok[i].kind == NKG_TOK_WORD && nkg_weekday_of(&t->tok[i]) >= 0 &&
        date_at(c, i, t->ntok, false, &d, &e, &rule) && d.d)
      return d;
  }
  for (uint32_t i = 0; i < t->ntok; i++) {
    struct nkg_date d;
    uint32_t e;
    const char *rule;
    if (date_at(c, i, t->ntok, false, &d, &e, &rule) && d.y)
      return d;
  }
  return none;
}

const char *nkg_event_kind_name(uint8_t kind) {
  static const char *const names[] = {"meeting", "talks", "summit",
                                      "visit", "negotiation", "call"};
  return kind < NKG_K_LAST ? names[kind] : "meeting";
}
