/*
 * End to end over the own example articles in tests/data/articles/ (path
 * in argv[1]): each article is extracted through the public API with its
 * publication date and the key facts of its expected-facts list below are
 * checked in the N-Triples output: the meetings by their participants'
 * Wikidata IRIs, location, date, mediator, planned status, the events
 * that must not exist, and the NIF evidence of every event (its anchorOf
 * text must be the article's text at the stated code-point offsets).
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

#define NIF(local) "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" local ">"
#define MAX 6

enum { ANY = -1, NO = 0, YES = 1 };

struct fact {
  const char *what;                 /* for messages */
  const char *participants[MAX];    /* all present on one event */
  bool exact;                       /* ... and no other participant */
  const char *not_participants[MAX];
  const char *mediators[MAX];       /* exactly these mediators */
  const char *location;             /* or NULL: not checked */
  const char *date;                 /* NT literal, or NULL: not checked */
  int planned;                      /* YES, NO or ANY */
  const char *type;                 /* extra rdf:type, or NULL */
};

struct article {
  const char *name;       /* test name */
  const char *file;       /* in tests/data/articles */
  const char *date;       /* publication date */
  size_t events;          /* exact number of meetings */
  struct fact facts[MAX];
  const char *never[MAX]; /* entities that take part in no meeting */
};

#define ALIYEV NT_WD("Q57371")
#define PASHINYAN NT_WD("Q7035479")
#define MICHEL NT_WD("Q950958")
#define MACRON NT_WD("Q3052772")
#define ERDOGAN NT_WD("Q39259")
#define PUTIN NT_WD("Q7747")
#define KULEBA NT_WD("Q24025631")
#define LAVROV NT_WD("Q58217")
#define CAVUSOGLU NT_WD("Q249206")
#define GUTERRES NT_WD("Q311440")
#define ZELENSKYY NT_WD("Q3874799")
#define MODI NT_WD("Q1058")
#define LULA NT_WD("Q37181")
#define RAMAPHOSA NT_WD("Q1148669")
#define KISHIDA NT_WD("Q359480")
#define TURKEY NT_WD("Q43")
#define PAKISTAN NT_WD("Q843")
#define EU NT_WD("Q458")
#define BRUSSELS NT_WD("Q239")
#define GENEVA NT_WD("Q71")
#define ANTALYA NT_WD("Q6487")
#define SOCHI NT_WD("Q39420")
#define NEW_DELHI NT_WD("Q987")

static struct article articles[] = {
    {.name = "test_articles_example_summit",
     .file = "example-summit.txt",
     .date = "2024-03-15", /* a Friday */
     .events = 3,
     .facts =
         {
             {.what = "mediated summit in Brussels",
              .participants = {ALIYEV, PASHINYAN}, .exact = true,
              .mediators = {MICHEL}, .location = BRUSSELS,
              .date = NT_DATE("2024-03-14"), .planned = NO},
             {.what = "next meeting expected in Geneva",
              .participants = {ALIYEV, PASHINYAN}, .exact = true,
              .location = GENEVA, .date = NT_YEAR_MONTH("2024-04"),
              .planned = YES},
             {.what = "phone call Macron-Erdogan",
              .participants = {MACRON, ERDOGAN}, .exact = true,
              .date = NT_DATE("2024-03-13"), .planned = NO,
              .type = NT_NKG("PhoneCall")},
         },
     /* "refused to meet"; "hosted earlier rounds" */
     .never = {PUTIN}},
    {.name = "test_articles_antalya_talks",
     .file = "antalya-talks.txt",
     .date = "2024-03-06", /* a Wednesday */
     .events = 3,
     .facts =
         {
             {.what = "mediated ministers' talks in Antalya",
              .participants = {KULEBA, LAVROV},
              .not_participants = {CAVUSOGLU, GUTERRES},
              .mediators = {CAVUSOGLU}, .location = ANTALYA,
              .date = NT_DATE("2024-03-04"), .planned = NO},
             {.what = "phone call Erdogan-Zelenskyy",
              .participants = {ERDOGAN, ZELENSKYY}, .exact = true,
              .planned = NO, .type = NT_NKG("PhoneCall")},
             {.what = "planned meeting Erdogan-Putin in Sochi",
              .participants = {ERDOGAN, PUTIN}, .exact = true,
              .location = SOCHI, .date = NT_YEAR_MONTH("2024-03"),
              .planned = YES},
         },
     /* "did not meet either minister" */
     .never = {GUTERRES}},
    {.name = "test_articles_state_visit",
     .file = "state-visit.txt",
     .date = "2024-03-21", /* a Thursday */
     .events = 3,
     .facts =
         {
             {.what = "Modi hosts Lula in New Delhi",
              .participants = {MODI, LULA}, .exact = true,
              .location = NEW_DELHI, .date = NT_DATE("2024-03-19"),
              .planned = NO},
             {.what = "Ramaphosa will meet Modi on March 28",
              .participants = {RAMAPHOSA, MODI}, .exact = true,
              .location = NEW_DELHI, .date = NT_DATE("2024-03-28"),
              .planned = YES},
             /* "a planned rail line" in the trailing clause must not make
                the past call planned */
             {.what = "phone call Modi-Kishida",
              .participants = {MODI, KISHIDA}, .exact = true,
              .date = NT_DATE("2024-03-20"), .planned = NO,
              .type = NT_NKG("PhoneCall")},
         },
     /* "no meeting between Modi and its officials"; stalled talks */
     .never = {PAKISTAN, EU}},
};

/* A dateline names where the story was filed, not who met. */
static struct article datelines[] = {
    {.name = "test_articles_antalya_dateline_is_no_participant",
     .file = "antalya-talks.txt",
     .date = "2024-03-06",
     .events = 3,
     .facts = {{.what = "the dateline country 'ANTALYA, Turkey' takes no part",
                .participants = {KULEBA, LAVROV}, .exact = true,
                .not_participants = {TURKEY}, .mediators = {CAVUSOGLU},
                .location = ANTALYA, .planned = NO}}},
};

static const char *articles_dir;
static newskg_pipeline *pipeline;

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

static char *read_article(const char *file, size_t *len) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", articles_dir, file);
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s", path);
  char *buf = malloc(1 << 16);
  if (!buf) {
    fclose(f);
    fail_msg("out of memory");
  }
  *len = fread(buf, 1, (1 << 16) - 1, f);
  buf[*len] = '\0';
  fclose(f);
  if (*len < 500) { /* an article, not a stub */
    free(buf);
    fail_msg("%s: only %zu bytes", path, *len);
  }
  return buf;
}

static void dump(const struct nt_graph *g) {
  for (size_t i = 0; i < g->n; i++)
    if (strstr(g->t[i].p, "newskg/ontology#") &&
        !strstr(g->t[i].p, "#rule") && !strstr(g->t[i].p, "#cameoCode"))
      print_message("  %s %s %s\n", g->t[i].s, g->t[i].p, g->t[i].o);
}

static size_t count(const char *const *l) {
  size_t n = 0;
  while (n < MAX && l[n])
    n++;
  return n;
}

static void check_fact(const struct nt_graph *g, const struct fact *f) {
  size_t np = count(f->participants);
  const char *ev = nt_subject_with_all(g, NT_NKG("participant"), f->participants, np);
  /* two events may share participants (a meeting and its follow-up):
     take the one that matches the location and planned status */
  for (size_t i = 0; i < g->n; i++) {
    const char *s = g->t[i].s;
    if (strcmp(g->t[i].p, NT_RDF_TYPE) != 0 || strcmp(g->t[i].o, NT_NKG("Meeting")) != 0)
      continue;
    size_t k = 0;
    while (k < np && nt_count(g, s, NT_NKG("participant"), f->participants[k]))
      k++;
    if (k < np)
      continue;
    if (f->location && !nt_count(g, s, NT_NKG("location"), f->location))
      continue;
    if (f->planned != ANY &&
        (nt_count(g, s, NT_NKG("planned"), NT_TRUE) != 0) != (f->planned == YES))
      continue;
    ev = s;
    break;
  }
  if (!ev) {
    dump(g);
    fail_msg("%s: no meeting with these participants", f->what);
  }
  if (f->exact && nt_count(g, ev, NT_NKG("participant"), NULL) != np) {
    dump(g);
    fail_msg("%s: %zu participants, want %zu", f->what,
             nt_count(g, ev, NT_NKG("participant"), NULL), np);
  }
  for (size_t k = 0; k < count(f->not_participants); k++)
    if (nt_count(g, ev, NT_NKG("participant"), f->not_participants[k])) {
      dump(g);
      fail_msg("%s: %s must not be a participant", f->what, f->not_participants[k]);
    }
  size_t nm = count(f->mediators);
  if (nt_count(g, ev, NT_NKG("mediator"), NULL) != nm) {
    dump(g);
    fail_msg("%s: %zu mediators, want %zu", f->what,
             nt_count(g, ev, NT_NKG("mediator"), NULL), nm);
  }
  for (size_t k = 0; k < nm; k++)
    if (!nt_count(g, ev, NT_NKG("mediator"), f->mediators[k]))
      fail_msg("%s: mediator %s missing", f->what, f->mediators[k]);
  if (f->location && nt_count(g, ev, NT_NKG("location"), f->location) != 1) {
    dump(g);
    fail_msg("%s: location %s missing", f->what, f->location);
  }
  if (f->date && nt_count(g, ev, NT_NKG("date"), f->date) != 1) {
    dump(g);
    fail_msg("%s: date %s missing", f->what, f->date);
  }
  if (f->planned != ANY &&
      nt_count(g, ev, NT_NKG("planned"), NT_TRUE) != (f->planned == YES ? 1u : 0u)) {
    dump(g);
    fail_msg("%s: planned should be %s", f->what, f->planned == YES ? "true" : "absent");
  }
  if (f->type && nt_count(g, ev, NT_RDF_TYPE, f->type) != 1)
    fail_msg("%s: not typed %s", f->what, f->type);
}

/* The code points [b, e) of UTF-8 `text`, as a malloc'd string. */
static char *cp_substring(const char *text, size_t b, size_t e) {
  const unsigned char *s = (const unsigned char *)text;
  size_t cp = 0, i = 0, start = (size_t)-1;
  for (; s[i]; i++) {
    if ((s[i] & 0xC0) == 0x80)
      continue;
    if (cp == b)
      start = i;
    if (cp == e)
      break;
    cp++;
  }
  if (start == (size_t)-1 || cp != e)
    return NULL;
  char *out = malloc(i - start + 1);
  memcpy(out, text + start, i - start);
  out[i - start] = '\0';
  return out;
}

/* Every event's evidence sentence: its anchorOf is the article's text at
   its beginIndex/endIndex, counted in code points. */
static void check_evidence(const struct nt_graph *g, const char *doc) {
  size_t checked = 0;
  for (size_t i = 0; i < g->n; i++) {
    if (strcmp(g->t[i].p, NT_NKG("evidence")) != 0)
      continue;
    const char *sent = g->t[i].o;
    const char *beg = NULL, *end = NULL, *anchor = NULL;
    for (size_t k = 0; k < g->n; k++) {
      if (strcmp(g->t[k].s, sent) != 0)
        continue;
      if (strcmp(g->t[k].p, NIF("beginIndex")) == 0)
        beg = g->t[k].o;
      else if (strcmp(g->t[k].p, NIF("endIndex")) == 0)
        end = g->t[k].o;
      else if (strcmp(g->t[k].p, NIF("anchorOf")) == 0)
        anchor = g->t[k].o;
    }
    assert_non_null(beg);
    assert_non_null(end);
    assert_non_null(anchor);
    char *b = nt_literal_value(beg), *e = nt_literal_value(end);
    char *a = nt_literal_value(anchor);
    char *want = cp_substring(doc, strtoul(b, NULL, 10), strtoul(e, NULL, 10));
    bool same = want && strcmp(want, a) == 0;
    if (!same)
      print_error("evidence [%s,%s) is \"%s\", text there is \"%s\"\n", b, e,
                  a, want ? want : "(out of range)");
    free(b), free(e), free(a), free(want);
    assert_true(same);
    checked++;
  }
  assert_true(checked >= 1);
}

/* The article and graph under test, freed by the teardown (also after a
   failed assertion). */
static char *text;
static struct nt_graph graph;

static int article_teardown(void **state) {
  (void)state;
  free(text);
  text = NULL;
  nt_free(&graph);
  return 0;
}

static void check_article(void **state) {
  const struct article *art = *state;
  size_t len;
  text = read_article(art->file, &len);
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline, text, art->date, g, &events);
  if (events != art->events) {
    dump(g);
    fail_msg("%s: %zu meetings, want %zu", art->file, events, art->events);
  }
  for (size_t k = 0; k < MAX && art->facts[k].what; k++)
    check_fact(g, &art->facts[k]);
  for (size_t k = 0; k < count(art->never); k++)
    if (nt_count(g, NULL, NT_NKG("participant"), art->never[k])) {
      dump(g);
      fail_msg("%s: %s takes part in a meeting", art->file, art->never[k]);
    }
  check_evidence(g, text);
}

static int run(const char *group, struct article *a, size_t n) {
  struct CMUnitTest *tests = calloc(n, sizeof *tests);
  if (!tests)
    return -1;
  for (size_t i = 0; i < n; i++) {
    tests[i].name = a[i].name;
    tests[i].test_func = check_article;
    tests[i].teardown_func = article_teardown;
    tests[i].initial_state = &a[i];
  }
  int rc = _cmocka_run_group_tests(group, tests, n, group_setup, group_teardown);
  free(tests);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s ARTICLES_DIR\n", argv[0]);
    return 2;
  }
  articles_dir = argv[1];
  int rc = run("articles", articles, sizeof articles / sizeof *articles);
  rc |= run("datelines", datelines, sizeof datelines / sizeof *datelines);
  return rc != 0;
}
