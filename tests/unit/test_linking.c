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

/* ---- 12. name particles ---- */

/* A person the gazetteer lacks stays one name across its particles. */
static void test_linking_particles_keep_a_title_name_whole(void **state) {
  (void)state;
  extract(pipeline, "particles",
          "Cabo Verdean Prime Minister Ulisses Correia e Silva arrived in "
          "Praia on Monday.",
          "2024-03-15", &graph);
  const char *who = link_of(&graph, "Ulisses Correia e Silva");
  assert_true(starts_with(who, LOCAL_ENTITY));
  assert_int_equal(nt_count(&graph, who, NT_RDF_TYPE, NT_NKG("Person")), 1);
  assert_unlinked_mention(&graph, "Ulisses Correia");
}

static void test_linking_particles_join_unknown_full_names(void **state) {
  (void)state;
  extract(pipeline, "particles",
          "Reporters saw Mark van der Berg and Anna de la Cruz leave the "
          "hall together.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Mark van der Berg"), LOCAL_ENTITY));
  assert_true(starts_with(link_of(&graph, "Anna de la Cruz"), LOCAL_ENTITY));
  assert_unlinked_mention(&graph, "Berg");
}

static void test_linking_particles_bin_and_glued_al(void **state) {
  (void)state;
  extract(pipeline, "particles",
          "Trade Minister Karim bin Rashid later met Omar al-Hadi, the "
          "envoy, in Doha.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Karim bin Rashid"), LOCAL_ENTITY));
  assert_true(starts_with(link_of(&graph, "Omar al-Hadi"), LOCAL_ENTITY));
  assert_unlinked_mention(&graph, "Rashid");
}

static void test_linking_particles_never_make_a_palace_a_person(void **state) {
  (void)state;
  extract(pipeline, "particles",
          "The two delegations sat down at the Palacio de la Moncloa after "
          "lunch.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NT_RDF_TYPE, NT_NKG("Person")), 0);
}

/* A name may open with a lower-case particle glued to it ("al-Jubeir",
   "el-Sisi"); after a title it is the person, and the title no second
   mention. */
static void test_linking_glued_particle_opens_a_name(void **state) {
  (void)state;
  static const char text[] =
      "Saudi Foreign Minister al-Jubeir arrived in Baghdad on Saturday.";
  extract(pipeline, "glued", text, "2017-03-15", &graph);
  assert_links(&graph, "al-Jubeir", NT_WD("Q623802"));
  assert_unlinked_mention(&graph, "Foreign Minister");
  nt_free(&graph);
  /* in 2024 he no longer held the office: nobody to link */
  extract(pipeline, "glued", text, "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q623802")), 0);
  nt_free(&graph);
  extract(pipeline, "glued",
          "President el-Sisi received Foreign Minister Faisal al-Mekdad.",
          "2024-03-15", &graph);
  assert_links(&graph, "el-Sisi", NT_WD("Q307871"));
  assert_links(&graph, "Faisal al-Mekdad", NT_WD("Q5431067"));
}

/* ---- 13. formal names of states ---- */

static void test_linking_formal_state_prefix_and_short_name(void **state) {
  (void)state;
  extract(pipeline, "formal",
          "Envoys of the Republic of Rwanda and the Kingdom of Saudi Arabia "
          "arrived in Geneva.",
          "2024-03-15", &graph);
  assert_links(&graph, "Republic of Rwanda", NT_WD("Q1037"));
  assert_links(&graph, "Kingdom of Saudi Arabia", NT_WD("Q851"));
}

static void test_linking_formal_state_demonym_and_noun(void **state) {
  (void)state;
  extract(pipeline, "formal",
          "The embassy of the French Republic wrote to the Swiss "
          "Confederation on Monday.",
          "2024-03-15", &graph);
  assert_links(&graph, "French Republic", NT_WD("Q142"));
  assert_links(&graph, "Swiss Confederation", NT_WD("Q39"));
}

static void test_linking_formal_state_alias_beats_the_rule(void **state) {
  (void)state;
  /* "Republic of China" is Taiwan, not China; "United Mexican States" is
     no prefix + short name at all */
  extract(pipeline, "formal",
          "Diplomats of the People's Republic of China, the Republic of China "
          "and the United Mexican States met the Federal Republic of Germany.",
          "2024-03-15", &graph);
  assert_links(&graph, "People's Republic of China", NT_WD("Q148"));
  assert_links(&graph, "Republic of China", NT_WD("Q865"));
  assert_links(&graph, "United Mexican States", NT_WD("Q96"));
  assert_links(&graph, "Federal Republic of Germany", NT_WD("Q183"));
}

/* ---- 14. compounds that contain a country ---- */

static void test_linking_compound_keeps_the_second_name_short(void **state) {
  (void)state;
  /* "EU summit" is an alias of the European Council; here it is not */
  extract(pipeline, "compound",
          "Officials prepared the Japan-EU summit in Tokyo.", "2024-03-15",
          &graph);
  assert_links(&graph, "Japan", NT_WD("Q17"));
  assert_links(&graph, "EU", NT_WD("Q458"));
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q8886")), 0);
}

static void test_linking_compound_gives_both_countries(void **state) {
  (void)state;
  extract(pipeline, "compound",
          "The US-China talks resumed while the Russia-Ukraine war went on.",
          "2024-03-15", &graph);
  assert_links(&graph, "US", NT_WD("Q30"));
  assert_links(&graph, "China", NT_WD("Q148"));
  assert_links(&graph, "Russia", NT_WD("Q159"));
  assert_links(&graph, "Ukraine", NT_WD("Q212"));
}

static void test_linking_compound_second_name_of_two_words(void **state) {
  (void)state;
  extract(pipeline, "compound",
          "Negotiators opened the Japan-South Korea talks in Seoul.",
          "2024-03-15", &graph);
  assert_links(&graph, "South Korea", NT_WD("Q884"));
}

/* ---- 15. elided names ---- */

static void test_linking_elided_name_before_and(void **state) {
  (void)state;
  extract(pipeline, "ellipsis",
          "Vice-ministers of South and North Korea spoke on Friday.",
          "2024-03-15", &graph);
  assert_links(&graph, "South", NT_WD("Q884"));
  assert_links(&graph, "North Korea", NT_WD("Q423"));
}

static void test_linking_elided_name_other_order(void **state) {
  (void)state;
  extract(pipeline, "ellipsis",
          "Next week North and South Korea will exchange lists of families.",
          "2024-03-15", &graph);
  assert_links(&graph, "North", NT_WD("Q423"));
  assert_links(&graph, "South Korea", NT_WD("Q884"));
}

static void test_linking_elided_name_only_without_own_name(void **state) {
  (void)state;
  /* a full name before "and" is itself; a region elides like a country */
  extract(pipeline, "ellipsis",
          "Ministers from Armenia and South Korea and from Western and "
          "Central Asia met.",
          "2024-03-15", &graph);
  assert_links(&graph, "Armenia", NT_WD("Q399"));
  assert_links(&graph, "Western", NT_WD("Q27293")); /* Western Asia */
  assert_links(&graph, "Central Asia", NT_WD("Q27275"));
}

static void test_linking_elided_demonym_gives_both_countries(void **state) {
  (void)state;
  extract(pipeline, "ellipsis",
          "South and North Korean officials met in Panmunjom on Friday.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NT_NKG("participant"), NT_WD("Q884")), 1);
  assert_int_equal(nt_count(&graph, NULL, NT_NKG("participant"), NT_WD("Q423")), 1);
}

/* An international body's generic alias after a country's possessive or
   demonym is that country's own body, one per owner; an acronym of the
   international body stays it. */
static void test_linking_owned_generic_body_is_not_the_un(void **state) {
  (void)state;
  extract(pipeline, "owned",
          "Russia's Security Council Secretary Nikolai Patrushev flew to "
          "Washington. The Ukrainian Security Council met in Kyiv.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q37470")), 0);
  const char *to[4];
  size_t n = links(&graph, "Security Council", to, 4);
  assert_int_equal(n, 2); /* Russia's and Ukraine's, apart */
  assert_true(starts_with(to[0], LOCAL_ENTITY));
  assert_true(starts_with(to[1], LOCAL_ENTITY));
  nt_free(&graph);
  extract(pipeline, "owned",
          "The Security Council met in New York while Russia's UN envoy "
          "spoke.",
          "2024-03-15", &graph);
  assert_links(&graph, "Security Council", NT_WD("Q37470"));
  assert_links(&graph, "UN", NT_WD("Q1065"));
}

/* ---- 16. office holders on the article's day ---- */

/* Boris Johnson left the Foreign Office on 2018-07-09 and Jeremy Hunt
   took it: a year alone cannot tell them apart, the day can. */
static void test_linking_office_holder_by_day_foreign_secretary(void **state) {
  (void)state;
  static const char text[] =
      "The Foreign Secretary arrived in Brussels for talks on Monday.";
  extract(pipeline, "fs", text, "2018-01-15", &graph);
  assert_links(&graph, "Foreign Secretary", NT_WD("Q180589"));
  nt_free(&graph);
  extract(pipeline, "fs", text, "2018-10-01", &graph);
  assert_links(&graph, "Foreign Secretary", NT_WD("Q333533"));
}

static void test_linking_office_holder_by_day_secretary_of_state(void **state) {
  (void)state;
  /* Tillerson until 2018-03-31, Pompeo from 2018-04-26 */
  static const char text[] =
      "Reporters waited as the US Secretary of State landed in Seoul.";
  extract(pipeline, "sos", text, "2018-03-02", &graph);
  assert_links(&graph, "Secretary of State", NT_WD("Q331401"));
  nt_free(&graph);
  extract(pipeline, "sos", text, "2018-06-11", &graph);
  assert_links(&graph, "Secretary of State", NT_WD("Q473239"));
}

static void test_linking_office_holder_by_day_via_seat(void **state) {
  (void)state;
  /* Theresa May until 2019-07-24, Boris Johnson after */
  static const char text[] = "Cameras lined Downing Street. Later the Prime "
                             "Minister spoke to Emmanuel Macron.";
  extract(pipeline, "pm", text, "2019-07-02", &graph);
  assert_links(&graph, "Prime Minister", NT_WD("Q264766"));
  nt_free(&graph);
  extract(pipeline, "pm", text, "2019-08-20", &graph);
  assert_links(&graph, "Prime Minister", NT_WD("Q180589"));
}

/* Terms known by year only still answer a full date: in 2018 three people
   were Armenian Prime Minister (2016–2018, 2018–2018, 2018–); the one whose
   term runs past 2018 is taken, for a day as for a month of that year. */
static void test_linking_office_holder_year_terms_on_a_day(void **state) {
  (void)state;
  static const char text[] =
      "The Armenian Prime Minister flew to Brussels for talks.";
  extract(pipeline, "am", text, "2018-06-01", &graph);
  assert_links(&graph, "Prime Minister", PASHINYAN);
  nt_free(&graph);
  extract(pipeline, "am",
          "In June 2018 the Armenian Prime Minister flew to Brussels for talks.",
          NULL, &graph);
  assert_links(&graph, "Prime Minister", PASHINYAN);
}

/* A title + a full name that only ends in a known surname is another
   person, unless it also starts like the known name. */
static void test_linking_title_name_ending_in_known_surname(void **state) {
  (void)state;
  extract(pipeline, "surname",
          "Secretary-General Jim Wong hosted the delegates in Suva.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Jim Wong"), LOCAL_ENTITY));
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q456759")), 0);
  nt_free(&graph);
  extract(pipeline, "surname",
          "Governor Mark Johnson opened the trade fair in Leeds on Monday.",
          "2020-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Mark Johnson"), LOCAL_ENTITY));
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q180589")), 0);
  nt_free(&graph);
  extract(pipeline, "surname",
          "In Moscow, President George Bush spoke with Vladimir Putin.",
          "2007-05-15", &graph);
  assert_links(&graph, "George Bush", GW_BUSH);
}

/* A title introduces an unknown name after a comma; a list of portfolios
   after a comma is no name. */
static void test_linking_title_apposition_names_a_person(void **state) {
  (void)state;
  extract(pipeline, "appos",
          "Officials met the Foreign Minister of Cabo Verde, Rui Figueiredo "
          "Soares, in Praia.",
          "2024-03-15", &graph);
  const char *who = link_of(&graph, "Rui Figueiredo Soares");
  assert_true(starts_with(who, LOCAL_ENTITY));
  assert_int_equal(nt_count(&graph, who, NT_RDF_TYPE, NT_NKG("Person")), 1);
  nt_free(&graph);
  extract(pipeline, "appos",
          "Talks with the Defence Minister, Tomas Berg ended late in Oslo.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Tomas Berg"), LOCAL_ENTITY));
  nt_free(&graph);
  extract(pipeline, "appos",
          "He later met the Minister of Finance, Economic Planning and Trade "
          "in Lusaka.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NT_RDF_TYPE, NT_NKG("Person")), 0);
}

/* News prose writes titles in lower case before a name. */
static void test_linking_lower_case_title_introduces_a_name(void **state) {
  (void)state;
  extract(pipeline, "lctitle",
          "Turkish officials said foreign minister Hakan Fidan would travel "
          "to Amman.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Hakan Fidan"), LOCAL_ENTITY));
  nt_free(&graph);
  extract(pipeline, "lctitle",
          "He spoke with his counterpart Lejone Mpotjoane by phone.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Lejone Mpotjoane"), LOCAL_ENTITY));
  nt_free(&graph);
  /* a weekday after the title is no name */
  extract(pipeline, "lctitle", "He met the minister Friday in Rome.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NT_RDF_TYPE, NT_NKG("Person")), 0);
}

/* A known surname opening a longer name is another person's family name
   (Wang Yi is known; Wang Yu-chi is not him); before a weekday it is
   still the surname. */
static void test_linking_family_name_first_is_another_person(void **state) {
  (void)state;
  extract(pipeline, "famfirst",
          "Zhang Zhijun met his counterpart Wang Yu-chi in Taipei.",
          "2014-06-25", &graph);
  assert_true(starts_with(link_of(&graph, "Wang Yu-chi"), LOCAL_ENTITY));
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q701801")), 0);
  nt_free(&graph);
  extract(pipeline, "famfirst",
          "Reporters later asked Wang Hongwei about the visit.", "2014-06-25",
          &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q701801")), 0);
  nt_free(&graph);
  extract(pipeline, "famfirst",
          "George W. Bush arrived in Crawford. Bush Monday thanked the hosts.",
          "2024-03-15", &graph);
  assert_links(&graph, "Bush", GW_BUSH);
}

/* A lower-case title names its holder where the text fixes the country;
   alone it names no one. */
static void test_linking_lower_case_title_with_country(void **state) {
  (void)state;
  extract(pipeline, "lcoffice",
          "Armenia's prime minister flew to Brussels on Monday.", "2023-05-10",
          &graph);
  assert_links(&graph, "prime minister", PASHINYAN);
  nt_free(&graph);
  extract(pipeline, "lcoffice",
          "Reporters waited for the president of Azerbaijan in Prague.",
          "2023-05-10", &graph);
  assert_links(&graph, "president", ALIYEV);
  nt_free(&graph);
  extract(pipeline, "lcoffice", "The minister met the president in Rome.",
          "2023-05-10", &graph);
  assert_int_equal(nt_count(&graph, NULL, NT_RDF_TYPE, NT_NKG("Person")), 0);
}

/* A title ending in "for"/"of" takes a portfolio before the name; a known
   surname opening a longer name after a title is not that person. */
static void test_linking_portfolio_and_long_names_after_titles(void **state) {
  (void)state;
  extract(pipeline, "portfolio",
          "Minister Kihara met his counterpart, Secretary of State for "
          "Defence, John Healey, in Tokyo.",
          "2024-07-29", &graph);
  assert_true(starts_with(link_of(&graph, "John Healey"), LOCAL_ENTITY));
  assert_unlinked_mention(&graph, "Defence");
  nt_free(&graph);
  extract(pipeline, "portfolio",
          "Secretary of State for Northern Ireland Hilary Benn met Simon "
          "Harris in Dublin.",
          "2025-02-26", &graph);
  assert_links(&graph, "Northern Ireland", NT_WD("Q26"));
  assert_true(starts_with(link_of(&graph, "Hilary Benn"), LOCAL_ENTITY));
  nt_free(&graph);
  extract(pipeline, "portfolio",
          "Somali President Hassan Sheikh Mohamud arrived in Nairobi.",
          "2024-03-15", &graph);
  assert_true(starts_with(link_of(&graph, "Hassan Sheikh Mohamud"), LOCAL_ENTITY));
}

/* ---- 17. venues ---- */

/* A venue without a confirmed QID is a place of its own, one entity
   whatever the spelling, and it locates the meeting. */
static void test_linking_venue_is_one_place_and_the_location(void **state) {
  (void)state;
  extract(pipeline, "venue",
          "Keir Starmer met Olaf Scholz at 10 Downing Street on Monday. "
          "Reporters stayed in Downing Street all day.",
          "2024-09-02", &graph);
  const char *a = link_of(&graph, "10 Downing Street");
  assert_true(starts_with(a, LOCAL_ENTITY));
  assert_string_equal(link_of(&graph, "Downing Street"), a);
  assert_int_equal(nt_count(&graph, a, NT_RDF_TYPE, NT_NKG("Region")), 1);
  assert_int_equal(nt_count(&graph, NULL, NT_NKG("location"), a), 1);
}

/* The venue's city is stated when the article names it, never added. */
static void test_linking_venue_city_only_when_named(void **state) {
  (void)state;
  extract(pipeline, "venue",
          "Emmanuel Macron received Giorgia Meloni at the Elysee Palace in "
          "Paris on Tuesday.",
          "2024-03-15", &graph);
  const char *v = link_of(&graph, "Elysee Palace");
  assert_int_equal(nt_count(&graph, v, NT_NKG("locatedIn"), NT_WD("Q90")), 1);
  nt_free(&graph);
  extract(pipeline, "venue",
          "Emmanuel Macron received Giorgia Meloni at the \xC3\x89lys\xC3\xA9"
          "e Palace on Tuesday.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NT_NKG("locatedIn"), NULL), 0);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q90")), 0);
}

/* A confirmed QID links the venue; the same name before a title is the
   office inside ("Pentagon Press Secretary"), and a venue's longer name
   beats the city inside it ("Hyderabad House"). */
static void test_linking_venue_linked_and_its_limits(void **state) {
  (void)state;
  extract(pipeline, "venue",
          "Lloyd Austin hosted his Japanese counterpart at the Pentagon on "
          "Friday.",
          "2024-03-15", &graph);
  assert_links(&graph, "Pentagon", NT_WD("Q11208"));
  nt_free(&graph);
  extract(pipeline, "venue",
          "Pentagon Press Secretary Pat Ryder briefed reporters. Later Narendra "
          "Modi met Fumio Kishida at Hyderabad House.",
          "2024-03-15", &graph);
  assert_int_equal(nt_count(&graph, NULL, NULL, NT_WD("Q11208")), 0);
  assert_true(starts_with(link_of(&graph, "Hyderabad House"), LOCAL_ENTITY));
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
      T(test_linking_particles_keep_a_title_name_whole),
      T(test_linking_particles_join_unknown_full_names),
      T(test_linking_particles_bin_and_glued_al),
      T(test_linking_particles_never_make_a_palace_a_person),
      T(test_linking_glued_particle_opens_a_name),
      T(test_linking_formal_state_prefix_and_short_name),
      T(test_linking_formal_state_demonym_and_noun),
      T(test_linking_formal_state_alias_beats_the_rule),
      T(test_linking_compound_keeps_the_second_name_short),
      T(test_linking_compound_gives_both_countries),
      T(test_linking_compound_second_name_of_two_words),
      T(test_linking_elided_name_before_and),
      T(test_linking_elided_name_other_order),
      T(test_linking_elided_name_only_without_own_name),
      T(test_linking_elided_demonym_gives_both_countries),
      T(test_linking_owned_generic_body_is_not_the_un),
      T(test_linking_office_holder_by_day_foreign_secretary),
      T(test_linking_office_holder_by_day_secretary_of_state),
      T(test_linking_office_holder_by_day_via_seat),
      T(test_linking_office_holder_year_terms_on_a_day),
      T(test_linking_title_name_ending_in_known_surname),
      T(test_linking_title_apposition_names_a_person),
      T(test_linking_lower_case_title_introduces_a_name),
      T(test_linking_family_name_first_is_another_person),
      T(test_linking_lower_case_title_with_country),
      T(test_linking_portfolio_and_long_names_after_titles),
      T(test_linking_venue_is_one_place_and_the_location),
      T(test_linking_venue_city_only_when_named),
      T(test_linking_venue_linked_and_its_limits),
  };
  (void)argc, (void)argv;
  return cmocka_run_group_tests(tests, group_setup, group_teardown) != 0;
}
