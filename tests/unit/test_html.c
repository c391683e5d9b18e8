/*
 * Input stage, saved web pages: the own test pages in tests/data/html/
 * (path in argv[1]) go through newskg_input_from_html().  The article text
 * must keep the story's sentences with paragraph breaks and lose every
 * piece of page furniture (navigation, header, cookie banner, share bar,
 * ads, comments, sidebar, newsletter box, footer, scripts), each of which
 * names a world leader next to "met"; the metadata must come from the
 * right source; and the end-to-end extraction of the main page must yield
 * the article's meeting and no entity of the boilerplate.  Also: the
 * HTML-or-text detector on every file, the body fallback, JSON-LD and
 * <time> dates, a malformed page, encodings, and the error paths.
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

#include "input/input.h"
#include "nt.h"

#define MAIN_PAGE "article-with-boilerplate.html"

static const char *data_dir;

/* ---- helpers ---- */

static char *read_file(const char *name, size_t *len) {
  char path[4096];
  int n = snprintf(path, sizeof path, "%s/%s", data_dir, name);
  assert_true(n > 0 && (size_t)n < sizeof path);
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s", path);
  assert_int_equal(fseek(f, 0, SEEK_END), 0);
  long size = ftell(f);
  assert_true(size >= 0);
  assert_int_equal(fseek(f, 0, SEEK_SET), 0);
  char *buf = malloc((size_t)size + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
  buf[size] = '\0';
  fclose(f);
  *len = (size_t)size;
  return buf;
}

static newskg_input *load(const char *name) {
  size_t len;
  char *html = read_file(name, &len);
  newskg_input *in = NULL;
  newskg_status st = newskg_input_from_html(html, len, &in);
  free(html);
  if (st != NEWSKG_OK)
    fail_msg("%s: %s (%s)", name, newskg_strerror(st), newskg_errmsg());
  assert_non_null(in);
  return in;
}

static const char *text_of(const newskg_input *in) {
  const newskg_document *d = newskg_input_document(in);
  assert_non_null(d);
  assert_non_null(d->text);
  assert_int_equal(strlen(d->text), d->len);
  return d->text;
}

static void assert_contains(const char *text, const char *what) {
  if (!strstr(text, what))
    fail_msg("missing \"%s\" in text:\n%s", what, text);
}

static void assert_lacks(const char *text, const char *what) {
  if (strstr(text, what))
    fail_msg("boilerplate \"%s\" leaked into text:\n%s", what, text);
}

static void assert_str_or_null(const char *got, const char *want) {
  if (!want)
    assert_null(got);
  else {
    assert_non_null(got);
    assert_string_equal(got, want);
  }
}

/* Text laid out as the sentence splitter wants it: no leading or trailing
   blanks, no runs of spaces, tabs or control characters, at most one
   blank line. */
static void assert_tidy(const char *text) {
  size_t n = strlen(text);
  assert_true(n > 0);
  assert_true(text[0] != ' ' && text[0] != '\n');
  assert_true(text[n - 1] != ' ' && text[n - 1] != '\n');
  assert_null(strstr(text, "  "));
  assert_null(strstr(text, " \n"));
  assert_null(strstr(text, "\n "));
  assert_null(strstr(text, "\n\n\n"));
  for (size_t i = 0; i < n; i++)
    assert_true((unsigned char)text[i] >= 0x20 || text[i] == '\n');
}

/* ---- the main page: text ---- */

static void test_html_article_keeps_story(void **state) {
  (void)state;
  newskg_input *in = load(MAIN_PAGE);
  const char *t = text_of(in);
  /* the article's own header (headline) is article text */
  assert_contains(t, "Lula and Sánchez meet in Madrid to revive "
                     "EU\u2013Mercosur trade deal");
  assert_contains(t, "Brazilian President Luiz Inácio Lula da Silva met "
                     "Spanish Prime Minister Pedro Sánchez in Madrid on "
                     "Wednesday, pressing for a quick end");
  assert_contains(t, "The two leaders spoke for nearly two hours at the "
                     "Moncloa Palace");
  /* &nbsp; collapses like any blank */
  assert_contains(t, "\u201cWe want an agreement that is fair to both "
                     "sides,\u201d Lula told reporters after the meeting. "
                     "Sánchez said Spain would champion the deal");
  assert_tidy(t);
  newskg_input_free(in);
}

static void test_html_article_drops_boilerplate(void **state) {
  (void)state;
  static const char *const leaks[] = {
      /* cookie banner */ "cookies", "Accept all",
      /* site header, nav, breadcrumbs */ "Daily Courier", "Breaking",
      "Live:", "Home",
      /* share bar, ad, caption, article footer */ "Share",
      "Advertisement", "Photo:", "file image", "Tags:",
      /* comments, sidebar, newsletter, site footer */ "Comments",
      "nothing changed", "so what", "Sponsored", "Related", "Sign up",
      "All rights reserved",
      /* style and scripts */ "position", "dataLayer", "trackPageview",
      /* every leader named only in the boilerplate */ "Trudeau",
      "Albanese", "Kishida", "Modi", "Ramaphosa", "Meloni", "Scholz",
      "Erdoğan", "Tusk", "Biden"};
  newskg_input *in = load(MAIN_PAGE);
  const char *t = text_of(in);
  for (size_t i = 0; i < sizeof leaks / sizeof *leaks; i++)
    assert_lacks(t, leaks[i]);
  newskg_input_free(in);
}

static void test_html_paragraph_breaks(void **state) {
  (void)state;
  newskg_input *in = load(MAIN_PAGE);
  const char *t = text_of(in);
  /* <p> -> blank line; the whitespace inside a <p> -> one space */
  assert_contains(t, "the Mercosur bloc.\n\nThe two leaders");
  assert_contains(t, "before the summer.\n\n\u201cWe want");
  assert_contains(t, "trade deal\n\nBy Ana Ferreira");
  assert_contains(t, "Spanish Prime Minister Pedro Sánchez in Madrid");
  newskg_input_free(in);
}

/* ---- metadata ---- */

static void test_html_metadata_main_page(void **state) {
  (void)state;
  newskg_input *in = load(MAIN_PAGE);
  const newskg_document *d = newskg_input_document(in);
  /* og:title beats <title>; article:published_time beats <meta
     name="date"> and the byline's <time>; canonical beats og:url */
  assert_str_or_null(newskg_input_title(in),
                     "Lula and Sánchez meet in Madrid to revive "
                     "EU\u2013Mercosur trade deal");
  assert_str_or_null(d->date, "2023-04-26");
  assert_str_or_null(d->url,
                     "https://courier.example.org/world/lula-sanchez-madrid");
  assert_null(d->id);
  newskg_input_free(in);
}

static void test_html_jsonld_date_and_body_fallback(void **state) {
  (void)state;
  newskg_input *in = load("jsonld-body-fallback.html");
  const newskg_document *d = newskg_input_document(in);
  const char *t = text_of(in);
  assert_contains(t, "Kishida and Albanese hold talks in Canberra\n\n"
                     "Japanese Prime Minister Fumio Kishida met Australian "
                     "Prime Minister Anthony Albanese in Canberra on "
                     "Thursday.\n\nThe leaders discussed");
  assert_lacks(t, "datePublished");
  assert_lacks(t, "schema.org");
  assert_tidy(t);
  assert_str_or_null(d->date, "2023-06-01"); /* not dateModified */
  assert_str_or_null(d->url, NULL);
  assert_str_or_null(newskg_input_title(in),
                     "Kishida and Albanese hold talks in Canberra");
  newskg_input_free(in);
}

static void test_html_time_datetime_only(void **state) {
  (void)state;
  newskg_input *in = load("time-only.html");
  const newskg_document *d = newskg_input_document(in);
  const char *t = text_of(in);
  assert_contains(t, "Ramaphosa met Italian Prime Minister Giorgia Meloni "
                     "in Pretoria on Friday.\nThey discussed"); /* <br> */
  assert_tidy(t);
  assert_str_or_null(d->date, "2023-07-14");
  assert_str_or_null(d->url, NULL);
  assert_str_or_null(newskg_input_title(in), NULL); /* no title, no <h1> */
  newskg_input_free(in);
}

static void test_html_malformed_page_still_yields_text(void **state) {
  (void)state;
  newskg_input *in = load("malformed.html");
  const newskg_document *d = newskg_input_document(in);
  const char *t = text_of(in);
  assert_contains(t, "Canadian Prime Minister Justin Trudeau met US "
                     "President Joe Biden in Ottawa on Friday.");
  assert_contains(t, "promised closer cooperation on critical minerals");
  assert_contains(t, "The visit was the first by Biden to Canada");
  assert_contains(t, "three hours");
  assert_tidy(t);
  assert_str_or_null(newskg_input_title(in), "Trudeau and Biden in Ottawa");
  assert_str_or_null(d->date, NULL);
  newskg_input_free(in);
}

/* ---- end to end ---- */

static void test_html_end_to_end_meeting_without_boilerplate(void **state) {
  (void)state;
  static const char *const absent[] = {
      NT_WD("Q3099714"), /* Justin Trudeau */
      NT_WD("Q335697"),  /* Anthony Albanese */
      NT_WD("Q359480"),  /* Fumio Kishida */
      NT_WD("Q1058"),    /* Narendra Modi */
      NT_WD("Q1148669"), /* Cyril Ramaphosa */
      NT_WD("Q451791"),  /* Giorgia Meloni */
      NT_WD("Q61053"),   /* Olaf Scholz */
      NT_WD("Q39259"),   /* Recep Tayyip Erdoğan */
      NT_WD("Q946"),     /* Donald Tusk */
      NT_WD("Q6279"),    /* Joe Biden */
      NT_WD("Q64"),      /* Berlin (sidebar teaser) */
      NT_WD("Q1490"),    /* Tokyo (header ticker) */
  };
  newskg_input *in = load(MAIN_PAGE);
  newskg_pipeline *p = NULL;
  newskg_graph *g = NULL;
  newskg_writer *w = NULL;
  assert_int_equal(newskg_pipeline_new(NULL, &p), NEWSKG_OK);
  assert_int_equal(newskg_pipeline_extract(p, newskg_input_document(in), &g),
                   NEWSKG_OK);
  assert_true(newskg_graph_event_count(g) >= 1);

  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(newskg_writer_new(p, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_add(w, g), NEWSKG_OK);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_OK);
  newskg_writer_free(w);
  assert_int_equal(fclose(f), 0);

  struct nt_graph nt;
  assert_true(nt_parse(buf, &nt));
  static const char *const pair[] = {NT_WD("Q37181"),    /* Lula */
                                     NT_WD("Q6070218")}; /* Sánchez */
  const char *ev = nt_subject_with_all(&nt, NT_NKG("participant"), pair, 2);
  if (!ev)
    fail_msg("no meeting of Lula and Sánchez in:\n%s", buf);
  assert_int_equal(nt_count(&nt, ev, NT_RDF_TYPE, NT_NKG("Meeting")), 1);
  assert_int_equal(nt_count(&nt, ev, NT_NKG("location"), NT_WD("Q2807")), 1);
  assert_true(nt_count(&nt, NULL, NT_NKG("date"), NT_DATE("2023-04-26")) >= 1);
  for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
    if (nt_count(&nt, absent[i], NULL, NULL) ||
        nt_count(&nt, NULL, NULL, absent[i]))
      fail_msg("boilerplate entity %s in the graph:\n%s", absent[i], buf);
  nt_free(&nt);
  free(buf);
  newskg_graph_free(g);
  newskg_pipeline_free(p);
  newskg_input_free(in);
}

/* Every page's document is accepted by the pipeline as it is (valid
   UTF-8, no NUL, date well formed). */
static void test_html_documents_feed_the_pipeline(void **state) {
  (void)state;
  static const char *const pages[] = {MAIN_PAGE, "jsonld-body-fallback.html",
                                      "time-only.html", "malformed.html"};
  newskg_pipeline *p = NULL;
  assert_int_equal(newskg_pipeline_new(NULL, &p), NEWSKG_OK);
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    newskg_input *in = load(pages[i]);
    newskg_graph *g = NULL;
    newskg_status st = newskg_pipeline_extract(p, newskg_input_document(in), &g);
    if (st != NEWSKG_OK)
      fail_msg("%s: %s (%s)", pages[i], newskg_strerror(st), newskg_errmsg());
    assert_true(newskg_graph_event_count(g) >= 1);
    newskg_graph_free(g);
    newskg_input_free(in);
  }
  newskg_pipeline_free(p);
}

/* ---- detection ---- */

static void test_html_detector_on_files(void **state) {
  (void)state;
  static const struct {
    const char *file;
    bool html;
  } files[] = {{MAIN_PAGE, true},
               {"jsonld-body-fallback.html", true},
               {"time-only.html", true},
               {"malformed.html", true},
               {"plain.txt", false}};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    size_t len;
    char *buf = read_file(files[i].file, &len);
    if (newskg_looks_like_html(buf, len) != files[i].html)
      fail_msg("%s: looks_like_html should be %d", files[i].file,
               files[i].html);
    free(buf);
  }
}

static void test_html_detector_cases(void **state) {
  (void)state;
  static const struct {
    const char *buf;
    bool html;
  } cases[] = {
      {"\xEF\xBB\xBF  \n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
       true},
      {"\t<HTML lang=en>", true},
      {"<head><title>x</title>", true},
      {"<BODY>text", true},
      {"<article><p>x</p></article>", true},
      {"<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"x\">", true},
      {"<!-- saved from url=(0042)https://example.org -->\n<html>", true},
      {"<?xml version=\"1.0\"?>\n<rss><channel/></rss>", false},
      {"Putin met Erdogan in Sochi.", false},
      {"<b>Putin</b> met Erdogan.", false},
      {"", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    if (newskg_looks_like_html(cases[i].buf, strlen(cases[i].buf)) !=
        cases[i].html)
      fail_msg("case %zu (\"%s\"): want %d", i, cases[i].buf, cases[i].html);
  /* "<html" counts only within the first 1 KiB of plain text */
  char text[2048];
  memset(text, 'a', sizeof text);
  memcpy(text + 1500, "<html>", 6);
  assert_false(newskg_looks_like_html(text, sizeof text));
  memcpy(text + 500, "<html>", 6);
  assert_true(newskg_looks_like_html(text, sizeof text));
  assert_false(newskg_looks_like_html(NULL, 10));
}

/* ---- encodings ---- */

static newskg_input *from_string(const char *html) {
  newskg_input *in = NULL;
  newskg_status st = newskg_input_from_html(html, strlen(html), &in);
  if (st != NEWSKG_OK)
    fail_msg("\"%s\": %s (%s)", html, newskg_strerror(st), newskg_errmsg());
  return in;
}

static void test_html_encodings(void **state) {
  (void)state;
  /* UTF-8 with no charset: libxml2 alone would read it as Latin-1 */
  newskg_input *in = from_string("<p>Pedro S\xC3\xA1nchez met Recep Tayyip "
                                 "Erdo\xC4\x9F" "an.</p>");
  assert_string_equal(text_of(in), "Pedro Sánchez met Recep Tayyip Erdoğan.");
  newskg_input_free(in);
  /* a declared legacy charset is honoured and converted to UTF-8 */
  in = from_string("<meta charset=\"windows-1252\"><p>S\xE1nchez said "
                   "\x93yes\x94.</p>");
  assert_string_equal(text_of(in), "Sánchez said \u201cyes\u201d.");
  newskg_input_free(in);
  /* undeclared non-UTF-8 bytes still come out as valid UTF-8 */
  in = from_string("<p>S\xE1nchez \xFF</p>");
  assert_string_equal(text_of(in), "Sánchez ÿ");
  newskg_input_free(in);
  /* BOM, entities, character references; NUL and zero-width dropped */
  in = from_string("\xEF\xBB\xBF<p>Lula &amp; S&aacute;nchez&#8203;&#x21;"
                   " &#0;&lt;3</p>");
  assert_string_equal(text_of(in), "Lula & Sánchez! <3");
  newskg_input_free(in);
}

/* ---- rules ---- */

static void test_html_boilerplate_words(void **state) {
  (void)state;
  static const struct {
    const char *value;
    bool in_article, boiler;
  } cases[] = {
      {"site-nav", false, true},       {"topnav", false, true},
      {"ad-slot", false, true},        {"top-ad", false, true},
      {"div-gpt-ad-123", false, true}, {"ads", false, true},
      {"Advertisement", false, true},  {"cookieConsent", false, true},
      {"comments", false, true},       {"share-bar", false, true},
      {"SIDEBAR", false, true},        {"entry-header", false, true},
      {"entry-header", true, false},   {"site-footer", true, true},
      {"lead-paragraph", false, false}, /* not "ad-" */
      {"read-more", false, false},     {"head-title", false, false},
      {"commentary", false, false},    {"story-body", false, false},
      {"address", false, false},       {"", false, false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    if (nkg_input_is_boilerplate(cases[i].value, cases[i].in_article) !=
        cases[i].boiler)
      fail_msg("\"%s\" (in_article %d): want %d", cases[i].value,
               cases[i].in_article, cases[i].boiler);
  assert_false(nkg_input_is_boilerplate(NULL, false));
}

static void test_html_iso_dates(void **state) {
  (void)state;
  char out[11];
  assert_true(nkg_input_iso_date("2023-04-26T18:30:00+02:00", 25, out));
  assert_string_equal(out, "2023-04-26");
  assert_true(nkg_input_iso_date("2024-02-29", 10, out));
  assert_true(nkg_input_iso_date("2023-12-31 10:00", 16, out));
  assert_false(nkg_input_iso_date("2023-02-29", 10, out)); /* no leap day */
  assert_false(nkg_input_iso_date("2023-13-01", 10, out));
  assert_false(nkg_input_iso_date("2023-04-00", 10, out));
  assert_false(nkg_input_iso_date("2023-04-261", 11, out));
  assert_false(nkg_input_iso_date("0000-01-01", 10, out));
  assert_false(nkg_input_iso_date("2023/04/26", 10, out));
  assert_false(nkg_input_iso_date("2023-04-2", 9, out));
  assert_false(nkg_input_iso_date("April 26, 2023", 14, out));
}

/* Invalid dates and relative canonical links are skipped for the next
   source; the JSON-LD scan wants the key followed by a string. */
static void test_html_metadata_fallbacks(void **state) {
  (void)state;
  newskg_input *in = from_string(
      "<html><head>"
      "<meta property=\"article:published_time\" content=\"yesterday\">"
      "<meta name=\"DC.date.issued\" content=\"2023-02-30\">"
      "<script type=\"application/ld+json\">{\"datePublished\": null, "
      "\"x\": \"datePublished\", \"datePublished\": \"2022-11-05\"}</script>"
      "<link rel=\"Canonical\" href=\"/relative/path\">"
      "<meta property=\"og:url\" content=\" https://example.org/a \">"
      "</head><body><header><h1>Site</h1></header>"
      "<article><h1>  Story\n headline </h1><p>Text.</p></article>"
      "</body></html>");
  const newskg_document *d = newskg_input_document(in);
  assert_str_or_null(d->date, "2022-11-05");
  assert_str_or_null(d->url, "https://example.org/a");
  assert_str_or_null(newskg_input_title(in), "Story headline");
  assert_string_equal(text_of(in), "Story headline\n\nText.");
  newskg_input_free(in);
  /* <meta name="pubdate"> and itemprop on <time>; a javascript: URL */
  in = from_string("<meta name=\"PubDate\" content=\"2021-01-02\">"
                   "<link rel=\"canonical\" href=\"javascript:alert(1)\">"
                   "<title>T</title><p>x</p>");
  d = newskg_input_document(in);
  assert_str_or_null(d->date, "2021-01-02");
  assert_str_or_null(d->url, NULL);
  assert_str_or_null(newskg_input_title(in), "T");
  newskg_input_free(in);
  in = from_string("<body><p><time itemprop=\"datePublished\" "
                   "datetime=\"2020-03-04T05:06\">x</time> "
                   "<time datetime=\"2020-01-01\">y</time></p></body>");
  assert_str_or_null(newskg_input_document(in)->date, "2020-03-04");
  newskg_input_free(in);
}

/* A teaser <article> in the sidebar is not the story, and a wrapper
   whose class names boilerplate does not empty the page. */
static void test_html_article_choice(void **state) {
  (void)state;
  newskg_input *in = from_string(
      "<body><aside><article><p>Teaser.</p></article></aside>"
      "<div class=\"related\"><article><p>Other.</p></article></div>"
      "<article><p>Story.</p></article></body>");
  assert_string_equal(text_of(in), "Story.");
  newskg_input_free(in);
  in = from_string("<body><div class=\"layout has-sidebar\"><p>Only text."
                   "</p></div></body>");
  assert_string_equal(text_of(in), "Only text.");
  newskg_input_free(in);
  in = from_string("<body><article></article><main><p>Main.</p>"
                   "<div hidden>Hidden.</div><div aria-hidden=\"true\">H"
                   "</div><div role=\"navigation\">N</div></main></body>");
  assert_string_equal(text_of(in), "Main.");
  newskg_input_free(in);
  /* inline markup keeps words apart exactly as written */
  in = from_string("<p><b>Lula</b> <i>met</i> S<span>ánchez</span>."
                   "<span class=\"share\">3</span>Then</p>");
  assert_string_equal(text_of(in), "Lula met Sánchez. Then");
  newskg_input_free(in);
}

/* ---- errors ---- */

static void test_html_errors(void **state) {
  (void)state;
  static int sentinel;
  newskg_input *in = (newskg_input *)&sentinel; /* must be reset to NULL */
  assert_int_equal(newskg_input_from_html(NULL, 3, &in), NEWSKG_ERR_BAD_ARG);
  assert_null(in);
  assert_int_equal(newskg_input_from_html("<p>x</p>", 8, NULL),
                   NEWSKG_ERR_BAD_ARG);
  in = (newskg_input *)&sentinel;
  assert_int_equal(newskg_input_from_html("", 0, &in), NEWSKG_ERR_BAD_INPUT);
  assert_null(in);
  assert_int_equal(newskg_input_from_html(" \n\t ", 4, &in),
                   NEWSKG_ERR_BAD_INPUT);
  static const char *const empty[] = {
      "<html><head><title>T</title></head><body></body></html>",
      "<body><nav>Menu</nav><script>x()</script><footer>F</footer></body>",
      "<!-- only a comment -->",
  };
  for (size_t i = 0; i < sizeof empty / sizeof *empty; i++) {
    assert_int_equal(newskg_input_from_html(empty[i], strlen(empty[i]), &in),
                     NEWSKG_ERR_BAD_INPUT);
    assert_null(in);
    assert_true(strlen(newskg_errmsg()) > 0);
  }
  assert_int_equal(newskg_input_from_html("<p>x</p>",
                                          NEWSKG_MAX_DOCUMENT_BYTES + 1, &in),
                   NEWSKG_ERR_LIMIT);
  /* the length is honoured: no NUL terminator needed */
  assert_int_equal(newskg_input_from_html("<p>abc</p>GARBAGE", 10, &in),
                   NEWSKG_OK);
  assert_string_equal(text_of(in), "abc");
  newskg_input_free(in);
  newskg_input_free(NULL);
  assert_null(newskg_input_document(NULL));
  assert_null(newskg_input_title(NULL));
}

/* ---- hostile markup ---- */

/* An XHTML page with an external entity naming a local file and an
   entity-expansion bomb: the file is never read into the text, the bomb
   never expanded, and the story still comes through. */
static void test_html_xml_entities_never_fetched_or_expanded(void **state) {
  (void)state;
  char secret[] = "/tmp/newskg-xxe-XXXXXX";
  int fd = mkstemp(secret);
  assert_true(fd >= 0);
  static const char marker[] = "SECRET-MARKER-7f3a";
  assert_int_equal(write(fd, marker, sizeof marker - 1), (ssize_t)(sizeof marker - 1));
  close(fd);
  char page[4096];
  int n = snprintf(page, sizeof page,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n"
      "<!ENTITY xxe SYSTEM \"file://%s\">\n"
      "<!ENTITY a \"aaaaaaaaaa\">\n"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
      "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n]>\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><article>"
      "<p>Leak: &xxe; Bomb: &e;</p>"
      "<p>Olaf Scholz met Emmanuel Macron in Paris on Monday.</p>"
      "</article></body></html>\n", secret);
  assert_true(n > 0 && (size_t)n < sizeof page);
  newskg_input *in = NULL;
  newskg_status st = newskg_input_from_html(page, (size_t)n, &in);
  unlink(secret);
  assert_int_equal(st, NEWSKG_OK);
  const char *text = text_of(in);
  assert_lacks(text, marker);
  assert_lacks(text, "aaaaaaaaaaaaaaaaaaaa"); /* two expansions of &a; */
  assert_true(strlen(text) < (size_t)n);
  assert_contains(text, "Olaf Scholz met Emmanuel Macron in Paris");
  newskg_input_free(in);
}

/* 200,000 nested elements: a text or a clean error, never a stack
   overflow in a recursive walk. */
static void test_html_deep_nesting(void **state) {
  (void)state;
  enum { DEPTH = 200000 };
  static const char open_tag[] = "<div>", close_tag[] = "</div>";
  static const char story[] = "<p>Olaf Scholz met Emmanuel Macron.</p>";
  size_t len = DEPTH * (sizeof open_tag - 1) + sizeof story - 1 +
               DEPTH * (sizeof close_tag - 1);
  char *page = malloc(len);
  assert_non_null(page);
  char *w = page;
  for (int i = 0; i < DEPTH; i++, w += sizeof open_tag - 1)
    memcpy(w, open_tag, sizeof open_tag - 1);
  memcpy(w, story, sizeof story - 1);
  w += sizeof story - 1;
  for (int i = 0; i < DEPTH; i++, w += sizeof close_tag - 1)
    memcpy(w, close_tag, sizeof close_tag - 1);
  assert_int_equal((size_t)(w - page), len);
  newskg_input *in = NULL;
  newskg_status st = newskg_input_from_html(page, len, &in);
  free(page);
  if (st == NEWSKG_OK) {
    (void)text_of(in); /* whatever libxml2 kept, it is valid text */
    newskg_input_free(in);
  } else {
    assert_null(in);
    assert_true(strlen(newskg_errmsg()) > 0);
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s HTML_DATA_DIR\n", argv[0]);
    return 2;
  }
  data_dir = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html_article_keeps_story),
      cmocka_unit_test(test_html_article_drops_boilerplate),
      cmocka_unit_test(test_html_paragraph_breaks),
      cmocka_unit_test(test_html_metadata_main_page),
      cmocka_unit_test(test_html_jsonld_date_and_body_fallback),
      cmocka_unit_test(test_html_time_datetime_only),
      cmocka_unit_test(test_html_malformed_page_still_yields_text),
      cmocka_unit_test(test_html_end_to_end_meeting_without_boilerplate),
      cmocka_unit_test(test_html_documents_feed_the_pipeline),
      cmocka_unit_test(test_html_detector_on_files),
      cmocka_unit_test(test_html_detector_cases),
      cmocka_unit_test(test_html_encodings),
      cmocka_unit_test(test_html_boilerplate_words),
      cmocka_unit_test(test_html_iso_dates),
      cmocka_unit_test(test_html_metadata_fallbacks),
      cmocka_unit_test(test_html_article_choice),
      cmocka_unit_test(test_html_errors),
      cmocka_unit_test(test_html_xml_entities_never_fetched_or_expanded),
      cmocka_unit_test(test_html_deep_nesting),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
