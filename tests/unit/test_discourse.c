/*
 * Discourse of the tree frames (events/discourse.c) on own mini-articles
 * with hand-written UD trees: what the article around a sentence gives
 * its events.  Group nouns and pronouns take the sides of the event just
 * told, else the last two named; quoted "we" is the speaker's side; "the
 * meeting" gives its place and date to the meeting already told unless
 * it names new sides; a summit may have one side (its forum); a partner
 * list is one meeting each; one meeting told twice is one event.  Every
 * construction has at least three articles with different names, tense
 * and order, and the facts a discourse step gives say so in their rule.
 */
#define TREE_DOC_GAZETTEER gazetteer_tsv
#define TREE_DOC_DEMONYMS demonyms_tsv

static const char gazetteer_tsv[] =
    "qid\tlabel\taliases\ttype\tcountry\tdescription\tsource\n"
    "Q1033\tNigeria\t\tcountry\t\tsovereign state\ttest\n"
    "Q40\tAustria\t\tcountry\t\tsovereign state\ttest\n"
    "Q155\tBrazil\t\tcountry\t\tsovereign state\ttest\n"
    "Q419\tPeru\t\tcountry\t\tsovereign state\ttest\n"
    "Q881\tVietnam\t\tcountry\t\tsovereign state\ttest\n"
    "Q117\tGhana\t\tcountry\t\tsovereign state\ttest\n"
    "Q1741\tVienna\t\tcity\tQ40\tcapital\ttest\n"
    "Q2868\tLima\t\tcity\tQ419\tcapital\ttest\n"
    "Q3761\tAccra\t\tcity\tQ117\tcapital\ttest\n"
    "Q1858\tHanoi\t\tcity\tQ881\tcapital\ttest\n"
    "Q7795\tOPEC\t\torganization\t\tcartel\ttest\n"
    "Q8923\tAndean Community\t\torganization\t\ttrade bloc\ttest\n"
    "Q2001\tOlu Adeyemi\tAdeyemi\tperson\tQ1033\tpolitician\ttest\n"
    "Q2002\tLena Fischer\tFischer\tperson\tQ40\tpolitician\ttest\n"
    "Q2003\tPaulo Mendes\tMendes\tperson\tQ155\tpolitician\ttest\n"
    "Q2004\tHana Novak\tNovak\tperson\tQ419\tpolitician\ttest\n"
    "Q2005\tRahul Mehta\tMehta\tperson\tQ881\tpolitician\ttest\n"
    "Q2006\tAiko Tanaka\tTanaka\tperson\tQ117\tpolitician\ttest\n";

static const char demonyms_tsv[] = "Nigerian\tQ1033\tNigeria\n"
                                   "Austrian\tQ40\tAustria\n";

#include "tree_doc.h"

/* Some fact of live event k was given by the discourse step `step`. */
static void expect_step(uint32_t k, const char *step) {
  const struct nkg_event *e = live(k);
  char want[64];
  snprintf(want, sizeof want, "discourse:%s", step);
  for (uint8_t i = 0; i < e->npart; i++)
    if (e->part_rule[i] && strstr(e->part_rule[i], want))
      return;
  for (uint8_t i = 0; i < e->nmed; i++)
    if (e->med_rule[i] && strstr(e->med_rule[i], want))
      return;
  if ((e->loc_rule && strstr(e->loc_rule, want)) ||
      (e->date_rule && strstr(e->date_rule, want)))
    return;
  dump_events();
  fail_msg("event %u: no fact from %s", k, want);
}

/* ---- group nouns and pronouns: the last two named, when no event was
   told before ---- */

static void leaders_named_before(void **state) {
  (void)state;
  RUN("Adeyemi praised the plan of Fischer. The two leaders will meet in "
      "Vienna in May.",
      "Adeyemi/adeyemi/PROPN/2/nsubj;praised/praise/VERB/0/root;"
      "the/the/DET/4/det;plan/plan/NOUN/2/obj;of/of/ADP/6/case;"
      "Fischer/fischer/PROPN/4/nmod;././PUNCT/2/punct",
      "The/the/DET/3/det;two/two/NUM/3/nummod;leaders/leader/NOUN/5/nsubj;"
      "will/will/AUX/5/aux;meet/meet/VERB/0/root;in/in/ADP/7/case;"
      "Vienna/vienna/PROPN/5/obl;in/in/ADP/9/case;May/may/PROPN/5/obl;"
      "././PUNCT/5/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Olu Adeyemi;Lena Fischer",
                                  .loc = "Vienna", .date = "2024-05",
                                  .planned = true});
  expect_step(0, "named-before");
}

static void ministers_named_in_title(void **state) {
  (void)state;
  /* the title line names the two; the body only says "the two ministers" */
  RUN("Mendes and Novak to discuss trade\n"
      "The two ministers will meet in Lima on Friday.",
      "Mendes/mendes/PROPN/0/root;and/and/CCONJ/3/cc;Novak/novak/PROPN/1/conj;"
      "to/to/PART/5/mark;discuss/discuss/VERB/1/acl;trade/trade/NOUN/5/obj",
      "The/the/DET/3/det;two/two/NUM/3/nummod;"
      "ministers/minister/NOUN/5/nsubj;will/will/AUX/5/aux;"
      "meet/meet/VERB/0/root;in/in/ADP/7/case;Lima/lima/PROPN/5/obl;"
      "on/on/ADP/9/case;Friday/friday/PROPN/5/obl;././PUNCT/5/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Paulo Mendes;Hana Novak",
                                  .loc = "Lima", .planned = true});
  expect_step(0, "named-before");
}

static void countries_named_before(void **state) {
  (void)state;
  /* "the two countries" takes countries, not the persons nearer to it */
  RUN("Ghana recalled its ambassador from Peru last year. Tanaka said the "
      "two countries held talks in Accra on Monday.",
      "Ghana/ghana/PROPN/2/nsubj;recalled/recall/VERB/0/root;"
      "its/its/PRON/4/nmod:poss;ambassador/ambassador/NOUN/2/obj;"
      "from/from/ADP/6/case;Peru/peru/PROPN/2/obl;last/last/ADJ/8/amod;"
      "year/year/NOUN/2/obl:tmod;././PUNCT/2/punct",
      "Tanaka/tanaka/PROPN/2/nsubj;said/say/VERB/0/root;the/the/DET/5/det;"
      "two/two/NUM/5/nummod;countries/country/NOUN/6/nsubj;"
      "held/hold/VERB/2/ccomp;talks/talk/NOUN/6/obj;in/in/ADP/9/case;"
      "Accra/accra/PROPN/6/obl;on/on/ADP/11/case;Monday/monday/PROPN/6/obl;"
      "././PUNCT/2/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Ghana;Peru", .loc = "Accra",
                                  .date = "2024-03-11"});
  expect_step(0, "named-before");
}

static void one_name_is_no_pair(void **state) {
  (void)state;
  RUN("Adeyemi praised the plan. The leaders will meet in Vienna.",
      "Adeyemi/adeyemi/PROPN/2/nsubj;praised/praise/VERB/0/root;"
      "the/the/DET/4/det;plan/plan/NOUN/2/obj;././PUNCT/2/punct",
      "The/the/DET/2/det;leaders/leader/NOUN/4/nsubj;will/will/AUX/4/aux;"
      "meet/meet/VERB/0/root;in/in/ADP/6/case;Vienna/vienna/PROPN/4/obl;"
      "././PUNCT/4/punct");
  expect_count(0);
}

static void host_of_the_two_sides_mediates(void **state) {
  (void)state;
  /* the sides named only by their adjectives; the host of both mediates */
  RUN("Nigerian and Austrian officials traded accusations. Tanaka hosted the "
      "two sides in Accra on Monday.",
      "Nigerian/nigerian/ADJ/4/amod;and/and/CCONJ/3/cc;"
      "Austrian/austrian/ADJ/1/conj;officials/official/NOUN/5/nsubj;"
      "traded/trade/VERB/0/root;accusations/accusation/NOUN/5/obj;"
      "././PUNCT/5/punct",
      "Tanaka/tanaka/PROPN/2/nsubj;hosted/host/VERB/0/root;the/the/DET/5/det;"
      "two/two/NUM/5/nummod;sides/side/NOUN/2/obj;in/in/ADP/7/case;"
      "Accra/accra/PROPN/2/obl;on/on/ADP/9/case;Monday/monday/PROPN/2/obl;"
      "././PUNCT/2/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Nigeria;Austria", .med = "Aiko Tanaka",
                                  .loc = "Accra", .date = "2024-03-11"});
  expect_step(0, "named-before");
}

static void described_group_is_new(void **state) {
  (void)state;
  /* "the ministers of finance", "the regional trade ministers": the
     phrase says who they are, so they are not the sides told before */
  RUN("Mehta met Tanaka in Hanoi. The ministers of finance will meet in "
      "Accra.",
      "Mehta/mehta/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Tanaka/tanaka/PROPN/2/obj;in/in/ADP/5/case;Hanoi/hanoi/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "The/the/DET/2/det;ministers/minister/NOUN/6/nsubj;of/of/ADP/4/case;"
      "finance/finance/NOUN/2/nmod;will/will/AUX/6/aux;meet/meet/VERB/0/root;"
      "in/in/ADP/8/case;Accra/accra/PROPN/6/obl;././PUNCT/6/punct");
  expect_count(1);
  doc_teardown(NULL);
  RUN("Novak hosted Mendes in Lima. Novak will meet the regional trade "
      "ministers in Vienna.",
      "Novak/novak/PROPN/2/nsubj;hosted/host/VERB/0/root;"
      "Mendes/mendes/PROPN/2/obj;in/in/ADP/5/case;Lima/lima/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Novak/novak/PROPN/3/nsubj;will/will/AUX/3/aux;meet/meet/VERB/0/root;"
      "the/the/DET/7/det;regional/regional/ADJ/7/amod;"
      "trade/trade/NOUN/7/compound;ministers/minister/NOUN/3/obj;"
      "in/in/ADP/9/case;Vienna/vienna/PROPN/3/obl;././PUNCT/3/punct");
  expect_count(1);
}

static void they_reaches_two_sentences(void **state) {
  (void)state;
  /* "they" is no pair named three sentences up */
  RUN("Fischer praised Adeyemi. Officials expect a deal on tariffs. Trade has "
      "grown. They will meet in Vienna.",
      "Fischer/fischer/PROPN/2/nsubj;praised/praise/VERB/0/root;"
      "Adeyemi/adeyemi/PROPN/2/obj;././PUNCT/2/punct",
      "Officials/official/NOUN/2/nsubj;expect/expect/VERB/0/root;"
      "a/a/DET/4/det;deal/deal/NOUN/2/obj;on/on/ADP/6/case;"
      "tariffs/tariff/NOUN/4/nmod;././PUNCT/2/punct",
      "Trade/trade/NOUN/3/nsubj;has/have/AUX/3/aux;grown/grow/VERB/0/root;"
      "././PUNCT/3/punct",
      "They/they/PRON/3/nsubj;will/will/AUX/3/aux;meet/meet/VERB/0/root;"
      "in/in/ADP/5/case;Vienna/vienna/PROPN/3/obl;././PUNCT/3/punct");
  expect_count(0);
}

static void both_ministers_event_just_told(void **state) {
  (void)state;
  RUN("Tanaka met Mehta in Hanoi on Tuesday. Both ministers also spoke by "
      "phone on Friday.",
      "Tanaka/tanaka/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mehta/mehta/PROPN/2/obj;in/in/ADP/5/case;Hanoi/hanoi/PROPN/2/obl;"
      "on/on/ADP/7/case;Tuesday/tuesday/PROPN/2/obl;././PUNCT/2/punct",
      "Both/both/DET/2/det;ministers/minister/NOUN/4/nsubj;"
      "also/also/ADV/4/advmod;spoke/speak/VERB/0/root;by/by/ADP/6/case;"
      "phone/phone/NOUN/4/obl;on/on/ADP/8/case;"
      "Friday/friday/PROPN/4/obl;././PUNCT/4/punct");
  expect_count(2);
  expect_event(1, (struct expect){.part = "Aiko Tanaka;Rahul Mehta",
                                  .date = "2024-03-15"});
  assert_int_equal(live(1)->kind, NKG_K_CALL);
  expect_step(1, "event-just-told");
}

static void the_sides_agreed_to_meet(void **state) {
  (void)state;
  RUN("Vietnam and Brazil held talks in Lima. The sides agreed to meet again "
      "in Hanoi.",
      "Vietnam/vietnam/PROPN/4/nsubj;and/and/CCONJ/3/cc;"
      "Brazil/brazil/PROPN/1/conj;held/hold/VERB/0/root;"
      "talks/talk/NOUN/4/obj;in/in/ADP/7/case;Lima/lima/PROPN/4/obl;"
      "././PUNCT/4/punct",
      "The/the/DET/2/det;sides/side/NOUN/3/nsubj;agreed/agree/VERB/0/root;"
      "to/to/PART/5/mark;meet/meet/VERB/3/xcomp;again/again/ADV/5/advmod;"
      "in/in/ADP/8/case;Hanoi/hanoi/PROPN/5/obl;././PUNCT/3/punct");
  expect_count(2);
  expect_event(1, (struct expect){.part = "Vietnam;Brazil", .loc = "Hanoi",
                                  .planned = true});
  expect_step(1, "event-just-told");
}

/* ---- quoted "we": the speaker, with the side the speaker last met ---- */

static void quoted_we_speaker_after(void **state) {
  (void)state;
  /* the event just told is another pair's: "we" is Fischer's side */
  RUN("Fischer met Adeyemi in Vienna on Monday. Mendes hosted Novak in Lima "
      "on Tuesday. \"We will meet again in Accra,\" Fischer said.",
      "Fischer/fischer/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Adeyemi/adeyemi/PROPN/2/obj;in/in/ADP/5/case;"
      "Vienna/vienna/PROPN/2/obl;on/on/ADP/7/case;Monday/monday/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Mendes/mendes/PROPN/2/nsubj;hosted/host/VERB/0/root;"
      "Novak/novak/PROPN/2/obj;in/in/ADP/5/case;Lima/lima/PROPN/2/obl;"
      "on/on/ADP/7/case;Tuesday/tuesday/PROPN/2/obl;././PUNCT/2/punct",
      "\"/\"/PUNCT/4/punct;We/we/PRON/4/nsubj;will/will/AUX/4/aux;"
      "meet/meet/VERB/11/ccomp;again/again/ADV/4/advmod;in/in/ADP/7/case;"
      "Accra/accra/PROPN/4/obl;,/,/PUNCT/4/punct;\"/\"/PUNCT/4/punct;"
      "Fischer/fischer/PROPN/11/nsubj;said/say/VERB/0/root;"
      "././PUNCT/11/punct");
  expect_count(3);
  expect_event(2, (struct expect){.part = "Lena Fischer;Olu Adeyemi",
                                  .loc = "Accra", .planned = true});
  expect_step(2, "quote-speaker");
}

static void quoted_we_speaker_before(void **state) {
  (void)state;
  RUN("Tanaka met Mehta in Hanoi. Novak met Mendes in Lima. Mehta said: "
      "\"We will meet again next year.\"",
      "Tanaka/tanaka/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mehta/mehta/PROPN/2/obj;in/in/ADP/5/case;Hanoi/hanoi/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Novak/novak/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mendes/mendes/PROPN/2/obj;in/in/ADP/5/case;Lima/lima/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Mehta/mehta/PROPN/2/nsubj;said/say/VERB/0/root;:/:/PUNCT/7/punct;"
      "\"/\"/PUNCT/7/punct;We/we/PRON/7/nsubj;will/will/AUX/7/aux;"
      "meet/meet/VERB/2/ccomp;again/again/ADV/7/advmod;next/next/ADJ/10/amod;"
      "year/year/NOUN/7/obl:tmod;././PUNCT/7/punct;\"/\"/PUNCT/7/punct");
  expect_count(3);
  expect_event(2, (struct expect){.part = "Rahul Mehta;Aiko Tanaka",
                                  .planned = true});
  expect_step(2, "quote-speaker");
}

static void quoted_we_with_named_partner(void **state) {
  (void)state;
  /* no meeting before: "we" is the speaker alone, the partner is named */
  RUN("\"We met Novak in Lima,\" Mendes said.",
      "\"/\"/PUNCT/3/punct;We/we/PRON/3/nsubj;met/meet/VERB/10/ccomp;"
      "Novak/novak/PROPN/3/obj;in/in/ADP/6/case;Lima/lima/PROPN/3/obl;"
      ",/,/PUNCT/3/punct;\"/\"/PUNCT/3/punct;Mendes/mendes/PROPN/10/nsubj;"
      "said/say/VERB/0/root;././PUNCT/10/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Paulo Mendes;Hana Novak",
                                  .loc = "Lima"});
  expect_step(0, "quote-speaker");
}

/* ---- "the meeting" is the meeting already told ---- */

static void the_meeting_took_place(void **state) {
  (void)state;
  RUN("Adeyemi met Fischer on Monday. The meeting took place in Vienna.",
      "Adeyemi/adeyemi/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Fischer/fischer/PROPN/2/obj;on/on/ADP/5/case;"
      "Monday/monday/PROPN/2/obl;././PUNCT/2/punct",
      "The/the/DET/2/det;meeting/meeting/NOUN/3/nsubj;took/take/VERB/0/root;"
      "place/place/NOUN/3/obj;in/in/ADP/6/case;Vienna/vienna/PROPN/3/obl;"
      "././PUNCT/3/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Olu Adeyemi;Lena Fischer",
                                  .loc = "Vienna", .date = "2024-03-11"});
  expect_step(0, "event-told");
}

static void the_visit_far_later(void **state) {
  (void)state;
  /* two sentences about something else between: still the visit told */
  RUN("Tanaka will host Mehta next month. Trade between the countries has "
      "grown. Officials expect a deal on tariffs. The visit will take place "
      "in Hanoi on 12 April.",
      "Tanaka/tanaka/PROPN/3/nsubj;will/will/AUX/3/aux;host/host/VERB/0/root;"
      "Mehta/mehta/PROPN/3/obj;next/next/ADJ/6/amod;"
      "month/month/NOUN/3/obl:tmod;././PUNCT/3/punct",
      "Trade/trade/NOUN/6/nsubj;between/between/ADP/4/case;the/the/DET/4/det;"
      "countries/country/NOUN/1/nmod;has/have/AUX/6/aux;"
      "grown/grow/VERB/0/root;././PUNCT/6/punct",
      "Officials/official/NOUN/2/nsubj;expect/expect/VERB/0/root;"
      "a/a/DET/4/det;deal/deal/NOUN/2/obj;on/on/ADP/6/case;"
      "tariffs/tariff/NOUN/4/nmod;././PUNCT/2/punct",
      "The/the/DET/2/det;visit/visit/NOUN/4/nsubj;will/will/AUX/4/aux;"
      "take/take/VERB/0/root;place/place/NOUN/4/obj;in/in/ADP/7/case;"
      "Hanoi/hanoi/PROPN/4/obl;on/on/ADP/9/case;12/12/NUM/4/obl;"
      "April/april/PROPN/9/flat;././PUNCT/4/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Aiko Tanaka;Rahul Mehta",
                                  .loc = "Hanoi", .date = "2024-04-12",
                                  .planned = true});
  expect_step(0, "event-told");
}

static void the_talks_with_one_side_told(void **state) {
  (void)state;
  /* the noun names one side of the meeting told: still that meeting */
  RUN("Fischer met Adeyemi on Tuesday. The talks with Adeyemi were held in "
      "Accra.",
      "Fischer/fischer/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Adeyemi/adeyemi/PROPN/2/obj;on/on/ADP/5/case;"
      "Tuesday/tuesday/PROPN/2/obl;././PUNCT/2/punct",
      "The/the/DET/2/det;talks/talk/NOUN/6/nsubj:pass;with/with/ADP/4/case;"
      "Adeyemi/adeyemi/PROPN/2/nmod;were/be/AUX/6/aux:pass;"
      "held/hold/VERB/0/root;in/in/ADP/8/case;Accra/accra/PROPN/6/obl;"
      "././PUNCT/6/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Lena Fischer;Olu Adeyemi",
                                  .loc = "Accra", .date = "2024-03-12"});
  expect_step(0, "event-told");
}

static void the_meeting_with_someone_new(void **state) {
  (void)state;
  /* a side the meeting told never had: not that meeting, whose place stays */
  RUN("Novak met Mendes in Lima. The meeting with Fischer will be held in "
      "Vienna.",
      "Novak/novak/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mendes/mendes/PROPN/2/obj;in/in/ADP/5/case;Lima/lima/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "The/the/DET/2/det;meeting/meeting/NOUN/7/nsubj:pass;"
      "with/with/ADP/4/case;Fischer/fischer/PROPN/2/nmod;will/will/AUX/7/aux;"
      "be/be/AUX/7/aux:pass;held/hold/VERB/0/root;in/in/ADP/9/case;"
      "Vienna/vienna/PROPN/7/obl;././PUNCT/7/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Hana Novak;Paulo Mendes",
                                  .loc = "Lima"});
}

static void these_talks_are_several(void **state) {
  (void)state;
  /* "these talks" are several rounds, not the meeting just told */
  RUN("Novak will meet Mendes in Vienna under the auspices of OPEC. These "
      "talks take place amid tension.",
      "Novak/novak/PROPN/3/nsubj;will/will/AUX/3/aux;meet/meet/VERB/0/root;"
      "Mendes/mendes/PROPN/3/obj;in/in/ADP/6/case;Vienna/vienna/PROPN/3/obl;"
      "under/under/ADP/9/case;the/the/DET/9/det;auspices/auspices/NOUN/3/obl;"
      "of/of/ADP/11/case;OPEC/opec/PROPN/9/nmod;././PUNCT/3/punct",
      "These/this/DET/2/det;talks/talk/NOUN/3/nsubj;take/take/VERB/0/root;"
      "place/place/NOUN/3/obj;amid/amid/ADP/6/case;"
      "tension/tension/NOUN/3/obl;././PUNCT/3/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Hana Novak;Paulo Mendes",
                                  .med = "OPEC", .loc = "Vienna",
                                  .planned = true});
}

static void the_summit_closed(void **state) {
  (void)state;
  /* a later day of the summit told is no second summit */
  RUN("The OPEC summit opened in Vienna on Monday. The summit closed on "
      "Wednesday.",
      "The/the/DET/3/det;OPEC/opec/PROPN/3/compound;"
      "summit/summit/NOUN/4/nsubj;opened/open/VERB/0/root;in/in/ADP/6/case;"
      "Vienna/vienna/PROPN/4/obl;on/on/ADP/8/case;Monday/monday/PROPN/4/obl;"
      "././PUNCT/4/punct",
      "The/the/DET/2/det;summit/summit/NOUN/3/nsubj;closed/close/VERB/0/root;"
      "on/on/ADP/5/case;Wednesday/wednesday/PROPN/3/obl;././PUNCT/3/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "OPEC", .loc = "Vienna",
                                  .date = "2024-03-11"});
}

/* ---- a summit of one forum ---- */

static void summit_will_open(void **state) {
  (void)state;
  RUN("The OPEC summit will open in Vienna on Monday.",
      "The/the/DET/3/det;OPEC/opec/PROPN/3/compound;"
      "summit/summit/NOUN/5/nsubj;will/will/AUX/5/aux;open/open/VERB/0/root;"
      "in/in/ADP/7/case;Vienna/vienna/PROPN/5/obl;on/on/ADP/9/case;"
      "Monday/monday/PROPN/5/obl;././PUNCT/5/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "OPEC", .loc = "Vienna",
                                  .planned = true});
  assert_int_equal(live(0)->kind, NKG_K_SUMMIT);
}

static void gathered_for_summit(void **state) {
  (void)state;
  RUN("Leaders gathered in Lima for the Andean Community summit.",
      "Leaders/leader/NOUN/2/nsubj;gathered/gather/VERB/0/root;"
      "in/in/ADP/4/case;Lima/lima/PROPN/2/obl;for/for/ADP/9/case;"
      "the/the/DET/9/det;Andean/andean/PROPN/8/compound;"
      "Community/community/PROPN/9/compound;summit/summit/NOUN/2/obl;"
      "././PUNCT/2/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Andean Community", .loc = "Lima"});
}

static void country_hosted_conference(void **state) {
  (void)state;
  RUN("Ghana hosted the OPEC conference in March.",
      "Ghana/ghana/PROPN/2/nsubj;hosted/host/VERB/0/root;the/the/DET/5/det;"
      "OPEC/opec/PROPN/5/compound;conference/conference/NOUN/2/obj;"
      "in/in/ADP/7/case;March/march/PROPN/2/obl;././PUNCT/2/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "OPEC", .med = "Ghana",
                                  .date = "2024-03"});
}

/* ---- a partner list: one meeting each ---- */

static void bilateral_meetings_with_counterparts(void **state) {
  (void)state;
  RUN("Mehta held bilateral meetings with counterparts from Ghana, Peru and "
      "Brazil.",
      "Mehta/mehta/PROPN/2/nsubj;held/hold/VERB/0/root;"
      "bilateral/bilateral/ADJ/4/amod;meetings/meeting/NOUN/2/obj;"
      "with/with/ADP/6/case;counterparts/counterpart/NOUN/4/nmod;"
      "from/from/ADP/8/case;Ghana/ghana/PROPN/6/nmod;,/,/PUNCT/10/punct;"
      "Peru/peru/PROPN/8/conj;and/and/CCONJ/12/cc;Brazil/brazil/PROPN/8/conj;"
      "././PUNCT/2/punct");
  expect_count(3);
  expect_event(0, (struct expect){.part = "Rahul Mehta;Ghana"});
  expect_event(1, (struct expect){.part = "Rahul Mehta;Peru"});
  expect_event(2, (struct expect){.part = "Rahul Mehta;Brazil"});
}

static void talks_with_counterparts_dated(void **state) {
  (void)state;
  RUN("On Tuesday, Novak held talks with her counterparts from Vietnam and "
      "Nigeria.",
      "On/on/ADP/2/case;Tuesday/tuesday/PROPN/5/obl;,/,/PUNCT/2/punct;"
      "Novak/novak/PROPN/5/nsubj;held/hold/VERB/0/root;talks/talk/NOUN/5/obj;"
      "with/with/ADP/9/case;her/she/PRON/9/nmod:poss;"
      "counterparts/counterpart/NOUN/6/nmod;from/from/ADP/11/case;"
      "Vietnam/vietnam/PROPN/9/nmod;and/and/CCONJ/13/cc;"
      "Nigeria/nigeria/PROPN/11/conj;././PUNCT/5/punct");
  expect_count(2);
  expect_event(0, (struct expect){.part = "Hana Novak;Vietnam",
                                  .date = "2024-03-12"});
  expect_event(1, (struct expect){.part = "Hana Novak;Nigeria",
                                  .date = "2024-03-12"});
}

static void will_meet_delegations_from(void **state) {
  (void)state;
  RUN("Fischer will hold meetings with delegations from Peru and Ghana next "
      "week.",
      "Fischer/fischer/PROPN/3/nsubj;will/will/AUX/3/aux;"
      "hold/hold/VERB/0/root;meetings/meeting/NOUN/3/obj;"
      "with/with/ADP/6/case;delegations/delegation/NOUN/4/nmod;"
      "from/from/ADP/8/case;Peru/peru/PROPN/6/nmod;and/and/CCONJ/10/cc;"
      "Ghana/ghana/PROPN/8/conj;next/next/ADJ/12/amod;"
      "week/week/NOUN/3/obl:tmod;././PUNCT/3/punct");
  expect_count(2);
  expect_event(0, (struct expect){.part = "Lena Fischer;Peru", .planned = true});
  expect_event(1, (struct expect){.part = "Lena Fischer;Ghana", .planned = true});
}

/* ---- one meeting told twice ---- */

static void told_twice_adds_date(void **state) {
  (void)state;
  RUN("Adeyemi met Fischer in Vienna. On Monday, Fischer and Adeyemi met to "
      "discuss energy.",
      "Adeyemi/adeyemi/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Fischer/fischer/PROPN/2/obj;in/in/ADP/5/case;"
      "Vienna/vienna/PROPN/2/obl;././PUNCT/2/punct",
      "On/on/ADP/2/case;Monday/monday/PROPN/7/obl;,/,/PUNCT/2/punct;"
      "Fischer/fischer/PROPN/7/nsubj;and/and/CCONJ/6/cc;"
      "Adeyemi/adeyemi/PROPN/4/conj;met/meet/VERB/0/root;to/to/PART/9/mark;"
      "discuss/discuss/VERB/7/advcl;energy/energy/NOUN/9/obj;"
      "././PUNCT/7/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Olu Adeyemi;Lena Fischer",
                                  .loc = "Vienna", .date = "2024-03-11"});
  expect_step(0, "same-meeting");
}

static void told_twice_noun_then_verb(void **state) {
  (void)state;
  RUN("Talks between Peru and Ghana took place in Accra. Peru and Ghana met "
      "on 4 March.",
      "Talks/talk/NOUN/6/nsubj;between/between/ADP/3/case;"
      "Peru/peru/PROPN/1/nmod;and/and/CCONJ/5/cc;Ghana/ghana/PROPN/3/conj;"
      "took/take/VERB/0/root;place/place/NOUN/6/obj;in/in/ADP/9/case;"
      "Accra/accra/PROPN/6/obl;././PUNCT/6/punct",
      "Peru/peru/PROPN/4/nsubj;and/and/CCONJ/3/cc;Ghana/ghana/PROPN/1/conj;"
      "met/meet/VERB/0/root;on/on/ADP/6/case;4/4/NUM/4/obl;"
      "March/march/PROPN/6/flat;././PUNCT/4/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Peru;Ghana", .loc = "Accra",
                                  .date = "2024-03-04"});
  expect_step(0, "same-meeting");
}

static void told_twice_country_then_city(void **state) {
  (void)state;
  /* told in the country, then in its capital: one meeting, in the city */
  RUN("Novak and Mendes held talks in Peru. On Tuesday, Novak met Mendes in "
      "Lima.",
      "Novak/novak/PROPN/4/nsubj;and/and/CCONJ/3/cc;"
      "Mendes/mendes/PROPN/1/conj;held/hold/VERB/0/root;"
      "talks/talk/NOUN/4/obj;in/in/ADP/7/case;Peru/peru/PROPN/4/obl;"
      "././PUNCT/4/punct",
      "On/on/ADP/2/case;Tuesday/tuesday/PROPN/5/obl;,/,/PUNCT/2/punct;"
      "Novak/novak/PROPN/5/nsubj;met/meet/VERB/0/root;"
      "Mendes/mendes/PROPN/5/obj;in/in/ADP/8/case;Lima/lima/PROPN/5/obl;"
      "././PUNCT/5/punct");
  expect_count(1);
  expect_event(0, (struct expect){.part = "Hana Novak;Paulo Mendes",
                                  .loc = "Lima", .date = "2024-03-12"});
  expect_step(0, "same-meeting");
}

static void two_cities_two_meetings(void **state) {
  (void)state;
  RUN("Fischer met Tanaka in Accra. Fischer met Tanaka in Vienna.",
      "Fischer/fischer/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Tanaka/tanaka/PROPN/2/obj;in/in/ADP/5/case;Accra/accra/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Fischer/fischer/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Tanaka/tanaka/PROPN/2/obj;in/in/ADP/5/case;Vienna/vienna/PROPN/2/obl;"
      "././PUNCT/2/punct");
  expect_count(2);
}

static void two_dates_two_meetings(void **state) {
  (void)state;
  RUN("Tanaka met Mehta on Monday. Tanaka met Mehta again on Friday.",
      "Tanaka/tanaka/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mehta/mehta/PROPN/2/obj;on/on/ADP/5/case;Monday/monday/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Tanaka/tanaka/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mehta/mehta/PROPN/2/obj;again/again/ADV/2/advmod;on/on/ADP/6/case;"
      "Friday/friday/PROPN/2/obl;././PUNCT/2/punct");
  expect_count(2);
}

static void held_and_planned_two_meetings(void **state) {
  (void)state;
  RUN("Novak met Mendes in Lima. Novak will meet Mendes in Vienna next month.",
      "Novak/novak/PROPN/2/nsubj;met/meet/VERB/0/root;"
      "Mendes/mendes/PROPN/2/obj;in/in/ADP/5/case;Lima/lima/PROPN/2/obl;"
      "././PUNCT/2/punct",
      "Novak/novak/PROPN/3/nsubj;will/will/AUX/3/aux;meet/meet/VERB/0/root;"
      "Mendes/mendes/PROPN/3/obj;in/in/ADP/6/case;"
      "Vienna/vienna/PROPN/3/obl;next/next/ADJ/8/amod;"
      "month/month/NOUN/3/obl:tmod;././PUNCT/3/punct");
  expect_count(2);
  expect_event(1, (struct expect){.part = "Hana Novak;Paulo Mendes",
                                  .loc = "Vienna", .planned = true});
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_teardown(f, doc_teardown)
      T(leaders_named_before),
      T(ministers_named_in_title),
      T(countries_named_before),
      T(one_name_is_no_pair),
      T(host_of_the_two_sides_mediates),
      T(described_group_is_new),
      T(they_reaches_two_sentences),
      T(both_ministers_event_just_told),
      T(the_sides_agreed_to_meet),
      T(quoted_we_speaker_after),
      T(quoted_we_speaker_before),
      T(quoted_we_with_named_partner),
      T(the_meeting_took_place),
      T(the_visit_far_later),
      T(the_talks_with_one_side_told),
      T(the_meeting_with_someone_new),
      T(these_talks_are_several),
      T(the_summit_closed),
      T(summit_will_open),
      T(gathered_for_summit),
      T(country_hosted_conference),
      T(bilateral_meetings_with_counterparts),
      T(talks_with_counterparts_dated),
      T(will_meet_delegations_from),
      T(told_twice_adds_date),
      T(told_twice_noun_then_verb),
      T(told_twice_country_then_city),
      T(two_cities_two_meetings),
      T(two_dates_two_meetings),
      T(held_and_planned_two_meetings),
#undef T
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
