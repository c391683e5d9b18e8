/*
 * The public API's promises, through <newskg/newskg.h> only: _free(NULL)
 * is a no-op, bad arguments and bad input give the documented statuses
 * and messages, format names parse, output is byte-identical run to run
 * in every format, and write errors surface as errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <newskg/newskg.h>

#include "nt.h"

static const char article[] =
    "Olaf Scholz met with Giorgia Meloni in Rome on Wednesday, the Italian "
    "government said. The two leaders discussed migration.\n"
    "Separately, Emmanuel Macron spoke by phone with Volodymyr Zelenskyy.";

static newskg_pipeline *pipeline;

static int group_setup(void **state) {
  (void)state;
  /* the full mention layer: these tests read the text and name mentions */
  newskg_options opts = {.today = "2024-06-01",
                         .provenance = NEWSKG_PROVENANCE_MENTIONS};
  return newskg_pipeline_new(&opts, &pipeline) == NEWSKG_OK ? 0 : -1;
}

static int group_teardown(void **state) {
  (void)state;
  newskg_pipeline_free(pipeline);
  return 0;
}

static const newskg_format all_formats[] = {
    NEWSKG_FORMAT_TURTLE, NEWSKG_FORMAT_NTRIPLES, NEWSKG_FORMAT_NQUADS,
    NEWSKG_FORMAT_RDFXML, NEWSKG_FORMAT_GRAPHML, NEWSKG_FORMAT_DOT,
};
static const char *const format_names[] = {"turtle", "ntriples", "nquads",
                                           "rdfxml", "graphml", "dot"};

static void assert_errmsg_has(const char *needle) {
  const char *msg = newskg_errmsg();
  assert_non_null(msg);
  if (!strstr(msg, needle))
    fail_msg("errmsg \"%s\" lacks \"%s\"", msg, needle);
}

/* The message names byte `n` exactly ("byte 2", not "byte 25"). */
static void assert_errmsg_byte(unsigned n) {
  char want[32];
  snprintf(want, sizeof want, "byte %u", n);
  const char *msg = newskg_errmsg();
  const char *at = strstr(msg, want);
  if (!at || (at[strlen(want)] >= '0' && at[strlen(want)] <= '9'))
    fail_msg("errmsg \"%s\" does not name byte %u", msg, n);
}

static newskg_graph *extract(const newskg_pipeline *p, const char *text,
                             const char *id, const char *date) {
  newskg_document doc = {.text = text, .len = strlen(text), .id = id,
                         .date = date};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(p, &doc, &g), NEWSKG_OK);
  assert_non_null(g);
  return g;
}

static void test_api_free_null_is_noop(void **state) {
  (void)state;
  newskg_pipeline_free(NULL);
  newskg_graph_free(NULL);
  newskg_writer_free(NULL);
  /* getters of NULL graphs answer zero */
  assert_int_equal(newskg_graph_event_count(NULL), 0);
  assert_int_equal(newskg_graph_entity_count(NULL), 0);
  assert_int_equal(newskg_graph_triple_count(NULL), 0);
}

static void test_api_pipeline_new_rejects_bad_args(void **state) {
  (void)state;
  assert_int_equal(newskg_pipeline_new(NULL, NULL), NEWSKG_ERR_BAD_ARG);
  newskg_pipeline *p = (newskg_pipeline *)&p; /* must be reset to NULL */
  newskg_options opts = {.today = "2023-13-01"};
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_ERR_BAD_ARG);
  assert_null(p);
  assert_errmsg_has("2023-13-01");
  opts = (newskg_options){.base_iri = "not an iri"};
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_ERR_BAD_ARG);
  assert_null(p);
  assert_errmsg_has("not an iri");
  opts = (newskg_options){.base_iri = ""};
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_ERR_BAD_ARG);
  /* defaults */
  assert_int_equal(newskg_pipeline_new(NULL, &p), NEWSKG_OK);
  assert_non_null(p);
  newskg_pipeline_free(p);
}

static void test_api_extract_rejects_bad_args(void **state) {
  (void)state;
  newskg_document doc = {.text = "Putin met Erdogan.", .len = 18};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(NULL, &doc, &g), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_pipeline_extract(pipeline, NULL, &g), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, NULL), NEWSKG_ERR_BAD_ARG);
  newskg_document no_text = {.text = NULL, .len = 5};
  assert_int_equal(newskg_pipeline_extract(pipeline, &no_text, &g),
                   NEWSKG_ERR_BAD_ARG);
  assert_null(g);
  assert_int_equal(newskg_pipeline_add_gazetteer(NULL, "x.tsv"), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_pipeline_add_gazetteer(pipeline, NULL), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_graph_explain(NULL, stdout), NEWSKG_ERR_BAD_ARG);
}

static void test_api_gazetteer_after_extract_is_rejected(void **state) {
  (void)state;
  newskg_pipeline *p = NULL;
  assert_int_equal(newskg_pipeline_new(NULL, &p), NEWSKG_OK);
  newskg_graph_free(extract(p, "Putin met Erdogan.", "a", NULL));
  /* the tables are final after the first extract */
  assert_int_equal(newskg_pipeline_add_gazetteer(p, "/nonexistent/gaz.tsv"),
                   NEWSKG_ERR_BAD_ARG);
  newskg_pipeline_free(p);
}

static void test_api_writer_rejects_bad_args(void **state) {
  (void)state;
  newskg_writer *w = (newskg_writer *)&w;
  assert_int_equal(newskg_writer_new(NULL, NEWSKG_FORMAT_NTRIPLES, stdout, &w),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_LAST, stdout, &w),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_new(pipeline, (newskg_format)-1, stdout, &w),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, NULL, &w),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, stdout, NULL),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_add(NULL, NULL), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_finish(NULL), NEWSKG_ERR_BAD_ARG);

  /* a finished writer accepts nothing more */
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_add(w, NULL), NEWSKG_ERR_BAD_ARG);
  newskg_writer_free(w);
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  newskg_graph *g = extract(pipeline, article, "a", "2024-03-15");
  assert_int_equal(newskg_writer_add(w, g), NEWSKG_OK);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_OK);
  assert_int_equal(newskg_writer_add(w, g), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_ERR_BAD_ARG);
  newskg_writer_free(w);
  newskg_graph_free(g);
  fclose(f);
  free(buf);
}

/* The text a graph's nif:Context holds, as malloc'd UTF-8. */
static char *context_string(const newskg_pipeline *p, const newskg_document *doc,
                            struct nt_graph *nt) {
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(p, doc, &g), NEWSKG_OK);
  char *buf = NULL;
  size_t len;
  assert_int_equal(nt_serialize(p, g, NEWSKG_FORMAT_NTRIPLES, &buf, &len),
                   NEWSKG_OK);
  newskg_graph_free(g);
  assert_true(nt_parse(buf, nt));
  free(buf);
  for (size_t i = 0; i < nt->n; i++)
    if (strstr(nt->t[i].p, "nif-core#isString"))
      return nt_literal_value(nt->t[i].o);
  fail_msg("no nif:isString in the graph");
  return NULL;
}

static void test_api_invalid_utf8_is_replaced(void **state) {
  (void)state;
  static const char bad[] = "Putin met Erdo\xC4 in Moscow.";
  newskg_document doc = {.text = bad, .len = sizeof bad - 1, .id = "bad"};
  struct nt_graph nt = {0};
  char *text = context_string(pipeline, &doc, &nt);
  assert_string_equal(text, "Putin met Erdo\xEF\xBF\xBD in Moscow.");
  free(text);
  assert_string_equal(newskg_errmsg(), "");
  /* offsets count the replacement as one character: Moscow at 19 */
  const char *moscow = NULL;
  for (size_t i = 0; i < nt.n; i++)
    if (strstr(nt.t[i].p, "nif-core#anchorOf") &&
        strcmp(nt.t[i].o, "\"Moscow\"") == 0)
      moscow = nt.t[i].s;
  assert_non_null(moscow);
  assert_int_equal(nt_count(&nt, moscow, "<http://persistence.uni-leipzig.org/"
                            "nlp2rdf/ontologies/nif-core#beginIndex>",
                            "\"19\"^^" NT_XSD("nonNegativeInteger")), 1);
  nt_free(&nt);
  /* NUL inside the declared length, and a byte cut off at the end */
  doc = (newskg_document){.text = "Putin\0met\xE2\x80", .len = 11, .id = "nul"};
  text = context_string(pipeline, &doc, &nt);
  assert_string_equal(text, "Putin\xEF\xBF\xBDmet\xEF\xBF\xBD\xEF\xBF\xBD");
  free(text);
  nt_free(&nt);
}

/* A document naming more than max_mentions names fails alone; one under
   the limit still extracts. */
static void test_api_mention_limit(void **state) {
  (void)state;
  newskg_options opts = {.max_mentions = 3};
  newskg_pipeline *p = NULL;
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_OK);
  static const char four[] =
      "Emmanuel Macron met Olaf Scholz in Berlin. Joe Biden met Fumio Kishida.";
  newskg_document doc = {.text = four, .len = sizeof four - 1};
  newskg_graph *g = (newskg_graph *)&g;
  assert_int_equal(newskg_pipeline_extract(p, &doc, &g), NEWSKG_ERR_LIMIT);
  assert_null(g);
  assert_errmsg_has("over the limit of 3");
  newskg_graph_free(extract(p, "Emmanuel Macron met Olaf Scholz.", "two", NULL));
  newskg_pipeline_free(p);
}

static void test_api_strict_utf8_is_bad_input(void **state) {
  (void)state;
  newskg_options opts = {.strict_utf8 = true};
  newskg_pipeline *strict = NULL;
  assert_int_equal(newskg_pipeline_new(&opts, &strict), NEWSKG_OK);
  static const char bad[] = "Putin met Erdo\xC4 in Moscow.";
  newskg_document doc = {.text = bad, .len = sizeof bad - 1};
  newskg_graph *g = (newskg_graph *)&g;
  assert_int_equal(newskg_pipeline_extract(strict, &doc, &g),
                   NEWSKG_ERR_BAD_INPUT);
  assert_null(g);
  assert_errmsg_has("UTF-8");
  assert_errmsg_byte(14);
  /* NUL inside the declared length */
  doc = (newskg_document){.text = "Putin\0met", .len = 9};
  assert_int_equal(newskg_pipeline_extract(strict, &doc, &g),
                   NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(5);
  /* a later success clears the message */
  newskg_graph_free(extract(strict, "Calm day.", "ok", NULL));
  assert_string_equal(newskg_errmsg(), "");
  newskg_pipeline_free(strict);
}

static void test_api_bad_document_date_is_bad_input(void **state) {
  (void)state;
  static const char *const bad[] = {"2023-02-30", "2023-13-01", "25 May 2023",
                                    "2023-5-25", ""};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    newskg_document doc = {.text = "Putin met Erdogan.", .len = 18,
                           .date = bad[i]};
    newskg_graph *g = NULL;
    if (newskg_pipeline_extract(pipeline, &doc, &g) != NEWSKG_ERR_BAD_INPUT)
      fail_msg("date '%s' accepted", bad[i]);
    assert_null(g);
    assert_errmsg_has("date");
  }
}

static void test_api_empty_document_has_no_events(void **state) {
  (void)state;
  newskg_document doc = {.text = NULL, .len = 0, .id = "empty"};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_OK);
  assert_int_equal(newskg_graph_event_count(g), 0);
  assert_int_equal(newskg_graph_entity_count(g), 0);
  newskg_graph_free(g);
  g = extract(pipeline, "", NULL, NULL);
  assert_int_equal(newskg_graph_event_count(g), 0);
  newskg_graph_free(g);
}

static void test_api_document_over_limit_is_rejected(void **state) {
  (void)state;
  size_t n = NEWSKG_MAX_DOCUMENT_BYTES + 1;
  char *big = malloc(n);
  assert_non_null(big);
  memset(big, 'a', n);
  newskg_document doc = {.text = big, .len = n};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_ERR_LIMIT);
  assert_null(g);
  free(big);
}

/* `copies` copies of `line` in one malloc'd buffer (*len bytes). */
static char *repeat(const char *line, size_t copies, size_t *len) {
  size_t n = strlen(line);
  char *t = malloc(n * copies + 1);
  assert_non_null(t);
  for (size_t i = 0; i < copies; i++)
    memcpy(t + i * n, line, n);
  t[n * copies] = '\0';
  *len = n * copies;
  return t;
}

/* Issue 13 #4: a 10 MB single-line document (115,000 sentences, 345,000
   names) is extracted whole, not refused for its names (the per-document
   limit was 50,000) nor left running (the frames were quadratic in the
   document: 14 MB took 129 s).  Every fact is kept: ten times the text
   gives ten times the triples, and an entity met in every window is
   described once. */
static void test_api_long_document_every_fact_kept(void **state) {
  (void)state;
  static const char line[] =
      "Olaf Scholz met with Giorgia Meloni in Rome on Wednesday, the "
      "Italian government said. ";
  size_t small_len, big_len, copies = 10u * 1000 * 1000 / (sizeof line - 1);
  char *small = repeat(line, copies / 10, &small_len);
  char *big = repeat(line, copies, &big_len);
  newskg_document doc = {.text = small, .len = small_len, .id = "long"};
  newskg_graph *g1 = NULL, *g10 = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g1), NEWSKG_OK);
  doc.text = big, doc.len = big_len;
  if (newskg_pipeline_extract(pipeline, &doc, &g10) != NEWSKG_OK)
    fail_msg("the 10 MB document failed: %s", newskg_errmsg());
  double ratio = (double)newskg_graph_triple_count(g10) /
                 (double)newskg_graph_triple_count(g1);
  if (ratio < 9.9 || ratio > 10.1)
    fail_msg("10x the text gave %.3fx the triples (%zu, %zu)", ratio,
             newskg_graph_triple_count(g1), newskg_graph_triple_count(g10));
  assert_int_equal(newskg_graph_entity_count(g10), newskg_graph_entity_count(g1));
  newskg_graph_free(g1);
  newskg_graph_free(g10);
  free(small);
  free(big);
}

/* Across windows (64 KiB), NIF offsets stay the document's: every
   phrase's and sentence's begin/end index picks out its anchorOf text
   from the whole document.  Lines are read with memchr and copied one by
   one: strstr over the whole output is quadratic under ASan's
   strict_string_checks. */
static void test_api_windows_keep_document_offsets(void **state) {
  (void)state;
  size_t len;
  /* non-ASCII, so code points and bytes differ: "Erdoğan"; 1,800
     sentences, 88 KB: two windows */
  char *text = repeat("Recep Tayyip Erdoğan met Olaf Scholz in Berlin. ",
                      1800, &len);
  newskg_document doc = {.text = text, .len = len, .id = "windows",
                         .date = "2024-03-15"};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_OK);
  char *nt = NULL;
  size_t ntlen = 0;
  assert_int_equal(nt_serialize(pipeline, g, NEWSKG_FORMAT_NTRIPLES, &nt, &ntlen),
                   NEWSKG_OK);
  newskg_graph_free(g);
  /* the document's code points */
  uint32_t *cps = malloc((len + 1) * sizeof *cps);
  size_t ncp = 0;
  assert_non_null(cps);
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)text[i] & 0xC0) != 0x80)
      cps[ncp++] = (uint32_t)i;
  cps[ncp] = (uint32_t)len;
  size_t spans = 0, last_end = 0;
  for (const char *l = nt, *end = nt + ntlen; l < end;) {
    const char *nl = memchr(l, '\n', (size_t)(end - l));
    size_t ll = nl ? (size_t)(nl - l) : (size_t)(end - l);
    char *line = malloc(ll + 1); /* not strndup: ASan scans its source whole */
    assert_non_null(line);
    memcpy(line, l, ll);
    line[ll] = '\0';
    l += ll + 1;
    const char *p = strstr(line, "> <http://persistence.uni-leipzig.org/nlp2rdf/"
                                 "ontologies/nif-core#anchorOf> ");
    if (!p) {
      free(line);
      continue;
    }
    unsigned long b = 0, e = 0;
    const char *hash = strstr(line, "#char=");
    assert_true(hash && hash < p);
    assert_int_equal(sscanf(hash, "#char=%lu,%lu", &b, &e), 2);
    if (b > e || e > ncp)
      fail_msg("span %lu,%lu outside the document's %zu code points", b, e, ncp);
    char *obj = strdup(strchr(p + 1, '"'));
    assert_non_null(obj);
    size_t ol = strlen(obj);
    while (ol > 0 && obj[ol - 1] != '"') /* drop " ." */
      obj[--ol] = '\0';
    char *anchor = nt_literal_value(obj);
    assert_non_null(anchor);
    size_t bb = cps[b], be = cps[e];
    if (strlen(anchor) != be - bb || memcmp(anchor, text + bb, be - bb) != 0)
      fail_msg("span %lu,%lu is '%.*s' in the document, '%s' in the graph", b,
               e, (int)(be - bb), text + bb, anchor);
    if (e > last_end)
      last_end = e;
    free(anchor);
    free(obj);
    free(line);
    spans++;
  }
  /* three names per sentence, over both windows, up to the last name
     ("Berlin", two code points before the end: ". ") */
  if (spans < 3 * 1800)
    fail_msg("%zu spans, want at least %d", spans, 3 * 1800);
  if (last_end + 2 != ncp)
    fail_msg("the last span ends at %zu of %zu code points", last_end, ncp);
  free(cps);
  free(nt);
  free(text);
}

/* Issue 13 #6: bytes that are mostly not text fail as NEWSKG_ERR_NOT_TEXT
   (random bytes gave 11,000 spurious mentions per 3 MB); an article with
   a few bad bytes, or a short text with one, is still extracted. */
static void test_api_binary_is_not_text(void **state) {
  (void)state;
  unsigned char bin[4096];
  uint32_t x = 2463534242u;
  for (size_t i = 0; i < sizeof bin; i++) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    bin[i] = (unsigned char)x;
  }
  newskg_document doc = {.text = (const char *)bin, .len = sizeof bin};
  newskg_graph *g = (newskg_graph *)&g;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g),
                   NEWSKG_ERR_NOT_TEXT);
  assert_null(g);
  assert_errmsg_has("not text");
  /* newskg parse refuses it alike, and writes nothing */
  char *parsed = NULL;
  size_t parsed_len = 0;
  FILE *mem = open_memstream(&parsed, &parsed_len);
  assert_non_null(mem);
  assert_int_equal(newskg_pipeline_parse(pipeline, &doc, mem),
                   NEWSKG_ERR_NOT_TEXT);
  assert_int_equal(fclose(mem), 0);
  assert_int_equal(parsed_len, 0);
  free(parsed);
  /* an article with ten bad bytes spread through it is text */
  char text[sizeof article * 4];
  size_t n = 0;
  for (int k = 0; k < 4; k++) {
    memcpy(text + n, article, sizeof article - 1);
    n += sizeof article - 1;
  }
  for (size_t i = 0; i < 10; i++)
    text[40 + i * (n - 80) / 10] = (char)0xFF;
  doc = (newskg_document){.text = text, .len = n};
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_OK);
  assert_true(newskg_graph_event_count(g) > 0);
  newskg_graph_free(g);
  /* fifteen controls in a short text: under the floor of 16, still text */
  doc = (newskg_document){.text = "\x01\x02\x03\x04\x05\x06\x07\x08\x0E"
                                  "\x0F\x10\x11\x12\x13\x14 Putin",
                          .len = 21};
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_OK);
  newskg_graph_free(g);
  assert_string_equal(newskg_strerror(NEWSKG_ERR_NOT_TEXT), "not text");
}

static void test_api_format_from_name(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof all_formats / sizeof *all_formats; i++) {
    newskg_format f = NEWSKG_FORMAT_LAST;
    assert_int_equal(newskg_format_from_name(format_names[i], &f), NEWSKG_OK);
    assert_int_equal(f, all_formats[i]);
  }
  newskg_format f = NEWSKG_FORMAT_GRAPHML;
  assert_int_equal(newskg_format_from_name("nope", &f), NEWSKG_ERR_BAD_ARG);
  assert_errmsg_has("nope");
  assert_int_equal(f, NEWSKG_FORMAT_GRAPHML); /* untouched */
  assert_int_equal(newskg_format_from_name("", &f), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_format_from_name("turtlex", &f), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_format_from_name(NULL, &f), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_format_from_name("turtle", NULL), NEWSKG_ERR_BAD_ARG);
}

static void test_api_strerror_and_version(void **state) {
  (void)state;
  for (int s = NEWSKG_OK; s < NEWSKG_STATUS_LAST; s++) {
    const char *m = newskg_strerror((newskg_status)s);
    assert_non_null(m);
    assert_true(m[0] != '\0');
    for (int t = NEWSKG_OK; t < s; t++)
      assert_string_not_equal(m, newskg_strerror((newskg_status)t));
  }
  assert_non_null(newskg_strerror(NEWSKG_STATUS_LAST));
  assert_non_null(newskg_strerror((newskg_status)1000));
  char want[32];
  snprintf(want, sizeof want, "%d.%d.%d", NEWSKG_VERSION_MAJOR,
           NEWSKG_VERSION_MINOR, NEWSKG_VERSION_PATCH);
  assert_string_equal(newskg_version(), want);
}

static void test_api_explain_lists_rules(void **state) {
  (void)state;
  newskg_graph *g = extract(pipeline, article, "a", "2024-03-15");
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(newskg_graph_explain(g, f), NEWSKG_OK);
  fclose(f);
  assert_non_null(strstr(buf, "participant"));
  assert_non_null(strstr(buf, "rule: "));
  assert_non_null(strstr(buf, "Olaf Scholz met with Giorgia Meloni"));
  free(buf);
  newskg_graph_free(g);
}

/* Serializes the article in `format` with a pipeline of its own. */
static char *serialize_fresh(newskg_format format, const char *id, size_t *len) {
  newskg_options opts = {.today = "2024-06-01"};
  newskg_pipeline *p = NULL;
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_OK);
  newskg_graph *g = extract(p, article, id, "2024-03-15");
  char *out = NULL;
  newskg_status st = nt_serialize(p, g, format, &out, len);
  if (st != NEWSKG_OK)
    fail_msg("%s: %s (%s)", format_names[format], newskg_strerror(st),
             newskg_errmsg());
  newskg_graph_free(g);
  newskg_pipeline_free(p);
  return out;
}

static void test_api_output_is_deterministic_in_every_format(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof all_formats / sizeof *all_formats; i++) {
    const char *ids[] = {"doc-1", NULL}; /* given id, and the text hash */
    for (size_t k = 0; k < 2; k++) {
      size_t la, lb;
      char *a = serialize_fresh(all_formats[i], ids[k], &la);
      char *b = serialize_fresh(all_formats[i], ids[k], &lb);
      assert_true(la > 100);
      if (la != lb || memcmp(a, b, la) != 0)
        fail_msg("%s: two runs differ", format_names[i]);
      free(a);
      free(b);
    }
  }
}


/* The three provenance levels: each one a strict superset of the one
   below, with the mention layer only at MENTIONS and no NIF at NONE. */
static void test_api_provenance_levels(void **state) {
  (void)state;
  static const newskg_provenance levels[] = {
      NEWSKG_PROVENANCE_NONE, NEWSKG_PROVENANCE_FACTS,
      NEWSKG_PROVENANCE_MENTIONS};
#define NIF(local) \
  "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" local ">"
  size_t counts[3];
  for (size_t i = 0; i < 3; i++) {
    newskg_options opts = {.today = "2024-06-01", .provenance = levels[i]};
    newskg_pipeline *p = NULL;
    assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_OK);
    newskg_graph *g = extract(p, article, "prov", "2024-03-15");
    char *buf = NULL;
    size_t len;
    assert_int_equal(nt_serialize(p, g, NEWSKG_FORMAT_NTRIPLES, &buf, &len),
                     NEWSKG_OK);
    struct nt_graph nt = {0};
    assert_true(nt_parse(buf, &nt));
    counts[i] = nt.n;
    assert_int_equal(nt.n, newskg_graph_triple_count(g));
    assert_int_equal(newskg_graph_event_count(g), 2);
    /* the facts are the same at every level */
    assert_int_equal(nt_count(&nt, NULL, NT_RDF_TYPE, NT_NKG("Meeting")), 2);
    assert_int_equal(nt_count(&nt, NULL, NT_NKG("participant"), NULL), 4);
    size_t evidence = nt_count(&nt, NULL, NT_NKG("evidence"), NULL);
    size_t sentences = nt_count(&nt, NULL, NT_RDF_TYPE, NIF("Sentence"));
    size_t phrases = nt_count(&nt, NULL, NT_RDF_TYPE, NIF("Phrase"));
    size_t rules = nt_count(&nt, NULL, NT_NKG("rule"), NULL);
    size_t text = nt_count(&nt, NULL, NIF("isString"), NULL);
    size_t anchors = nt_count(&nt, NULL, NIF("anchorOf"), NULL);
    switch (levels[i]) {
    case NEWSKG_PROVENANCE_NONE:
      assert_int_equal(evidence + sentences + phrases + rules + text + anchors,
                       0);
      assert_null(strstr(buf, "nif-core#"));
      break;
    case NEWSKG_PROVENANCE_FACTS:
      assert_true(evidence >= 2);
      assert_int_equal(sentences, 2); /* each event's own sentence */
      assert_int_equal(anchors, sentences);
      assert_int_equal(phrases + rules + text, 0);
      break;
    default:
      assert_true(evidence >= 2 && sentences == 2);
      assert_true(phrases >= 4 && rules >= 2);
      assert_int_equal(text, 1);
      break;
    }
    nt_free(&nt);
    free(buf);
    newskg_graph_free(g);
    newskg_pipeline_free(p);
  }
#undef NIF
  assert_true(counts[0] < counts[1] && counts[1] < counts[2]);
  newskg_provenance lv = NEWSKG_PROVENANCE_NONE;
  assert_int_equal(newskg_provenance_from_name("mentions", &lv), NEWSKG_OK);
  assert_int_equal(lv, NEWSKG_PROVENANCE_MENTIONS);
  assert_int_equal(newskg_provenance_from_name("facts", &lv), NEWSKG_OK);
  assert_int_equal(lv, NEWSKG_PROVENANCE_FACTS);
  assert_int_equal(newskg_provenance_from_name("all", &lv), NEWSKG_ERR_BAD_ARG);
  newskg_options bad = {.provenance = NEWSKG_PROVENANCE_LAST};
  newskg_pipeline *p = NULL;
  assert_int_equal(newskg_pipeline_new(&bad, &p), NEWSKG_ERR_BAD_ARG);
  assert_null(p);
}

/* The frame mode is an option; the surface frames parse nothing, the
   others parse only the sentences that may hold a meeting. */
static void test_api_frame_modes(void **state) {
  (void)state;
  newskg_frames m = NEWSKG_FRAMES_DEFAULT;
  assert_int_equal(newskg_frames_from_name("tree", &m), NEWSKG_OK);
  assert_int_equal(m, NEWSKG_FRAMES_TREE);
  assert_int_equal(newskg_frames_from_name("surface", &m), NEWSKG_OK);
  assert_int_equal(m, NEWSKG_FRAMES_SURFACE);
  assert_int_equal(newskg_frames_from_name("trees", &m), NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_frames_from_name("", &m), NEWSKG_ERR_BAD_ARG);
  newskg_pipeline *p = NULL;
  newskg_options bad = {.frames = NEWSKG_FRAMES_LAST};
  assert_int_equal(newskg_pipeline_new(&bad, &p), NEWSKG_ERR_BAD_ARG);
  assert_null(p);
  static const newskg_frames modes[] = {NEWSKG_FRAMES_SURFACE,
                                        NEWSKG_FRAMES_BACKFILL};
  for (size_t i = 0; i < 2; i++) {
    newskg_options o = {.today = "2024-06-01", .frames = modes[i]};
    assert_int_equal(newskg_pipeline_new(&o, &p), NEWSKG_OK);
    newskg_graph *g = extract(p, article, "x", "2024-03-15");
    assert_int_equal(newskg_graph_event_count(g), 2);
    assert_int_equal(newskg_graph_sentence_count(g), 3);
    /* "The two leaders discussed migration." has no trigger word */
    assert_int_equal(newskg_graph_parsed_sentence_count(g), i == 0 ? 0 : 2);
    newskg_graph_free(g);
    newskg_pipeline_free(p);
  }
  assert_int_equal(newskg_graph_sentence_count(NULL), 0);
  assert_int_equal(newskg_graph_parsed_sentence_count(NULL), 0);
}

static void test_api_same_pipeline_same_bytes(void **state) {
  (void)state;
  /* extracting twice from one pipeline gives identical graphs */
  newskg_graph *g1 = extract(pipeline, article, "x", "2024-03-15");
  newskg_graph *g2 = extract(pipeline, article, "x", "2024-03-15");
  assert_int_equal(newskg_graph_triple_count(g1), newskg_graph_triple_count(g2));
  assert_int_equal(newskg_graph_event_count(g1), 2);
  for (size_t i = 0; i < sizeof all_formats / sizeof *all_formats; i++) {
    char *a, *b;
    size_t la, lb;
    assert_int_equal(nt_serialize(pipeline, g1, all_formats[i], &a, &la), NEWSKG_OK);
    assert_int_equal(nt_serialize(pipeline, g2, all_formats[i], &b, &lb), NEWSKG_OK);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    free(a);
    free(b);
  }
  newskg_graph_free(g1);
  newskg_graph_free(g2);
}

static void test_api_write_error_on_dev_full_in_every_format(void **state) {
  (void)state;
  newskg_graph *g = extract(pipeline, article, "full", "2024-03-15");
  for (size_t i = 0; i < sizeof all_formats / sizeof *all_formats; i++) {
    FILE *f = fopen("/dev/full", "w");
    if (!f)
      skip();
    newskg_writer *w = NULL;
    newskg_status st = newskg_writer_new(pipeline, all_formats[i], f, &w);
    if (st != NEWSKG_OK) {
      fclose(f);
      fail_msg("%s: writer_new: %s", format_names[i], newskg_strerror(st));
    }
    st = newskg_writer_add(w, g);
    if (st == NEWSKG_OK)
      st = newskg_writer_finish(w);
    newskg_writer_free(w);
    fclose(f);
    if (st != NEWSKG_ERR_IO)
      fail_msg("%s: writing to /dev/full gave '%s', want an I/O error",
               format_names[i], newskg_strerror(st));
  }
  newskg_graph_free(g);
}

static void test_api_write_error_on_read_only_stream(void **state) {
  (void)state;
  /* a stream opened for reading refuses every write */
  newskg_graph *g = extract(pipeline, article, "ro", "2024-03-15");
  FILE *f = fopen("/dev/null", "r");
  assert_non_null(f);
  newskg_writer *w = NULL;
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  newskg_status st = newskg_writer_add(w, g);
  if (st == NEWSKG_OK)
    st = newskg_writer_finish(w);
  assert_int_equal(st, NEWSKG_ERR_IO);
  newskg_writer_free(w);
  fclose(f);
  newskg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_api_free_null_is_noop),
      cmocka_unit_test(test_api_pipeline_new_rejects_bad_args),
      cmocka_unit_test(test_api_provenance_levels),
      cmocka_unit_test(test_api_frame_modes),
      cmocka_unit_test(test_api_extract_rejects_bad_args),
      cmocka_unit_test(test_api_gazetteer_after_extract_is_rejected),
      cmocka_unit_test(test_api_writer_rejects_bad_args),
      cmocka_unit_test(test_api_invalid_utf8_is_replaced),
      cmocka_unit_test(test_api_strict_utf8_is_bad_input),
      cmocka_unit_test(test_api_mention_limit),
      cmocka_unit_test(test_api_bad_document_date_is_bad_input),
      cmocka_unit_test(test_api_empty_document_has_no_events),
      cmocka_unit_test(test_api_document_over_limit_is_rejected),
      cmocka_unit_test(test_api_format_from_name),
      cmocka_unit_test(test_api_strerror_and_version),
      cmocka_unit_test(test_api_explain_lists_rules),
      cmocka_unit_test(test_api_output_is_deterministic_in_every_format),
      cmocka_unit_test(test_api_same_pipeline_same_bytes),
      cmocka_unit_test(test_api_write_error_on_dev_full_in_every_format),
      cmocka_unit_test(test_api_write_error_on_read_only_stream),
      cmocka_unit_test(test_api_long_document_every_fact_kept),
      cmocka_unit_test(test_api_binary_is_not_text),
      cmocka_unit_test(test_api_windows_keep_document_offsets),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
