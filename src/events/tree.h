/*
 * The document's dependency trees as the tree frames see them, shared by
 * the matcher (events/tree.c) and the discourse step (events/discourse.c):
 * names are single nodes, children are a CSR slice, and a candidate event
 * carries the pronouns and group nouns the matcher left for discourse.
 */
#ifndef NKG_EVENTS_TREE_H
#define NKG_EVENTS_TREE_H

#include "events/events.h"
#include "events/framelex.h"
#include "syntax/syntax.h"

#define NKG_NO_ENTITY UINT32_MAX

struct nkg_tree {
  struct nkg_arena *a;
  struct nkg_event_ctx *c;
  const struct nkg_syntax *syn;
  const struct nkg_framelex *lx;
  uint32_t *cstart, *child; /* CSR over the document's tokens */
  uint32_t *head;           /* the tree with names as single nodes */
  uint8_t *rel;
};

static inline const char *nkg_tree_lemma(const struct nkg_tree *t, uint32_t i) {
  const char *l = t->syn->lemma[i];
  return l ? l : "";
}

/* How a node became an argument; printed by --explain. */
enum nkg_land_how { L_DIRECT = 0, L_CONJ, L_APPOS, L_GROUP, L_RELPRON, L_PRON };

struct nkg_tree_arg {
  uint32_t entity; /* doc entity, or NKG_NO_ENTITY for a pronoun */
  uint32_t tok;    /* the node that carries it */
  uint8_t how;     /* enum nkg_land_how */
  bool plural;     /* unresolved: plural pronoun / group noun */
};

/* A candidate event with its unresolved pronouns. */
struct nkg_tree_cand {
  struct nkg_event ev;
  struct nkg_tree_arg pron[4];
  const char *pron_rule[4];
  bool pron_guest[4]; /* the pronoun names guests of a `host` entry */
  uint8_t npron;
  uint8_t nhostguest; /* guests of a `host` entry */
};

/* ---- discourse (events/discourse.c) ---- */

/* Which discourse step gave a fact; its name is in the fact's rule
   ("... (discourse:event-just-told they)"), so --explain tells them apart. */
enum nkg_disc_step {
  NKG_DISC_EVENT_JUST_TOLD = 0, /* "they", "the two leaders": its sides */
  NKG_DISC_NAMED_BEFORE,        /* ... else the two last named before */
  NKG_DISC_PERSON_JUST_NAMED,   /* "he", "she" */
  NKG_DISC_QUOTE_SPEAKER,       /* quoted "we": the speaker and the side met */
  NKG_DISC_EVENT_TOLD,          /* "the talks": the event already told */
  NKG_DISC_LIST_SUBJECT,        /* an itinerary item: the list's subject */
  NKG_DISC_SAME_MEETING,        /* one meeting told twice */
  NKG_DISC_COUNT
};

/* Is node n a pronoun or a definite group noun ("they", "the two
   leaders") whose referents the article gives?  *plural: it stands for
   the sides of an event rather than one person. */
bool nkg_discourse_pronoun(const struct nkg_tree *t, uint32_t n, bool *plural);

/* Gives a candidate's pronouns their referents from the events already
   told (`out`) and the names before them. */
void nkg_discourse_resolve(const struct nkg_tree *t, struct nkg_tree_cand *cd,
                           const struct nkg_events *out);

/* An itinerary item ("The Prime Minister will:" ... "Meet with X") takes
   the persons and the "will" of the line that opened the list. */
void nkg_discourse_list_subject(const struct nkg_tree *t, struct nkg_event *ev);

/* What a definite event noun ("the talks", "the visit") is. */
enum nkg_disc_definite {
  NKG_DISC_NEW = 0,   /* not anaphoric, or names sides of its own */
  NKG_DISC_ATTACHED,  /* its place and date went to the event told: drop it */
  NKG_DISC_RESUMED,   /* a further round of the event told (own place or
                         date, or another status): keep it with those sides */
};
enum nkg_disc_definite nkg_discourse_definite(const struct nkg_tree *t,
                                              struct nkg_event *ev,
                                              struct nkg_events *out);

/* Merges the events of one sentence (from index `from`) that tell one
   meeting through two triggers. */
void nkg_discourse_subsume(struct nkg_events *out, uint32_t from);

#endif /* NKG_EVENTS_TREE_H */
