/*
 * The frame lexicon (ontology/frames.lex): trigger lemmas with their event
 * kind and, per role, the dependency paths from the trigger that reach the
 * role's filler.  The file is data; this header is its compiled form.  The
 * grammar is documented in the file's own header.  Every kind of line,
 * role, cue and relation is an enum, so the matcher never compares
 * strings except lemmas.
 */
#ifndef NKG_EVENTS_FRAMELEX_H
#define NKG_EVENTS_FRAMELEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nkg.h"

/* What a frame line contributes. */
enum nkg_fl_what {
  NKG_FL_PART = 0, /* participant */
  NKG_FL_HOST,     /* participant who hosts (CAMEO 043) */
  NKG_FL_MED,      /* mediator */
  NKG_FL_PLACE,    /* location */
  NKG_FL_DATE,     /* the subtree holds a date expression */
  NKG_FL_EVENT,    /* a noun trigger whose event this verb tells of */
  NKG_FL_PLANNED,  /* cue: announced, not yet happened */
  NKG_FL_NEG,      /* cue: negated, refused, hypothetical */
  NKG_FL_OFF,      /* cue: postponed, cancelled */
  NKG_FL_NEED,     /* the sense applies only if some path matches */
  NKG_FL_NOT,      /* the sense does not apply if some path matches */
  NKG_FL_WHAT_COUNT
};

/* Argument types: bits 0..4 are enum nkg_etype; the rest are ours. */
#define NKG_FT_ENTITY_TYPES ((1u << NKG_E_NTYPES) - 1) /* none set: any entity */
#define NKG_FT_PRON (1u << 5)  /* a pronoun or group noun, for discourse */
#define NKG_FT_EVENT (1u << 6) /* a noun trigger of the lexicon */

/* Line flags. */
#define NKG_FF_REQ 1u    /* the sense fails if this role stays empty */
#define NKG_FF_EACH 2u   /* one event per argument found (partner lists) */
#define NKG_FF_NOCONJ 4u /* no conjunct spreading */

#define NKG_FL_MAX_HOPS 4
#define NKG_FL_MAX_ALTS 24
#define NKG_FL_ANY_REL 0xFF /* `*` */
#define NKG_FL_REL_COUNT 64 /* > NKG_DEP_COUNT, checked in framelex.c */

struct nkg_fl_step {
  bool up;         /* '<': to the head; '>': to a dependent */
  bool deep;       /* '>>': to a descendant within the clause (a phrase
                      the parser hung on a neighbouring noun) */
  bool subtypes;   /* `obl:*`: the base relation and its subtypes */
  uint8_t rel;     /* enum nkg_deprel, or NKG_FL_ANY_REL */
  uint16_t cases;  /* set id + 1 of required case/mark lemmas; 0: none */
  uint16_t lemmas; /* set id + 1 of the reached node's lemmas; 0: any */
  bool neg_lemmas; /* `{!...}`: the reached node's lemma is NOT in the set */
};

struct nkg_fl_path {
  uint8_t n;
  struct nkg_fl_step s[NKG_FL_MAX_HOPS];
};

struct nkg_fl_line {
  uint8_t what;   /* enum nkg_fl_what */
  uint8_t flags;  /* NKG_FF_* */
  uint16_t types; /* NKG_FT_* and 1 << enum nkg_etype; 0: any entity */
  uint8_t nalt;
  struct nkg_fl_path alt[NKG_FL_MAX_ALTS];
  uint32_t line;  /* line number in the file, for --explain */
  const char *alt_src[NKG_FL_MAX_ALTS]; /* each path as written */
};

struct nkg_fl_entry {
  const char *name;   /* "meet.v" */
  uint16_t lemmas;    /* set id + 1 of trigger lemmas */
  uint8_t upos;       /* enum nkg_upos of the trigger */
  uint8_t kind;       /* enum nkg_event_kind */
  uint8_t min;        /* participants needed (default 2) */
  bool host_event;    /* the subject hosts the event (host_visit) */
  uint32_t first, nlines; /* into nkg_framelex.lines */
  uint32_t line;      /* the `frame` line */
};

struct nkg_fl_set {
  const char *name;
  const char **w; /* sorted */
  uint32_t n;
};

struct nkg_framelex {
  struct nkg_arena arena; /* everything below */
  const char *file;       /* name used in messages and --explain */
  struct nkg_fl_set *sets;
  uint32_t nsets;
  struct nkg_fl_entry *ent;
  uint32_t nent;
  struct nkg_fl_line *lines;
  uint32_t nlines;
  /* trigger index: (lemma, entry) sorted by lemma, then file order */
  struct nkg_fl_trig {
    const char *lemma;
    uint32_t entry;
  } *trig;
  uint32_t ntrig;
  /* `forms LEMMA f1,f2`: irregular forms of trigger lemmas ("met") */
  struct nkg_fl_irreg {
    const char *form, *lemma;
  } *irreg;
  uint32_t nirreg;
  uint16_t group;  /* set id + 1 of `set GROUP` (group nouns), 0: none */
  uint16_t relpron;/* `set RELPRON`: relative pronouns */
  uint16_t groupof;/* `set GROUPOF`: "leaders of/from A" give A's side;
                      "the ministers of finance" is a new group */
  uint16_t suffix; /* `set NAMESUFFIX`: "Jr.", "III" after a name */
  uint16_t plural; /* `set PLURALPRON`: they, we: a previous event's sides */
  uint16_t single; /* `set SINGLEPRON`: he, she: a previous person */
  /* the discourse block of the lexicon (events/discourse.c) */
  uint16_t defdet;   /* `set DEFDET`: "the leaders", "both sides" point back */
  uint16_t evdet;    /* `set EVDET`: "the talks" is the event already told */
  uint16_t wepron;   /* `set WEPRON`: quoted "we" is the speaker's side */
  uint16_t say;      /* `set SAY`: reporting verbs, for a quote's speaker */
  uint16_t countryg; /* `set COUNTRYG`: group nouns for countries */
  uint8_t rel_base[NKG_FL_REL_COUNT]; /* obl:agent -> obl */
  /* The words the parser's sentence gate reacts to, listed once at load
     so the gate costs one hash probe per word: every inflection of a
     trigger lemma (what the endings rules of nkg_fl_form_lemma accept),
     the group nouns and their plurals, the pronouns. */
  struct nkg_fl_form {
    const char *form;  /* folded */
    const char *lemma; /* the trigger lemma it inflects, or NULL */
    uint32_t hash;     /* nkg_fl_hash(form) */
    uint16_t len;
    uint8_t gate;      /* NKG_FL_GATE_* */
  } *forms;
  uint32_t nforms;
  uint32_t *form_slot; /* open addressing: index + 1, 0 empty */
  uint32_t form_mask;
};

/* What a word is to the sentence gate (bits of nkg_fl_form.gate). */
enum {
  NKG_FL_GATE_TRIGGER = 1u, /* inflects a trigger lemma */
  NKG_FL_GATE_GROUP = 2u,   /* a group noun or its plural: "the minister" */
  NKG_FL_GATE_PLURAL = 4u,  /* several sides at once: "they", "ministers" */
  NKG_FL_GATE_SINGLE = 8u,  /* a singular pronoun: a person named before */
};

/* Parses a lexicon.  On a malformed line returns NEWSKG_ERR_BAD_INPUT and
   writes "NAME:LINE: message" to err (nothing is skipped silently). */
newskg_status nkg_framelex_parse(const char *buf, size_t len, const char *name,
                                 struct nkg_framelex *out, char *err,
                                 size_t errlen);
void nkg_framelex_free(struct nkg_framelex *lx);

/* The built-in lexicon (embedded ontology/frames.lex), parsed once;
   NULL if it is malformed (cannot happen in a build that passed its
   check; the message is then in nkg_framelex_builtin_error()). */
const struct nkg_framelex *nkg_framelex_builtin(void);
const char *nkg_framelex_builtin_error(void);

bool nkg_fl_in_set(const struct nkg_framelex *lx, uint16_t set1,
                   const char *lemma);
/* First trigger-index row for `lemma`, or UINT32_MAX. */
uint32_t nkg_fl_first_trigger(const struct nkg_framelex *lx, const char *lemma);
/* Is `lemma` a trigger lemma of any entry (the parser's sentence gate)? */
bool nkg_fl_is_trigger(const struct nkg_framelex *lx, const char *lemma);

/* Could the folded word form be an inflection of a trigger lemma ("met",
   "hosted", "talks")?  For gating sentences before they are tagged. */
bool nkg_fl_wants_form(const struct nkg_framelex *lx, const char *w, size_t n);
/* The hash of the gate's table (FNV-1a of the folded bytes). */
uint32_t nkg_fl_hash(const char *w, size_t n);
/* The folded word's NKG_FL_GATE_* bits (0 for most words). */
uint8_t nkg_fl_gate_word(const struct nkg_framelex *lx, const char *w, size_t n);
/* The trigger lemma that form could inflect (the lexicon's string), or
   NULL. */
const char *nkg_fl_form_lemma(const struct nkg_framelex *lx, const char *w,
                              size_t n);

#endif /* NKG_EVENTS_FRAMELEX_H */
