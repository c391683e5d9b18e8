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
#include <libxml/parser.h>
#include <raptor2.h>
#include <unistd.h>

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
static newskg_pipeline *round_pipeline; /* a test's own pipeline */

static int test_teardown(void **state) {
  (void)state;
  newskg_graph_free(graph_a);
  newskg_graph_free(graph_b);
  free(buffer);
  newskg_pipeline_free(round_pipeline);
  graph_a = graph_b = NULL;
  buffer = NULL;
  round_pipeline = NULL;
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

static newskg_graph *extract_with(const newskg_pipeline *p, const char *text,
                                  const char *id) {
  newskg_document doc = {.text = text, .len = strlen(text), .id = id,
                         .date = "2024-03-15"};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(p, &doc, &g), NEWSKG_OK);
  return g;
}

static newskg_graph *extract(const char *text, const char *id) {
  return extract_with(pipeline, text, id);
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
    /* every syntax but RDF/XML (one XML document) streams: the first
       document is out before the second is added, not held to the end */
    assert_int_equal(fflush(f), 0);
    size_t after_a = len;
    if (rdf_formats[k].format != NEWSKG_FORMAT_RDFXML && after_a == 0)
      fail_msg("%s: the first document was held back", rdf_formats[k].syntax);
    if (st == NEWSKG_OK)
      st = newskg_writer_add(w, graph_b);
    if (st == NEWSKG_OK)
      st = newskg_writer_finish(w);
    newskg_writer_free(w);
    fclose(f);
    if (rdf_formats[k].format != NEWSKG_FORMAT_RDFXML) {
      /* and what came after it is the second document alone: a block of
         its own in Turtle, @prefix lines included */
      struct counts first = parse(rdf_formats[k].syntax, buffer, after_a);
      assert_int_equal(first.errors, 0);
      assert_int_equal(first.statements, newskg_graph_triple_count(graph_a));
    }
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

/* ---- generated hostile names ---- */

/* Pieces a name is built from: what breaks a hand-made serializer
   (quotes, <>, backslash, &, braces, a control character) and Unicode that
   trips escaping (right-to-left scripts, an override mark, emoji, a
   zero-width joiner, a combining accent). */
static const char *const pieces[] = {
    "\"", "'", "<", ">", "\\", "&", "{", "}", "^", "`", "|", "%", "#",
    "\x01", "\x1E", "\x1F", "\x7F",
    "\xC2\x85", "\xC2\x9F",      /* C1 controls: NEL, APC (noncharacters
                                   and surrogates, which the gazetteer
                                   refuses, are in the text-only test
                                   below) */
    "\xD7\x90\xD7\x91",          /* Hebrew alef bet */
    "\xD8\xB9\xD8\xB1\xD8\xA8", /* Arabic */
    "\xE2\x80\xAE",              /* RIGHT-TO-LEFT OVERRIDE */
    "\xF0\x9F\x98\x80",          /* emoji */
    "\xE2\x80\x8D",              /* ZERO WIDTH JOINER */
    "e\xCC\x81",                  /* e + combining acute */
    "a", "o", "n", "r",
};

static uint32_t rng_state;

static uint32_t rng(void) { /* xorshift32: the same names on every run */
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

/* A capitalised word of 2-6 pieces: "Xa<\u202E..." */
static void word(char *out, size_t cap) {
  size_t n = 2 + rng() % 5;
  snprintf(out, cap, "%c", 'A' + (int)(rng() % 26));
  for (size_t k = 0; k < n; k++) {
    size_t used = strlen(out);
    snprintf(out + used, cap - used, "%s",
             pieces[rng() % (sizeof pieces / sizeof *pieces)]);
  }
}

/* GraphML must be well-formed XML: parsed by libxml2 without error. */
static void check_graphml(const newskg_pipeline *p, const newskg_graph *g) {
  size_t len = 0;
  assert_int_equal(nt_serialize(p, g, NEWSKG_FORMAT_GRAPHML, &buffer, &len),
                   NEWSKG_OK);
  xmlDocPtr doc = xmlReadMemory(buffer, (int)len, "generated.graphml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR |
                                    XML_PARSE_NOWARNING);
  if (!doc)
    fail_msg("GraphML does not parse:\n%s", buffer);
  xmlFreeDoc(doc);
  free(buffer);
  buffer = NULL;
}

/* Property: whatever a person's name holds, every output format parses
   back with the same triple count.  Names come from the gazetteer (labels
   in the output) and from unknown capitalised words (local IRIs). */
static void test_roundtrip_generated_hostile_names(void **state) {
  (void)state;
  rng_state = 2463534242u;
  char path[] = "/tmp/newskg-names-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  size_t linked = 0;
  for (int round = 0; round < 40; round++) {
    char a[128], b[128], c[128], d[128], e[128];
    word(a, sizeof a), word(b, sizeof b), word(c, sizeof c);
    word(d, sizeof d), word(e, sizeof e);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "qid\tlabel\taliases\ttype\tcountry\tdescription\tsource\n"
               "Q9100001\t%s %s\t\tperson\t\tgenerated\ttest\n"
               "Q9100002\t%s %s\t\tperson\t\tgenerated\ttest\n",
            a, b, c, d);
    fclose(f);
    newskg_options opts = {.today = "2024-06-01"};
    newskg_pipeline *p = NULL;
    assert_int_equal(newskg_pipeline_new(&opts, &p), NEWSKG_OK);
    round_pipeline = p;
    newskg_status st = newskg_pipeline_add_gazetteer(p, path);
    if (st != NEWSKG_OK) { /* a name the loader refuses: said, not crashed */
      assert_true(strlen(newskg_errmsg()) > 0);
      newskg_pipeline_free(p);
      round_pipeline = NULL;
      continue;
    }
    char text[1024];
    snprintf(text, sizeof text,
             "President %s %s met Prime Minister %s %s in Paris on Monday, "
             "in talks mediated by Minister %s.", a, b, c, d, e);
    graph_a = extract_with(p, text, "generated");
    size_t want = newskg_graph_triple_count(graph_a);
    linked += newskg_graph_entity_count(graph_a);
    for (size_t k = 0; k < sizeof rdf_formats / sizeof *rdf_formats; k++) {
      size_t len = 0;
      assert_int_equal(nt_serialize(p, graph_a, rdf_formats[k].format, &buffer, &len),
                       NEWSKG_OK);
      struct counts cnt = parse(rdf_formats[k].syntax, buffer, len);
      if (cnt.errors || cnt.statements != want)
        fail_msg("round %d, %s: %d errors, %zu of %zu statements; text:\n%s",
                 round, rdf_formats[k].syntax, cnt.errors, cnt.statements, want,
                 text);
      free(buffer);
      buffer = NULL;
    }
    check_graphml(p, graph_a);
    newskg_graph_free(graph_a);
    graph_a = NULL;
    newskg_pipeline_free(p);
    round_pipeline = NULL;
  }
  unlink(path);
  if (linked <= 40) /* the names did come out, not just the text */
    fail_msg("%zu entities linked in 40 rounds", linked);
}

/* ---- every control, noncharacter and broken encoding ---- */

/* The byte sequences no writer may pass through raw: each C0 control
   (NUL included), DEL, each C1 control, the noncharacters (U+FDD0-U+FDEF
   and the last two code points of every plane), UTF-16 surrogates
   encoded as UTF-8 (unpaired, as CESU and broken converters write them),
   and stray or overlong bytes.  Those that are not UTF-8 become U+FFFD in
   the repaired text; the rest reach the writers as they are. */
static size_t hostile_sequences(char (*out)[8], size_t cap) {
  size_t n = 0;
#define PUT(...)                                                               \
  do {                                                                         \
    assert_true(n < cap);                                                      \
    const unsigned char b_[] = {__VA_ARGS__, 0};                               \
    memcpy(out[n++], b_, sizeof b_);                                           \
  } while (0)
  for (unsigned c = 0; c < 0x20; c++)
    PUT((unsigned char)c);
  PUT(0x7F);
  for (unsigned c = 0x80; c <= 0x9F; c++)
    PUT(0xC2, (unsigned char)c);
  for (unsigned c = 0xFDD0; c <= 0xFDEF; c++)
    PUT(0xEF, (unsigned char)(0x80 | (c >> 6 & 0x3F)),
        (unsigned char)(0x80 | (c & 0x3F)));
  PUT(0xEF, 0xBF, 0xBE);
  PUT(0xEF, 0xBF, 0xBF);
  for (unsigned plane = 1; plane <= 16; plane++)
    for (unsigned last = 0xFFFE; last <= 0xFFFF; last++) {
      unsigned c = plane << 16 | last;
      PUT((unsigned char)(0xF0 | c >> 18), (unsigned char)(0x80 | (c >> 12 & 0x3F)),
          (unsigned char)(0x80 | (c >> 6 & 0x3F)), (unsigned char)(0x80 | (c & 0x3F)));
    }
  PUT(0xED, 0xA0, 0x80); /* U+D800 */
  PUT(0xED, 0xAF, 0xBF); /* U+DBFF */
  PUT(0xED, 0xB0, 0x80); /* U+DC00 */
  PUT(0xED, 0xBF, 0xBF); /* U+DFFF */
  PUT(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80); /* a surrogate pair, CESU-8 */
  PUT(0x80);             /* a lone continuation byte */
  PUT(0xFF);
  PUT(0xC0, 0x80);       /* overlong NUL */
#undef PUT
  return n;
}

/* No raw control but the line feed and tab in DOT output, which Graphviz
   reads (newskg's own DOT writer escapes the rest). */
static void check_dot(const newskg_pipeline *p, const newskg_graph *g,
                      const char *what) {
  size_t len = 0;
  assert_int_equal(nt_serialize(p, g, NEWSKG_FORMAT_DOT, &buffer, &len),
                   NEWSKG_OK);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)buffer[i];
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
      fail_msg("%s: DOT holds a raw 0x%02X at byte %zu", what, c, i);
  }
  free(buffer);
  buffer = NULL;
}

/* `tmpl` with each "%s" replaced by the `n` bytes of `seq` (NUL too),
   appended to out[*len]. */
static void fill(const char *tmpl, const char *seq, size_t n, char *out,
                 size_t *len, size_t cap) {
  for (const char *t = tmpl; *t; t++) {
    if (t[0] == '%' && t[1] == 's') {
      assert_true(*len + n < cap);
      memcpy(out + *len, seq, n);
      *len += n;
      t++;
    } else {
      assert_true(*len + 1 < cap);
      out[(*len)++] = *t;
    }
  }
}

/* Property (issue 13 #5): each of those sequences, inside an unknown
   name, next to a line break, in a quotation and at both ends of a
   sentence, goes through every format and parses back: the RDF syntaxes
   in raptor2 with the graph's triple count, GraphML in libxml2, DOT
   without raw controls.  A raw CR in a Turtle literal (raptor2 writes it
   so) made raptor2's own parser reject the file.  One document per
   position, a line per sequence, so the check stays quick under ASan. */
static void test_roundtrip_every_control_every_format(void **state) {
  (void)state;
  static char seqs[256][8];
  size_t nseq = hostile_sequences(seqs, 256);
  static const char *const templates[] = {
      "President Ab%scd Efg met Vladimir Putin in Moscow on Monday.\n",
      "Vladimir Putin met Xi Jinping in Beijing.%s\nThe talks went on.\n",
      "\"It was %s useful,\" Putin said after he met Xi Jinping.\n",
      "%sOlaf Scholz met Emmanuel Macron in Berlin.%s\n",
  };
  static char text[64 * 1024];
  for (size_t k = 0; k < sizeof templates / sizeof *templates; k++) {
    size_t len = 0;
    for (size_t i = 0; i < nseq; i++) {
      /* the sequence's length: NUL is one byte of its own */
      size_t n = seqs[i][0] ? strlen(seqs[i]) : 1;
      fill(templates[k], seqs[i], n, text, &len, sizeof text);
    }
    newskg_document doc = {.text = text, .len = len, .id = "hostile",
                           .date = "2024-03-15"};
    assert_int_equal(newskg_pipeline_extract(pipeline, &doc, &graph_a),
                     NEWSKG_OK);
    size_t want = newskg_graph_triple_count(graph_a);
    assert_true(newskg_graph_entity_count(graph_a) >= 2); /* the names came out */
    char what[64];
    snprintf(what, sizeof what, "template %zu (%zu sequences)", k, nseq);
    for (size_t f = 0; f < sizeof rdf_formats / sizeof *rdf_formats; f++) {
      size_t blen = 0;
      assert_int_equal(
          nt_serialize(pipeline, graph_a, rdf_formats[f].format, &buffer, &blen),
          NEWSKG_OK);
      struct counts cnt = parse(rdf_formats[f].syntax, buffer, blen);
      if (cnt.errors || cnt.statements != want)
        fail_msg("%s, %s: %d errors, %zu of %zu statements", what,
                 rdf_formats[f].syntax, cnt.errors, cnt.statements, want);
      free(buffer);
      buffer = NULL;
    }
    check_graphml(pipeline, graph_a);
    check_dot(pipeline, graph_a, what);
    newskg_graph_free(graph_a);
    graph_a = NULL;
  }
  assert_true(nseq == 139);
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
      cmocka_unit_test_teardown(test_roundtrip_generated_hostile_names,
                                test_teardown),
      cmocka_unit_test_teardown(test_roundtrip_every_control_every_format,
                                test_teardown),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
