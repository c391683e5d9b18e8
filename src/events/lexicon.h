/*
 * Event vocabulary: trigger words with their frames (events/triggers.c)
 * and the cue phrases for roles, status and clause structure
 * (events/cues.c).  Arguments are tokens; matching skips hyphens.
 */
#ifndef NKG_EVENTS_LEXICON_H
#define NKG_EVENTS_LEXICON_H

#include "events/events.h"

enum nkg_frame {
  NKG_F_MEET = 0,  /* X met Y, X and Y met, X met with Y */
  NKG_F_VISIT,     /* X visited Z (place or person); a visited country
                      takes part */
  NKG_F_TRAVEL,    /* X travelled to Z: Z is only where; the purpose
                      ("for talks with Y") names the partners */
  NKG_F_HOST,      /* X hosted/welcomed Y; "X hosted talks between A and B"
                      makes X a mediator */
  NKG_F_RECEIVE,   /* X received Y; Y was received by X */
  NKG_F_CALL,      /* X spoke to Y, X phoned Y */
  NKG_F_MEDIATE,   /* X mediated/brokered/convened talks between A and B */
};

enum nkg_pos { NKG_VERB = 0, NKG_NOUN };

struct nkg_trigger {
  const char *word;  /* folded */
  uint8_t pos;       /* enum nkg_pos */
  uint8_t kind;      /* enum nkg_event_kind */
  uint8_t frame;     /* enum nkg_frame */
  bool future;       /* the form itself announces: "will meet" is found by
                        cues; this marks base forms like "meet" */
};

const struct nkg_trigger *nkg_trigger_at(const struct nkg_text *t, uint32_t i);

enum nkg_cue {
  NKG_CUE_NONE = 0,
  NKG_CUE_MEDIATOR,    /* "under the aegis of", "mediated by" */
  NKG_CUE_PLANNED,     /* "will", "is expected", "plan to" */
  NKG_CUE_NEGATION,    /* "refused to", "did not", "no" */
  NKG_CUE_CALLED_OFF,  /* after a meeting noun: "was postponed" */
  NKG_CUE_PARTNER,     /* "with", "alongside" */
  NKG_CUE_BETWEEN,     /* "between", "among" */
  NKG_CUE_PLACE,       /* "in", "at" */
  NKG_CUE_OTHER_PREP,  /* "for", "of", "on", "about": ends a role list */
  NKG_CUE_CLAUSE,      /* "which", "who", ";": ends the frame */
  NKG_CUE_LIGHT_VERB,  /* "held", "had": "X held talks with Y" */
  NKG_CUE_CONTINUE,    /* "continued", "took place": anaphoric events */
  NKG_CUE_GROUP,       /* "the two leaders", "both sides" */
  NKG_CUE_DELEGATION,  /* "government", "delegations": demonym groups */
  NKG_CUE_REPORTING,   /* "said", "claimed", "told": statements */
  NKG_CUE_PRONOUN,     /* "he", "she", "they": a previous subject */
  NKG_CUE_ACCORDING,   /* "according to X" */
};

/* The cue of `type` starting at token i; returns its length (0: none). */
uint32_t nkg_cue_at(const struct nkg_text *t, uint32_t i, uint32_t end,
                    uint8_t type, const char **phrase);

#endif
