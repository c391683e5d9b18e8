/*
 * Entity recognition over own sentences (nkg_text_analyze +
 * nkg_entities_recognize) with a small gazetteer written here: full
 * names, surname coreference, ambiguity, unknown persons and
 * organizations, demonyms and title phrases.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities/entities.h"
#include "syntax/syntax.h"
#include "text/text.h"

static const char gazetteer_tsv[] =
    "qid\tlabel\taliases\ttype\tcountry\tdescription\tsource\n"
    "Q399\tArmenia\t\tcountry\t\tsovereign state\ttest\n"
    "Q227\tAzerbaijan\t\tcountry\t\tsovereign state\ttest\n"
    "Q30\tUnited States\tUS|U.S.\tcountry\t\tsovereign state\ttest\n"
    "Q159\tRussia\t\tcountry\t\tsovereign state\ttest\n"
    "Q1953\tYerevan\t\tcity\tQ399\tcapital\ttest\n"
    "Q9248\tBaku\t\tcity\tQ227\tcapital\ttest\n"
    "Q649\tMoscow\t\tcity\tQ159\tcapital\ttest\n"
    "Q7035479\tNikol Pashinyan\tPashinian\tperson\tQ399\t"
    "politician, Armenia: Prime Minister (2018\xE2\x80\x93)\ttest\n"
    "Q57371\tIlham Aliyev\t\tperson\tQ227\t"
    "politician, Azerbaijan: President (2003\xE2\x80\x93)\ttest\n"
    "Q7747\tVladimir Putin\tPutin\tperson\tQ159\t"
    "politician, Russia: President (2012\xE2\x80\x93)\ttest\n"
    /* two presidents share one short name */
    "Q207\tGeorge W. Bush\tGeorge Bush\tperson\tQ30\t"
    "politician, United States: President (2001\xE2\x80\x93" "2009)\ttest\n"
    "Q23505\tGeorge H. W. Bush\tGeorge Bush\tperson\tQ30\t"
    "politician, United States: President (1989\xE2\x80\x93" "1993)\ttest\n";

static const char demonyms_tsv[] = "Armenian\tQ399\tArmenia\n"
                                   "Azerbaijani\tQ227\tAzerbaijan\n"
                                   "Russian\tQ159\tRussia\n";

static struct nkg_gazetteer *gaz;

static int group_setup(void **state) {
  (void)state;
  if (nkg_gazetteer_new(&gaz) != NEWSKG_OK ||
      nkg_gazetteer_load(gaz, gazetteer_tsv, sizeof gazetteer_tsv - 1,
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

/* Per test: an arena and the analysed document. */
struct doc {
  struct nkg_arena a;
  struct nkg_text t;
  struct nkg_entities e;
};

static int doc_setup(void **state) {
  static struct doc d;
  memset(&d, 0, sizeof d);
  nkg_arena_init(&d.a);
  *state = &d;
  return 0;
}

static int doc_teardown(void **state) {
  struct doc *d = *state;
  nkg_arena_free(&d->a);
  return 0;
}

static struct doc *recognize(void **state, const char *text, int year) {
  struct doc *d = *state;
  assert_int_equal(nkg_text_analyze(&d->a, text, (uint32_t)strlen(text), &d->t),
                   NEWSKG_OK);
  struct nkg_date date = {(int16_t)year, 0, 0}; /* a year: its holders */
  assert_int_equal(nkg_entities_recognize(&d->a, gaz, &d->t, NULL, date, &d->e),
                   NEWSKG_OK);
  return d;
}

/* Index of the first token whose text is `word` (asserts it exists). */
static uint32_t tok(const struct doc *d, const char *word) {
  size_t n = strlen(word);
  for (uint32_t i = 0; i < d->t.ntok; i++)
    if (d->t.tok[i].end - d->t.tok[i].beg == n &&
        memcmp(d->t.text + d->t.tok[i].beg, word, n) == 0)
      return i;
  fail_msg("no token '%s'", word);
  return 0;
}

/* Same, the k-th occurrence (0-based). */
static uint32_t tok_nth(const struct doc *d, const char *word, int nth) {
  size_t n = strlen(word);
  int k = nth;
  for (uint32_t i = 0; i < d->t.ntok; i++)
    if (d->t.tok[i].end - d->t.tok[i].beg == n &&
        memcmp(d->t.text + d->t.tok[i].beg, word, n) == 0 && k-- == 0)
      return i;
  fail_msg("no token '%s' #%d", word, nth);
  return 0;
}

/* Prints the mentions of the document (diagnostics for failures). */
static void dump(const struct doc *d) {
  for (uint32_t k = 0; k < d->e.nmen; k++) {
    const struct nkg_mention *m = &d->e.men[k];
    const struct nkg_entity *e = &d->e.ent[m->entity];
    uint32_t b = d->t.tok[m->tok_beg].beg, x = d->t.tok[m->tok_end - 1].end;
    print_message("  [%u,%u) \"%.*s\" -> %s (%s, kind %d, rule %s)\n",
                  m->tok_beg, m->tok_end, (int)(x - b), d->t.text + b, e->label,
                  e->gaz == UINT32_MAX ? "unlinked"
                                       : nkg_gazetteer_entity(gaz, e->gaz)->qid,
                  m->kind, m->rule);
  }
}

/* The mention starting at token i, or a failure listing all mentions. */
static const struct nkg_mention *mention(const struct doc *d, uint32_t i) {
  const struct nkg_mention *m = nkg_mention_at(&d->e, i);
  if (!m || m->tok_beg != i) {
    dump(d);
    fail_msg("no mention starts at token %u", i);
  }
  return m;
}

static const char *qid(const struct doc *d, uint32_t entity) {
  uint32_t g = d->e.ent[entity].gaz;
  return g == UINT32_MAX ? NULL : nkg_gazetteer_entity(gaz, g)->qid;
}

/* The doc entity linked to `q`, or UINT32_MAX. */
static uint32_t entity_of(const struct doc *d, const char *q) {
  for (uint32_t i = 0; i < d->e.nent; i++)
    if (qid(d, i) && strcmp(qid(d, i), q) == 0)
      return i;
  return UINT32_MAX;
}

static void test_entities_link_full_name(void **state) {
  struct doc *d = recognize(state, "Nikol Pashinyan arrived in Yerevan on Monday.", 2024);
  const struct nkg_mention *m = mention(d, 0);
  assert_non_null(m);
  assert_int_equal(m->tok_beg, 0);
  assert_int_equal(m->tok_end, 2);
  assert_int_equal(m->kind, NKG_M_NAME);
  assert_string_equal(qid(d, m->entity), "Q7035479");
  assert_true(d->e.ent[m->entity].named);
  assert_int_equal(d->e.ent[m->entity].type, NKG_E_PERSON);
  assert_string_equal(d->e.ent[m->entity].label, "Nikol Pashinyan");
  m = mention(d, tok(d, "Yerevan"));
  assert_non_null(m);
  assert_string_equal(qid(d, m->entity), "Q1953");
  assert_int_equal(d->e.ent[m->entity].type, NKG_E_CITY);
  /* the weekday is not a name */
  assert_null(nkg_mention_at(&d->e, tok(d, "Monday")));
  assert_int_equal(d->e.nent, 2);
}

static void test_entities_link_alias_to_same_entity(void **state) {
  struct doc *d = recognize(
      state, "Nikol Pashinyan spoke first. Later Pashinian left Baku.", 2024);
  const struct nkg_mention *a = mention(d, 0);
  const struct nkg_mention *b = mention(d, tok(d, "Pashinian"));
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->entity, b->entity);
  assert_int_equal(d->e.nent, 2); /* Pashinyan, Baku */
}

static void test_entities_resolve_mr_surname_after_full_name(void **state) {
  struct doc *d = recognize(
      state, "Nikol Pashinyan met Ilham Aliyev in Moscow. "
             "Mr. Pashinyan later said the talks were useful, and Mr. Aliyev agreed.",
      2024);
  uint32_t p = entity_of(d, "Q7035479"), a = entity_of(d, "Q57371");
  assert_int_not_equal(p, UINT32_MAX);
  assert_int_not_equal(a, UINT32_MAX);
  const struct nkg_mention *m = mention(d, tok_nth(d, "Pashinyan", 1));
  assert_non_null(m);
  assert_int_equal(m->entity, p);
  assert_string_equal(m->rule, "surname-coreference");
  /* "Mr." is not part of the name */
  assert_null(nkg_mention_at(&d->e, tok_nth(d, "Mr.", 0)));
  m = mention(d, tok_nth(d, "Aliyev", 1));
  assert_non_null(m);
  assert_int_equal(m->entity, a);
  assert_int_equal(d->e.nent, 3); /* no extra entity for the surnames */
}

static void test_entities_leave_surname_alone_unlinked(void **state) {
  /* nobody named Pashinyan in full: the surname links to no one */
  struct doc *d = recognize(state, "Mr. Pashinyan said the talks were useful.", 2024);
  assert_null(nkg_mention_at(&d->e, tok(d, "Pashinyan")));
  assert_int_equal(entity_of(d, "Q7035479"), UINT32_MAX);
}

static void test_entities_leave_ambiguous_name_unlinked(void **state) {
  struct doc *d = recognize(state, "George Bush met Vladimir Putin in Moscow.", 2024);
  assert_null(nkg_mention_at(&d->e, 0));
  assert_int_equal(entity_of(d, "Q207"), UINT32_MAX);
  assert_int_equal(entity_of(d, "Q23505"), UINT32_MAX);
  /* the unambiguous names are still linked */
  assert_int_not_equal(entity_of(d, "Q7747"), UINT32_MAX);
  assert_int_not_equal(entity_of(d, "Q649"), UINT32_MAX);
}

/* Expected failure (not run, see main): name keys skip middle initials,
   so "George W. Bush" and "George H. W. Bush" share the key "george bush"
   and the full name is as ambiguous as the short one. */
static void test_entities_initials_tell_namesakes_apart(void **state) {
  struct doc *d = recognize(state, "George W. Bush met Vladimir Putin. "
                                   "Later George Bush flew home.",
                            2004);
  const struct nkg_mention *m = mention(d, 0);
  assert_int_equal(m->tok_end, 3);
  assert_string_equal(qid(d, m->entity), "Q207");
  /* the short name then follows the full one */
  m = mention(d, tok_nth(d, "George", 1));
  assert_string_equal(qid(d, m->entity), "Q207");
  assert_int_equal(entity_of(d, "Q23505"), UINT32_MAX);
}

static void test_entities_unknown_mr_name_is_unlinked_person(void **state) {
  struct doc *d = recognize(state, "Mr. Giragosian met Nikol Pashinyan in Yerevan.", 2024);
  const struct nkg_mention *m = mention(d, tok(d, "Giragosian"));
  assert_non_null(m);
  const struct nkg_entity *e = &d->e.ent[m->entity];
  assert_int_equal(e->gaz, UINT32_MAX);
  assert_int_equal(e->type, NKG_E_PERSON);
  assert_string_equal(e->label, "Giragosian");
  assert_string_equal(e->key, "giragosian");
  assert_string_equal(e->rule, "honorific-name");
  assert_true(e->named);
}

static void test_entities_unknown_title_name_is_unlinked_person(void **state) {
  struct doc *d = recognize(state, "President Ruto met Nikol Pashinyan.", 2024);
  const struct nkg_mention *m = mention(d, tok(d, "Ruto"));
  assert_non_null(m);
  assert_int_equal(d->e.ent[m->entity].gaz, UINT32_MAX);
  assert_int_equal(d->e.ent[m->entity].type, NKG_E_PERSON);
  assert_string_equal(d->e.ent[m->entity].label, "Ruto");
  /* the title is not part of the mention */
  assert_null(nkg_mention_at(&d->e, 0));
}

static void test_entities_org_head_word_makes_organization(void **state) {
  struct doc *d = recognize(
      state, "Analysts at the Regional Policy Institute in Yerevan disagreed.", 2024);
  uint32_t r = tok(d, "Regional");
  const struct nkg_mention *m = mention(d, r);
  assert_non_null(m);
  assert_int_equal(m->tok_beg, r);
  assert_int_equal(m->tok_end, r + 3);
  const struct nkg_entity *e = &d->e.ent[m->entity];
  assert_int_equal(e->type, NKG_E_ORG);
  assert_int_equal(e->gaz, UINT32_MAX);
  assert_string_equal(e->label, "Regional Policy Institute");
  assert_string_equal(e->rule, "org-head-word");
  /* a capitalised run without a head word is no organization */
  d = recognize(state, "Analysts at the Regional Policy Review disagreed.", 2024);
  for (uint32_t i = 0; i < d->e.nent; i++)
    assert_int_not_equal(d->e.ent[i].type, NKG_E_ORG);
}

static void test_entities_demonym_is_not_a_named_entity(void **state) {
  struct doc *d = recognize(state, "The Armenian delegation arrived in Baku.", 2024);
  const struct nkg_mention *m = mention(d, tok(d, "Armenian"));
  assert_non_null(m);
  assert_int_equal(m->kind, NKG_M_DEMONYM);
  assert_string_equal(qid(d, m->entity), "Q399");
  assert_false(d->e.ent[m->entity].named);
  /* the city is named */
  uint32_t b = entity_of(d, "Q9248");
  assert_int_not_equal(b, UINT32_MAX);
  assert_true(d->e.ent[b].named);
}

static void test_entities_lone_unknown_capital_word_is_dropped(void **state) {
  struct doc *d = recognize(state, "Officials in Zangezur said nothing.", 2024);
  assert_int_equal(d->e.nent, 0);
  assert_int_equal(d->e.nmen, 0);
}

static void test_entities_title_phrase_resolves_office_holder(void **state) {
  struct doc *d = recognize(state, "The Armenian Prime Minister met Vladimir Putin.", 2023);
  const struct nkg_mention *m = mention(d, tok(d, "Prime"));
  assert_non_null(m);
  assert_int_equal(m->kind, NKG_M_TITLE);
  assert_string_equal(qid(d, m->entity), "Q7035479");
  /* before the office was held, the gazetteer's holder is not picked:
     the title stays unlinked (at most a person of this document) */
  d = recognize(state, "The Armenian Prime Minister met Vladimir Putin.", 2015);
  m = nkg_mention_at(&d->e, tok(d, "Prime"));
  if (m) {
    assert_int_equal(d->e.ent[m->entity].gaz, UINT32_MAX);
    assert_true(d->e.ent[m->entity].doc_scoped);
  }
  assert_int_equal(entity_of(d, "Q7035479"), UINT32_MAX);
}

static void test_entities_mentions_are_sorted_and_disjoint(void **state) {
  struct doc *d = recognize(
      state, "Ilham Aliyev and Nikol Pashinyan met in Moscow; Putin hosted "
             "them, and the Azerbaijani side thanked Mr. Pashinyan.",
      2024);
  assert_true(d->e.nmen >= 5);
  for (uint32_t k = 1; k < d->e.nmen; k++)
    assert_true(d->e.men[k - 1].tok_end <= d->e.men[k].tok_beg);
  for (uint32_t k = 0; k < d->e.nmen; k++) {
    assert_true(d->e.men[k].tok_beg < d->e.men[k].tok_end);
    assert_true(d->e.men[k].tok_end <= d->t.ntok);
    assert_true(d->e.men[k].entity < d->e.nent);
    for (uint32_t i = d->e.men[k].tok_beg; i < d->e.men[k].tok_end; i++)
      assert_int_equal(d->e.at[i], k);
  }
}

/* ---- proper-noun phrases from the parser's tags ---- */

/* One parsed sentence, written here as the parser would give it: per
   token UPOS, relation and head (-1: root).  The recognizer only reads
   the tags, so the rule is tested apart from the model. */
struct fake_tok {
  uint8_t upos, rel;
  int head;
};

static struct doc *recognize_parsed(void **state, const char *text,
                                    const struct fake_tok *tags, uint32_t n) {
  struct doc *d = *state;
  assert_int_equal(nkg_text_analyze(&d->a, text, (uint32_t)strlen(text), &d->t),
                   NEWSKG_OK);
  assert_int_equal(d->t.ntok, n);
  assert_int_equal(d->t.nsent, 1);
  struct nkg_syntax *y = nkg_arena_calloc(&d->a, 1, sizeof *y);
  y->upos = nkg_arena_calloc(&d->a, n, 1);
  y->rel = nkg_arena_calloc(&d->a, n, 1);
  y->head = nkg_arena_calloc(&d->a, n, sizeof *y->head);
  y->sent_parsed = nkg_arena_calloc(&d->a, 1, sizeof *y->sent_parsed);
  assert_non_null(y->head);
  for (uint32_t i = 0; i < n; i++) {
    y->upos[i] = tags[i].upos;
    y->rel[i] = tags[i].rel;
    y->head[i] = tags[i].head < 0 ? NKG_NO_HEAD : (uint32_t)tags[i].head;
  }
  y->sent_parsed[0] = true;
  struct nkg_date date = {2024, 0, 0};
  assert_int_equal(nkg_entities_recognize(&d->a, gaz, &d->t, y, date, &d->e),
                   NEWSKG_OK);
  return d;
}

#define P(u, r, h) {NKG_UPOS_##u, NKG_DEP_##r, h}

/* "Hakan Fidan met Ayman Safadi in Ankara." */
static const struct fake_tok met_tags[] = {
    P(PROPN, NSUBJ, 2), P(PROPN, FLAT, 0), P(VERB, ROOT, -1),
    P(PROPN, OBJ, 2),   P(PROPN, FLAT, 3), P(ADP, CASE, 6),
    P(PROPN, OBL, 2),   P(PUNCT, PUNCT, 2),
};

static void test_entities_proper_noun_phrases_are_persons(void **state) {
  struct doc *d = recognize_parsed(state, "Hakan Fidan met Ayman Safadi in Ankara.",
                                   met_tags, NKG_COUNT(met_tags));
  const struct nkg_mention *m = mention(d, 0);
  assert_int_equal(m->tok_end, 2);
  assert_null(qid(d, m->entity));
  assert_int_equal(d->e.ent[m->entity].type, NKG_E_PERSON);
  assert_string_equal(m->rule, "proper-noun-name");
  m = mention(d, 3);
  assert_int_equal(m->tok_end, 5);
  assert_int_equal(d->e.ent[m->entity].type, NKG_E_PERSON);
}

/* The same words unparsed are no names: two capitalised words alone are
   too weak a sign. */
static void test_entities_proper_noun_phrases_need_the_parse(void **state) {
  struct doc *d = recognize(state, "Hakan Fidan met Ayman Safadi in Ankara.", 2024);
  assert_null(nkg_mention_at(&d->e, 0));
  assert_null(nkg_mention_at(&d->e, 3));
}

/* "The talks were chaired by Maria Lopez Ruiz and Tomas Berg." — an agent
   and its conjunct; "Silver Lake Partners" held by compound is no person. */
static const struct fake_tok agent_tags[] = {
    P(DET, DET, 1),      P(NOUN, NSUBJ_PASS, 3), P(AUX, AUX_PASS, 3),
    P(VERB, ROOT, -1),   P(ADP, CASE, 5),        P(PROPN, OBL_AGENT, 3),
    P(PROPN, FLAT, 5),   P(PROPN, FLAT, 5),      P(CCONJ, CC, 9),
    P(PROPN, CONJ, 5),   P(PROPN, FLAT, 9),      P(PUNCT, PUNCT, 3),
};
static const struct fake_tok compound_tags[] = {
    P(PROPN, COMPOUND, 2), P(PROPN, COMPOUND, 2), P(PROPN, NSUBJ, 3),
    P(VERB, ROOT, -1),     P(NOUN, OBJ, 3),       P(PUNCT, PUNCT, 3),
};

static void test_entities_proper_noun_phrases_by_relation(void **state) {
  struct doc *d = recognize_parsed(
      state, "The talks were chaired by Maria Lopez Ruiz and Tomas Berg.",
      agent_tags, NKG_COUNT(agent_tags));
  const struct nkg_mention *m = mention(d, 5);
  assert_int_equal(m->tok_end, 8);
  assert_int_equal(d->e.ent[m->entity].type, NKG_E_PERSON);
  m = mention(d, 9);
  assert_int_equal(m->tok_end, 11);
  nkg_arena_free(&((struct doc *)*state)->a);
  nkg_arena_init(&((struct doc *)*state)->a);
  d = recognize_parsed(state, "Silver Lake Partners bought shares.",
                       compound_tags, NKG_COUNT(compound_tags));
  for (uint32_t k = 0; k < d->e.nmen; k++)
    assert_int_not_equal(d->e.ent[d->e.men[k].entity].type, NKG_E_PERSON);
}

#define T(f) cmocka_unit_test_setup_teardown(f, doc_setup, doc_teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(test_entities_link_full_name),
      T(test_entities_link_alias_to_same_entity),
      T(test_entities_resolve_mr_surname_after_full_name),
      T(test_entities_leave_surname_alone_unlinked),
      T(test_entities_leave_ambiguous_name_unlinked),
      T(test_entities_unknown_mr_name_is_unlinked_person),
      T(test_entities_unknown_title_name_is_unlinked_person),
      T(test_entities_org_head_word_makes_organization),
      T(test_entities_demonym_is_not_a_named_entity),
      T(test_entities_lone_unknown_capital_word_is_dropped),
      T(test_entities_title_phrase_resolves_office_holder),
      T(test_entities_mentions_are_sorted_and_disjoint),
      T(test_entities_initials_tell_namesakes_apart),
      T(test_entities_proper_noun_phrases_are_persons),
      T(test_entities_proper_noun_phrases_need_the_parse),
      T(test_entities_proper_noun_phrases_by_relation),
  };
  int rc = cmocka_run_group_tests(tests, group_setup, group_teardown);
  return rc;
}
