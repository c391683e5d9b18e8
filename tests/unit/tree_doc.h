/*
 * A document under test for the tree frames: text, entities from a small
 * gazetteer of the including file (TREE_DOC_GAZETTEER, TREE_DOC_DEMONYMS:
 * TSV strings), and dependency trees written by hand, one per sentence:
 *   form/lemma/UPOS/head/deprel;...   (head 1-based in the sentence, 0 root)
 * RUN(text, tree, tree, ...) analyses the text, checks every tree
 * tokenizes as the text does, and extracts with the tree frames alone
 * (publication date 2024-03-15).  expect_count / expect_event check the
 * live events.  Included by one test file each (static functions).
 */
#ifndef NKG_TESTS_TREE_DOC_H
#define NKG_TESTS_TREE_DOC_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities/entities.h"
#include "events/events.h"
#include "events/framelex.h"
#include "syntax/syntax.h"
#include "text/text.h"

static struct nkg_gazetteer *gaz;

static int group_setup(void **state) {
  (void)state;
  if (nkg_gazetteer_new(&gaz) != NEWSKG_OK ||
      nkg_gazetteer_load(gaz, TREE_DOC_GAZETTEER, sizeof TREE_DOC_GAZETTEER - 1,
                         "test.tsv", false) != NEWSKG_OK ||
      nkg_gazetteer_load(gaz, TREE_DOC_DEMONYMS, sizeof TREE_DOC_DEMONYMS - 1,
                         "demonyms.tsv", true) != NEWSKG_OK ||
      nkg_gazetteer_finish(gaz) != NEWSKG_OK) {
    fprintf(stderr, "gazetteer: %s\n", newskg_errmsg());
    return -1;
  }
  if (!nkg_framelex_builtin()) {
    fprintf(stderr, "lexicon: %s\n", nkg_framelex_builtin_error());
    return -1;
  }
  return 0;
}

static int group_teardown(void **state) {
  (void)state;
  nkg_gazetteer_free(gaz);
  return 0;
}

/* ---- the document under test ---- */

static struct nkg_arena arena;
static struct nkg_text text;
static struct nkg_entities ents;
static struct nkg_syntax syn;
static struct nkg_events evs;

static int doc_teardown(void **state) {
  (void)state;
  nkg_arena_free(&arena);
  return 0;
}

static uint8_t upos_of(const char *s) {
  static const char *const names[] = {
#define X(n) #n,
      NKG_UPOS_LIST(X)
#undef X
  };
  for (size_t i = 0; i < NKG_COUNT(names); i++)
    if (strcmp(names[i], s) == 0)
      return (uint8_t)i;
  fail_msg("unknown UPOS %s", s);
  return 0;
}

static uint8_t rel_of(const char *s) {
  static const char *const names[] = {
#define X(n, str) str,
      NKG_DEPREL_LIST(X)
#undef X
  };
  for (size_t i = 0; i < NKG_COUNT(names); i++)
    if (strcmp(names[i], s) == 0)
      return (uint8_t)i;
  fail_msg("unknown relation %s", s);
  return 0;
}

/* Fills sentence si of the document from a tree string. */
static void fill_tree(uint32_t si, const char *tree) {
  const struct nkg_sentence *s = &text.sent[si];
  char buf[4096];
  assert_true(strlen(tree) < sizeof buf);
  strcpy(buf, tree);
  uint32_t k = 0;
  char *save = NULL;
  for (char *tok = strtok_r(buf, ";", &save); tok;
       tok = strtok_r(NULL, ";", &save), k++) {
    while (*tok == ' ')
      tok++;
    char *f[5];
    char *save2 = NULL;
    int nf = 0;
    for (char *p = strtok_r(tok, "/", &save2); p && nf < 5;
         p = strtok_r(NULL, "/", &save2))
      f[nf++] = p;
    if (nf != 5)
      fail_msg("bad tree field %u in sentence %u", k, si);
    uint32_t i = s->tok_beg + k;
    if (i >= s->tok_end)
      fail_msg("tree of sentence %u has more tokens than the text (%u)", si,
               s->tok_end - s->tok_beg);
    const struct nkg_token *t = &text.tok[i];
    if (strlen(f[0]) != t->end - t->beg ||
        strncmp(text.text + t->beg, f[0], strlen(f[0])) != 0)
      fail_msg("token %u is '%.*s', the tree says '%s'", k,
               (int)(t->end - t->beg), text.text + t->beg, f[0]);
    char *lem = nkg_arena_strndup(&arena, f[1], strlen(f[1]));
    syn.lemma[i] = lem;
    syn.upos[i] = upos_of(f[2]);
    int h = atoi(f[3]);
    syn.head[i] = h == 0 ? NKG_NO_HEAD : s->tok_beg + (uint32_t)h - 1;
    syn.rel[i] = rel_of(f[4]);
  }
  if (s->tok_beg + k != s->tok_end)
    fail_msg("tree of sentence %u has %u tokens, the text %u", si, k,
             s->tok_end - s->tok_beg);
  syn.sent_parsed[si] = true;
}

/* Analyses `txt`, gives its sentences the trees (NULL: not parsed) and
   extracts with the tree frames.  Publication date 2024-03-15. */
static void run(const char *txt, const char *const *trees, size_t ntrees) {
  nkg_arena_init(&arena);
  assert_int_equal(nkg_text_analyze(&arena, txt, (uint32_t)strlen(txt), &text),
                   NEWSKG_OK);
  assert_int_equal(
      nkg_entities_recognize(&arena, gaz, &text, NULL, (struct nkg_date){2024, 3, 15}, &ents), NEWSKG_OK);
  if (text.nsent != ntrees)
    fail_msg("%u sentences, %zu trees", text.nsent, ntrees);
  syn.upos = nkg_arena_calloc(&arena, text.ntok + 1, 1);
  syn.rel = nkg_arena_calloc(&arena, text.ntok + 1, 1);
  syn.head = nkg_arena_calloc(&arena, text.ntok + 1, sizeof *syn.head);
  syn.lemma = nkg_arena_calloc(&arena, text.ntok + 1, sizeof *syn.lemma);
  syn.sent_parsed = nkg_arena_calloc(&arena, text.nsent + 1, 1);
  for (uint32_t i = 0; i < text.ntok; i++)
    syn.head[i] = NKG_NO_HEAD;
  for (uint32_t s = 0; s < ntrees; s++)
    if (trees[s])
      fill_tree(s, trees[s]);
  struct nkg_event_ctx c = {.t = &text, .e = &ents, .g = gaz, .syn = &syn,
                            .tree = true};
  nkg_date_parse_iso("2024-03-15", &c.pub);
  nkg_date_parse_iso("2024-06-01", &c.today);
  assert_int_equal(nkg_events_extract(&arena, &c, &evs), NEWSKG_OK);
}

static uint32_t live_events(void) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < evs.nev; i++)
    n += evs.ev[i].merged_into == UINT32_MAX;
  return n;
}

static const struct nkg_event *live(uint32_t k) {
  for (uint32_t i = 0; i < evs.nev; i++)
    if (evs.ev[i].merged_into == UINT32_MAX && k-- == 0)
      return &evs.ev[i];
  fail_msg("no event %u", k);
  return NULL;
}

static void dump_events(void) {
  for (uint32_t i = 0; i < evs.nev; i++) {
    const struct nkg_event *e = &evs.ev[i];
    print_message("  event %u (%s)%s%s\n", i, e->rule,
                  e->merged_into == UINT32_MAX ? "" : " merged",
                  e->planned ? " planned" : "");
    for (uint8_t k = 0; k < e->npart; k++)
      print_message("    part %s  [%s]\n", ents.ent[e->part[k]].label,
                    e->part_rule[k]);
    for (uint8_t k = 0; k < e->nmed; k++)
      print_message("    med  %s  [%s]\n", ents.ent[e->med[k]].label,
                    e->med_rule[k]);
    if (e->location != UINT32_MAX)
      print_message("    loc  %s  [%s]\n", ents.ent[e->location].label,
                    e->loc_rule);
    if (e->date.y)
      print_message("    date %d-%d-%d  [%s]\n", e->date.y, e->date.m,
                    e->date.d, e->date_rule);
  }
}

/* Expectation of one event: labels, ';'-separated, in any order. */
struct expect {
  const char *part, *med, *loc, *date; /* date "YYYY-MM-DD", "YYYY-MM" */
  bool planned;
};

static bool has_label(const uint32_t *list, uint8_t n, const char *label) {
  for (uint8_t i = 0; i < n; i++)
    if (strcmp(ents.ent[list[i]].label, label) == 0)
      return true;
  return false;
}

static void check_list(const char *what, const uint32_t *list, uint8_t n,
                       const char *want) {
  uint8_t count = 0;
  if (want && *want) {
    char buf[256];
    strcpy(buf, want);
    char *save = NULL;
    for (char *w = strtok_r(buf, ";", &save); w; w = strtok_r(NULL, ";", &save)) {
      count++;
      if (!has_label(list, n, w)) {
        dump_events();
        fail_msg("%s: missing %s", what, w);
      }
    }
  }
  if (count != n) {
    dump_events();
    fail_msg("%s: %u found, %u expected", what, n, count);
  }
}

static void expect_event(uint32_t k, struct expect x) {
  const struct nkg_event *e = live(k);
  check_list("participants", e->part, e->npart, x.part);
  check_list("mediators", e->med, e->nmed, x.med);
  if (x.loc) {
    if (e->location == UINT32_MAX ||
        strcmp(ents.ent[e->location].label, x.loc) != 0) {
      dump_events();
      fail_msg("location: expected %s", x.loc);
    }
  } else if (e->location != UINT32_MAX) {
    dump_events();
    fail_msg("unexpected location %s", ents.ent[e->location].label);
  }
  if (x.date) {
    char d[32];
    if (e->date.d)
      snprintf(d, sizeof d, "%04d-%02d-%02d", e->date.y, e->date.m, e->date.d);
    else
      snprintf(d, sizeof d, "%04d-%02d", e->date.y, e->date.m);
    if (strcmp(d, x.date) != 0) {
      dump_events();
      fail_msg("date %s, expected %s", d, x.date);
    }
  }
  if (e->planned != x.planned) {
    dump_events();
    fail_msg("planned %d, expected %d", e->planned, x.planned);
  }
}

static void expect_count(uint32_t n) {
  if (live_events() != n) {
    dump_events();
    fail_msg("%u events, expected %u", live_events(), n);
  }
}

#define RUN(txt, ...)                                                          \
  do {                                                                         \
    static const char *const trees_[] = {__VA_ARGS__};                         \
    run(txt, trees_, NKG_COUNT(trees_));                                       \
  } while (0)

#endif /* NKG_TESTS_TREE_DOC_H */
