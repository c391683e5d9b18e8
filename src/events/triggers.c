/*
 * Trigger words: the verbs and nouns that introduce a meeting, with the
 * frame that reads their arguments.  One row per inflected form; add a row
 * to support a new phrasing.
 */
#include <stddef.h>
#include <threads.h>

#include "events/lexicon.h"
#include "text/phrases.h"

static const struct nkg_trigger triggers[] = {
    /* word        pos        kind                frame */
    {"met", NKG_VERB, NKG_K_MEETING, NKG_F_MEET, false},       /* "X met Y" */
    {"meet", NKG_VERB, NKG_K_MEETING, NKG_F_MEET, true},       /* "will meet" */
    {"meets", NKG_VERB, NKG_K_MEETING, NKG_F_MEET, false},
    {"meeting", NKG_NOUN, NKG_K_MEETING, NKG_F_MEET, false},   /* "a meeting between" */
    {"meetings", NKG_NOUN, NKG_K_MEETING, NKG_F_MEET, false},
    {"talks", NKG_NOUN, NKG_K_TALKS, NKG_F_MEET, false},       /* "talks between" */
    {"talked", NKG_VERB, NKG_K_TALKS, NKG_F_CALL, false},
    {"discussions", NKG_NOUN, NKG_K_TALKS, NKG_F_MEET, false},
    {"summit", NKG_NOUN, NKG_K_SUMMIT, NKG_F_MEET, false},
    {"visited", NKG_VERB, NKG_K_VISIT, NKG_F_VISIT, false},   /* "X visited Z" */
    {"visit", NKG_NOUN, NKG_K_VISIT, NKG_F_VISIT, false},
    {"visits", NKG_VERB, NKG_K_VISIT, NKG_F_VISIT, false},
    {"negotiations", NKG_NOUN, NKG_K_NEGOTIATION, NKG_F_MEET, false},
    {"negotiated", NKG_VERB, NKG_K_NEGOTIATION, NKG_F_MEET, false},
    {"received", NKG_VERB, NKG_K_MEETING, NKG_F_RECEIVE, false}, /* "X received Y" */
    {"receives", NKG_VERB, NKG_K_MEETING, NKG_F_RECEIVE, false},
    {"hosted", NKG_VERB, NKG_K_MEETING, NKG_F_HOST, false},     /* "X hosted Y" */
    {"hosts", NKG_VERB, NKG_K_MEETING, NKG_F_HOST, false},
    {"host", NKG_VERB, NKG_K_MEETING, NKG_F_HOST, true},
    {"welcomed", NKG_VERB, NKG_K_MEETING, NKG_F_HOST, false},   /* "welcomed X to Downing Street" */
    {"welcomes", NKG_VERB, NKG_K_MEETING, NKG_F_HOST, false},
    {"welcoming", NKG_VERB, NKG_K_VISIT, NKG_F_HOST, false},    /* "looked forward to welcoming X to the UK" */
    {"spoke", NKG_VERB, NKG_K_CALL, NKG_F_CALL, false},         /* "spoke to President X" */
    {"speak", NKG_VERB, NKG_K_CALL, NKG_F_CALL, true},
    {"speaks", NKG_VERB, NKG_K_CALL, NKG_F_CALL, false},
    {"phoned", NKG_VERB, NKG_K_CALL, NKG_F_CALL, false},
    {"spoken", NKG_VERB, NKG_K_CALL, NKG_F_CALL, false},        /* "has spoken by phone with" */
    {"calls", NKG_NOUN, NKG_K_CALL, NKG_F_CALL, false},         /* "held phone calls with" */
    {"discussion", NKG_NOUN, NKG_K_TALKS, NKG_F_MEET, false},   /* "had a discussion with" */
    {"lunch", NKG_NOUN, NKG_K_MEETING, NKG_F_MEET, false},      /* "had lunch with" */
    {"dinner", NKG_NOUN, NKG_K_MEETING, NKG_F_MEET, false},
    {"breakfast", NKG_NOUN, NKG_K_MEETING, NKG_F_MEET, false},
    {"travel", NKG_VERB, NKG_K_VISIT, NKG_F_TRAVEL, true},       /* "will travel to X for talks with Y" */
    {"travels", NKG_VERB, NKG_K_VISIT, NKG_F_TRAVEL, false},
    {"travelled", NKG_VERB, NKG_K_VISIT, NKG_F_TRAVEL, false},
    {"traveled", NKG_VERB, NKG_K_VISIT, NKG_F_TRAVEL, false},
    {"trip", NKG_NOUN, NKG_K_VISIT, NKG_F_TRAVEL, false},
    {"arrived", NKG_VERB, NKG_K_VISIT, NKG_F_TRAVEL, false},    /* "arrived in X for talks with Y" */
    {"arrives", NKG_VERB, NKG_K_VISIT, NKG_F_TRAVEL, false},
    {"call", NKG_NOUN, NKG_K_CALL, NKG_F_CALL, false},          /* "a call with" */
    {"conversation", NKG_NOUN, NKG_K_CALL, NKG_F_CALL, false},  /* "telephone conversation" */
    {"mediated", NKG_VERB, NKG_K_TALKS, NKG_F_MEDIATE, false},  /* "X mediated talks between" */
    {"brokered", NKG_VERB, NKG_K_TALKS, NKG_F_MEDIATE, false},
    {"convened", NKG_VERB, NKG_K_TALKS, NKG_F_MEDIATE, false},
    {"convene", NKG_VERB, NKG_K_TALKS, NKG_F_MEDIATE, true},    /* "will convene a meeting of" */
    {"convenes", NKG_VERB, NKG_K_TALKS, NKG_F_MEDIATE, false},
    {"facilitated", NKG_VERB, NKG_K_TALKS, NKG_F_MEDIATE, false},
};

static struct nkg_phrase_index trigger_index;
static once_flag trigger_once = ONCE_FLAG_INIT;

static void build_triggers(void) {
  nkg_phrases_build(&trigger_index, triggers, NKG_COUNT(triggers),
                    sizeof triggers[0], offsetof(struct nkg_trigger, word));
}

const struct nkg_trigger *nkg_trigger_at(const struct nkg_text *t, uint32_t i) {
  if (i >= t->ntok || t->tok[i].kind != NKG_TOK_WORD)
    return NULL;
  call_once(&trigger_once, build_triggers);
  size_t row;
  return nkg_phrases_match(&trigger_index, t, i, i + 1, NULL, NULL, &row)
             ? &triggers[row]
             : NULL;
}
