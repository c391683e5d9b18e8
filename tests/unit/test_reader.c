/*
 * Input readers: the project's own corpus files in tests/data/corpus/
 * (made by make.py from the example articles and pages; the data
 * directory is argv[1]) and inputs this test writes itself — gzip
 * members, chunked and gzip-encoded HTTP payloads, cut-short and garbled
 * files — go through newskg_reader_*.  Checked: every document's id,
 * date, URL and text (with the page boilerplate gone), one error per bad
 * record naming file and line or record, the reader going on after it,
 * the per-record limit, and format detection by name and by content.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zlib.h>

#include "input/reader.h"
#include "nt.h"

static const char *data_dir;

/* ---- helpers ---- */

static char *path_of(const char *rel) {
  static char path[4096];
  int n = snprintf(path, sizeof path, "%s/%s", data_dir, rel);
  assert_true(n > 0 && (size_t)n < sizeof path);
  return path;
}

static char *slurp(const char *rel, size_t *len) {
  FILE *f = fopen(path_of(rel), "rb");
  if (!f)
    fail_msg("cannot open %s", path_of(rel));
  assert_int_equal(fseek(f, 0, SEEK_END), 0);
  long size = ftell(f);
  assert_true(size >= 0);
  rewind(f);
  char *buf = malloc((size_t)size + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
  buf[size] = '\0';
  fclose(f);
  *len = (size_t)size;
  return buf;
}

/* A reader on bytes in memory, named `name`. */
struct mem {
  FILE *f;
  newskg_reader *r;
};

static void mem_open(struct mem *m, const void *bytes, size_t len,
                     const char *name, newskg_input_format fmt) {
  /* fmemopen of 0 bytes is unspecified: use a temporary file */
  m->f = tmpfile();
  assert_non_null(m->f);
  if (len)
    assert_int_equal(fwrite(bytes, 1, len, m->f), len);
  rewind(m->f);
  newskg_status st = newskg_reader_open(m->f, name, fmt, &m->r);
  if (st != NEWSKG_OK)
    fail_msg("open %s: %s (%s)", name, newskg_strerror(st), newskg_errmsg());
}

static void mem_close(struct mem *m) {
  newskg_reader_free(m->r);
  fclose(m->f);
}

static const newskg_document *next_doc(newskg_reader *r) {
  const newskg_document *d = NULL;
  newskg_status st = newskg_reader_next(r, &d);
  if (st != NEWSKG_OK)
    fail_msg("next: %s (%s)", newskg_strerror(st), newskg_errmsg());
  if (!d)
    fail_msg("next: unexpected end of input");
  assert_non_null(d->text);
  return d;
}

static void expect_end(newskg_reader *r) {
  const newskg_document *d = (const newskg_document *)1;
  assert_int_equal(newskg_reader_next(r, &d), NEWSKG_OK);
  assert_null(d);
  /* and it stays at the end */
  assert_int_equal(newskg_reader_next(r, &d), NEWSKG_OK);
  assert_null(d);
}

/* The next call fails with `st` and a message starting with `where`
   and containing `detail`. */
static void expect_error(newskg_reader *r, newskg_status want,
                         const char *where, const char *detail) {
  const newskg_document *d = (const newskg_document *)1;
  newskg_status st = newskg_reader_next(r, &d);
  if (st != want)
    fail_msg("want %s, got %s (%s)", newskg_strerror(want), newskg_strerror(st),
             newskg_errmsg());
  assert_null(d);
  const char *msg = newskg_errmsg();
  if (strncmp(msg, where, strlen(where)) != 0 || !strstr(msg, detail))
    fail_msg("message \"%s\" lacks \"%s\" ... \"%s\"", msg, where, detail);
}

static void assert_str_or_null(const char *got, const char *want) {
  if (!want)
    assert_null(got);
  else {
    assert_non_null(got);
    assert_string_equal(got, want);
  }
}

static void assert_doc(const newskg_document *d, const char *id,
                       const char *date, const char *url) {
  assert_str_or_null(d->id, id);
  assert_str_or_null(d->date, date);
  assert_str_or_null(d->url, url);
}

static void assert_contains(const newskg_document *d, const char *what) {
  char *t = strndup(d->text, d->len);
  assert_non_null(t);
  if (!strstr(t, what))
    fail_msg("missing \"%s\" in:\n%s", what, t);
  free(t);
}

/* None of the boilerplate of article-with-boilerplate.html. */
static void assert_no_boilerplate(const newskg_document *d) {
  static const char *const leaks[] = {
      "cookies",
      "Accept all",
      "Daily Courier",
      "Breaking",
      "Live:",
      "Trudeau",
      "Kishida met Narendra Modi",
      "dataLayer",
      "All rights reserved",
  };
  char *t = strndup(d->text, d->len);
  assert_non_null(t);
  for (size_t i = 0; i < sizeof leaks / sizeof *leaks; i++)
    if (strstr(t, leaks[i]))
      fail_msg("boilerplate \"%s\" leaked into:\n%s", leaks[i], t);
  free(t);
}

/* gzip of `n` bytes as one member, appended to *out. */
static void gzip_member(const void *in, size_t n, char **out, size_t *len) {
  z_stream z;
  memset(&z, 0, sizeof z);
  assert_int_equal(
      deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
      Z_OK);
  size_t bound = deflateBound(&z, (uLong)n) + 32;
  *out = realloc(*out, *len + bound);
  assert_non_null(*out);
  z.next_in = (unsigned char *)in;
  z.avail_in = (uInt)n;
  z.next_out = (unsigned char *)*out + *len;
  z.avail_out = (uInt)bound;
  assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
  *len += bound - z.avail_out;
  deflateEnd(&z);
}

static void append(char **buf, size_t *len, const void *s, size_t n) {
  *buf = realloc(*buf, *len + n + 1);
  assert_non_null(*buf);
  memcpy(*buf + *len, s, n);
  *len += n;
  (*buf)[*len] = '\0';
}

/* One WARC record with the given type, extra fields and block. */
static void warc_record(char **buf, size_t *len, const char *type,
                        const char *fields, const void *block, size_t n) {
  char head[2048];
  int k = snprintf(head, sizeof head,
                   "WARC/1.0\r\nWARC-Type: %s\r\n%sContent-Length: %zu\r\n\r\n",
                   type, fields, n);
  assert_true(k > 0 && (size_t)k < sizeof head);
  append(buf, len, head, (size_t)k);
  append(buf, len, block, n);
  append(buf, len, "\r\n\r\n", 4);
}

/* ---- names and formats ---- */

static void test_formats(void **state) {
  (void)state;
  static const struct {
    const char *name;
    newskg_input_format f;
  } cases[] = {
      {"a.txt", NEWSKG_INPUT_TEXT},         {"dir/a.TXT", NEWSKG_INPUT_TEXT},
      {"a.text.gz", NEWSKG_INPUT_TEXT},     {"p.html", NEWSKG_INPUT_HTML},
      {"p.HTM", NEWSKG_INPUT_HTML},         {"p.xhtml", NEWSKG_INPUT_HTML},
      {"c.jsonl", NEWSKG_INPUT_JSONL},      {"c.jsonl.gz", NEWSKG_INPUT_JSONL},
      {"c.ndjson", NEWSKG_INPUT_JSONL},     {"crawl.warc", NEWSKG_INPUT_WARC},
      {"crawl.warc.gz", NEWSKG_INPUT_WARC}, {"a.json", NEWSKG_INPUT_AUTO},
      {"README", NEWSKG_INPUT_AUTO},        {"x.gz", NEWSKG_INPUT_AUTO},
      {".txt.tmp", NEWSKG_INPUT_AUTO},      {"stdin", NEWSKG_INPUT_AUTO},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    if (newskg_input_format_of_name(cases[i].name) != cases[i].f)
      fail_msg("%s: format %d", cases[i].name,
               (int)newskg_input_format_of_name(cases[i].name));
  assert_int_equal(newskg_input_format_of_name(NULL), NEWSKG_INPUT_AUTO);

  newskg_input_format f = NEWSKG_INPUT_LAST;
  assert_int_equal(newskg_input_format_from_name("warc", &f), NEWSKG_OK);
  assert_int_equal(f, NEWSKG_INPUT_WARC);
  assert_int_equal(newskg_input_format_from_name("jsonl", &f), NEWSKG_OK);
  assert_int_equal(f, NEWSKG_INPUT_JSONL);
  assert_int_equal(newskg_input_format_from_name("auto", &f), NEWSKG_OK);
  assert_int_equal(f, NEWSKG_INPUT_AUTO);
  assert_int_equal(newskg_input_format_from_name("csv", &f),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_input_format_from_name(NULL, &f), NEWSKG_ERR_BAD_ARG);
}

/* AUTO without a telling name: by the first bytes. */
static void test_sniff(void **state) {
  (void)state;
  static const struct {
    const char *bytes;
    newskg_input_format f;
  } cases[] = {
      {"WARC/1.1\r\nWARC-Type: warcinfo\r\n", NEWSKG_INPUT_WARC},
      {"\n{\"text\": \"x\"}\n", NEWSKG_INPUT_JSONL},
      {"\xEF\xBB\xBF{\"text\": \"x\"}", NEWSKG_INPUT_JSONL},
      {"<!DOCTYPE html><html><body><p>x</p></body></html>", NEWSKG_INPUT_HTML},
      {"Putin met Xi in Beijing.", NEWSKG_INPUT_TEXT},
      {"", NEWSKG_INPUT_TEXT},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    struct mem m;
    mem_open(&m, cases[i].bytes, strlen(cases[i].bytes), "stdin",
             NEWSKG_INPUT_AUTO);
    if (newskg_reader_format(m.r) != cases[i].f)
      fail_msg("case %zu: format %d", i, (int)newskg_reader_format(m.r));
    mem_close(&m);
  }
  /* the name wins over the content; an explicit format over both */
  struct mem m;
  mem_open(&m, "{\"text\": \"x\"}", 13, "notes.txt", NEWSKG_INPUT_AUTO);
  assert_int_equal(newskg_reader_format(m.r), NEWSKG_INPUT_TEXT);
  mem_close(&m);
  mem_open(&m, "Putin met Xi.", 13, "notes.txt", NEWSKG_INPUT_HTML);
  assert_int_equal(newskg_reader_format(m.r), NEWSKG_INPUT_HTML);
  mem_close(&m);
}

/* ---- single documents ---- */

static void test_text_and_html_files(void **state) {
  (void)state;
  newskg_reader *r = NULL;
  size_t len;
  char *want = slurp("articles/example-summit.txt", &len);
  assert_int_equal(
      newskg_reader_open_path(path_of("articles/example-summit.txt"),
                              NEWSKG_INPUT_AUTO, &r),
      NEWSKG_OK);
  assert_int_equal(newskg_reader_format(r), NEWSKG_INPUT_TEXT);
  const newskg_document *d = next_doc(r);
  /* the id of a file is its path as given (issue 13 #1) */
  assert_doc(d, path_of("articles/example-summit.txt"), NULL, NULL);
  assert_int_equal(d->len, len);
  assert_memory_equal(d->text, want, len);
  assert_true(strstr(newskg_reader_where(r), "example-summit.txt") != NULL);
  expect_end(r);
  assert_int_equal(newskg_reader_bytes(r), len);
  newskg_reader_free(r);
  free(want);

  assert_int_equal(
      newskg_reader_open_path(path_of("html/article-with-boilerplate.html"),
                              NEWSKG_INPUT_AUTO, &r),
      NEWSKG_OK);
  d = next_doc(r);
  assert_doc(d, path_of("html/article-with-boilerplate.html"), "2023-04-26",
             "https://courier.example.org/world/lula-sanchez-madrid");
  assert_contains(d, "Pedro Sánchez in Madrid");
  assert_no_boilerplate(d);
  expect_end(r);
  newskg_reader_free(r);

  /* over the limit: one error, then the end */
  assert_int_equal(newskg_reader_open_path(path_of("articles/state-visit.txt"),
                                           NEWSKG_INPUT_TEXT, &r),
                   NEWSKG_OK);
  nkg_reader_set_max_record(r, 100);
  expect_error(r, NEWSKG_ERR_LIMIT, path_of("articles/state-visit.txt"),
               "file too large");
  expect_end(r);
  newskg_reader_free(r);
}

static void test_open_errors(void **state) {
  (void)state;
  newskg_reader *r = (newskg_reader *)1;
  assert_int_equal(newskg_reader_open_path(path_of("no-such-file.jsonl"),
                                           NEWSKG_INPUT_AUTO, &r),
                   NEWSKG_ERR_IO);
  assert_null(r);
  assert_non_null(strstr(newskg_errmsg(), "no-such-file.jsonl"));
  assert_int_equal(newskg_reader_open(NULL, "x", NEWSKG_INPUT_AUTO, &r),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_reader_open(stdin, "x", NEWSKG_INPUT_LAST, &r),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_reader_open(stdin, "x", NEWSKG_INPUT_AUTO, NULL),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_reader_next(NULL, NULL), NEWSKG_ERR_BAD_ARG);
  const newskg_document *d;
  assert_int_equal(newskg_reader_next(NULL, &d), NEWSKG_ERR_BAD_ARG);
  newskg_reader_free(NULL);
  assert_string_equal(newskg_reader_where(NULL), "");
  assert_int_equal(newskg_reader_bytes(NULL), 0);
}

/* ---- JSON Lines ---- */

/* The records of articles.jsonl, in order (see make.py). */
static void check_articles(newskg_reader *r, const char *stem) {
  const newskg_document *d = next_doc(r);
  assert_doc(d, "summit", "2024-03-15",
             "https://news.example.org/2024/03/summit");
  assert_contains(d,
                  "Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan");
  d = next_doc(r); /* an integer id; the day of an ISO time */
  assert_doc(d, "42", "2024-05-16", NULL);
  d = next_doc(r); /* no id: the URL names the document */
  assert_doc(d, "https://news.example.org/state-visit", "2023-08-22",
             "https://news.example.org/state-visit");
  d = next_doc(r); /* a saved page: its date and canonical URL */
  assert_doc(d, "courier-page", "2023-04-26",
             "https://courier.example.org/world/lula-sanchez-madrid");
  assert_contains(d, "Pedro Sánchez in Madrid");
  assert_no_boilerplate(d);
  /* line 6 (line 4 is blank): no id, no URL; the record's date wins over
     the page's JSON-LD date */
  d = next_doc(r);
  char id[4200];
  snprintf(id, sizeof id, "%s-6", stem);
  assert_doc(d, id, "2023-06-01", NULL);
  assert_contains(d, "Fumio Kishida met Australian Prime Minister");
  expect_end(r);
}

static void test_jsonl_articles(void **state) {
  (void)state;
  newskg_reader *r = NULL;
  assert_int_equal(newskg_reader_open_path(path_of("corpus/articles.jsonl"),
                                           NEWSKG_INPUT_AUTO, &r),
                   NEWSKG_OK);
  assert_int_equal(newskg_reader_format(r), NEWSKG_INPUT_JSONL);
  char stem[4096];
  snprintf(stem, sizeof stem, "%s", path_of("corpus/articles.jsonl"));
  check_articles(r, stem);
  size_t len;
  free(slurp("corpus/articles.jsonl", &len));
  assert_int_equal(newskg_reader_bytes(r), len);
  newskg_reader_free(r);
}

/* The same lines gzip-compressed in two members, from a pipe-like stream
   named "stdin": detected by content, ids from "stdin". */
static void test_jsonl_gzip_members(void **state) {
  (void)state;
  size_t len;
  char *text = slurp("corpus/articles.jsonl", &len);
  char *gz = NULL;
  size_t gzlen = 0, half = len / 2;
  gzip_member(text, half, &gz, &gzlen);
  gzip_member(text + half, len - half, &gz, &gzlen);
  struct mem m;
  mem_open(&m, gz, gzlen, "stdin", NEWSKG_INPUT_AUTO);
  assert_int_equal(newskg_reader_format(m.r), NEWSKG_INPUT_JSONL);
  check_articles(m.r, "stdin");
  assert_int_equal(newskg_reader_bytes(m.r), gzlen);
  mem_close(&m);

  /* cut short: the documents before the cut, then one error and the end */
  mem_open(&m, gz, gzlen - 20, "cut.jsonl.gz", NEWSKG_INPUT_AUTO);
  const newskg_document *d;
  newskg_status st;
  size_t docs = 0;
  while ((st = newskg_reader_next(m.r, &d)) == NEWSKG_OK && d)
    docs++;
  assert_true(docs >= 4);
  assert_int_equal(st, NEWSKG_ERR_BAD_INPUT);
  assert_non_null(strstr(newskg_errmsg(), "gzip data ends early"));
  expect_end(m.r);
  mem_close(&m);
  free(gz);
  free(text);
}

static void test_jsonl_malformed_line_skipped(void **state) {
  (void)state;
  newskg_reader *r = NULL;
  assert_int_equal(newskg_reader_open_path(path_of("corpus/malformed.jsonl"),
                                           NEWSKG_INPUT_AUTO, &r),
                   NEWSKG_OK);
  assert_doc(next_doc(r), "summit", "2024-03-15",
             "https://news.example.org/2024/03/summit");
  char where[4200];
  snprintf(where, sizeof where, "%s:2: ", path_of("corpus/malformed.jsonl"));
  expect_error(r, NEWSKG_ERR_BAD_INPUT, where, "malformed JSON");
  assert_non_null(strstr(newskg_reader_where(r), "malformed.jsonl:2"));
  assert_doc(next_doc(r), "https://news.example.org/state-visit", "2023-08-22",
             "https://news.example.org/state-visit");
  expect_end(r);
  newskg_reader_free(r);
}

static void test_jsonl_records(void **state) {
  (void)state;
  static const char lines[] =
      "\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"Putin met Xi.\"}\r\n" /* 1 */
      "{\"text\": 7}\n"                                                /* 2 */
      "{\"id\": \"no-text\"}\n"                                        /* 3 */
      "[1, 2]\n"                                                       /* 4 */
      "{\"text\": \"x\", \"date\": \"2023-02-30\"}\n"                  /* 5 */
      "{\"text\": \"x\", \"date\": 20230201}\n"                        /* 6 */
      "{\"text\": \"x\", \"id\": 1.5}\n"                               /* 7 */
      "{\"text\": \"x\", \"url\": [\"u\"]}\n"                          /* 8 */
      "{\"text\": \"nul \\u0000 byte\"}\n"                             /* 9 */
      "{\"text\": \"bad \xC3\x28 utf8\"}\n"                            /* 10 */
      "{\"id\": -7, \"text\": \"Macron met Scholz.\", \"date\": null, "
      "\"url\": \"\", \"extra\": {\"a\": [1]}}\n"    /* 11 */
      "{\"html\": \"<html><body></body></html>\"}\n" /* 12 */
      "\t \n"                                        /* 13 */
      "{\"text\": \"last line, no newline\"}";       /* 14 */
  struct mem m;
  mem_open(&m, lines, sizeof lines - 1, "cases.jsonl", NEWSKG_INPUT_AUTO);
  const newskg_document *d = next_doc(m.r);
  assert_doc(d, "bom", NULL, NULL);
  assert_int_equal(d->len, 13);
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "cases.jsonl:2: ", "\"text\" is not a string");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "cases.jsonl:3: ", "no \"text\" or \"html\"");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT, "cases.jsonl:4: ", "no JSON object");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "cases.jsonl:5: ", "invalid date '2023-02-30'");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "cases.jsonl:6: ", "\"date\" is not a string");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "cases.jsonl:7: ", "\"id\" is neither");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "cases.jsonl:8: ", "\"url\" is not a string");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT, "cases.jsonl:9: ", "malformed JSON");
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT, "cases.jsonl:10: ", "malformed JSON");
  d = next_doc(m.r);
  assert_doc(d, "-7", NULL, NULL);
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT, "cases.jsonl:12: ", "HTML:");
  d = next_doc(m.r);
  assert_doc(d, "cases.jsonl-14", NULL, NULL);
  assert_int_equal(d->len, strlen("last line, no newline"));
  expect_end(m.r);
  mem_close(&m);
}

/* A line over the limit is skipped without being held; the next is read. */
static void test_jsonl_long_line(void **state) {
  (void)state;
  size_t big = 300 * 1024;
  char *buf = malloc(big + 200);
  assert_non_null(buf);
  size_t n = (size_t)sprintf(buf, "{\"id\": \"big\", \"text\": \"");
  memset(buf + n, 'a', big);
  n += big;
  n += (size_t)sprintf(
      buf + n, "\"}\n{\"id\": \"small\", \"text\": \"Xi met Lula.\"}\n");
  struct mem m;
  mem_open(&m, buf, n, "long.jsonl", NEWSKG_INPUT_AUTO);
  nkg_reader_set_max_record(m.r, 100 * 1024);
  expect_error(m.r, NEWSKG_ERR_LIMIT, "long.jsonl:1: ", "exceeds the limit");
  /* the stream never held the whole line */
  assert_true(m.r->s.cap <= 256 * 1024);
  assert_doc(next_doc(m.r), "small", NULL, NULL);
  expect_end(m.r);
  mem_close(&m);
  /* under the limit it is a document */
  mem_open(&m, buf, n, "long.jsonl", NEWSKG_INPUT_AUTO);
  const newskg_document *d = next_doc(m.r);
  assert_doc(d, "big", NULL, NULL);
  assert_int_equal(d->len, big);
  mem_close(&m);
  free(buf);
}

/* ---- WARC ---- */

/* The pages of crawl.warc, in order (see make.py). */
static void check_crawl(newskg_reader *r) {
  const newskg_document *d = next_doc(r);
  assert_doc(d, "https://courier.example.org/world/lula-sanchez-madrid",
             "2023-04-26",
             "https://courier.example.org/world/lula-sanchez-madrid");
  assert_contains(d, "Pedro Sánchez in Madrid");
  assert_no_boilerplate(d);
  assert_non_null(strstr(newskg_reader_where(r), "record 3 (https://courier"));
  /* chunked, URI in angle brackets, date from JSON-LD */
  d = next_doc(r);
  assert_doc(d, "https://news.example.net/kishida-albanese", "2023-06-01",
             "https://news.example.net/kishida-albanese");
  assert_contains(d, "Fumio Kishida met Australian Prime Minister Anthony "
                     "Albanese in Canberra on Thursday.");
  /* a resource record; the page's <time> before the WARC-Date */
  d = next_doc(r);
  assert_doc(d, "https://daily.example.za/ramaphosa-meloni", "2023-07-14",
             "https://daily.example.za/ramaphosa-meloni");
  assert_contains(d,
                  "Cyril Ramaphosa met Italian Prime Minister Giorgia Meloni");
  expect_end(r);
}

static void test_warc_crawl(void **state) {
  (void)state;
  newskg_reader *r = NULL;
  assert_int_equal(newskg_reader_open_path(path_of("corpus/crawl.warc"),
                                           NEWSKG_INPUT_AUTO, &r),
                   NEWSKG_OK);
  assert_int_equal(newskg_reader_format(r), NEWSKG_INPUT_WARC);
  check_crawl(r);
  newskg_reader_free(r);
}

/* .warc.gz as crawlers write it: every record its own gzip member. */
static void test_warc_gzip_per_record(void **state) {
  (void)state;
  size_t len;
  char *warc = slurp("corpus/crawl.warc", &len);
  char *gz = NULL;
  size_t gzlen = 0, start = 0;
  for (size_t i = 1; i <= len; i++)
    if (i == len ||
        (i + 9 <= len && memcmp(warc + i, "WARC/1.1\r\n", 10) == 0)) {
      gzip_member(warc + start, i - start, &gz, &gzlen);
      start = i;
    }
  struct mem m;
  mem_open(&m, gz, gzlen, "crawl.warc.gz", NEWSKG_INPUT_AUTO);
  assert_int_equal(newskg_reader_format(m.r), NEWSKG_INPUT_WARC);
  check_crawl(m.r);
  mem_close(&m);
  /* and by content, from a stream without a name */
  mem_open(&m, gz, gzlen, NULL, NEWSKG_INPUT_AUTO);
  assert_int_equal(newskg_reader_format(m.r), NEWSKG_INPUT_WARC);
  check_crawl(m.r);
  mem_close(&m);
  free(gz);
  free(warc);
}

static const char page_html[] =
    "<html><head><title>t</title></head><body><article>"
    "<p>Emmanuel Macron met Olaf Scholz in Berlin on Monday.</p>"
    "</article><footer>Kishida met Modi</footer></body></html>";

/* HTTP payloads as they came over the wire, and the records to skip. */
static void test_warc_payloads(void **state) {
  (void)state;
  char *w = NULL, *body = NULL;
  size_t wl = 0, bl = 0;
  char http[1024];
  /* 1: gzip content coding under chunked transfer coding */
  char *gz = NULL;
  size_t gzl = 0;
  gzip_member(page_html, sizeof page_html - 1, &gz, &gzl);
  int k =
      snprintf(http, sizeof http,
               "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
               "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n");
  append(&body, &bl, http, (size_t)k);
  size_t cut = gzl / 2;
  k = snprintf(http, sizeof http, "%zx\r\n", cut);
  append(&body, &bl, http, (size_t)k);
  append(&body, &bl, gz, cut);
  k = snprintf(http, sizeof http, "\r\n%zX\r\n", gzl - cut);
  append(&body, &bl, http, (size_t)k);
  append(&body, &bl, gz + cut, gzl - cut);
  append(&body, &bl, "\r\n0\r\n\r\n", 7);
  warc_record(&w, &wl, "response",
              "WARC-Target-URI: https://a.example/1\r\n"
              "WARC-Date: 2024-01-05T00:00:00Z\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              body, bl);
  free(gz);
  /* 2: a redirect, 3: a PDF, 4: a revisit — skipped silently */
  static const char redirect[] =
      "HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Type: "
      "text/html\r\n\r\n<p>moved</p>";
  warc_record(&w, &wl, "response",
              "WARC-Target-URI: https://a.example/2\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              redirect, sizeof redirect - 1);
  static const char pdf[] =
      "HTTP/1.0 200 OK\nContent-Type: application/pdf\n\n%PDF-1.4";
  warc_record(&w, &wl, "response",
              "WARC-Target-URI: https://a.example/3\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              pdf, sizeof pdf - 1);
  warc_record(&w, &wl, "revisit",
              "WARC-Target-URI: https://a.example/1\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              "HTTP/1.1 200 OK\r\n\r\n", 19);
  /* 5: brotli: an error for this record only */
  static const char br[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                           "Content-Encoding: br\r\n\r\n\x1b\x02\x03";
  warc_record(&w, &wl, "response",
              "WARC-Target-URI: https://a.example/5\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              br, sizeof br - 1);
  /* 6: no HTTP head at all */
  warc_record(&w, &wl, "response",
              "WARC-Target-URI: https://a.example/6\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              "garbage", 7);
  /* 7: identity coding, no date in the page: the WARC-Date; a "gzip"
     header on a payload the crawler stored decoded */
  body = realloc(body, 1);
  bl = 0;
  k = snprintf(http, sizeof http,
               "HTTP/1.1 200 OK\nContent-Type: application/xhtml+xml\n"
               "Content-Encoding: gzip\n\n");
  append(&body, &bl, http, (size_t)k);
  append(&body, &bl, page_html, sizeof page_html - 1);
  warc_record(&w, &wl, "response",
              "warc-target-uri: https://a.example/7\r\n"
              "WARC-Date: 2024-01-07T08:00:00Z\r\n"
              "content-type: application/http;msgtype=response\r\n",
              body, bl);
  /* 8: a big page over the (lowered) limit: a LIMIT error, skipped */
  char *big = malloc(6000);
  assert_non_null(big);
  memset(big, 'x', 6000);
  memcpy(big, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>", 47);
  warc_record(&w, &wl, "response",
              "WARC-Target-URI: https://a.example/8\r\n"
              "Content-Type: application/http; msgtype=response\r\n",
              big, 6000);
  free(big);
  /* 9: a record without a target URI: the file and record number */
  k = snprintf(http, sizeof http,
               "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s",
               page_html);
  warc_record(&w, &wl, "response",
              "Content-Type: application/http; msgtype=response\r\n", http,
              (size_t)k);

  struct mem m;
  mem_open(&m, w, wl, "wire.warc", NEWSKG_INPUT_AUTO);
  nkg_reader_set_max_record(m.r, 4096);
  const newskg_document *d = next_doc(m.r);
  assert_doc(d, "https://a.example/1", "2024-01-05", "https://a.example/1");
  assert_contains(d, "Emmanuel Macron met Olaf Scholz in Berlin on Monday.");
  assert_null(strstr(d->text, "Kishida"));
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "wire.warc record 5 (https://a.example/5): ",
               "unsupported Content-Encoding 'br'");
  expect_error(
      m.r, NEWSKG_ERR_BAD_INPUT,
      "wire.warc record 6 (https://a.example/6): ", "no HTTP response head");
  d = next_doc(m.r);
  assert_doc(d, "https://a.example/7", "2024-01-07", "https://a.example/7");
  assert_contains(d, "Olaf Scholz");
  expect_error(m.r, NEWSKG_ERR_LIMIT,
               "wire.warc record 8 (https://a.example/8): ",
               "exceeds the limit of 4096");
  d = next_doc(m.r);
  assert_doc(d, "wire.warc-9", NULL, NULL);
  expect_end(m.r);
  mem_close(&m);

  /* cut inside the last block: the pages before, then one error, then
     the end */
  mem_open(&m, w, wl - 40, "cut.warc", NEWSKG_INPUT_AUTO);
  size_t docs = 0, errors = 0;
  char last[600] = "";
  for (;;) {
    newskg_status st = newskg_reader_next(m.r, &d);
    if (st == NEWSKG_OK && !d)
      break;
    if (st == NEWSKG_OK)
      docs++;
    else
      errors++, snprintf(last, sizeof last, "%s", newskg_errmsg());
  }
  /* 1, 7 and 8 (under the default limit a page like any other); 5 and 6,
     then the cut one */
  assert_int_equal(docs, 3);
  assert_int_equal(errors, 3);
  if (!strstr(last, "cut.warc record 9: record cut short"))
    fail_msg("last error: %s", last);
  mem_close(&m);
  free(body);
  free(w);
}

/* Not WARC at all, or a header that never ends: one error, the end. */
static void test_warc_garbage(void **state) {
  (void)state;
  struct mem m;
  static const char junk[] = "HTTP/1.1 200 OK\r\n\r\n<html></html>";
  mem_open(&m, junk, sizeof junk - 1, "junk", NEWSKG_INPUT_WARC);
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "junk record 1: ", "not a WARC record");
  expect_end(m.r);
  mem_close(&m);

  static const char nolen[] = "WARC/1.0\r\nWARC-Type: response\r\n\r\nabc";
  mem_open(&m, nolen, sizeof nolen - 1, "nolen.warc", NEWSKG_INPUT_AUTO);
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "nolen.warc record 1: ", "no valid Content-Length");
  expect_end(m.r);
  mem_close(&m);

  static const char open_head[] = "WARC/1.0\r\nWARC-Type: response\r\n";
  mem_open(&m, open_head, sizeof open_head - 1, "head.warc", NEWSKG_INPUT_AUTO);
  expect_error(m.r, NEWSKG_ERR_BAD_INPUT,
               "head.warc record 1: ", "ends inside a record header");
  expect_end(m.r);
  mem_close(&m);

  /* an empty file is an empty crawl */
  mem_open(&m, "", 0, "empty.warc", NEWSKG_INPUT_AUTO);
  expect_end(m.r);
  mem_close(&m);
}

/* The crawl's pages through the pipeline: the article's meeting, and no
   entity of the page furniture. */
static void test_warc_end_to_end(void **state) {
  (void)state;
  newskg_pipeline *p = NULL;
  newskg_options opts = {.today = "2024-06-01"};
  assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_OK);
  newskg_reader *r = NULL;
  assert_int_equal(newskg_reader_open_path(path_of("corpus/crawl.warc"),
                                           NEWSKG_INPUT_AUTO, &r),
                   NEWSKG_OK);
  const newskg_document *d = next_doc(r);
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(p, d, &g), NEWSKG_OK);
  char *nt = NULL;
  size_t len = 0;
  assert_int_equal(nt_serialize(p, g, NEWSKG_FORMAT_NTRIPLES, &nt, &len),
                   NEWSKG_OK);
  struct nt_graph tg;
  assert_true(nt_parse(nt, &tg));
  assert_true(newskg_graph_event_count(g) >= 1);
  /* Justin Trudeau (cookie banner) and Narendra Modi (ticker, nav) */
  assert_int_equal(nt_count(&tg, NT_WD("Q3099714"), NULL, NULL), 0);
  assert_int_equal(nt_count(&tg, NT_WD("Q1058"), NULL, NULL), 0);
  assert_non_null(strstr(nt, "doc/https%3A//courier.example.org"));
  nt_free(&tg);
  free(nt);
  newskg_graph_free(g);
  newskg_reader_free(r);
  newskg_pipeline_free(p);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s TEST_DATA_DIR\n", argv[0]);
    return 2;
  }
  data_dir = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_formats),
      cmocka_unit_test(test_sniff),
      cmocka_unit_test(test_text_and_html_files),
      cmocka_unit_test(test_open_errors),
      cmocka_unit_test(test_jsonl_articles),
      cmocka_unit_test(test_jsonl_gzip_members),
      cmocka_unit_test(test_jsonl_malformed_line_skipped),
      cmocka_unit_test(test_jsonl_records),
      cmocka_unit_test(test_jsonl_long_line),
      cmocka_unit_test(test_warc_crawl),
      cmocka_unit_test(test_warc_gzip_per_record),
      cmocka_unit_test(test_warc_payloads),
      cmocka_unit_test(test_warc_garbage),
      cmocka_unit_test(test_warc_end_to_end),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
