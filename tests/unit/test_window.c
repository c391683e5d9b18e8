/*
 * Long documents streamed window by window (newskg_pipeline_extract_to):
 * every fact of a many-window document is written, the same bytes as the
 * whole graph's, and the memory extraction holds (the arena bytes of a
 * window plus the document-level state, nkg_pipeline_peak_bytes) does not
 * grow with the document, where the whole graph's does.  Counted, not
 * timed: the bound holds on any machine and under the sanitizers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nkg.h"
#include "nt.h"

static newskg_pipeline *pipeline;

/* The stated bound: one window's working memory and graph (64 KiB of
   text) and the document's IRIs, whatever the document's length.  A
   window of this text, a meeting every 60 bytes, measured 16 MiB of arena
   blocks (the blocks double, so up to twice what is used): 2 MiB text
   analysis, 2 syntax, 4 events, 8 the graph of 1,100 meetings. */
#define PEAK_BOUND ((size_t)32 << 20)

static int group_setup(void **state) {
  (void)state;
  newskg_options o = {.today = "2024-06-01"};
  return newskg_pipeline_new(&o, &pipeline) == NEWSKG_OK ? 0 : -1;
}

static int group_teardown(void **state) {
  (void)state;
  newskg_pipeline_free(pipeline);
  return 0;
}

/* One line, no paragraph breaks, `n` meetings each on a day of its own
   (so none is the same meeting told twice), told three ways in turn. */
static char *meetings(size_t n, size_t *len) {
  static const char *const month[] = {"January", "February", "March",
                                      "April",   "May",      "June",
                                      "July",    "August",   "September",
                                      "October", "November", "December"};
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  assert_non_null(f);
  for (size_t i = 0; i < n; i++) {
    size_t day = i / 3; /* each form on its own run of days */
    const char *m = month[day / 28 % 12];
    int d = (int)(day % 28) + 1, y = 1900 + (int)(day / 336);
    if (i % 3 == 0)
      fprintf(f, "Emmanuel Macron met Olaf Scholz in Berlin on %s %d, %d. ",
              m, d, y);
    else if (i % 3 == 1)
      fprintf(f, "On %s %d, %d, Vladimir Putin held talks with Recep Tayyip "
                 "Erdogan in Ankara. ", m, d, y);
    else
      fprintf(f, "Joe Biden and Fumio Kishida met in Tokyo on %s %d, %d. ", m,
              d, y);
  }
  assert_int_equal(fclose(f), 0);
  return buf;
}

static size_t count_lines_with(const char *s, const char *what) {
  size_t n = 0;
  for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
    n++;
  return n;
}

/* Streams `doc` as N-Triples; the bytes in *out (malloc'd). */
static void stream(const newskg_document *doc, char **out, size_t *events) {
  size_t len = 0;
  FILE *f = open_memstream(out, &len);
  assert_non_null(f);
  newskg_writer *w = NULL;
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  assert_int_equal(newskg_pipeline_extract_to(pipeline, doc, w, NULL, events),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_OK);
  newskg_writer_free(w);
  assert_int_equal(fclose(f), 0);
}

#define MEETING_TYPE NT_RDF_TYPE " " NT_NKG("Meeting")

/* Each of the three forms alone is one meeting: what the counts below
   rest on. */
static void test_window_each_form_is_one_meeting(void **state) {
  (void)state;
  for (size_t n = 1; n <= 3; n++) {
    size_t len;
    char *text = meetings(n, &len);
    newskg_document doc = {.text = text, .len = len, .id = "forms"};
    size_t events = 0;
    char *nt = NULL;
    stream(&doc, &nt, &events);
    assert_int_equal(events, n);
    assert_int_equal(count_lines_with(nt, MEETING_TYPE), n);
    free(nt);
    free(text);
  }
}

/* 4,000 meetings over 4 windows: every one written, and the streamed
   bytes are the whole graph's. */
static void test_window_stream_keeps_every_fact(void **state) {
  (void)state;
  size_t n = 4000, len;
  char *text = meetings(n, &len);
  assert_true(len > 3 * NEWSKG_WINDOW_BYTES);
  newskg_document doc = {.text = text, .len = len, .id = "long"};
  size_t events = 0;
  char *nt = NULL;
  stream(&doc, &nt, &events);
  assert_int_equal(events, n);
  assert_int_equal(count_lines_with(nt, MEETING_TYPE), n);
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &g), NEWSKG_OK);
  assert_int_equal(newskg_graph_event_count(g), n);
  char *whole = NULL;
  size_t wlen = 0;
  assert_int_equal(nt_serialize(pipeline, g, NEWSKG_FORMAT_NTRIPLES, &whole,
                                &wlen),
                   NEWSKG_OK);
  assert_int_equal(strlen(nt), wlen);
  assert_true(memcmp(nt, whole, wlen) == 0);
  free(whole);
  newskg_graph_free(g);
  free(nt);
  free(text);
}

/* 8x the text, 8x the facts, the same memory: the peak is a window's,
   under PEAK_BOUND; the whole graph of the longer text holds several
   times that (so the counter sees what a document costs). */
static void test_window_memory_bounded(void **state) {
  (void)state;
  size_t len1, len8, ev1 = 0, ev8 = 0;
  char *t1 = meetings(1500, &len1), *t8 = meetings(12000, &len8);
  newskg_document d1 = {.text = t1, .len = len1, .id = "short"};
  newskg_document d8 = {.text = t8, .len = len8, .id = "long"};
  char *nt1 = NULL, *nt8 = NULL;
  stream(&d1, &nt1, &ev1);
  size_t peak1 = nkg_pipeline_peak_bytes();
  stream(&d8, &nt8, &ev8);
  size_t peak8 = nkg_pipeline_peak_bytes();
  assert_int_equal(ev1, 1500);
  assert_int_equal(ev8, 12000);
  print_message("streamed: %zu bytes of text, peak %zu arena bytes; "
                "%zu bytes, peak %zu\n",
                len1, peak1, len8, peak8);
  assert_true(peak8 > 0);
  assert_true(peak8 < PEAK_BOUND);
  assert_true(peak8 <= peak1 + peak1 / 4);
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pipeline, &d8, &g), NEWSKG_OK);
  size_t whole = nkg_pipeline_peak_bytes();
  print_message("whole graph: peak %zu arena bytes\n", whole);
  assert_true(whole > 4 * peak8);
  newskg_graph_free(g);
  free(nt1);
  free(nt8);
  free(t1);
  free(t8);
}

/* Bad documents fail before anything is written; bad arguments. */
static void test_window_checks_first(void **state) {
  (void)state;
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  assert_non_null(f);
  newskg_writer *w = NULL;
  assert_int_equal(newskg_writer_new(pipeline, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  newskg_document bad_date = {.text = "Calm day.", .len = 9, .date = "2024-13-01"};
  size_t events = 7;
  assert_int_equal(newskg_pipeline_extract_to(pipeline, &bad_date, w, NULL,
                                              &events),
                   NEWSKG_ERR_BAD_INPUT);
  assert_int_equal(events, 0);
  assert_int_equal(newskg_pipeline_extract_to(NULL, &bad_date, w, NULL, NULL),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_pipeline_extract_to(pipeline, NULL, w, NULL, NULL),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_pipeline_extract_to(pipeline, &bad_date, NULL, NULL,
                                              NULL),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_OK);
  newskg_writer_free(w);
  assert_int_equal(fclose(f), 0);
  assert_int_equal(len, 0);
  free(out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_window_each_form_is_one_meeting),
      cmocka_unit_test(test_window_stream_keeps_every_fact),
      cmocka_unit_test(test_window_memory_bounded),
      cmocka_unit_test(test_window_checks_first),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
