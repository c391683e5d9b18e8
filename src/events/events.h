/*
 * Events stage: meeting frames over tokens and entity mentions, dates, and
 * document-level merging.  Knowledge lives in tables (events/triggers.c:
 * trigger words and frames; events/cues.c: role, status and negation
 * phrases; text/datewords.c: month and weekday names); this module's
 * code only walks them.
 */
#ifndef NKG_EVENTS_EVENTS_H
#define NKG_EVENTS_EVENTS_H

#include <stdbool.h>
#include <stdint.h>

#include "entities/entities.h"
#include "syntax/syntax.h"
#include "text/text.h"

enum nkg_event_kind {
  NKG_K_MEETING = 0,
  NKG_K_TALKS,
  NKG_K_SUMMIT,
  NKG_K_VISIT,
  NKG_K_NEGOTIATION,
  NKG_K_CALL,
  NKG_K_LAST
};


#define NKG_MAX_ROLE 8

struct nkg_event {
  uint8_t kind;                       /* enum nkg_event_kind */
  uint32_t part[NKG_MAX_ROLE];        /* doc entity indexes */
  uint8_t npart;
  uint32_t med[NKG_MAX_ROLE];
  uint8_t nmed;
  uint32_t location;                  /* doc entity, or UINT32_MAX */
  struct nkg_date date;               /* y == 0: unknown */
  bool planned;
  bool host_visit;                    /* "X hosted Y": CAMEO 043 */
  uint32_t sent;                      /* evidence sentence index */
  uint32_t trigger;                   /* trigger token */
  const char *rule;                   /* frame that produced it */
  const char *date_rule, *loc_rule, *planned_rule;
  const char *part_rule[NKG_MAX_ROLE];
  const char *med_rule[NKG_MAX_ROLE];
  uint32_t merged_into;               /* UINT32_MAX unless a duplicate */
  uint32_t extra_sent[4];             /* further evidence after merging */
  uint8_t nextra;
};

/* "X said that ...", "according to X", a quotation with its speaker. */
struct nkg_statement {
  uint32_t speaker;        /* doc entity */
  uint32_t sent;           /* evidence sentence */
  uint32_t q_beg, q_end;   /* byte span of what was said */
  uint32_t about;          /* event index (after merging), or UINT32_MAX */
  const char *rule;
};

struct nkg_events {
  struct nkg_event *ev;
  uint32_t nev;
  struct nkg_statement *st;
  uint32_t nst;
};


struct nkg_syntax; /* syntax/syntax.h */

struct nkg_event_ctx {
  const struct nkg_text *t;
  const struct nkg_entities *e;
  const struct nkg_gazetteer *g;
  struct nkg_date pub;   /* publication date, y == 0 if unknown */
  struct nkg_date today; /* processing date for year inference */
  struct nkg_date anchor;/* document's reference date (pub or first full date) */
  const struct nkg_syntax *syn; /* tags, lemmas, trees; a sentence's tree is
                                   there when syn->sent_parsed[s] (NULL in
                                   callers that run no syntax stage) */
  bool tree;             /* frames over the dependency tree (events/tree.c)
                            instead of the surface frames (events/frames.c) */
  newskg_frames frames;  /* which frames run; 0: the default (backfill) */
};

newskg_status nkg_events_extract(struct nkg_arena *a, struct nkg_event_ctx *c,
                                 struct nkg_events *out);

/* The frame lexicon over the dependency tree (events/tree.c): appends
   the events of the parsed sentences to `out` (growable, *cap). */
newskg_status nkg_events_extract_tree(struct nkg_arena *a,
                                      struct nkg_event_ctx *c,
                                      struct nkg_events *out, size_t *cap);

/* Do frames of this mode read the dependency tree?  When not, the
   pipeline parses no sentence for extraction (the surface frames would
   not look at it, and parsing is most of the time). */
bool nkg_events_use_syntax(newskg_frames mode);
/* The mode a pipeline runs: `asked`, or for NEWSKG_FRAMES_DEFAULT the
   environment's NEWSKG_FRAMES, else backfill. */
newskg_frames nkg_frames_resolve(newskg_frames asked);

/* Statements of the document (events/statements.c); runs after the
   meeting frames so a statement can point to the meeting it is about. */
newskg_status nkg_statements_extract(struct nkg_arena *a,
                                     const struct nkg_event_ctx *c,
                                     struct nkg_events *out);

/* A role list of an event (participants, mediators) with the rule of
   each entry: adds `entity` once, up to NKG_MAX_ROLE; removes it.  Shared
   by the surface frames (frames.c) and the tree frames (tree.c). */
void nkg_role_add(uint32_t *list, uint8_t *n, const char **rules,
                  uint32_t entity, const char *rule);
void nkg_role_remove(uint32_t *list, uint8_t *n, const char **rules,
                     uint32_t entity);

/* The same meeting told twice in the document comes out once: events
   with the same sides and status, compatible dates and places (the same,
   or a city in the country) are merged into the first
   (events/discourse.c). */
void nkg_events_merge(struct nkg_arena *a, const struct nkg_event_ctx *c,
                      struct nkg_events *out);

/* Appends a copy of `ev` to `out` (capacity `cap`, grown in the arena). */
newskg_status nkg_events_push(struct nkg_arena *a, struct nkg_events *out,
                              size_t *cap, const struct nkg_event *ev);

/* ---- dates (events/dates.c) ---- */

/* Parses "YYYY-MM-DD". */
bool nkg_date_parse_iso(const char *s, struct nkg_date *out);
/* Day of week, 0 = Monday. */
int nkg_date_weekday(struct nkg_date d);
/* Days since 1970-01-01 (proleptic Gregorian). */
long nkg_date_days(struct nkg_date d);
struct nkg_date nkg_date_from_days(long days);
/* How precise a date expression is; a higher rank names the day better. */
enum nkg_date_rank {
  NKG_DATE_NONE = -1,
  NKG_DATE_MONTH = 0,   /* a month or year only */
  NKG_DATE_DAY,         /* a day, relative ("today", "on Monday") */
  NKG_DATE_WRITTEN_DAY, /* a day written out ("26 February") */
};

/* Finds the most precise date expression in tokens [beg, end) (the first
   of equals): its token span, the resolved date, `rule` naming the
   pattern; returns its rank, NKG_DATE_NONE if there is none. */
int nkg_date_find(const struct nkg_event_ctx *c, uint32_t beg, uint32_t end,
                  bool future, struct nkg_date *out, uint32_t *span_beg,
                  uint32_t *span_end, const char **rule);
/* A weekday + day + month anywhere in the text fixes the document's year
   when no publication date is given ("Thursday, May 25"). */
struct nkg_date nkg_date_anchor(const struct nkg_event_ctx *c);

const char *nkg_event_kind_name(uint8_t kind); /* "meeting", "talks", ... */

#endif /* NKG_EVENTS_EVENTS_H */
