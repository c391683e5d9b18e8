/*
 * Dates: ISO parsing and validation, the civil-day arithmetic behind
 * weekdays, and the resolution of date phrases against a publication or
 * processing date (nkg_date_find over own sentences).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "events/events.h"

static struct nkg_date iso(const char *s) {
  struct nkg_date d = {0, 0, 0};
  if (!nkg_date_parse_iso(s, &d))
    fail_msg("'%s' should parse", s);
  return d;
}

static void test_dates_parse_valid_iso(void **state) {
  (void)state;
  struct nkg_date d = iso("2023-05-25");
  assert_int_equal(d.y, 2023);
  assert_int_equal(d.m, 5);
  assert_int_equal(d.d, 25);
  d = iso("2024-02-29"); /* leap year */
  assert_int_equal(d.d, 29);
  iso("2000-02-29"); /* divisible by 400 */
  iso("0001-01-01");
  iso("9999-12-31");
  iso("2023-04-30");
}

static void test_dates_reject_invalid_iso(void **state) {
  (void)state;
  static const char *const bad[] = {
      "2023-13-01", "2023-00-10", "2023-04-31", "2023-02-29", "1900-02-29",
      "2023-01-00", "0000-01-01", "2023-1-01",  "2023/01/01", "20230101",
      "2023-01-01x", " 2023-01-01", "2023-01-1", "", "yyyy-mm-dd", "2023-+1-01",
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    struct nkg_date d = {7, 7, 7};
    if (nkg_date_parse_iso(bad[i], &d))
      fail_msg("'%s' should not parse", bad[i]);
    /* the output is untouched on failure */
    assert_int_equal(d.y, 7);
  }
  struct nkg_date d;
  assert_false(nkg_date_parse_iso(NULL, &d));
}

static void test_dates_weekday_of_known_dates(void **state) {
  (void)state;
  static const struct {
    const char *iso;
    int weekday; /* 0 = Monday */
  } known[] = {
      {"1970-01-01", 3}, {"2000-01-01", 5}, {"1900-01-01", 0},
      {"2024-02-29", 3}, {"2023-05-25", 3}, {"2024-03-15", 4},
      {"2021-01-01", 4}, {"0001-01-01", 0}, {"2024-03-17", 6},
  };
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (nkg_date_weekday(iso(known[i].iso)) != known[i].weekday)
      fail_msg("%s: weekday %d, want %d", known[i].iso,
               nkg_date_weekday(iso(known[i].iso)), known[i].weekday);
}

static void test_dates_days_since_epoch(void **state) {
  (void)state;
  assert_int_equal(nkg_date_days(iso("1970-01-01")), 0);
  assert_int_equal(nkg_date_days(iso("2000-01-01")), 10957);
  assert_int_equal(nkg_date_days(iso("2024-03-15")), 19797);
  assert_int_equal(nkg_date_days(iso("1900-01-01")), -25567);
  assert_int_equal(nkg_date_days(iso("0001-01-01")), -719162);
  assert_int_equal(nkg_date_days(iso("9999-12-31")), 2932896);
  /* a year-month counts from its first day */
  struct nkg_date ym = {2024, 3, 0};
  assert_int_equal(nkg_date_days(ym), 19783);
}

static void test_dates_days_round_trip(void **state) {
  (void)state;
  long first = nkg_date_days(iso("0001-01-01"));
  long last = nkg_date_days(iso("9999-12-31"));
  struct nkg_date prev = nkg_date_from_days(first - 1);
  for (long z = first; z <= last; z++) {
    struct nkg_date d = nkg_date_from_days(z);
    if (nkg_date_days(d) != z)
      fail_msg("day %ld -> %04d-%02d-%02d -> %ld", z, d.y, d.m, d.d,
               nkg_date_days(d));
    /* consecutive days: next day of month, or the first of the next */
    bool next = (d.y == prev.y && d.m == prev.m && d.d == prev.d + 1) ||
                (d.d == 1 && ((d.y == prev.y && d.m == prev.m + 1) ||
                              (d.y == prev.y + 1 && d.m == 1 && prev.m == 12)));
    if (!next)
      fail_msg("day %ld: %04d-%02d-%02d after %04d-%02d-%02d", z, d.y, d.m, d.d,
               prev.y, prev.m, prev.d);
    char buf[40]; /* room for any int triple: the compiler cannot bound d.y */
    if (d.d >= 28) { /* month ends agree with the ISO validator */
      snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
      struct nkg_date x;
      if (!nkg_date_parse_iso(buf, &x))
        fail_msg("%s from day %ld does not validate", buf, z);
    }
    prev = d;
  }
  assert_int_equal(prev.y, 9999);
  assert_int_equal(prev.m, 12);
  assert_int_equal(prev.d, 31);
}

/* ---- phrases ---- */

struct found {
  bool ok;
  struct nkg_date d;
  const char *rule;
};

/* Finds the first date phrase in `text` with publication date `pub` and
   processing date `today` (either may be NULL). */
static struct found find(const char *text, const char *pub, const char *today,
                         bool future) {
  struct nkg_arena a;
  nkg_arena_init(&a);
  struct nkg_text t;
  assert_int_equal(nkg_text_analyze(&a, text, (uint32_t)strlen(text), &t),
                   NEWSKG_OK);
  struct nkg_event_ctx c;
  memset(&c, 0, sizeof c);
  c.t = &t;
  if (pub)
    c.pub = iso(pub);
  if (today)
    c.today = iso(today);
  c.anchor = nkg_date_anchor(&c);
  struct found f = {0};
  uint32_t b, e;
  f.ok = nkg_date_find(&c, 0, t.ntok, future, &f.d, &b, &e, &f.rule) !=
         NKG_DATE_NONE;
  nkg_arena_free(&a);
  return f;
}

static void assert_found(struct found f, int y, int m, int d) {
  if (!f.ok)
    fail_msg("no date found, want %04d-%02d-%02d", y, m, d);
  if (f.d.y != y || f.d.m != m || f.d.d != d)
    fail_msg("got %04d-%02d-%02d (%s), want %04d-%02d-%02d", f.d.y, f.d.m,
             f.d.d, f.rule, y, m, d);
}

static void test_dates_resolve_weekday_against_pubdate(void **state) {
  (void)state;
  /* published Friday 2024-03-15 */
  assert_found(find("They met on Thursday.", "2024-03-15", NULL, false), 2024, 3, 14);
  assert_found(find("They met on Monday.", "2024-03-15", NULL, false), 2024, 3, 11);
  assert_found(find("They will meet on Monday.", "2024-03-15", NULL, true), 2024, 3, 18);
  /* without a publication date a bare weekday says nothing */
  assert_false(find("They met on Thursday.", NULL, NULL, false).ok);
}

static void test_dates_resolve_day_month_year(void **state) {
  (void)state;
  assert_found(find("Talks on 25 May 2021 failed.", "2024-03-15", NULL, false), 2021, 5, 25);
  assert_found(find("Talks on May 25, 2021 failed.", NULL, NULL, false), 2021, 5, 25);
  assert_found(find("Talks on 1st June 2022 failed.", NULL, NULL, false), 2022, 6, 1);
}

static void test_dates_infer_year_from_pubdate(void **state) {
  (void)state;
  /* a past event months after the publication date was last year */
  assert_found(find("They met on May 25.", "2024-03-15", NULL, false), 2023, 5, 25);
  assert_found(find("They met on March 2.", "2024-03-15", NULL, false), 2024, 3, 2);
  /* a planned one lies ahead */
  assert_found(find("They will meet on May 25.", "2024-03-15", NULL, true), 2024, 5, 25);
  assert_found(find("They will meet on January 10.", "2024-11-20", NULL, true), 2025, 1, 10);
}

static void test_dates_weekday_fixes_year_without_pubdate(void **state) {
  (void)state;
  /* 25 May was a Thursday in 2023 (and 2017); "today" is mid-2024 */
  assert_found(find("On Thursday, May 25, they met.", NULL, "2024-06-01", false),
               2023, 5, 25);
  assert_found(find("On Thursday, May 25, they met.", NULL, "2020-01-01", false),
               2017, 5, 25);
}

static void test_dates_relative_days_and_periods(void **state) {
  (void)state;
  assert_found(find("They met yesterday.", "2024-03-01", NULL, false), 2024, 2, 29);
  assert_found(find("They meet today.", "2024-03-01", NULL, false), 2024, 3, 1);
  /* "next week" keeps year-month precision */
  assert_found(find("They meet next week.", "2024-03-28", NULL, true), 2024, 4, 0);
  assert_found(find("They meet next month.", "2024-12-05", NULL, true), 2025, 1, 0);
  assert_found(find("They met in early May 2022.", NULL, NULL, false), 2022, 5, 0);
}

static void test_dates_ignore_may_as_verb_and_bad_days(void **state) {
  (void)state;
  assert_false(find("Leaders may meet soon.", "2024-03-15", NULL, false).ok);
  assert_false(find("They met on February 30.", "2024-03-15", NULL, false).ok);
  assert_false(find("No date here at all.", "2024-03-15", NULL, false).ok);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dates_parse_valid_iso),
      cmocka_unit_test(test_dates_reject_invalid_iso),
      cmocka_unit_test(test_dates_weekday_of_known_dates),
      cmocka_unit_test(test_dates_days_since_epoch),
      cmocka_unit_test(test_dates_days_round_trip),
      cmocka_unit_test(test_dates_resolve_weekday_against_pubdate),
      cmocka_unit_test(test_dates_resolve_day_month_year),
      cmocka_unit_test(test_dates_infer_year_from_pubdate),
      cmocka_unit_test(test_dates_weekday_fixes_year_without_pubdate),
      cmocka_unit_test(test_dates_relative_days_and_periods),
      cmocka_unit_test(test_dates_ignore_may_as_verb_and_bad_days),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
