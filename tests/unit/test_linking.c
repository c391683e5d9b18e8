/*
 * Entity linking with the BUILT-IN gazetteer, one test per rule, through
 * the public API: an own sentence is extracted, serialized to N-Triples in
 * memory, and each mention is found by its NIF anchor ("Chisinau") and
 * followed through itsrdf:taIdentRef to the entity it links (a Wikidata
 * IRI, or a local IRI under the base for names the gazetteer lacks).
 *
 * QIDs used are those of ontology/gazetteer.tsv, gazetteer-extra.tsv and
 * demonyms.tsv as shipped.
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

#define BASE "https://w3id.org/newskg/data/"
#define NIF_ANCHOR                                                             \
  "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>"
#define TA_IDENT_REF "<http://www.w3.org/2005/11/its/rdf#taIdentRef>"
#define LOCAL_ENTITY "<" BASE "entity/"

#define ARMENIA NT_WD("Q399")
#define PASHINYAN NT_WD("Q7035479")
#define ALIYEV NT_WD("Q57371")
#define GW_BUSH NT_WD("Q207")
#define MICHEL NT_WD("Q950958")

static newskg_pipeline *pipeline; /* built-in gazetteer, default base */

/* State of the running test, freed by the teardown (also on failure). */
static struct nt_graph graph, graph2;
static newskg_pipeline *custom;

static int test_teardown(void **state) {
  (void)state;
  nt_free(&graph);
  nt_free(&graph2);
  newskg_pipeline_free(custom);
  custom = NULL;
  return 0;
}

static int group_setup(void **state) {
  (void)state;
  /* mentions are followed through itsrdf:taIdentRef: the mention layer */
  newskg_options opts = {.today = "2024-06-01",
                         .provenance = NEWSKG_PROVENANCE_MENTIONS};
  return newskg_pipeline_new(&opts, &pipeline) == NEWSKG_OK ? 0 : -1;
}

static int group_teardown(void **state) {
  (void)state;
  newskg_pipeline_free(pipeline);
  return 0;
}

/* Extracts `text` as document `id` published on `date` (or undated). */
static void extract(const newskg_pipeline *p, const char *id, const char *text,
                    const char *date, struct nt_graph *out) {
  newskg_document doc = {.text = text, .len = strlen(text), .id = id,
                         .date = date};
  newskg_graph *g = NULL;
  newskg_status st = newskg_pipeline_extract(p, &doc, &g);
  if (st != NEWSKG_OK)
    fail_msg("extract: %s (%s)", newskg_strerror(st), newskg_errmsg());
  char *nt = NULL;
  size_t len = 0;
  st = nt_serialize(p, g, NEWSKG_FORMAT_NTRIPLES, &nt, &len);
  newskg_graph_free(g);
  if (st != NEWSKG_OK)
    fail_msg("serialize: %s (%s)", newskg_strerror(st), newskg_errmsg());
  bool ok = nt_parse(nt, out);
  free(nt);
  assert_true(ok);
}

/* Prints every mention and where it links (diagnostics for failures). */
static void dump(const struct nt_graph *g) {
  for (size_t i = 0; i < g->n; i++) {
    if (strcmp(g->t[i].p, NIF_ANCHOR) != 0)
      continue;
    for (size_t k = 0; k < g->n; k++)
      if (strcmp(g->t[k].s, g->t[i].s) == 0 &&
          strcmp(g->t[k].p, TA_IDENT_REF) == 0)
        print_message("  %s -> %s\n", g->t[i].o, g->t[k].o);
  }
}

static bool anchor_is(const char *term, const char *anchor) {
  char *v = nt_literal_value(term);
  bool eq = v && strcmp(v, anchor) == 0;
  free(v);
  return eq;
}

/* The distinct entities that mentions written exactly `anchor` link to:
   fills up to `max` and returns how many there are. */
static size_t links(const struct nt_graph *g, const char *anchor,
                    const char **out, size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < g->n; i++) {
    if (strcmp(g->t[i].p, NIF_ANCHOR) != 0 || !anchor_is(g->t[i].o, anchor))
      continue;
    for (size_t k = 0; k < g->n; k++) {
      if (strcmp(g->t[k].s, g->t[i].s) != 0 ||
          strcmp(g->t[k].p, TA_IDENT_REF) != 0)
        continue;
      bool seen = false;
      for (size_t q = 0; q < n && q < max; q++)
        seen |= strcmp(out[q], g->t[k].o) == 0;
      if (seen)
        continue;
      if (n < max)
        out[n] = g->t[k].o;
      n++;
    }
  }
  return n;
}

/* The one entity mentions written `anchor` link to (fails otherwise). */
static const char *link_of(const struct nt_graph *g, const char *anchor) {
  const char *to[4];
  size_t n = links(g, anchor, to, 4);
  if (n != 1) {
    dump(g);
    fail_msg("\"%s\" links to %zu entities, want 1", anchor, n);
  }
  return to[0];
}

static void assert_links(const struct nt_graph *g, const char *anchor,
                         const char *want) {
  const char *got = link_of(g, anchor);
  if (strcmp(got, want) != 0) {
    dump(g);
    fail_msg("\"%s\" links to %s, want %s", anchor, got, want);
  }
}

static void assert_unlinked_mention(const struct nt_graph *g,
                                    const char *anchor) {
  const char *to[4];
  size_t n = links(g, anchor, to, 4);
  if (n != 0) {
    dump(g);
    fail_msg("\"%s\" is a mention of %s, want none", anchor, to[0]);
  }
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* ---- 1. folded names: diacritics and abbreviation periods ---- */

static void test_linking_fold_diacritics_both_ways(void **state) {
  (void)state;
  extract(pipeline, "fold",
          "The convoy left Chisinau at dawn. By night it was back in "
          "Chi\xC8\x99in\xC4\x83u.",
          "2024-03-15", &graph);
  assert_links(&graph, "Chisinau", NT_WD("Q21197"));
  assert_links(&graph, "Chi\xC8\x99in\xC4\x83u", NT_WD("Q21197"));
}

static void test_linking_fold_abbreviation_periods(void **state) {
  (void)state;
  extract(pipeline, "fold",
          "Envoys of the E.U. arrived in Yerevan. The EU sent two more.",
          "2024-03-15", &graph);
  assert_links(&graph, "E.U.", NT_WD("Q458"));
  assert_links(&graph, "EU", NT_WD("Q458"));
}

/* ---- 2. possessive ---- */

static void test_linking_possessive_links_and_is_not_extended(void **state) {
  (void)state;
  extract(pipeline, "poss",
          "Armenia's delegation arrived in Brussels on Monday.", "2024-03-15",
          &graph);
  assert_links(&graph, "Armenia", ARMENIA);
  assert_unlinked_mention(&graph, "Armenia's");
  assert_unlinked_mention(&graph, "Armenia's delegation");
}

/* ---- 3. acronyms ---- */

static void test_linking_acronym_alias_needs_capitals(void **state) {
  (void)state;
  extract(pipeline, "acro",
          "Nobody knew who would pay for the new clinics in Yerevan.",
          "2024-03-15", &graph);
  assert_unlinked_mention(&graph, "who");
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q7817")), 0);
  nt_free(&graph);
  extract(pipeline, "acro",
          "The WHO will pay for the new clinics in Yerevan.", "2024-03-15",
          &graph);
  assert_links(&graph, "WHO", NT_WD("Q7817"));
}

/* ---- 4. native-script aliases ---- */

static void test_linking_native_alias_needs_native_text(void **state) {
  (void)state;
  /* "Ísland" is an alias of Iceland; the English word is not */
  extract(pipeline, "native",
          "Leaders of the Pacific Island Forum gathered in Suva on Monday.",
          "2024-03-15", &graph);
  assert_unlinked_mention(&graph, "Island");
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q189")), 0);
  nt_free(&graph);
  extract(pipeline, "native", "Tourists in \xC3\x8Dsland admired the geysers.",
          "2024-03-15", &graph);
  assert_links(&graph, "\xC3\x8Dsland", NT_WD("Q189"));
}

/* ---- 5. demonym + title ---- */

static void test_linking_demonym_title_resolves_office_holder(void **state) {
  (void)state;
  extract(pipeline, "title",
          "The Armenian Prime Minister arrived in Moscow on Tuesday.",
          "2023-05-10", &graph);
  assert_links(&graph, "Prime Minister", PASHINYAN);
  /* the demonym itself is no mention of the country */
  assert_unlinked_mention(&graph, "Armenian");
}

static void test_linking_apposition_sets_job_title_and_country(void **state) {
  (void)state;
  extract(pipeline, "appos",
          "Nikol Pashinyan, the Armenian Prime Minister, arrived in Moscow on "
          "Tuesday.",
          "2023-05-10", &graph);
  assert_links(&graph, "Nikol Pashinyan", PASHINYAN);
  assert_int_equal(nt_count(&graph, PASHINYAN, NT_NKG("jobTitle"),
                            "\"Prime Minister\""),
                   1);
  assert_int_equal(
      nt_count(&graph, PASHINYAN, NT_NKG("positionCountry"), ARMENIA), 1);
  /* the title phrase is not a second person */
  assert_int_equal(nt_count(&graph, NULL, NT_RDF_TYPE, NT_NKG("Person")), 1);
}

/* ---- 6. surname coreference ---- */

static void test_linking_surname_after_full_name_is_same_entity(void **state) {
  (void)state;
  extract(pipeline, "coref",
          "Ilham Aliyev arrived in Baku on Monday. Mr. Aliyev thanked the "
          "hosts.",
          "2024-03-15", &graph);
  assert_links(&graph, "Ilham Aliyev", ALIYEV);
  assert_links(&graph, "Aliyev", ALIYEV);
  assert_int_equal(nt_count(&graph, NULL, NT_RDF_TYPE, NT_NKG("Person")), 1);
}

static void test_linking_namesake_is_not_the_known_person(void **state) {
  (void)state;
  /* the gazetteer knows George W. Bush only */
  extract(pipeline, "bush",
          "Reporters watched George W. Bush at the ranch, and his father "
          "George H. W. Bush waited nearby.",
          "2024-03-15", &graph);
  assert_links(&graph, "George W. Bush", GW_BUSH);
  const char *hw = link_of(&graph, "George H. W. Bush");
  assert_string_not_equal(hw, GW_BUSH);
  assert_true(starts_with(hw, LOCAL_ENTITY));
  assert_int_equal(nt_count(&graph, hw, NT_RDF_TYPE, NT_NKG("Person")), 1);
}

/* ---- 7. candidates of different types ---- */

static void test_linking_country_or_city_is_not_both(void **state) {
  (void)state;
  /* "Luxembourg": a country (Q32) and its capital (Q1842) */
  extract(pipeline, "lux",
          "Delegates gathered in Luxembourg for the conference.", "2024-03-15",
          &graph);
  const char *to[4];
  size_t n = links(&graph, "Luxembourg", to, 4);
  if (n > 1) {
    dump(&graph);
    fail_msg("\"Luxembourg\" links to %zu entities", n);
  }
  assert_false(nt_count(&graph, NULL, NULL, NT_WD("Q32")) &&
               nt_count(&graph, NULL, NULL, NT_WD("Q1842")));
}

static void test_linking_washington_as_meeting_place_is_the_city(void **state) {
  (void)state;
  extract(pipeline, "wash",
          "Emmanuel Macron and Olaf Scholz met in Washington on Monday.",
          "2024-03-15", &graph);
  assert_links(&graph, "Washington", NT_WD("Q61"));
  assert_int_equal(nt_count(&graph, NT_WD("Q61"), NT_RDF_TYPE, NT_NKG("City")),
                   1);
  assert_int_equal(nt_count(&graph, NULL, NT_NKG("location"), NT_WD("Q61")), 1);
}

/* ---- 8. title + surname ---- */

static void test_linking_title_surname_by_office_and_year(void **state) {
  (void)state;
  extract(pipeline, "johnson",
          "Prime Minister Johnson arrived in Brussels on Monday.",
          "2020-03-01", &graph);
  assert_links(&graph, "Johnson", NT_WD("Q180589"));
  nt_free(&graph);
  /* in 2015 Boris Johnson was not Prime Minister */
  extract(pipeline, "johnson",
          "Prime Minister Johnson arrived in Brussels on Monday.",
          "2015-03-01", &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q180589")), 0);
  nt_free(&graph);
  /* the surname alone links no one */
  extract(pipeline, "johnson", "Johnson arrived in Brussels on Monday.",
          "2020-03-01", &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q180589")), 0);
}

/* ---- 9. bare title ---- */

static void test_linking_bare_title_via_seat_of_government(void **state) {
  (void)state;
  /* 2018: Theresa May is the one UK Prime Minister the gazetteer gives
     (2023: see test_linking_bare_title_via_seat_2023) */
  extract(pipeline, "seat",
          "Reporters waited outside Downing Street. The Prime Minister met "
          "Olaf Scholz on Monday.",
          "2018-06-01", &graph);
  assert_links(&graph, "Prime Minister", NT_WD("Q264766"));
}

static void test_linking_bare_title_without_cue_is_document_scoped(void **state) {
  (void)state;
  static const char text[] = "Reporters waited outside the hall. The Prime "
                             "Minister met Olaf Scholz on Monday.";
  extract(pipeline, "doc-a", text, "2023-06-01", &graph);
  extract(pipeline, "doc-b", text, "2023-06-01", &graph2);
  const char *a = link_of(&graph, "Prime Minister");
  const char *b = link_of(&graph2, "Prime Minister");
  assert_true(starts_with(a, LOCAL_ENTITY));
  assert_true(starts_with(b, LOCAL_ENTITY));
  /* another article's "Prime Minister" may be someone else */
  assert_string_not_equal(a, b);
  assert_int_equal(nt_count(&graph, a, NT_RDF_TYPE, NT_NKG("Person")), 1);
}

/* ---- 10. unknown names ---- */

static void test_linking_unknown_names_get_local_iris(void **state) {
  (void)state;
  newskg_options opts = {.base_iri = "https://example.org/kg/",
                         .today = "2024-06-01",
                         .provenance = NEWSKG_PROVENANCE_MENTIONS};
  assert_int_equal(newskg_pipeline_new(&opts, &custom), NEWSKG_OK);
  static const char text[] =
      "Mr. Giragosian spoke at the Regional Policy Institute in Yerevan. "
      "Later Zangezur was quiet.";
  extract(custom, "doc-a", text, "2024-03-15", &graph);
  const char *person = link_of(&graph, "Giragosian");
  const char *org = link_of(&graph, "Regional Policy Institute");
  assert_true(starts_with(person, "<https://example.org/kg/entity/"));
  assert_true(starts_with(org, "<https://example.org/kg/entity/"));
  assert_int_equal(nt_count(&graph, person, NT_RDF_TYPE, NT_NKG("Person")), 1);
  assert_int_equal(
      nt_count(&graph, org, NT_RDF_TYPE, NT_NKG("Organization")), 1);
  /* a lone capitalised unknown word is nobody */
  assert_unlinked_mention(&graph, "Zangezur");
  /* a named unknown is the same entity in every document */
  extract(custom, "doc-b", text, "2024-03-15", &graph2);
  assert_string_equal(link_of(&graph2, "Giragosian"), person);
}

/* ---- 11. international office ---- */

static void test_linking_international_office_by_jurisdiction(void **state) {
  (void)state;
  static const char text[] =
      "The President of the European Council arrived in Kyiv on Monday.";
  extract(pipeline, "eucouncil", text, "2021-06-01", &graph);
  assert_links(&graph, "President", MICHEL);
  nt_free(&graph);
  /* his term ended in 2024 */
  extract(pipeline, "eucouncil", text, "2025-06-01", &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, MICHEL), 0);
}

/* ---- traps: namesakes and stale office terms ---- */

/* Two Bushes in one article: the lone "Bush" cannot be told apart, so it
   must not be linked to George W. Bush. */
static void test_linking_shared_surname_stays_unlinked(void **state) {
  (void)state;
  extract(pipeline, "bush",
          "Reporters watched George W. Bush at the ranch, and his father "
          "George H. W. Bush waited nearby. Later Bush smiled.",
          "2024-03-15", &graph);
  const char *to[4];
  size_t n = links(&graph, "Bush", to, 4);
  if (n && strcmp(to[0], GW_BUSH) == 0) {
    dump(&graph);
    fail_msg("the lone \"Bush\" is linked to %s", GW_BUSH);
  }
}

/* A namesake at the start of a sentence keeps its first name (not "H. W.
   Bush"). */
static void test_linking_namesake_at_sentence_start_keeps_first_name(
    void **state) {
  (void)state;
  extract(pipeline, "bush",
          "George W. Bush spoke at the ranch. George H. W. Bush watched.",
          "2024-03-15", &graph);
  const char *hw = link_of(&graph, "George H. W. Bush");
  assert_true(starts_with(hw, LOCAL_ENTITY));
}

/* "The Prime Minister" with Downing Street in 2023 is Rishi Sunak, though
   the gazetteer's sources saw Boris Johnson (2019–) and Liz Truss (2022–)
   with open terms: a successor's start closes them. */
static void test_linking_bare_title_via_seat_2023(void **state) {
  (void)state;
  extract(pipeline, "seat",
          "Reporters waited outside Downing Street. The Prime Minister met "
          "Olaf Scholz on Monday.",
          "2023-06-01", &graph);
  assert_links(&graph, "Prime Minister", NT_WD("Q20055561"));
}

#define T(f) cmocka_unit_test_teardown(f, test_teardown)

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      T(test_linking_fold_diacritics_both_ways),
      T(test_linking_fold_abbreviation_periods),
      T(test_linking_possessive_links_and_is_not_extended),
      T(test_linking_acronym_alias_needs_capitals),
      T(test_linking_native_alias_needs_native_text),
      T(test_linking_demonym_title_resolves_office_holder),
      T(test_linking_apposition_sets_job_title_and_country),
      T(test_linking_surname_after_full_name_is_same_entity),
      T(test_linking_namesake_is_not_the_known_person),
      T(test_linking_country_or_city_is_not_both),
      T(test_linking_washington_as_meeting_place_is_the_city),
      T(test_linking_title_surname_by_office_and_year),
      T(test_linking_bare_title_via_seat_of_government),
      T(test_linking_bare_title_without_cue_is_document_scoped),
      T(test_linking_unknown_names_get_local_iris),
      T(test_linking_international_office_by_jurisdiction),
      T(test_linking_shared_surname_stays_unlinked),
      T(test_linking_namesake_at_sentence_start_keeps_first_name),
      T(test_linking_bare_title_via_seat_2023),
  };
  (void)argc, (void)argv;
  return cmocka_run_group_tests(tests, group_setup, group_teardown) != 0;
}
