/*
 * Meeting frames end to end through the public API with the built-in
 * gazetteer: one own sentence per frame, extracted, serialized to
 * N-Triples in memory and checked triple by triple (participants by
 * Wikidata IRI, mediator, location, date literal, planned).  Sentences
 * that report no meeting must give zero events.
 *
 * Statements (nkg:Statement) and calls with several partners have tests
 * of their own.
 *
 * Publication date of every sentence: Friday 2024-03-15, except the cases
 * marked `undated`; the processing date is pinned to 2024-06-01.
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

#define PUB "2024-03-15"
#define MAX_ROLE 4

struct frame_case {
  const char *name;  /* test name */
  const char *text;  /* own sentence */
  size_t events;     /* expected event count */
  /* for events == 1: the facts of that event (NULL-terminated lists) */
  const char *participants[MAX_ROLE + 1];
  const char *mediators[MAX_ROLE + 1];
  const char *location; /* NT term or NULL: no location asserted */
  const char *date;     /* NT literal or NULL: no date asserted */
  bool planned;
  const char *type;     /* extra rdf:type class or NULL */
  const char *cameo;    /* NT literal of nkg:cameoCode or NULL: not asserted */
  bool undated;         /* extract without a publication date */
};

static newskg_pipeline *pipeline;

/* The graph under test: freed by the teardown, also after a failure. */
static struct nt_graph graph;

static int graph_teardown(void **state) {
  (void)state;
  nt_free(&graph);
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

static size_t count_list(const char *const *l) {
  size_t n = 0;
  while (l[n])
    n++;
  return n;
}

static void dump(const struct nt_graph *g) {
  for (size_t i = 0; i < g->n; i++)
    if (strstr(g->t[i].p, "newskg/ontology#"))
      print_message("  %s %s %s\n", g->t[i].s, g->t[i].p, g->t[i].o);
}

static void check_frame(void **state) {
  const struct frame_case *c = *state;
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline, c->text, c->undated ? NULL : PUB, g, &events);
  if (events != c->events) {
    dump(g);
    fail_msg("\"%s\": %zu events, want %zu", c->text, events, c->events);
  }
  /* every event is typed nkg:Meeting */
  assert_int_equal(nt_count(g, NULL, NT_RDF_TYPE, NT_NKG("Meeting")), events);
  if (c->events != 1) {
    /* several events (partner lists, resumptions): the count is the test */
    if (c->events == 0)
      assert_int_equal(nt_count(g, NULL, NT_NKG("participant"), NULL), 0);
    return;
  }
  size_t np = count_list(c->participants);
  const char *ev =
      nt_subject_with_all(g, NT_NKG("participant"), c->participants, np);
  if (!ev) {
    dump(g);
    fail_msg("\"%s\": no event with the expected participants", c->text);
  }
  /* exactly these participants and mediators */
  if (nt_count(g, ev, NT_NKG("participant"), NULL) != np) {
    dump(g);
    fail_msg("\"%s\": %zu participants, want %zu", c->text,
             nt_count(g, ev, NT_NKG("participant"), NULL), np);
  }
  size_t nm = count_list(c->mediators);
  if (nt_count(g, ev, NT_NKG("mediator"), NULL) != nm) {
    dump(g);
    fail_msg("\"%s\": %zu mediators, want %zu", c->text,
             nt_count(g, ev, NT_NKG("mediator"), NULL), nm);
  }
  for (size_t k = 0; k < nm; k++)
    if (nt_count(g, ev, NT_NKG("mediator"), c->mediators[k]) != 1) {
      dump(g);
      fail_msg("\"%s\": mediator %s missing", c->text, c->mediators[k]);
    }
  if (c->location && nt_count(g, ev, NT_NKG("location"), c->location) != 1) {
    dump(g);
    fail_msg("\"%s\": location %s missing", c->text, c->location);
  }
  if (c->date && nt_count(g, ev, NT_NKG("date"), c->date) != 1) {
    dump(g);
    fail_msg("\"%s\": date %s missing", c->text, c->date);
  }
  if (nt_count(g, ev, NT_NKG("planned"), NULL) != (c->planned ? 1u : 0u) ||
      nt_count(g, ev, NT_NKG("planned"), NT_TRUE) != (c->planned ? 1u : 0u)) {
    dump(g);
    fail_msg("\"%s\": planned should be %s", c->text,
             c->planned ? "true" : "absent");
  }
  if (c->type && nt_count(g, ev, NT_RDF_TYPE, c->type) != 1) {
    dump(g);
    fail_msg("\"%s\": not typed %s", c->text, c->type);
  }
  if (c->cameo && nt_count(g, ev, NT_NKG("cameoCode"), c->cameo) != 1) {
    dump(g);
    fail_msg("\"%s\": CAMEO code is not %s", c->text, c->cameo);
  }
}

/* People and places of the sentences below, as their Wikidata IRIs. */
#define MODI NT_WD("Q1058")
#define ERDOGAN NT_WD("Q39259")
#define PUTIN NT_WD("Q7747")
#define SCHOLZ NT_WD("Q61053")
#define MELONI NT_WD("Q451791")
#define MACRON NT_WD("Q3052772")
#define ALIYEV NT_WD("Q57371")
#define PASHINYAN NT_WD("Q7035479")
#define TAMIM NT_WD("Q1855372")
#define MICHEL NT_WD("Q950958")
#define KISHIDA NT_WD("Q359480")
#define BIDEN NT_WD("Q6279")
#define ZELENSKYY NT_WD("Q3874799")
#define NEW_DELHI NT_WD("Q987")
#define MOSCOW NT_WD("Q649")
#define ROME NT_WD("Q220")
#define BRUSSELS NT_WD("Q239")
#define BERLIN NT_WD("Q64")
#define DOHA NT_WD("Q3861")
#define WASHINGTON NT_WD("Q61")
#define TOKYO NT_WD("Q1490")
#define KAMIKAWA NT_WD("Q276275")
#define CAMEO(code) "\"" code "\""

static struct frame_case frames[] = {
    {.name = "test_events_x_met_y_in_z_on_date",
     .text = "Prime Minister Narendra Modi met President Recep Tayyip "
             "Erdo\xC4\x9F" "an in New Delhi on Tuesday.",
     .events = 1, .participants = {MODI, ERDOGAN}, .location = NEW_DELHI,
     .date = NT_DATE("2024-03-12")},
    {.name = "test_events_x_and_y_met",
     .text = "Vladimir Putin and Recep Tayyip Erdo\xC4\x9F" "an met in Moscow "
             "on March 5.",
     .events = 1, .participants = {PUTIN, ERDOGAN}, .location = MOSCOW,
     .date = NT_DATE("2024-03-05")},
    {.name = "test_events_x_met_with_y",
     .text = "Olaf Scholz met with Giorgia Meloni in Rome on Wednesday.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2024-03-13")},
    {.name = "test_events_talks_between_x_and_y",
     .text = "Talks between Ilham Aliyev and Nikol Pashinyan took place in "
             "Brussels on Thursday.",
     .events = 1, .participants = {ALIYEV, PASHINYAN}, .location = BRUSSELS,
     .date = NT_DATE("2024-03-14"), .type = NT_NKG("Talks")},
    {.name = "test_events_x_held_talks_with_y",
     .text = "Emmanuel Macron held talks with Olaf Scholz in Berlin on Monday.",
     .events = 1, .participants = {MACRON, SCHOLZ}, .location = BERLIN,
     .date = NT_DATE("2024-03-11"), .type = NT_NKG("Talks")},
    {.name = "test_events_x_hosted_y",
     .text = "Emir Tamim bin Hamad Al Thani hosted Recep Tayyip Erdo\xC4\x9F" "an "
             "in Doha on Sunday.",
     .events = 1, .participants = {TAMIM, ERDOGAN}, .location = DOHA,
     .date = NT_DATE("2024-03-10")},
    {.name = "test_events_x_received_y",
     .text = "Vladimir Putin received Recep Tayyip Erdo\xC4\x9F" "an in Moscow "
             "on Friday.",
     .events = 1, .participants = {PUTIN, ERDOGAN}, .location = MOSCOW,
     .date = NT_DATE("2024-03-15")},
    {.name = "test_events_met_under_the_aegis_of_mediator",
     .text = "Ilham Aliyev and Nikol Pashinyan met in Brussels under the aegis "
             "of Charles Michel.",
     .events = 1, .participants = {ALIYEV, PASHINYAN}, .mediators = {MICHEL},
     .location = BRUSSELS},
    {.name = "test_events_talks_mediated_by_mediator",
     .text = "Ilham Aliyev met Nikol Pashinyan in Moscow in talks mediated by "
             "Vladimir Putin.",
     .events = 1, .participants = {ALIYEV, PASHINYAN}, .mediators = {PUTIN},
     .location = MOSCOW},
    {.name = "test_events_host_of_talks_between_is_mediator",
     .text = "Charles Michel hosted talks between Ilham Aliyev and Nikol "
             "Pashinyan in Brussels.",
     .events = 1, .participants = {ALIYEV, PASHINYAN}, .mediators = {MICHEL},
     .location = BRUSSELS},
    {.name = "test_events_will_meet_next_week_is_planned",
     .text = "Fumio Kishida will meet Joe Biden in Washington next week.",
     .events = 1, .participants = {KISHIDA, BIDEN}, .location = WASHINGTON,
     .date = NT_YEAR_MONTH("2024-03"), .planned = true},
    {.name = "test_events_expected_to_meet_on_later_date_is_planned",
     .text = "Emmanuel Macron is expected to meet Olaf Scholz in Berlin on "
             "March 20.",
     .events = 1, .participants = {MACRON, SCHOLZ}, .location = BERLIN,
     .date = NT_DATE("2024-03-20"), .planned = true},
    {.name = "test_events_phone_call_with",
     .text = "Emmanuel Macron spoke by phone with Volodymyr Zelenskyy on Monday.",
     .events = 1, .participants = {MACRON, ZELENSKYY},
     .date = NT_DATE("2024-03-11"), .type = NT_NKG("PhoneCall")},
    /* negatives: no meeting is reported */
    {.name = "test_events_refused_to_meet_gives_no_event",
     .text = "Ilham Aliyev refused to meet Nikol Pashinyan in Brussels.",
     .events = 0},
    {.name = "test_events_no_meeting_took_place_gives_no_event",
     .text = "No meeting between Ilham Aliyev and Nikol Pashinyan took place.",
     .events = 0},
    {.name = "test_events_called_for_talks_gives_no_event",
     .text = "Emmanuel Macron called for talks with Vladimir Putin.",
     .events = 0},
    {.name = "test_events_did_not_meet_gives_no_event",
     .text = "Emmanuel Macron did not meet Olaf Scholz in Berlin.",
     .events = 0},
    {.name = "test_events_sentence_without_trigger_gives_no_event",
     .text = "Emmanuel Macron praised Olaf Scholz in Berlin on Monday.",
     .events = 0},
    {.name = "test_events_single_participant_gives_no_event",
     .text = "Olaf Scholz met reporters in Berlin on Monday.",
     .events = 0},
};

/* Frames that once failed: a status cue after the noun's phrase, the
   passive, and a mediator phrase after a second trigger. */
static struct frame_case regressions[] = {
    /* a status cue after the noun's phrase ("A meeting between X and Y is
       expected in Z") */
    {.name = "test_events_meeting_is_expected_is_planned",
     .text = "A meeting between Fumio Kishida and Joe Biden is expected in Tokyo.",
     .events = 1, .participants = {KISHIDA, BIDEN}, .location = TOKYO,
     .planned = true},
    /* passive: the subject before "was received" takes part */
    {.name = "test_events_y_was_received_by_x",
     .text = "Recep Tayyip Erdo\xC4\x9F" "an was received by Vladimir Putin in "
             "Moscow on Friday.",
     .events = 1, .participants = {ERDOGAN, PUTIN}, .location = MOSCOW,
     .date = NT_DATE("2024-03-15")},
    /* "hosted by" after the trigger modifies the meeting; it does not end
       the clause of "met" */
    {.name = "test_events_met_in_a_meeting_hosted_by_mediator",
     .text = "Ilham Aliyev and Nikol Pashinyan met in Brussels in a meeting "
             "hosted by Charles Michel.",
     .events = 1, .participants = {ALIYEV, PASHINYAN}, .mediators = {MICHEL},
     .location = BRUSSELS},
    /* a convener's object with "of" names who meets; the convener mediates
       (the base form after "will" is a verb too) */
    {.name = "test_events_will_convene_a_meeting_of_leaders_of",
     .text = "Charles Michel will convene a high-level meeting of the leaders "
             "of Armenia and Azerbaijan in Brussels on March 20.",
     .events = 1, .participants = {NT_WD("Q399"), NT_WD("Q227")},
     .mediators = {MICHEL}, .location = BRUSSELS,
     .date = NT_DATE("2024-03-20"), .planned = true},
};

/* Date forms, status cues, negatives and CAMEO codes. */
static struct frame_case details[] = {
    /* ---- dates ---- */
    /* past periods name their month; "N days ago" a day */
    /* delegations: countries after "leaders of", demonyms before
       "officials" */
    {.name = "test_events_leaders_of_countries_met",
     .text = "The leaders of France and Germany met in Paris on Monday.",
     .events = 1, .participants = {NT_WD("Q142"), NT_WD("Q183")},
     .location = NT_WD("Q90"), .date = NT_DATE("2024-03-11")},
    {.name = "test_events_mediated_by_demonym_officials",
     .text = "Iran and the United States held indirect talks in Oman "
             "mediated by Omani officials.",
     .events = 1, .participants = {NT_WD("Q794"), NT_WD("Q30")},
     .mediators = {NT_WD("Q842")}, .location = NT_WD("Q842")},
    /* a host that meets its guests "with" them takes part */
    {.name = "test_events_host_of_summit_with_guests_takes_part",
     .text = "Joe Biden hosted a summit with Fumio Kishida at Camp David on "
             "Friday.",
     .events = 1, .participants = {BIDEN, KISHIDA},
     .date = NT_DATE("2024-03-15")}, /* the publication day is a Friday */
    /* "will visit X": the verb, with its object */
    {.name = "test_events_will_visit_person_is_planned_visit",
     .text = "Recep Tayyip Erdo\xC4\x9F" "an will visit Vladimir Putin next "
             "month.",
     .events = 1, .participants = {ERDOGAN, PUTIN},
     .date = NT_YEAR_MONTH("2024-04"), .planned = true},
    /* a fronted place, a list reopened by "including", unknown titles */
    {.name = "test_events_fronted_place_and_including",
     .text = "While in Tokyo, Joe Biden will meet Fumio Kishida and other "
             "officials, including Foreign Minister Yoko Kamikawa.",
     .events = 1, .participants = {BIDEN, KISHIDA, KAMIKAWA},
     .location = TOKYO, .planned = true},
    /* who meets through "of" and "representatives of" */
    {.name = "test_events_meeting_of_the_ministers_of_countries",
     .text = "A trilateral meeting of the foreign ministers of Russia, Turkey "
             "and Iran will be held in Moscow.",
     .events = 1, .participants = {NT_WD("Q159"), NT_WD("Q43"), NT_WD("Q794")},
     .location = MOSCOW, .planned = true},
    {.name = "test_events_talks_between_representatives_of",
     .text = "Talks were held in Minsk between representatives of Russia and "
             "Ukraine.",
     .events = 1, .participants = {NT_WD("Q159"), NT_WD("Q212")},
     .location = NT_WD("Q2280")},
    /* "in convening negotiations" is no call of the subject's */
    {.name = "test_events_in_convening_gives_no_subject",
     .text = "Antony Blinken praised Kenya in convening peace negotiations "
             "between Ethiopia and Eritrea.",
     .events = 1, .participants = {NT_WD("Q115"), NT_WD("Q986")}},
    /* a meeting called off after its noun is no meeting */
    {.name = "test_events_planned_meeting_postponed_is_none",
     .text = "A planned meeting between Olaf Scholz and Giorgia Meloni was "
             "postponed, officials said.",
     .events = 0},
    /* meeting a thing is no meeting */
    {.name = "test_events_met_the_deadline_is_no_meeting",
     .text = "France and Italy met the deadline set by the European "
             "Commission.",
     .events = 0},
    {.name = "test_events_met_its_target_is_no_meeting",
     .text = "Germany met its NATO spending target for the first time.",
     .events = 0},
    {.name = "test_events_met_his_counterpart_is_a_meeting",
     .text = "Fumio Kishida met his counterpart Joe Biden in Tokyo.",
     .events = 1, .participants = {KISHIDA, BIDEN}, .location = TOKYO},
    /* a title's full "of the Republic of X" phrase before the name */
    {.name = "test_events_title_of_the_republic_of_before_name",
     .text = "Vladimir Putin had a meeting with President of the Republic of "
             "Belarus Alexander Lukashenko.",
     .events = 1, .participants = {PUTIN, NT_WD("Q2866")}},
    /* "X visited Z, where he met Y": the pronoun is X, the place Z */
    {.name = "test_events_visited_where_he_met",
     .text = "Fumio Kishida visited Kyiv on Tuesday, where he met Volodymyr "
             "Zelenskyy.",
     .events = 1, .participants = {KISHIDA, ZELENSKYY},
     .location = NT_WD("Q1899")},
    /* a meeting noun after "in"/"during" was held by the clause's subject */
    {.name = "test_events_subject_held_call_in_a_phone_call",
     .text = "Vladimir Putin and Recep Tayyip Erdo\xC4\x9F" "an discussed grain "
             "exports in a phone call on Monday.",
     .events = 1, .participants = {PUTIN, ERDOGAN},
     .date = NT_DATE("2024-03-11"), .type = NT_NKG("PhoneCall")},
    {.name = "test_events_date_last_week_is_year_month",
     .text = "Olaf Scholz met Giorgia Meloni in Rome last week.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_YEAR_MONTH("2024-03")},
    {.name = "test_events_date_last_month_is_previous_month",
     .text = "Olaf Scholz met Giorgia Meloni in Rome last month.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_YEAR_MONTH("2024-02")},
    {.name = "test_events_date_days_ago_is_a_day",
     .text = "Olaf Scholz met Giorgia Meloni in Rome two days ago.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2024-03-13")},
    {.name = "test_events_date_day_month_year",
     .text = "Olaf Scholz met Giorgia Meloni in Rome on 25 May 2023.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2023-05-25")},
    /* translated text: the French ordinal "1er"; a past June before the
       March publication date is last year's */
    {.name = "test_events_date_french_ordinal_day",
     .text = "Olaf Scholz met Giorgia Meloni in Rome on 1er June.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2023-06-01")},
    {.name = "test_events_date_early_month_is_year_month",
     .text = "Olaf Scholz met Giorgia Meloni in Rome in early May.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_YEAR_MONTH("2023-05")},
    /* no publication date: the year is the latest one, not after today
       (2024-06-01), in which the day fell on that weekday */
    {.name = "test_events_date_weekday_day_month_takes_year_before_today",
     .text = "Olaf Scholz met Giorgia Meloni in Rome on Thursday, May 25.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2023-05-25"), .undated = true},
    {.name = "test_events_date_weekday_day_month_this_year",
     .text = "Olaf Scholz met Giorgia Meloni in Rome on Thursday, May 23.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2024-05-23"), .undated = true},
    /* 2024-06-27 is a Thursday after today: the one before is 2019's */
    {.name = "test_events_date_weekday_day_month_never_after_today",
     .text = "Olaf Scholz met Giorgia Meloni in Rome on Thursday, June 27.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2019-06-27"), .undated = true},
    /* ---- planned ---- */
    {.name = "test_events_will_meet_is_planned_cameo_036",
     .text = "Olaf Scholz will meet Giorgia Meloni in Rome on March 20.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME,
     .date = NT_DATE("2024-03-20"), .planned = true, .cameo = CAMEO("036")},
    {.name = "test_events_meeting_is_scheduled_is_planned",
     .text = "A meeting between Olaf Scholz and Giorgia Meloni is scheduled "
             "in Rome on March 20.",
     .events = 1, .participants = {SCHOLZ, MELONI},
     .date = NT_DATE("2024-03-20"), .planned = true, .cameo = CAMEO("036")},
    {.name = "test_events_plan_to_meet_is_planned",
     .text = "Olaf Scholz and Giorgia Meloni plan to meet in Rome on March 20.",
     .events = 1, .participants = {SCHOLZ, MELONI},
     .date = NT_DATE("2024-03-20"), .planned = true, .cameo = CAMEO("036")},
    /* ---- negatives ---- */
    {.name = "test_events_refused_to_meet_other_sentence_gives_no_event",
     .text = "Olaf Scholz refused to meet Giorgia Meloni in Rome.",
     .events = 0},
    {.name = "test_events_no_meeting_between_took_place_gives_no_event",
     .text = "No meeting between Olaf Scholz and Giorgia Meloni took place.",
     .events = 0},
    {.name = "test_events_did_not_meet_on_day_gives_no_event",
     .text = "Olaf Scholz did not meet Giorgia Meloni in Rome on Monday.",
     .events = 0},
    {.name = "test_events_hypothetical_if_meets_gives_no_event",
     .text = "If Olaf Scholz meets Giorgia Meloni in Rome, markets will rally.",
     .events = 0},
    /* ---- CAMEO codes ---- */
    {.name = "test_events_phone_call_cameo_041",
     .text = "Olaf Scholz spoke by phone with Giorgia Meloni on Monday.",
     .events = 1, .participants = {SCHOLZ, MELONI},
     .date = NT_DATE("2024-03-11"), .type = NT_NKG("PhoneCall"),
     .cameo = CAMEO("041")},
    {.name = "test_events_mediated_meeting_cameo_045",
     .text = "Olaf Scholz met Giorgia Meloni in Rome under the aegis of "
             "Charles Michel.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .mediators = {MICHEL},
     .cameo = CAMEO("045")},
};


/* Constructions of the tree frames (ontology/frames.lex), three own
   sentences each with different names, tense and order; run when the tree
   frames are on (NEWSKG_FRAMES=tree, ctest unit.events_tree). */
#define FRANCE NT_WD("Q142")
#define GERMANY NT_WD("Q183")
#define ITALY NT_WD("Q38")
#define JAPAN NT_WD("Q17")
#define INDIA NT_WD("Q668")
#define TURKEY NT_WD("Q43")
#define ARMENIA NT_WD("Q399")
#define AZERBAIJAN NT_WD("Q227")
#define QATAR NT_WD("Q846")
#define G20 NT_WD("Q19771")
#define APEC NT_WD("Q170481")
#define ASEAN NT_WD("Q7768")
#define PARIS NT_WD("Q90")
#define GENEVA NT_WD("Q71")
#define ANKARA NT_WD("Q3640")
#define LONDON NT_WD("Q84")
#define TRUMP NT_WD("Q22686")
#define MAY NT_WD("Q264766")
static struct frame_case tree_cases[] = {
    /* apposition partner */
    {.name = "tree_apposition_partner_1",
     .text = "Olaf Scholz met his Italian counterpart, Giorgia Meloni, in Rome.",
     .events = 1, .participants = {SCHOLZ, MELONI}, .location = ROME},
    {.name = "tree_apposition_partner_2",
     .text = "On Monday Fumio Kishida will meet the American president, Joe Biden.",
     .events = 1, .participants = {KISHIDA, BIDEN}, .planned = true},
    {.name = "tree_apposition_partner_3",
     .text = "Emmanuel Macron received the Turkish leader, Recep Tayyip "
             "Erdo\xC4\x9F" "an, in Paris.",
     .events = 1, .participants = {MACRON, ERDOGAN}, .location = PARIS},
    /* apposition on the subject */
    {.name = "tree_subject_apposition_1",
     .text = "Giorgia Meloni, the Italian prime minister, met Olaf Scholz in Berlin.",
     .events = 1, .participants = {MELONI, SCHOLZ}, .location = BERLIN},
    {.name = "tree_subject_apposition_2",
     .text = "Joe Biden, who leads the United States, will meet Narendra Modi.",
     .events = 1, .participants = {BIDEN, MODI}, .planned = true},
    {.name = "tree_subject_apposition_3",
     .text = "Charles Michel, a former Belgian premier, met Ilham Aliyev in Baku.",
     .events = 1, .participants = {MICHEL, ALIYEV}, .location = NT_WD("Q9248")},
    /* relative clause on a participant */
    {.name = "tree_relative_clause_1",
     .text = "Narendra Modi, who arrived in Tokyo on Sunday, met Fumio Kishida.",
     .events = 1, .participants = {MODI, KISHIDA}},
    {.name = "tree_relative_clause_2",
     .text = "Olaf Scholz met Emmanuel Macron, whose government had proposed the plan.",
     .events = 1, .participants = {SCHOLZ, MACRON}},
    {.name = "tree_relative_clause_3",
     .text = "Recep Tayyip Erdo\xC4\x9F" "an, whom critics had accused of delays, "
             "met Vladimir Putin in Ankara.",
     .events = 1, .participants = {ERDOGAN, PUTIN}, .location = ANKARA},
    /* a host with an unrelated "between" */
    {.name = "tree_host_unrelated_between_1",
     .text = "Joe Biden hosted Olaf Scholz to celebrate the ties between "
             "Germany and the United States.",
     .events = 1, .participants = {BIDEN, SCHOLZ}},
    {.name = "tree_host_unrelated_between_2",
     .text = "Giorgia Meloni welcomed Narendra Modi in Rome and praised trade "
             "between India and Italy.",
     .events = 1, .participants = {MELONI, MODI}, .location = ROME},
    {.name = "tree_host_unrelated_between_3",
     .text = "Fumio Kishida will host Emmanuel Macron, stressing the friendship "
             "between France and Japan.",
     .events = 1, .participants = {KISHIDA, MACRON}, .planned = true},
    /* a "not" that negates nothing */
    {.name = "tree_not_elsewhere_1",
     .text = "Not long after the vote, Olaf Scholz met Emmanuel Macron in Paris.",
     .events = 1, .participants = {SCHOLZ, MACRON}, .location = PARIS},
    {.name = "tree_not_elsewhere_2",
     .text = "Joe Biden met Fumio Kishida, though the two did not sign a deal.",
     .events = 1, .participants = {BIDEN, KISHIDA}},
    {.name = "tree_not_elsewhere_3",
     .text = "Narendra Modi, not known for small talk, held talks with Giorgia "
             "Meloni.",
     .events = 1, .participants = {MODI, MELONI}},
    /* partner list: one meeting each */
    {.name = "tree_partner_list_1",
     .text = "Joe Biden held bilateral meetings with counterparts from France, "
             "Germany and Italy.",
     .events = 3},
    {.name = "tree_partner_list_2",
     .text = "Fumio Kishida will hold separate meetings with leaders from India "
             "and Turkey.",
     .events = 2},
    {.name = "tree_partner_list_3",
     .text = "Olaf Scholz had talks with ministers from Armenia, Azerbaijan and "
             "Japan.",
     .events = 3},
    /* summit attended by */
    {.name = "tree_summit_attended_by_1",
     .text = "The summit was attended by leaders of France, Germany and Italy.",
     .events = 1, .participants = {FRANCE, GERMANY, ITALY}},
    {.name = "tree_summit_attended_by_2",
     .text = "Olaf Scholz and Narendra Modi attended the G20 summit in Paris.",
     .events = 1, .participants = {G20, SCHOLZ, MODI}, .location = PARIS},
    {.name = "tree_summit_attended_by_3",
     .text = "Fumio Kishida will attend the ASEAN summit.",
     .events = 1, .participants = {ASEAN, KISHIDA}, .planned = true},
    /* summit of one forum */
    {.name = "tree_summit_one_forum_1",
     .text = "The G20 summit opened in London on Tuesday.",
     .events = 1, .participants = {G20}, .location = LONDON,
     .date = NT_DATE("2024-03-12")},
    {.name = "tree_summit_one_forum_2",
     .text = "Leaders gathered for the APEC summit in Tokyo.",
     .events = 1, .participants = {APEC}, .location = TOKYO},
    {.name = "tree_summit_one_forum_3",
     .text = "The next ASEAN summit will be held in Geneva.",
     .events = 1, .participants = {ASEAN}, .location = GENEVA, .planned = true},
    /* delegations named by country */
    {.name = "tree_delegations_1",
     .text = "French and German delegations met in Geneva on Monday.",
     .events = 1, .participants = {FRANCE, GERMANY}, .location = GENEVA,
     .date = NT_DATE("2024-03-11")},
    {.name = "tree_delegations_2",
     .text = "The delegations of Armenia and Azerbaijan held talks in Brussels.",
     .events = 1, .participants = {ARMENIA, AZERBAIJAN}, .location = BRUSSELS},
    {.name = "tree_delegations_3",
     .text = "Officials of India and Japan will meet in Tokyo.",
     .events = 1, .participants = {INDIA, JAPAN}, .location = TOKYO,
     .planned = true},
    /* resume / reconvene */
    {.name = "tree_reconvene_1",
     .text = "Ilham Aliyev and Nikol Pashinyan met in Brussels. The two leaders "
             "will reconvene in Geneva.",
     .events = 2},
    {.name = "tree_reconvene_2",
     .text = "Olaf Scholz held talks with Giorgia Meloni in Rome. The talks will "
             "resume in Berlin.",
     .events = 2},
    {.name = "tree_reconvene_3",
     .text = "Joe Biden met Fumio Kishida in Washington. Both sides agreed to "
             "reconvene in Tokyo.",
     .events = 2},
    /* participants from the previous sentence */
    {.name = "tree_previous_sentence_1",
     .text = "Olaf Scholz flew to Rome. He met Giorgia Meloni there.",
     .events = 1, .participants = {SCHOLZ, MELONI}},
    {.name = "tree_previous_sentence_2",
     .text = "Emmanuel Macron met Olaf Scholz on Monday. They spoke again by "
             "phone on Wednesday.",
     .events = 2},
    {.name = "tree_previous_sentence_3",
     .text = "Joe Biden visited Fumio Kishida. The two leaders discussed trade.",
     .events = 1, .participants = {BIDEN, KISHIDA}},
    /* visited X, where she met Y */
    {.name = "tree_where_1",
     .text = "Giorgia Meloni visited Berlin, where she met Olaf Scholz.",
     .events = 1, .participants = {MELONI, SCHOLZ}, .location = BERLIN},
    {.name = "tree_where_2",
     .text = "Narendra Modi travelled to Paris, where he met Emmanuel Macron on "
             "Friday.",
     .events = 1, .participants = {MODI, MACRON}, .location = PARIS},
    {.name = "tree_where_3",
     .text = "Fumio Kishida will fly to Washington, where he will meet Joe Biden.",
     .events = 1, .participants = {KISHIDA, BIDEN}, .location = WASHINGTON,
     .planned = true},
    /* an accepted invitation to visit: a planned visit of the invited */
    {.name = "tree_invitation_1",
     .text = "Narendra Modi accepted an invitation from Fumio Kishida to visit "
             "Japan in May.",
     .events = 1, .participants = {MODI, KISHIDA, JAPAN}, .location = JAPAN,
     .planned = true},
    {.name = "tree_invitation_2",
     .text = "Giorgia Meloni has accepted an invitation from Joe Biden to visit "
             "Washington.",
     .events = 1, .participants = {MELONI, BIDEN}, .location = WASHINGTON,
     .planned = true},
    {.name = "tree_invitation_3",
     .text = "Olaf Scholz invited Emmanuel Macron to visit Berlin.",
     .events = 1, .participants = {MACRON, SCHOLZ}, .location = BERLIN,
     .planned = true},
    /* senses: brokering a deal, welcoming a thing */
    {.name = "tree_sense_broker_deal",
     .text = "Qatar brokered a deal between Armenia and Azerbaijan.",
     .events = 0},
    {.name = "tree_sense_welcome_thing",
     .text = "Olaf Scholz and Giorgia Meloni welcomed the agreement.",
     .events = 0},
    {.name = "tree_sense_received_letter",
     .text = "Joe Biden received a letter from Fumio Kishida.",
     .events = 0},
};

/* ---- statements ---- */

static void test_events_said_that_gives_statement(void **state) {
  (void)state;
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline,
             "Olaf Scholz said that the talks with Giorgia Meloni were useful.",
             PUB, g, &events);
  assert_int_equal(nt_count(g, NULL, NT_RDF_TYPE, NT_NKG("Statement")), 1);
  const char *st = NULL;
  for (size_t i = 0; i < g->n && !st; i++)
    if (strcmp(g->t[i].p, NT_RDF_TYPE) == 0 &&
        strcmp(g->t[i].o, NT_NKG("Statement")) == 0)
      st = g->t[i].s;
  assert_non_null(st);
  assert_int_equal(nt_count(g, st, NT_NKG("speaker"), SCHOLZ), 1);
  assert_int_equal(nt_count(g, st, NT_NKG("speaker"), NULL), 1);
  assert_int_equal(
      nt_count(g, st, NT_NKG("quote"),
               "\"the talks with Giorgia Meloni were useful\""),
      1);
}

static void test_events_officials_said_gives_no_statement(void **state) {
  (void)state;
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline,
             "Olaf Scholz met Giorgia Meloni in Rome on Monday, officials said.",
             PUB, g, &events);
  assert_int_equal(events, 1);
  /* neither participant is taken for the unnamed speakers */
  assert_int_equal(nt_count(g, NULL, NT_RDF_TYPE, NT_NKG("Statement")), 0);
  assert_int_equal(nt_count(g, NULL, NT_NKG("speaker"), NULL), 0);
}

/* ---- one sentence, several calls ---- */

static void test_events_phone_call_with_three_partners_is_three_calls(
    void **state) {
  (void)state;
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline,
             "Emmanuel Macron spoke by phone with Olaf Scholz, Giorgia Meloni "
             "and Volodymyr Zelenskyy on Monday.",
             PUB, g, &events);
  if (events != 3) {
    dump(g);
    fail_msg("%zu events, want 3", events);
  }
  assert_int_equal(nt_count(g, NULL, NT_RDF_TYPE, NT_NKG("PhoneCall")), 3);
  assert_int_equal(nt_count(g, NULL, NT_NKG("cameoCode"), CAMEO("041")), 3);
  static const char *const partners[] = {SCHOLZ, MELONI, ZELENSKYY};
  const char *seen[3];
  for (size_t k = 0; k < 3; k++) {
    const char *pair[] = {MACRON, partners[k]};
    const char *ev = nt_subject_with_all(g, NT_NKG("participant"), pair, 2);
    if (!ev) {
      dump(g);
      fail_msg("no call of Macron with %s", partners[k]);
    }
    /* a call is between two parties */
    assert_int_equal(nt_count(g, ev, NT_NKG("participant"), NULL), 2);
    assert_int_equal(nt_count(g, ev, NT_NKG("date"), NT_DATE("2024-03-11")), 1);
    for (size_t q = 0; q < k; q++)
      assert_string_not_equal(seen[q], ev);
    seen[k] = ev;
  }
}

/* ---- tests beyond one sentence ---- */

static void test_events_cite_evidence_sentence(void **state) {
  (void)state;
  static const char text[] =
      "Markets were calm. Olaf Scholz met with Giorgia Meloni in Rome on "
      "Wednesday.";
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline, text, PUB, g, &events);
  assert_int_equal(events, 1);
  const char *parts[] = {SCHOLZ, MELONI};
  const char *ev = nt_subject_with_all(g, NT_NKG("participant"), parts, 2);
  assert_non_null(ev);
  assert_int_equal(nt_count(g, ev, NT_NKG("evidence"), NULL), 1);
  /* the evidence is the second sentence, by code point offsets */
  const char *sent = NULL;
  for (size_t i = 0; i < g->n; i++)
    if (strcmp(g->t[i].s, ev) == 0 && strcmp(g->t[i].p, NT_NKG("evidence")) == 0)
      sent = g->t[i].o;
  assert_non_null(sent);
  assert_non_null(strstr(sent, "#char=19,"));
  assert_int_equal(
      nt_count(g, sent,
               "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>",
               "\"Olaf Scholz met with Giorgia Meloni in Rome on Wednesday.\""),
      1);
}

static void test_events_merge_repeated_report(void **state) {
  (void)state;
  static const char text[] =
      "Vladimir Putin met Recep Tayyip Erdo\xC4\x9F" "an in Moscow on Friday. "
      "The two leaders met in Moscow on Friday evening.";
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline, text, PUB, g, &events);
  assert_int_equal(events, 1);
  const char *parts[] = {PUTIN, ERDOGAN};
  const char *ev = nt_subject_with_all(g, NT_NKG("participant"), parts, 2);
  assert_non_null(ev);
  /* both sentences are cited */
  assert_int_equal(nt_count(g, ev, NT_NKG("evidence"), NULL), 2);
}

static void test_events_separate_meetings_stay_separate(void **state) {
  (void)state;
  static const char text[] =
      "Olaf Scholz met with Giorgia Meloni in Rome on Wednesday. "
      "Emmanuel Macron held talks with Volodymyr Zelenskyy in Berlin on Monday.";
  struct nt_graph *g = &graph;
  size_t events;
  nt_extract(pipeline, text, PUB, g, &events);
  assert_int_equal(events, 2);
  const char *a[] = {SCHOLZ, MELONI}, *b[] = {MACRON, ZELENSKYY};
  const char *ea = nt_subject_with_all(g, NT_NKG("participant"), a, 2);
  const char *eb = nt_subject_with_all(g, NT_NKG("participant"), b, 2);
  assert_non_null(ea);
  assert_non_null(eb);
  assert_string_not_equal(ea, eb);
  assert_int_equal(nt_count(g, ea, NT_NKG("location"), ROME), 1);
  assert_int_equal(nt_count(g, eb, NT_NKG("location"), BERLIN), 1);
}

static int run_frames(const char *group, struct frame_case *cases, size_t n) {
  struct CMUnitTest *tests = calloc(n, sizeof *tests);
  if (!tests)
    return -1;
  for (size_t i = 0; i < n; i++) {
    tests[i].name = cases[i].name;
    tests[i].test_func = check_frame;
    tests[i].teardown_func = graph_teardown;
    tests[i].initial_state = &cases[i];
  }
  int rc = _cmocka_run_group_tests(group, tests, n, group_setup, group_teardown);
  free(tests);
  return rc;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_events_cite_evidence_sentence, graph_teardown),
      cmocka_unit_test_teardown(test_events_merge_repeated_report, graph_teardown),
      cmocka_unit_test_teardown(test_events_separate_meetings_stay_separate,
                                graph_teardown),
      cmocka_unit_test_teardown(test_events_said_that_gives_statement,
                                graph_teardown),
      cmocka_unit_test_teardown(test_events_officials_said_gives_no_statement,
                                graph_teardown),
      cmocka_unit_test_teardown(
          test_events_phone_call_with_three_partners_is_three_calls,
          graph_teardown),
  };
  int rc = run_frames("frames", frames, sizeof frames / sizeof *frames);
  rc |= run_frames("regressions", regressions,
                   sizeof regressions / sizeof *regressions);
  rc |= run_frames("details", details, sizeof details / sizeof *details);
  const char *mode = getenv("NEWSKG_FRAMES");
  if (mode && strcmp(mode, "tree") == 0)
    rc |= run_frames("tree", tree_cases, sizeof tree_cases / sizeof *tree_cases);
  rc |= cmocka_run_group_tests(tests, group_setup, group_teardown);
  return rc != 0;
}
