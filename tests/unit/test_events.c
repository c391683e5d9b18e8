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
  rc |= cmocka_run_group_tests(tests, group_setup, group_teardown);
  return rc != 0;
}
