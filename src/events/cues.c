/*
 * Cue phrases that give roles, status and structure to a frame.  Each row
 * is a phrase of folded words and what it signals; the comment names the
 * phrasing it exists for.  Matching is longest-first across the table.
 */
#include <stddef.h>
#include <threads.h>

#include "events/lexicon.h"
#include "text/phrases.h"

static const struct {
  const char *words;
  uint8_t type;
} cues[] = {
    {"under the aegis of", NKG_CUE_MEDIATOR},      /* "met ... under the aegis of Putin" */
    {"under the auspices of", NKG_CUE_MEDIATOR},
    {"under the mediation of", NKG_CUE_MEDIATOR},  /* "under the mediation of Macron" */
    {"with the mediation of", NKG_CUE_MEDIATOR},
    {"through the mediation of", NKG_CUE_MEDIATOR},
    {"mediated by", NKG_CUE_MEDIATOR},
    {"brokered by", NKG_CUE_MEDIATOR},
    {"hosted by", NKG_CUE_MEDIATOR},               /* "talks hosted by the EU" */
    {"convened by", NKG_CUE_MEDIATOR},
    {"facilitated by", NKG_CUE_MEDIATOR},
    {"chaired by", NKG_CUE_MEDIATOR},
    {"with the participation of", NKG_CUE_MEDIATOR},
    {"at the invitation of", NKG_CUE_MEDIATOR},    /* "met at the invitation of the EU" */
    {"in the presence of", NKG_CUE_MEDIATOR},

    {"will", NKG_CUE_PLANNED},                     /* "will meet" */
    {"is expected", NKG_CUE_PLANNED},              /* "a meeting is expected on" */
    {"are expected", NKG_CUE_PLANNED},
    {"is scheduled", NKG_CUE_PLANNED},
    {"are scheduled", NKG_CUE_PLANNED},
    {"is due", NKG_CUE_PLANNED},
    {"are due", NKG_CUE_PLANNED},
    {"plan to", NKG_CUE_PLANNED},
    {"plans to", NKG_CUE_PLANNED},
    {"planned", NKG_CUE_PLANNED},
    {"upcoming", NKG_CUE_PLANNED},                 /* "the upcoming summit" */
    {"forthcoming", NKG_CUE_PLANNED},
    {"agreed to meet", NKG_CUE_PLANNED},
    {"to meet", NKG_CUE_PLANNED},                  /* "confirmed their agreement to meet" */
    {"to visit", NKG_CUE_PLANNED},
    {"to hold", NKG_CUE_PLANNED},                  /* "plan to hold talks" */
    {"to host", NKG_CUE_PLANNED},                  /* "proposed to host" */
    {"to travel", NKG_CUE_PLANNED},
    {"to be held", NKG_CUE_PLANNED},
    {"set to", NKG_CUE_PLANNED},
    {"look forward to", NKG_CUE_PLANNED},          /* "looked forward to meeting" */
    {"looked forward to", NKG_CUE_PLANNED},
    {"looks forward to", NKG_CUE_PLANNED},
    {"next week", NKG_CUE_PLANNED},
    {"hope to", NKG_CUE_PLANNED},                  /* "they hoped to make progress at the summit" */
    {"hopes to", NKG_CUE_PLANNED},
    {"hoped to", NKG_CUE_PLANNED},
    {"intend to", NKG_CUE_PLANNED},
    {"intends to", NKG_CUE_PLANNED},

    {"refused to", NKG_CUE_NEGATION},              /* "refused to meet" */
    {"declined to", NKG_CUE_NEGATION},
    {"did not", NKG_CUE_NEGATION},
    {"didn't", NKG_CUE_NEGATION},
    {"does not", NKG_CUE_NEGATION},
    {"will not", NKG_CUE_NEGATION},
    {"won't", NKG_CUE_NEGATION},
    {"not", NKG_CUE_NEGATION},
    {"never", NKG_CUE_NEGATION},
    {"no", NKG_CUE_NEGATION},                      /* "no meeting took place" */
    {"cancelled", NKG_CUE_NEGATION},
    {"canceled", NKG_CUE_NEGATION},
    {"called off", NKG_CUE_NEGATION},
    {"postponed", NKG_CUE_NEGATION},
    {"without", NKG_CUE_NEGATION},
    {"if", NKG_CUE_NEGATION},                      /* hypotheticals state nothing */
    {"could", NKG_CUE_NEGATION},
    {"ready to", NKG_CUE_NEGATION},
    {"willing to", NKG_CUE_NEGATION},
    {"called for", NKG_CUE_NEGATION},              /* "called for talks" */
    {"urged", NKG_CUE_NEGATION},
    {"encouraged", NKG_CUE_NEGATION},

    {"postponed", NKG_CUE_CALLED_OFF},             /* "a planned meeting ... was postponed" */
    {"cancelled", NKG_CUE_CALLED_OFF},
    {"canceled", NKG_CUE_CALLED_OFF},
    {"called off", NKG_CUE_CALLED_OFF},
    {"scrapped", NKG_CUE_CALLED_OFF},
    {"did not take place", NKG_CUE_CALLED_OFF},
    {"never took place", NKG_CUE_CALLED_OFF},

    {"with", NKG_CUE_PARTNER},                     /* "met with X" */
    {"alongside", NKG_CUE_PARTNER},
    {"between", NKG_CUE_BETWEEN},                  /* "talks between X and Y" */
    {"among", NKG_CUE_BETWEEN},

    {"in", NKG_CUE_PLACE},                         /* "met in Moscow" */
    {"at", NKG_CUE_PLACE},
    {"to", NKG_CUE_PLACE},                         /* "a visit to Kenya" */

    {"of", NKG_CUE_OTHER_PREP},
    {"for", NKG_CUE_OTHER_PREP},
    {"on", NKG_CUE_OTHER_PREP},
    {"about", NKG_CUE_OTHER_PREP},
    {"over", NKG_CUE_OTHER_PREP},
    {"from", NKG_CUE_OTHER_PREP},
    {"against", NKG_CUE_OTHER_PREP},
    {"by", NKG_CUE_OTHER_PREP},
    {"after", NKG_CUE_OTHER_PREP},
    {"before", NKG_CUE_OTHER_PREP},
    {"since", NKG_CUE_OTHER_PREP},
    {"during", NKG_CUE_OTHER_PREP},
    {"than", NKG_CUE_OTHER_PREP},

    {";", NKG_CUE_CLAUSE},
    {":", NKG_CUE_CLAUSE},
    {"which", NKG_CUE_CLAUSE},
    {"who", NKG_CUE_CLAUSE},
    {"whom", NKG_CUE_CLAUSE},
    {"where", NKG_CUE_CLAUSE},
    {"while", NKG_CUE_CLAUSE},
    {"whereas", NKG_CUE_CLAUSE},
    {"but", NKG_CUE_CLAUSE},
    {"although", NKG_CUE_CLAUSE},
    {"because", NKG_CUE_CLAUSE},
    {"said", NKG_CUE_CLAUSE},                      /* "X said that ..." */
    {"says", NKG_CUE_CLAUSE},
    {"that", NKG_CUE_CLAUSE},
    {"thanked", NKG_CUE_CLAUSE},

    {"held", NKG_CUE_LIGHT_VERB},                  /* "X held talks with Y" */
    {"hold", NKG_CUE_LIGHT_VERB},
    {"holds", NKG_CUE_LIGHT_VERB},
    {"holding", NKG_CUE_LIGHT_VERB},
    {"had", NKG_CUE_LIGHT_VERB},                   /* "X had a call with Y" */
    {"have", NKG_CUE_LIGHT_VERB},
    {"has", NKG_CUE_LIGHT_VERB},
    {"conducted", NKG_CUE_LIGHT_VERB},
    {"paid", NKG_CUE_LIGHT_VERB},                  /* "paid a visit to" */
    {"pays", NKG_CUE_LIGHT_VERB},
    {"made", NKG_CUE_LIGHT_VERB},
    {"attended", NKG_CUE_LIGHT_VERB},

    {"continued", NKG_CUE_CONTINUE},               /* "the talks continued in Brussels" */
    {"resumed", NKG_CUE_CONTINUE},
    {"took place", NKG_CUE_CONTINUE},
    {"will take place", NKG_CUE_CONTINUE},
    {"was held", NKG_CUE_CONTINUE},
    {"were held", NKG_CUE_CONTINUE},
    {"will be held", NKG_CUE_CONTINUE},
    {"is expected", NKG_CUE_CONTINUE},

    {"the two leaders", NKG_CUE_GROUP},            /* "the two leaders met" */
    {"the two sides", NKG_CUE_GROUP},
    {"the two presidents", NKG_CUE_GROUP},
    {"the two ministers", NKG_CUE_GROUP},
    {"the two countries", NKG_CUE_GROUP},
    {"the leaders", NKG_CUE_GROUP},
    {"the officials", NKG_CUE_GROUP},              /* "The officials also welcomed ..." */
    {"the two officials", NKG_CUE_GROUP},
    {"both officials", NKG_CUE_GROUP},
    {"the ministers", NKG_CUE_GROUP},
    {"both leaders", NKG_CUE_GROUP},
    {"both sides", NKG_CUE_GROUP},
    {"they", NKG_CUE_GROUP},

    {"government", NKG_CUE_DELEGATION},            /* "the Armenian and Azerbaijani government" */
    {"governments", NKG_CUE_DELEGATION},
    {"delegation", NKG_CUE_DELEGATION},
    {"delegations", NKG_CUE_DELEGATION},
    {"officials", NKG_CUE_DELEGATION},
    {"ministers", NKG_CUE_DELEGATION},
    {"negotiators", NKG_CUE_DELEGATION},
    {"diplomats", NKG_CUE_DELEGATION},
    {"representatives", NKG_CUE_DELEGATION},
    {"leaders", NKG_CUE_DELEGATION},               /* "the Armenian and Azerbaijani leaders" */
    {"sides", NKG_CUE_DELEGATION},
    {"authorities", NKG_CUE_DELEGATION},

    {"said", NKG_CUE_REPORTING},                   /* "X said that ..." */
    {"says", NKG_CUE_REPORTING},
    {"claimed", NKG_CUE_REPORTING},                /* "The Kremlin chief claimed ..." */
    {"claims", NKG_CUE_REPORTING},
    {"stated", NKG_CUE_REPORTING},
    {"told", NKG_CUE_REPORTING},
    {"added", NKG_CUE_REPORTING},
    {"noted", NKG_CUE_REPORTING},
    {"notes", NKG_CUE_REPORTING},
    {"stressed", NKG_CUE_REPORTING},
    {"warned", NKG_CUE_REPORTING},
    {"declared", NKG_CUE_REPORTING},
    {"announced", NKG_CUE_REPORTING},
    {"reported", NKG_CUE_REPORTING},
    {"estimated", NKG_CUE_REPORTING},
    {"according to", NKG_CUE_ACCORDING},           /* "according to X" */

    {"he", NKG_CUE_PRONOUN},                       /* "..., where he met Y" */
    {"she", NKG_CUE_PRONOUN},
    {"they", NKG_CUE_PRONOUN},
};

static struct nkg_phrase_index cue_index;
static once_flag cue_once = ONCE_FLAG_INIT;

static void build_cues(void) {
  nkg_phrases_build(&cue_index, cues, NKG_COUNT(cues), sizeof cues[0],
                    offsetof(__typeof__(cues[0]), words));
}

static int cue_of_type(size_t row, const void *ctx) {
  return cues[row].type == *(const uint8_t *)ctx;
}

uint32_t nkg_cue_at(const struct nkg_text *t, uint32_t i, uint32_t end,
                    uint8_t type, const char **phrase) {
  call_once(&cue_once, build_cues);
  size_t row;
  uint32_t n = nkg_phrases_match(&cue_index, t, i, end, cue_of_type, &type, &row);
  if (n && phrase)
    *phrase = cues[row].words;
  return n;
}
