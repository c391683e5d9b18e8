/*
 * Gazetteer: loading TSV rows (labels, aliases, demonyms, offices),
 * folded-key lookup with prefix marks for longest match, acronyms and
 * surname candidates, and the errors for malformed rows.  The tables are
 * small TSVs written here, in the format of ontology/gazetteer.tsv.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "entities/entities.h"
#include "entities/namewords.h"
#include "entities/offices.h"
#include "entities/venues.h"
#include "text/phrases.h"
#include "text/text.h"

static const char gazetteer_tsv[] =
    "qid\tlabel\taliases\ttype\tcountry\tdescription\tsource\n"
    "Q399\tArmenia\tRepublic of Armenia\tcountry\t\tsovereign state\ttest\n"
    "Q227\tAzerbaijan\t\tcountry\t\tsovereign state\ttest\n"
    "Q958\tSouth Sudan\t\tcountry\t\tsovereign state\ttest\n"
    "Q1049\tSudan\t\tcountry\t\tsovereign state\ttest\n"
    "Q217\tMoldova\tMDA\tcountry\t\tsovereign state\ttest\n"
    "Q21197\tChi\xC8\x99in\xC4\x83u\tKishinev\tcity\tQ217\tcapital\ttest\n"
    "Q458\tEuropean Union\tEU|E.U.\torganization\t\tunion\ttest\n"
    "Q7817\tWorld Health Organization\tWHO\torganization\t\tagency\ttest\n"
    "# a comment line and a blank line are skipped\n"
    "\n"
    "Q7035479\tNikol Pashinyan\tPashinian|Nikol Pashinian\tperson\tQ399\t"
    "politician, Armenia: Prime Minister (2018\xE2\x80\x93)\ttest\n"
    "Q57371\tIlham Aliyev\tAliev\tperson\tQ227\t"
    "politician, Azerbaijan: President (2003\xE2\x80\x93)\ttest\n"
    "Q37979\tAkihito\t\tperson\tQ17\t\ttest\n";

static const char demonyms_tsv[] = "# form, QID, country\n"
                                   "Armenian\tQ399\tArmenia\n"
                                   "Azerbaijani\tQ227\tAzerbaijan\n"
                                   "Japanese\tQ17\tJapan\n"; /* not loaded */

static struct nkg_gazetteer *gaz;

static int group_setup(void **state) {
  (void)state;
  if (nkg_gazetteer_new(&gaz) != NEWSKG_OK)
    return -1;
  if (nkg_gazetteer_load(gaz, gazetteer_tsv, sizeof gazetteer_tsv - 1,
                         "test.tsv", false) != NEWSKG_OK ||
      nkg_gazetteer_load(gaz, demonyms_tsv, sizeof demonyms_tsv - 1,
                         "demonyms.tsv", true) != NEWSKG_OK ||
      nkg_gazetteer_finish(gaz) != NEWSKG_OK) {
    fprintf(stderr, "gazetteer: %s\n", newskg_errmsg());
    return -1;
  }
  return 0;
}

static int group_teardown(void **state) {
  (void)state;
  nkg_gazetteer_free(gaz);
  return 0;
}

/* Looks a folded key up in `g`, hashing it word by word as the matcher
   does; returns the count and up to `max` candidates. */
static uint32_t gz_lookup(const struct nkg_gazetteer *g, const char *key,
                          struct nkg_cand *c, uint32_t max, bool *prefix) {
  size_t len = strlen(key), start = 0;
  uint64_t h = NKG_KEY_HASH_INIT;
  for (size_t i = 0; i <= len; i++)
    if (i == len || key[i] == ' ') {
      h = nkg_key_hash_step(h, nkg_word_hash(key + start, i - start));
      start = i + 1;
    }
  return nkg_gazetteer_lookup(g, key, len, h, c, max, prefix);
}

static uint32_t lookup(const char *key, struct nkg_cand *c, bool *prefix) {
  return gz_lookup(gaz, key, c, 8, prefix);
}

static const char *qid_of(uint32_t entity) {
  const struct nkg_gaz_entity *e = nkg_gazetteer_entity(gaz, entity);
  assert_non_null(e);
  return e->qid;
}

/* The only candidate of `kind` for `key`, as a QID ("" if none). */
static const char *cand_qid(const char *key, uint8_t kind) {
  struct nkg_cand c[8];
  bool prefix;
  uint32_t n = lookup(key, c, &prefix);
  const char *qid = "";
  uint32_t hits = 0;
  for (uint32_t i = 0; i < n && i < 8; i++)
    if (c[i].kind == kind)
      qid = qid_of(c[i].entity), hits++;
  assert_true(hits <= 1);
  return qid;
}

static void test_gazetteer_finds_label_by_folded_key(void **state) {
  (void)state;
  assert_string_equal(cand_qid("nikol pashinyan", NKG_CAND_NAME), "Q7035479");
  assert_string_equal(cand_qid("world health organization", NKG_CAND_NAME),
                      "Q7817");
  /* keys are folded: no capitals, no diacritics */
  assert_string_equal(cand_qid("chisinau", NKG_CAND_NAME), "Q21197");
  assert_string_equal(cand_qid("Nikol Pashinyan", NKG_CAND_NAME), "");
}

static void test_gazetteer_finds_aliases(void **state) {
  (void)state;
  assert_string_equal(cand_qid("pashinian", NKG_CAND_NAME), "Q7035479");
  assert_string_equal(cand_qid("nikol pashinian", NKG_CAND_NAME), "Q7035479");
  assert_string_equal(cand_qid("republic of armenia", NKG_CAND_NAME), "Q399");
  assert_string_equal(cand_qid("kishinev", NKG_CAND_NAME), "Q21197");
  /* "E.U." and "EU" meet on one key */
  assert_string_equal(cand_qid("eu", NKG_CAND_NAME), "Q458");
}

static void test_gazetteer_skips_country_iso_codes(void **state) {
  (void)state;
  /* three-letter ISO codes are ordinary words in headlines */
  assert_string_equal(cand_qid("mda", NKG_CAND_NAME), "");
}

static void test_gazetteer_marks_prefixes_for_longest_match(void **state) {
  (void)state;
  struct nkg_cand c[8];
  bool prefix;
  assert_int_equal(lookup("south", c, &prefix), 0);
  assert_true(prefix);
  assert_int_equal(lookup("south sudan", c, &prefix), 1);
  assert_false(prefix);
  assert_string_equal(qid_of(c[0].entity), "Q958");
  assert_int_equal(lookup("sudan", c, &prefix), 1);
  assert_string_equal(qid_of(c[0].entity), "Q1049");
  /* "nikol" begins two names, and is no name itself */
  assert_int_equal(lookup("nikol", c, &prefix), 0);
  assert_true(prefix);
}

static void test_gazetteer_lookup_of_missing_key(void **state) {
  (void)state;
  struct nkg_cand c[8];
  bool prefix = true;
  assert_int_equal(lookup("atlantis", c, &prefix), 0);
  assert_false(prefix);
  assert_int_equal(lookup("", c, &prefix), 0);
  assert_int_equal(nkg_gazetteer_find_qid(gaz, "Q1"), UINT32_MAX);
  /* an empty gazetteer answers too */
  struct nkg_gazetteer *empty;
  assert_int_equal(nkg_gazetteer_new(&empty), NEWSKG_OK);
  assert_int_equal(nkg_gazetteer_finish(empty), NEWSKG_OK);
  assert_int_equal(gz_lookup(empty, "armenia", c, 8, &prefix), 0);
  assert_int_equal(nkg_gazetteer_find_qid(empty, "Q399"), UINT32_MAX);
  assert_int_equal(nkg_gazetteer_size(empty), 0);
  nkg_gazetteer_free(empty);
  nkg_gazetteer_free(NULL);
}

static void test_gazetteer_marks_acronyms(void **state) {
  (void)state;
  struct nkg_cand c[8];
  bool prefix;
  assert_int_equal(lookup("who", c, &prefix), 1);
  assert_true(c[0].acronym);
  assert_int_equal(lookup("world health organization", c, &prefix), 1);
  assert_false(c[0].acronym);
}

/* Recognizes `text` against the test gazetteer; returns the entity QID
   of the mention starting at token `tok`, "" for an unlinked mention and
   NULL for none. */
static const char *mention_qid(struct nkg_arena *a, const char *text,
                               uint32_t tok, uint32_t *len) {
  struct nkg_text t;
  struct nkg_entities e;
  assert_int_equal(nkg_text_analyze(a, text, (uint32_t)strlen(text), &t),
                   NEWSKG_OK);
  assert_int_equal(nkg_entities_recognize(a, gaz, &t, NULL, (struct nkg_date){2024, 0, 0}, &e), NEWSKG_OK);
  const struct nkg_mention *m = nkg_mention_at(&e, tok);
  if (!m || m->tok_beg != tok)
    return NULL;
  *len = m->tok_end - m->tok_beg;
  uint32_t g = e.ent[m->entity].gaz;
  return g == UINT32_MAX ? "" : qid_of(g);
}

static void test_gazetteer_longest_match_wins(void **state) {
  (void)state;
  struct nkg_arena a;
  nkg_arena_init(&a);
  uint32_t len = 0;
  const char *q = mention_qid(&a, "Envoys flew to South Sudan on Monday.", 3, &len);
  assert_non_null(q);
  assert_string_equal(q, "Q958");
  assert_int_equal(len, 2);
  q = mention_qid(&a, "Envoys flew to Sudan on Monday.", 3, &len);
  assert_non_null(q);
  assert_string_equal(q, "Q1049");
  assert_int_equal(len, 1);
  /* "South" alone is only a prefix: no mention */
  assert_null(mention_qid(&a, "Envoys flew South on Monday.", 2, &len));
  nkg_arena_free(&a);
}

static void test_gazetteer_acronym_only_matches_capitals(void **state) {
  (void)state;
  struct nkg_arena a;
  nkg_arena_init(&a);
  uint32_t len = 0;
  const char *q = mention_qid(&a, "The WHO sent a team to Sudan.", 1, &len);
  assert_non_null(q);
  assert_string_equal(q, "Q7817");
  /* a capitalised ordinary word is not the acronym */
  assert_null(mention_qid(&a, "Who sent a team to Sudan?", 0, &len));
  /* "E.U." with periods is the acronym */
  q = mention_qid(&a, "The E.U. sent a team to Sudan.", 1, &len);
  assert_non_null(q);
  assert_string_equal(q, "Q458");
  nkg_arena_free(&a);
}

static void test_gazetteer_loads_demonym_rows(void **state) {
  (void)state;
  assert_string_equal(cand_qid("armenian", NKG_CAND_DEMONYM), "Q399");
  assert_string_equal(cand_qid("azerbaijani", NKG_CAND_DEMONYM), "Q227");
  /* a demonym is not a name */
  assert_string_equal(cand_qid("armenian", NKG_CAND_NAME), "");
  /* rows for countries the gazetteer lacks are skipped, not errors */
  assert_string_equal(cand_qid("japanese", NKG_CAND_DEMONYM), "");
}

static void test_gazetteer_adds_surname_candidates(void **state) {
  (void)state;
  assert_string_equal(cand_qid("pashinyan", NKG_CAND_SURNAME), "Q7035479");
  assert_string_equal(cand_qid("pashinyan", NKG_CAND_NAME), "");
  assert_string_equal(cand_qid("aliyev", NKG_CAND_SURNAME), "Q57371");
  /* one-word labels have no surname; countries have none */
  assert_string_equal(cand_qid("akihito", NKG_CAND_SURNAME), "");
  assert_string_equal(cand_qid("akihito", NKG_CAND_NAME), "Q37979");
  assert_string_equal(cand_qid("sudan", NKG_CAND_SURNAME), "");
}

static void test_gazetteer_resolves_countries_and_offices(void **state) {
  (void)state;
  uint32_t p = nkg_gazetteer_find_qid(gaz, "Q7035479");
  uint32_t am = nkg_gazetteer_find_qid(gaz, "Q399");
  assert_int_not_equal(p, UINT32_MAX);
  assert_int_not_equal(am, UINT32_MAX);
  const struct nkg_gaz_entity *e = nkg_gazetteer_entity(gaz, p);
  assert_string_equal(e->label, "Nikol Pashinyan");
  assert_int_equal(e->type, NKG_E_PERSON);
  assert_int_equal(e->country, am);
  assert_int_equal(e->npos, 1);
  assert_int_equal(e->pos[0].office, NKG_OFF_HEAD_OF_GOVERNMENT);
  assert_int_equal(e->pos[0].start, 20180000); /* the year 2018 */
  assert_int_equal(e->pos[0].end, 0);
  assert_int_equal(e->pos[0].country, am);
  /* a country reference the gazetteer cannot resolve stays open */
  e = nkg_gazetteer_entity(gaz, nkg_gazetteer_find_qid(gaz, "Q37979"));
  assert_int_equal(e->country, UINT32_MAX);
  assert_null(nkg_gazetteer_entity(gaz, nkg_gazetteer_size(gaz)));
}

static void test_gazetteer_merges_rows_with_the_same_qid(void **state) {
  (void)state;
  struct nkg_gazetteer *g;
  static const char rows[] = "Q399\tArmenia\t\tcountry\t\t\t\n"
                             "Q399\tArmenia\tHayastan\tcountry\t\t\t\n";
  assert_int_equal(nkg_gazetteer_new(&g), NEWSKG_OK);
  assert_int_equal(nkg_gazetteer_load(g, rows, sizeof rows - 1, "x.tsv", false),
                   NEWSKG_OK);
  assert_int_equal(nkg_gazetteer_finish(g), NEWSKG_OK);
  assert_int_equal(nkg_gazetteer_size(g), 1);
  struct nkg_cand c[4];
  bool prefix;
  assert_int_equal(gz_lookup(g, "hayastan", c, 4, &prefix), 1);
  assert_int_equal(c[0].entity, 0);
  nkg_gazetteer_free(g);
}

/* Loads `rows` into a fresh gazetteer and returns the status. */
static newskg_status load_rows(const char *rows, bool demonyms) {
  struct nkg_gazetteer *g;
  assert_int_equal(nkg_gazetteer_new(&g), NEWSKG_OK);
  newskg_status st = nkg_gazetteer_load(g, rows, strlen(rows), "bad.tsv", demonyms);
  nkg_gazetteer_free(g);
  return st;
}

static void assert_errmsg_has(const char *needle) {
  const char *msg = newskg_errmsg();
  if (!strstr(msg, needle))
    fail_msg("errmsg \"%s\" lacks \"%s\"", msg, needle);
}

static void test_gazetteer_malformed_row_names_line(void **state) {
  (void)state;
  /* line 4: too few columns (lines 1-3: header, row, blank) */
  assert_int_equal(load_rows("qid\tlabel\taliases\ttype\n"
                             "Q399\tArmenia\t\tcountry\n"
                             "\n"
                             "Q227\tAzerbaijan\n",
                             false),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("bad.tsv:4:");
  /* line 2: unknown type */
  assert_int_equal(load_rows("Q399\tArmenia\t\tcountry\n"
                             "Q1\tAtlantis\t\tcontinent\n",
                             false),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("bad.tsv:2:");
  assert_errmsg_has("continent");
  /* line 1: the id is not a QID */
  assert_int_equal(load_rows("399\tArmenia\t\tcountry\n", false),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("bad.tsv:1:");
  /* demonym row without a QID, line 3 */
  assert_int_equal(load_rows("# demonyms\nArmenian\tQ399\tArmenia\nKenyan\n", true),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("bad.tsv:3:");
}

static void test_gazetteer_invalid_utf8_names_file_and_byte(void **state) {
  (void)state;
  assert_int_equal(load_rows("Q399\tArmen\xC0\xA1" "a\t\tcountry\n", false),
                   NEWSKG_ERR_BAD_INPUT);
  /* the file name, then the UTF-8 checker's detail, intact */
  assert_errmsg_has("bad.tsv: invalid UTF-8 at byte 10");
}

/* Office terms to the day where the source gives days, else to the
   year (a year bound spans the year). */
static void test_offices_parse_days_and_years(void **state) {
  (void)state;
  struct nkg_arena a;
  nkg_arena_init(&a);
  char desc[] = "politician, United Kingdom: Secretary of State for Foreign "
                "and Commonwealth Affairs (2016-07-13\xE2\x80\x93"
                "2018-07-09); Prime Minister (2019-07-24\xE2\x80\x93); "
                "Prime Minister (2022\xE2\x80\x93" "2024; years not in "
                "source); Minister (1999-2001)";
  struct nkg_position *pos;
  uint16_t n;
  assert_int_equal(nkg_offices_parse(&a, desc, &pos, &n), NEWSKG_OK);
  assert_int_equal(n, 4);
  assert_int_equal(pos[0].office, NKG_OFF_FOREIGN_MINISTER);
  assert_int_equal(pos[0].start, 20160713);
  assert_int_equal(pos[0].end, 20180709);
  assert_int_equal(pos[1].start, 20190724);
  assert_int_equal(pos[1].end, 0);
  assert_int_equal(pos[2].start, 20220000);
  assert_int_equal(pos[2].end, 20241299);
  assert_int_equal(pos[3].start, 19990000); /* an ASCII dash, years */
  assert_int_equal(pos[3].end, 20011299);
  nkg_arena_free(&a);
}

/* ontology/name-words.tsv: a bad row is reported with its line, never
   skipped (it could never match a token). */
static void test_namewords_malformed_row_names_line(void **state) {
  (void)state;
  struct nkg_arena a;
  nkg_arena_init(&a);
  struct nkg_namewords nw;
  static const char ok[] = "# comment\nparticle\tvan der\n"
                           "state-prefix\tpeople 's republic of\n";
  assert_int_equal(nkg_namewords_load(&a, ok, sizeof ok - 1, "nw.tsv", &nw),
                   NEWSKG_OK);
  assert_int_equal(nw.n, 2);
  static const char kind[] = "particle\tbin\nprefix\trepublic of\n";
  assert_int_equal(nkg_namewords_load(&a, kind, sizeof kind - 1, "nw.tsv", &nw),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("nw.tsv:2:");
  static const char caps[] = "\nparticle\tbin\n\nparticle\tVan\n";
  assert_int_equal(nkg_namewords_load(&a, caps, sizeof caps - 1, "nw.tsv", &nw),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("nw.tsv:4:");
  static const char hyphen[] = "state-prefix\tco-operative republic of\n";
  assert_int_equal(
      nkg_namewords_load(&a, hyphen, sizeof hyphen - 1, "nw.tsv", &nw),
      NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("nw.tsv:1:");
  nkg_arena_free(&a);
}

/* ontology/venues.tsv: a bad row is reported with its line. */
static void test_venues_malformed_row_names_line(void **state) {
  (void)state;
  struct nkg_arena a;
  nkg_arena_init(&a);
  struct nkg_venues vs;
  static const char ok[] = "# c\nDowning Street\tNumber 10\t\tQ145\tQ84\tseat\n";
  assert_int_equal(nkg_venues_load(&a, ok, sizeof ok - 1, "v.tsv", &vs),
                   NEWSKG_OK);
  assert_int_equal(vs.n, 1);
  assert_int_equal(vs.nnames, 2);
  assert_true(vs.v[0].seat);
  static const char cols[] = "A\t\t\tQ1\tQ2\t\nB Palace\t\tQ145\tQ84\n";
  assert_int_equal(nkg_venues_load(&a, cols, sizeof cols - 1, "v.tsv", &vs),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("v.tsv:2:");
  static const char qid[] = "\nC House\t\tX7\tQ145\tQ84\t\n";
  assert_int_equal(nkg_venues_load(&a, qid, sizeof qid - 1, "v.tsv", &vs),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("v.tsv:2:");
  nkg_arena_free(&a);
}

static void test_pipeline_gazetteer_file_errors(void **state) {
  (void)state;
  const char *dir = getenv("TMPDIR");
  char path[512];
  snprintf(path, sizeof path, "%s/newskg-gaz-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  static const char rows[] = "qid\tlabel\taliases\ttype\n"
                             "Q399\tArmenia\t\tcountry\n"
                             "Q227 Azerbaijan country\n";
  assert_int_equal(write(fd, rows, sizeof rows - 1), (ssize_t)(sizeof rows - 1));
  close(fd);
  newskg_options opts = {.no_builtin_gazetteer = true};
  newskg_pipeline *p = NULL;
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_OK);
  assert_int_equal(newskg_pipeline_add_gazetteer(p, path), NEWSKG_ERR_BAD_INPUT);
  unlink(path);
  char want[600];
  snprintf(want, sizeof want, "%s:3:", path);
  assert_errmsg_has(want);
  /* a file that does not exist */
  assert_int_equal(newskg_pipeline_add_gazetteer(p, path), NEWSKG_ERR_IO);
  assert_errmsg_has(path);
  newskg_pipeline_free(p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_gazetteer_finds_label_by_folded_key),
      cmocka_unit_test(test_gazetteer_finds_aliases),
      cmocka_unit_test(test_gazetteer_skips_country_iso_codes),
      cmocka_unit_test(test_gazetteer_marks_prefixes_for_longest_match),
      cmocka_unit_test(test_gazetteer_lookup_of_missing_key),
      cmocka_unit_test(test_gazetteer_marks_acronyms),
      cmocka_unit_test(test_gazetteer_longest_match_wins),
      cmocka_unit_test(test_gazetteer_acronym_only_matches_capitals),
      cmocka_unit_test(test_gazetteer_loads_demonym_rows),
      cmocka_unit_test(test_gazetteer_adds_surname_candidates),
      cmocka_unit_test(test_gazetteer_resolves_countries_and_offices),
      cmocka_unit_test(test_gazetteer_merges_rows_with_the_same_qid),
      cmocka_unit_test(test_gazetteer_malformed_row_names_line),
      cmocka_unit_test(test_gazetteer_invalid_utf8_names_file_and_byte),
      cmocka_unit_test(test_offices_parse_days_and_years),
      cmocka_unit_test(test_namewords_malformed_row_names_line),
      cmocka_unit_test(test_venues_malformed_row_names_line),
      cmocka_unit_test(test_pipeline_gazetteer_file_errors),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
