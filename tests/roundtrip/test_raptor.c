/*
 * Round trip: an own example article is serialized in every RDF format
 * into memory and parsed back with raptor2 inside the test; each parse
 * must yield exactly newskg_graph_triple_count() statements (N-Quads:
 * all in the document's named graph).  Serializing two documents into one
 * stream must give the sum.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <raptor2.h>

#include <newskg/newskg.h>

#include "nt.h"

/* Own example: a mediated summit, a planned visit, a phone call. */
static const char article_a[] =
    "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol "
    "Pashinyan met in Brussels on Thursday under the aegis of Charles Michel, "
    "officials said.\n"
    "Mr. Pashinyan called the talks \xE2\x80\x9C" "difficult but useful\xE2\x80\x9D. "
    "The two leaders are expected to meet again in Geneva next month.\n"
    "Separately, Emmanuel Macron spoke by phone with Volodymyr Zelenskyy.";

static const char article_b[] =
    "Prime Minister Narendra Modi met President Recep Tayyip Erdo\xC4\x9F" "an "
    "in New Delhi on Tuesday. \"We had a warm exchange,\" Modi's office said, "
    "in a statement that used the word <talks> & \"ties\".";

static newskg_pipeline *pipeline;

/* Graphs and buffers of the running test, freed by the teardown (also
   when an assertion fails). */
static newskg_graph *graph_a, *graph_b;
static char *buffer;

static int test_teardown(void **state) {
  (void)state;
  newskg_graph_free(graph_a);
  newskg_graph_free(graph_b);
  free(buffer);
  graph_a = graph_b = NULL;
  buffer = NULL;
  return 0;
}

static int group_setup(void **state) {
  (void)state;
  newskg_options opts = {.today = "2024-06-01"};
  return newskg_pipeline_new(&opts, &pipeline) == NEWSKG_OK ? 0 : -1;
}

static int group_teardown(void **state) {
  (void)state;
  newskg_pipeline_free(pipeline);
  return 0;
}

struct counts {
  size_t statements;
  size_t with_graph;
  int errors;
};

static void count_statement(void *data, raptor_statement *s) {
  struct counts *c = data;
  c->statements++;
  c->with_graph += s->graph != NULL;
}

static void log_error(void *data, raptor_log_message *m) {
  struct counts *c = data;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    c->errors++;
    print_error("raptor: %s (line %d)\n", m->text,
                m->locator ? m->locator->line : -1);
  }
}

/* Parses `len` bytes of `syntax` with raptor2 and counts statements. */
static struct counts parse(const char *syntax, const char *buf, size_t len) {
  struct counts c = {0, 0, 0};
  raptor_world *w = raptor_new_world();
  assert_non_null(w);
  assert_int_equal(raptor_world_open(w), 0);
  raptor_world_set_log_handler(w, &c, log_error);
  raptor_parser *p = raptor_new_parser(w, syntax);
  assert_non_null(p);
  raptor_parser_set_statement_handler(p, &c, count_statement);
  raptor_uri *base =
      raptor_new_uri(w, (const unsigned char *)"https://w3id.org/newskg/data/");
  assert_non_null(base);
  int rc = raptor_parser_parse_start(p, base);
  if (rc == 0)
    rc = raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  if (rc)
    c.errors++;
  return c;
}

static const struct {
  newskg_format format;
  const char *syntax; /* raptor parser name */
} rdf_formats[] = {
    {NEWSKG_FORMAT_TURTLE, "turtle"},
    {NEWSKG_FORMAT_NTRIPLES, "ntriples"},
    {NEWSKG_FORMAT_NQUADS, "nquads"},
    {NEWSKG_FORMAT_RDFXML, "rdfxml"},
};

static newskg_graph *extract(const char *text, const char *id) {
  newskg_document doc = {.text = text, .len = strlen(text), .id = id,
                         .date = "2024-03-15"};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_OK);
  return g;
}

static void check_format(size_t k) {
  graph_a = extract(article_a, "example-a");
  size_t want = newskg_graph_triple_count(graph_a);
  assert_true(want > 50);
  assert_true(newskg_graph_event_count(graph_a) >= 2);
  size_t len = 0;
  newskg_status st =
      nt_serialize(pipeline, graph_a, rdf_formats[k].format, &buffer, &len);
  if (st != NEWSKG_OK)
    fail_msg("%s: serialize: %s (%s)", rdf_formats[k].syntax, newskg_strerror(st),
             newskg_errmsg());
  struct counts c = parse(rdf_formats[k].syntax, buffer, len);
  assert_int_equal(c.errors, 0);
  if (c.statements != want)
    fail_msg("%s: parsed %zu statements, graph has %zu", rdf_formats[k].syntax,
             c.statements, want);
  if (rdf_formats[k].format == NEWSKG_FORMAT_NQUADS)
    assert_int_equal(c.with_graph, want);
}

static void test_roundtrip_turtle(void **state) {
  (void)state;
  check_format(0);
}

static void test_roundtrip_ntriples(void **state) {
  (void)state;
  check_format(1);
}

static void test_roundtrip_nquads(void **state) {
  (void)state;
  check_format(2);
}

static void test_roundtrip_rdfxml(void **state) {
  (void)state;
  check_format(3);
}

/* Two documents in one stream: statements add up, and the literal with
   quotes, angle brackets and an ampersand survives every syntax. */
static void test_roundtrip_two_documents_in_one_stream(void **state) {
  (void)state;
  graph_a = extract(article_a, "example-a");
  graph_b = extract(article_b, "example-b");
  size_t want =
      newskg_graph_triple_count(graph_a) + newskg_graph_triple_count(graph_b);
  for (size_t k = 0; k < sizeof rdf_formats / sizeof *rdf_formats; k++) {
    size_t len = 0;
    FILE *f = open_memstream(&buffer, &len);
    assert_non_null(f);
    newskg_writer *w = NULL;
    newskg_status st = newskg_writer_new(pipeline, rdf_formats[k].format, f, &w);
    if (st == NEWSKG_OK)
      st = newskg_writer_add(w, graph_a);
    if (st == NEWSKG_OK)
      st = newskg_writer_add(w, graph_b);
    if (st == NEWSKG_OK)
      st = newskg_writer_finish(w);
    newskg_writer_free(w);
    fclose(f);
    if (st != NEWSKG_OK)
      fail_msg("%s: %s", rdf_formats[k].syntax, newskg_strerror(st));
    struct counts c = parse(rdf_formats[k].syntax, buffer, len);
    free(buffer);
    buffer = NULL;
    assert_int_equal(c.errors, 0);
    /* the two articles share no entity, so no triple repeats */
    if (c.statements != want)
      fail_msg("%s: parsed %zu statements, want %zu", rdf_formats[k].syntax,
               c.statements, want);
  }
}

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* An RDF graph is a set: no statement may be written twice, or the
   N-Triples count (and newskg_graph_triple_count) disagrees with Turtle,
   which merges repeats. */
static void test_roundtrip_no_statement_twice(void **state) {
  (void)state;
  static const char *const texts[] = {article_a, article_b};
  for (size_t t = 0; t < 2; t++) {
    graph_a = extract(texts[t], "example");
    size_t len = 0;
    assert_int_equal(
        nt_serialize(pipeline, graph_a, NEWSKG_FORMAT_NTRIPLES, &buffer, &len),
        NEWSKG_OK);
    newskg_graph_free(graph_a);
    graph_a = NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
      n += buffer[i] == '\n';
    char **lines = calloc(n + 1, sizeof *lines);
    assert_non_null(lines);
    size_t k = 0;
    for (char *save = NULL, *l = strtok_r(buffer, "\n", &save); l && k <= n;
         l = strtok_r(NULL, "\n", &save))
      lines[k++] = l;
    qsort(lines, k, sizeof *lines, cmp_str);
    const char *dup = NULL;
    for (size_t i = 1; i < k && !dup; i++)
      if (strcmp(lines[i - 1], lines[i]) == 0)
        dup = lines[i];
    if (dup)
      print_error("written twice: %s\n", dup);
    free(lines);
    free(buffer);
    buffer = NULL;
    assert_null(dup);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_roundtrip_turtle, test_teardown),
      cmocka_unit_test_teardown(test_roundtrip_ntriples, test_teardown),
      cmocka_unit_test_teardown(test_roundtrip_nquads, test_teardown),
      cmocka_unit_test_teardown(test_roundtrip_rdfxml, test_teardown),
      cmocka_unit_test_teardown(test_roundtrip_two_documents_in_one_stream,
                                test_teardown),
      cmocka_unit_test_teardown(test_roundtrip_no_statement_twice, test_teardown),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
