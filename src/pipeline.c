/*
 * The public pipeline: the only file that knows every stage.  Text ->
 * syntax -> entities -> events -> graph, one arena per document (owned by
 * the graph), nothing shared but the read-only gazetteer and syntax model,
 * so extraction runs on many threads at once.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "entities/entities.h"
#include "events/events.h"
#include "graph/build.h"
#include "syntax/model.h"
#include "text/text.h"

/* Generated from the ontology/ tables at build time (src/embed.cmake). */
extern const unsigned char nkg_builtin_gazetteer[];
extern const size_t nkg_builtin_gazetteer_len;
extern const unsigned char nkg_builtin_gazetteer_extra[];
extern const size_t nkg_builtin_gazetteer_extra_len;
extern const unsigned char nkg_builtin_demonyms[];
extern const size_t nkg_builtin_demonyms_len;

#define DEFAULT_BASE "https://w3id.org/newskg/data/"

/* Bytes of text per window (see "windows" below). */
#ifndef NKG_WINDOW_BYTES
#define NKG_WINDOW_BYTES ((uint32_t)NEWSKG_WINDOW_BYTES)
#endif

struct newskg_pipeline {
  struct nkg_gazetteer *gaz;
  struct nkg_syn_model *syn; /* options' file at once, else the built-in
                                model at the one-time build */
  char *base;
  struct nkg_date today;
  atomic_bool finished; /* gazetteer tables built */
  atomic_bool model_ready; /* syn loaded (not for frames without trees) */
  mtx_t lock;           /* guards the one-time build across threads */
  bool builtin;
  bool strict_utf8;
  size_t max_mentions;
  newskg_provenance provenance;
  newskg_frames frames; /* resolved: never NEWSKG_FRAMES_DEFAULT */
};

/* An absolute IRI with nothing an IRI forbids (spaces, controls,
   <>"{}|\^`) and no fragment: every IRI newskg makes extends it, and
   documents add their own "#char=" fragment. */
static bool base_iri_ok(const char *base) {
  const char *colon = strchr(base, ':');
  if (!colon || colon == base)
    return false;
  for (const char *p = base; p < colon; p++)
    if (!((*p | 32) >= 'a' && (*p | 32) <= 'z') &&
        !(p > base && ((*p >= '0' && *p <= '9') || *p == '+' || *p == '-' ||
                       *p == '.')))
      return false;
  for (const unsigned char *p = (const unsigned char *)base; *p; p++)
    if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`#", *p))
      return false;
  return true;
}

newskg_status newskg_pipeline_new(const newskg_options *opts,
                                  newskg_pipeline **out) {
  if (!out)
    return NEWSKG_ERR_BAD_ARG;
  *out = NULL;
  newskg_options def = {0};
  if (!opts)
    opts = &def;
  struct nkg_date today = {0, 0, 0};
  if (opts->today && !nkg_date_parse_iso(opts->today, &today))
    return nkg_fail(NEWSKG_ERR_BAD_ARG, "invalid date '%s' (want YYYY-MM-DD)",
                    opts->today);
  if ((unsigned)opts->provenance >= NEWSKG_PROVENANCE_LAST)
    return nkg_fail(NEWSKG_ERR_BAD_ARG, "invalid provenance level %d",
                    (int)opts->provenance);
  if ((unsigned)opts->frames >= NEWSKG_FRAMES_LAST)
    return nkg_fail(NEWSKG_ERR_BAD_ARG, "invalid frame mode %d",
                    (int)opts->frames);
  const char *base = opts->base_iri ? opts->base_iri : DEFAULT_BASE;
  size_t bl = strlen(base);
  if (!base_iri_ok(base))
    return nkg_fail(NEWSKG_ERR_BAD_ARG, "invalid base IRI '%s'", base);
  newskg_pipeline *p = calloc(1, sizeof *p);
  if (!p)
    return NEWSKG_ERR_NOMEM;
  if (mtx_init(&p->lock, mtx_plain) != thrd_success) {
    free(p);
    return NEWSKG_ERR_NOMEM;
  }
  atomic_init(&p->finished, false);
  atomic_init(&p->model_ready, false);
  /* IRIs are built as base + "doc/..." so the base must end in / or # */
  bool sep = base[bl - 1] == '/' || base[bl - 1] == '#';
  p->base = malloc(bl + 2);
  newskg_status st = nkg_gazetteer_new(&p->gaz);
  if (!p->base || st != NEWSKG_OK) {
    newskg_pipeline_free(p);
    /* a bad row of an embedded table says which (file:line) */
    return st != NEWSKG_OK ? st : NEWSKG_ERR_NOMEM;
  }
  memcpy(p->base, base, bl);
  p->base[bl] = '/';
  p->base[bl + (sep ? 0 : 1)] = '\0';
  p->today = today;
  p->builtin = !opts->no_builtin_gazetteer;
  p->strict_utf8 = opts->strict_utf8;
  p->provenance = opts->provenance;
  p->frames = nkg_frames_resolve(opts->frames);
  p->max_mentions =
      opts->max_mentions ? opts->max_mentions : NEWSKG_DEFAULT_MAX_MENTIONS;
  if (opts->syntax_model &&
      (st = nkg_syn_model_load_file(opts->syntax_model, &p->syn)) !=
          NEWSKG_OK) {
    newskg_pipeline_free(p);
    return st;
  }
  if (p->builtin) {
    st = nkg_gazetteer_load(p->gaz, (const char *)nkg_builtin_gazetteer,
                            nkg_builtin_gazetteer_len, "gazetteer.tsv", false);
    if (st == NEWSKG_OK)
      st = nkg_gazetteer_load(p->gaz, (const char *)nkg_builtin_gazetteer_extra,
                              nkg_builtin_gazetteer_extra_len,
                              "gazetteer-extra.tsv", false);
    if (st != NEWSKG_OK) {
      newskg_pipeline_free(p);
      return st;
    }
  }
  *out = p;
  return NEWSKG_OK;
}

newskg_status newskg_pipeline_add_gazetteer(newskg_pipeline *p,
                                            const char *path) {
  if (!p || !path || atomic_load(&p->finished))
    return NEWSKG_ERR_BAD_ARG;
  char *buf = NULL;
  size_t len = 0;
  newskg_status st;
  TRY(st, nkg_read_file(path, "", &buf, &len));
  st = nkg_gazetteer_load(p->gaz, buf, len, path, false);
  free(buf);
  return st;
}

static newskg_status finish_locked(newskg_pipeline *p);
static newskg_status model_locked(newskg_pipeline *p);

/* Demonyms refer to countries by QID, so they load after every gazetteer;
   then the lookup tables are final.  Done once, before the first extract. */
static newskg_status finish(newskg_pipeline *p) {
  newskg_status st = NEWSKG_OK;
  if (mtx_lock(&p->lock) != thrd_success)
    return NEWSKG_ERR_INTERNAL;
  if (!atomic_load(&p->finished))
    st = finish_locked(p);
  mtx_unlock(&p->lock);
  return st;
}

static newskg_status finish_locked(newskg_pipeline *p) {
  newskg_status st;
  if (p->builtin)
    TRY(st, nkg_gazetteer_load(p->gaz, (const char *)nkg_builtin_demonyms,
                               nkg_builtin_demonyms_len, "demonyms.tsv", true));
  TRY(st, nkg_gazetteer_finish(p->gaz));
  /* the surface frames read no trees: no model, a third of start-up */
  if (nkg_events_use_syntax(p->frames))
    TRY(st, model_locked(p));
  atomic_store(&p->finished, true);
  return NEWSKG_OK;
}

static newskg_status model_locked(newskg_pipeline *p) {
  newskg_status st;
  if (!p->syn)
    TRY(st, nkg_syn_model_load(nkg_builtin_syntax_model,
                               nkg_builtin_syntax_model_len,
                               "built-in syntax model", &p->syn));
  atomic_store(&p->model_ready, true);
  return NEWSKG_OK;
}

/* The model for parsing alone (newskg parse), whatever the frames. */
static newskg_status need_model(const newskg_pipeline *cp) {
  newskg_pipeline *p = (newskg_pipeline *)cp;
  if (atomic_load(&p->model_ready))
    return NEWSKG_OK;
  if (mtx_lock(&p->lock) != thrd_success)
    return NEWSKG_ERR_INTERNAL;
  newskg_status st = model_locked(p);
  mtx_unlock(&p->lock);
  return st;
}

void newskg_pipeline_free(newskg_pipeline *p) {
  if (!p)
    return;
  nkg_gazetteer_free(p->gaz);
  nkg_syn_model_free(p->syn);
  mtx_destroy(&p->lock);
  free(p->base);
  free(p);
}

/* Whether valid UTF-8 (repaired) is text rather than a binary file read
   as text, which yields thousands of spurious names (3 MB of random
   bytes: 11,000 mentions).  Counts the characters that no article holds
   in numbers: U+FFFD (each byte that was not UTF-8, so also NUL), and
   C0 controls other than the layout ones.  At least 16 of them, so a
   short text with one stray byte is still text.  Counts the code points
   on the way (`*cps`: the NIF offsets need them), so the text is read
   once for both. */
static bool looks_like_text(const char *s, size_t len, uint32_t *cps) {
  const unsigned char *u = (const unsigned char *)s;
  size_t chars = 0, bad = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = u[i];
    if ((c & 0xC0) == 0x80)
      continue;
    chars++;
    if (c == 0xEF && i + 2 < len && u[i + 1] == 0xBF && u[i + 2] == 0xBD)
      bad++;
    else if ((c < 0x20 && !(c >= '\t' && c <= '\r')) || c == 0x7F)
      bad++;
  }
  *cps = (uint32_t)chars; /* len < UINT32_MAX / 2 (begin_document) */
  if (bad < 16 || bad * 100 < chars * NEWSKG_NOT_TEXT_PERCENT)
    return true;
  nkg_fail(NEWSKG_ERR_NOT_TEXT,
           "%zu%% of its %zu characters are not text (bytes that are not "
           "UTF-8, NUL, control characters): a binary file?",
           (bad * 100 + chars / 2) / chars, chars);
  return false;
}

/* ---- windows ----
   A document is extracted in windows of about NKG_WINDOW_BYTES, cut at a
   paragraph break, else a line break, else a sentence end in the second
   half of the window, else (text with no full stops) a space or a char
   boundary within an eighth of it, so a window seldom splits what a
   sentence says.  An article (a few to a
   few tens of KB) is one window, and its output is what it always was.
   Kept across windows, compactly: the document IRI and NIF context, one
   IRI per entity described (so an entity is described once), the event
   and statement numbers, the code-point offset of the window (NIF
   offsets are the document's), the year that picks office holders and
   the events stage's date.  The triples themselves either accumulate in
   one graph (newskg_pipeline_extract) or are written and freed window by
   window (newskg_pipeline_extract_to), so streaming holds one window's
   graph, not the document's.  Not kept: coreference ("Mr.
   Pashinyan" in one window does not resolve through "Nikol Pashinyan" in
   an earlier one) and the merging of one meeting reported in two
   windows (unless its IRI is derived from its facts, which merges it
   anyway). */

/* Where the window that starts at `beg` ends. */
static uint32_t window_end(const char *s, uint32_t beg, uint32_t len) {
  if (len - beg <= NKG_WINDOW_BYTES)
    return len;
  uint32_t hi = beg + NKG_WINDOW_BYTES, lo = beg + NKG_WINDOW_BYTES / 2;
  for (uint32_t i = hi; i > lo; i--) /* after a blank line */
    if (s[i - 1] == '\n' && s[i - 2] == '\n')
      return i;
  for (uint32_t i = hi; i > lo; i--) /* after a line break */
    if (s[i - 1] == '\n')
      return i;
  for (uint32_t i = hi; i > lo; i--) /* after ". ", "! ", "? " */
    if (s[i - 1] == ' ' && (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?'))
      return i;
  /* No sentence ends here: text without full stops (a list, a dump) is
     one long "sentence", on which the frames spend time quadratic in its
     length; an eighth of a window keeps that small. */
  hi = beg + NKG_WINDOW_BYTES / 8, lo = beg + NKG_WINDOW_BYTES / 16;
  for (uint32_t i = hi; i > lo; i--) /* after a space */
    if (s[i - 1] == ' ' || s[i - 1] == '\t')
      return i;
  uint32_t i = hi; /* inside a word: at least not inside a character */
  while (i > lo && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/* The document as the windows see it. */
struct window_doc {
  const newskg_pipeline *p;
  const newskg_document *doc;
  struct nkg_date pub;
  struct nkg_date anchor;    /* picks office holders (set by window 1) */
  bool anchored;
  struct nkg_date ev_anchor; /* what relative dates resolve against: the
                                events stage's, from window 1 */
  struct nkg_build_state *bs; /* carried across windows */
  /* Whole: every window is built into `g`, its strings copied out of the
     window's arena.  Streamed (`w` set): each window is built into a
     graph of its own in the window's arena, written to `w` (its --explain
     lines to `explain` first) and freed with it. */
  struct nkg_graph_data *g;
  size_t nsent, nparsed;      /* sentences; those parsed */
  newskg_writer *w;
  FILE *explain;
  size_t peak; /* most arena bytes alive at once (window + document) */
};

/* One window through every stage, text -> entities -> events -> graph,
   with its working memory in `wa`, into the graph `g`. */
static newskg_status extract_window(struct window_doc *wd, struct nkg_arena *wa,
                                    struct nkg_graph_data *g,
                                    const char *text, uint32_t len) {
  const newskg_pipeline *cp = wd->p;
  struct nkg_text t;
  struct nkg_entities ents;
  struct nkg_events evs;
  struct nkg_syntax syn;
  struct nkg_event_ctx ec = {.t = &t, .e = &ents, .g = cp->gaz, .pub = wd->pub,
                             .today = cp->today, .syn = &syn,
                             .frames = cp->frames};
  newskg_status st;
  TRY(st, nkg_text_analyze(wa, text, len, &t));
  /* only sentences that may hold a meeting, so general news keeps its
     speed; and none for frames that read no trees (parsing is most of
     the time) */
  TRY(st, nkg_syntax_parse(wa,
                           nkg_events_use_syntax(cp->frames) ? cp->syn : NULL,
                           &t, false, &syn));
  wd->nsent += t.nsent;
  for (uint32_t s = 0; s < t.nsent; s++)
    wd->nparsed += syn.sent_parsed[s];
  if (!wd->anchored) {
    /* the date that picks office holders: publication, else the date a
       dated phrase in the text (its first window) fixes (a day, or only a
       year) */
    struct nkg_entities none;
    memset(&none, 0, sizeof none);
    ec.e = &none;
    wd->anchor = nkg_date_anchor(&ec);
    wd->anchored = true;
    ec.e = &ents;
  }
  TRY(st, nkg_entities_recognize(wa, cp->gaz, &t, &syn, wd->anchor, &ents));
  if (ents.nmen > cp->max_mentions)
    return nkg_fail(NEWSKG_ERR_LIMIT,
                    "a window of the document names %u mentions, over the "
                    "limit of %zu",
                    ents.nmen, cp->max_mentions);
  ec.anchor = wd->ev_anchor;
  TRY(st, nkg_events_extract(wa, &ec, &evs));
  wd->ev_anchor = ec.anchor;
  struct nkg_build_input in = {.doc = wd->bs, .t = &t, .e = &ents, .ev = &evs,
                               .g = cp->gaz, .base = cp->base,
                               .id = wd->doc->id, .url = wd->doc->url,
                               .pub_iso = wd->doc->date,
                               .provenance = cp->provenance};
  size_t t0 = g->ntriples, x0 = g->nexplain;
  TRY(st, nkg_graph_build(&in, g));
  wd->bs->cp_base += t.cp_len;
  if (g != wd->g)
    return NEWSKG_OK; /* the window's own graph, in `wa`: nothing to copy */
  return nkg_graph_detach(g, t0, x0, wa);
}

/* Checks the call and the document and readies its text: `*repaired`
   holds the text with U+FFFD for bad bytes (free it), or NULL. */
static newskg_status begin_document(const newskg_pipeline *cp,
                                    const newskg_document *doc,
                                    const char **text, size_t *len,
                                    char **repaired) {
  *repaired = NULL;
  nkg_clear_error();
  newskg_status st;
  if (!atomic_load(&cp->finished)) {
    /* the one-time table build, under the pipeline's lock so threads that
       share a pipeline may all start at once */
    TRY(st, finish((newskg_pipeline *)cp));
  }
  if (doc->len > NEWSKG_MAX_DOCUMENT_BYTES || doc->len > UINT32_MAX / 2)
    return nkg_fail(NEWSKG_ERR_LIMIT, "document of %zu bytes exceeds %zu",
                    doc->len, (size_t)NEWSKG_MAX_DOCUMENT_BYTES);
  *text = doc->text ? doc->text : "";
  *len = doc->len;
  if (nkg_utf8_check(*text, *len) != NEWSKG_OK) {
    if (cp->strict_utf8)
      return NEWSKG_ERR_BAD_INPUT; /* the check set the message */
    /* at most 3 x NEWSKG_MAX_DOCUMENT_BYTES, well inside 32-bit offsets */
    *repaired = malloc(3 * *len);
    if (!*repaired)
      return NEWSKG_ERR_NOMEM;
    *len = nkg_utf8_repair(*text, *len, *repaired);
    *text = *repaired;
    nkg_clear_error();
  }
  return NEWSKG_OK;
}

/* The arena bytes the last extraction on this thread held at its peak:
   the memory bound of windowed extraction, which the tests check. */
static _Thread_local size_t last_peak_bytes;

size_t nkg_pipeline_peak_bytes(void) { return last_peak_bytes; }

/* Every window of the document, in order, into wd->g or streamed to
   wd->w.  The document-level state (build state, its arena `da`) is all
   that crosses windows. */
static newskg_status run_windows(struct window_doc *wd, struct nkg_arena *da,
                                 const char *text, size_t len, uint32_t cps) {
  struct nkg_build_state ds = {.text = text, .len = (uint32_t)len,
                               .cp_len = cps, .arena = da};
  wd->bs = &ds;
  wd->peak = 0;
  /* Window by window, each in an arena of its own freed after it: time
     and working memory grow with the window, not with the document (the
     frames are quadratic within a window: a 14 MB single line took 129 s
     whole). */
  newskg_status st;
  uint32_t wb = 0;
  do {
    uint32_t we = window_end(text, wb, (uint32_t)len);
    newskg_graph wg = {0}; /* streamed: the window's graph, in its arena */
    struct nkg_arena *wa = &wg.d.arena;
    nkg_arena_init(wa);
    struct nkg_graph_data *g = wd->w ? &wg.d : wd->g;
    st = extract_window(wd, wa, g, text + wb, we - wb);
    size_t held = wa->bytes + da->bytes;
    if (held > wd->peak)
      wd->peak = held;
    if (st == NEWSKG_OK && wd->w) {
      if (wd->explain)
        st = newskg_graph_explain(&wg, wd->explain);
      if (st == NEWSKG_OK)
        st = newskg_writer_add(wd->w, &wg);
      if (wd->g) { /* the document's counts */
        wd->g->nevents += wg.d.nevents;
        wd->g->nentities += wg.d.nentities;
        wd->g->ntriples += wg.d.ntriples;
      }
    }
    nkg_arena_free(wa);
    wb = we;
  } while (st == NEWSKG_OK && wb < len);
  last_peak_bytes = wd->peak;
  return st;
}

/* A document checked and ready for the stages: its publication date,
   its text (repaired UTF-8 when `repaired` is set: the caller frees it)
   and the text's length in code points. */
struct opened_doc {
  struct nkg_date pub;
  const char *text;
  size_t len;
  uint32_t cps;
  char *repaired;
};

/* Checks shared by every entry point. */
static newskg_status open_document(const newskg_pipeline *cp,
                                   const newskg_document *doc,
                                   struct opened_doc *o) {
  *o = (struct opened_doc){0};
  nkg_clear_error();
  if (doc->date && !nkg_date_parse_iso(doc->date, &o->pub))
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "invalid date '%s' (want YYYY-MM-DD)",
                    doc->date);
  newskg_status st;
  TRY(st, begin_document(cp, doc, &o->text, &o->len, &o->repaired));
  if (!looks_like_text(o->text, o->len, &o->cps)) {
    free(o->repaired);
    o->repaired = NULL;
    return NEWSKG_ERR_NOT_TEXT; /* the check set the message */
  }
  return NEWSKG_OK;
}

newskg_status newskg_pipeline_extract(const newskg_pipeline *cp,
                                      const newskg_document *doc,
                                      newskg_graph **out) {
  if (!cp || !doc || !out || (!doc->text && doc->len))
    return NEWSKG_ERR_BAD_ARG;
  *out = NULL;
  struct opened_doc o;
  newskg_status st;
  TRY(st, open_document(cp, doc, &o));
  newskg_graph *g = calloc(1, sizeof *g);
  if (!g) {
    free(o.repaired);
    return NEWSKG_ERR_NOMEM;
  }
  nkg_arena_init(&g->d.arena);
  struct window_doc wd = {.p = cp, .doc = doc, .pub = o.pub, .g = &g->d};
  /* the graph's own arena holds the document-level state too */
  st = run_windows(&wd, &g->d.arena, o.text, o.len, o.cps);
  free(o.repaired); /* the graph holds copies */
  if (st != NEWSKG_OK) {
    newskg_graph_free(g);
    return st;
  }
  g->nsent = wd.nsent, g->nparsed = wd.nparsed;
  *out = g;
  return NEWSKG_OK;
}

newskg_status newskg_pipeline_extract_to(const newskg_pipeline *cp,
                                         const newskg_document *doc,
                                         newskg_writer *w, FILE *explain,
                                         size_t *events) {
  if (events)
    *events = 0;
  if (!cp || !doc || !w || (!doc->text && doc->len))
    return NEWSKG_ERR_BAD_ARG;
  struct opened_doc o;
  newskg_status st;
  TRY(st, open_document(cp, doc, &o));
  struct nkg_graph_data counts = {0};
  struct nkg_arena da; /* the document-level state: compact */
  nkg_arena_init(&da);
  struct window_doc wd = {.p = cp, .doc = doc, .pub = o.pub, .g = &counts,
                          .w = w, .explain = explain};
  st = run_windows(&wd, &da, o.text, o.len, o.cps);
  nkg_arena_free(&da);
  free(o.repaired);
  if (events)
    *events = counts.nevents;
  return st;
}

/* "# text = ..." wants one line. */
static bool write_sentence_text(FILE *out, const char *s, size_t n) {
  if (fputs("# text = ", out) == EOF)
    return false;
  for (size_t i = 0; i < n; i++)
    if (fputc(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i],
              out) == EOF)
      return false;
  return fputc('\n', out) != EOF;
}

newskg_status newskg_pipeline_parse(const newskg_pipeline *cp,
                                    const newskg_document *doc, FILE *out) {
  if (!cp || !doc || !out || (!doc->text && doc->len))
    return NEWSKG_ERR_BAD_ARG;
  const char *text = NULL; /* set by open_document; gcc -O2 cannot see it */
  size_t len = 0;
  char *repaired;
  newskg_status st;
  TRY(st, need_model(cp));
  TRY(st, begin_document(cp, doc, &text, &len, &repaired));
  uint32_t cps;
  if (!looks_like_text(text, len, &cps)) {
    free(repaired);
    return NEWSKG_ERR_NOT_TEXT; /* as extract: the check set the message */
  }
  struct nkg_arena a;
  nkg_arena_init(&a);
  struct nkg_text t;
  struct nkg_syntax syn;
  st = nkg_text_analyze(&a, text, (uint32_t)len, &t);
  if (st == NEWSKG_OK)
    st = nkg_syntax_parse(&a, cp->syn, &t, true, &syn);
  const char **form = NULL;
  uint32_t *flen = NULL;
  bool *space = NULL;
  if (st == NEWSKG_OK) {
    size_t n = t.ntok ? t.ntok : 1;
    form = nkg_arena_alloc(&a, n * sizeof *form);
    flen = nkg_arena_alloc(&a, n * sizeof *flen);
    space = nkg_arena_alloc(&a, n * sizeof *space);
    uint32_t *head = nkg_arena_alloc(&a, n * sizeof *head);
    if (!form || !flen || !space || !head)
      st = NEWSKG_ERR_NOMEM;
    for (uint32_t s = 0; s < t.nsent && st == NEWSKG_OK; s++) {
      const struct nkg_sentence *se = &t.sent[s];
      uint32_t b = se->tok_beg, k = se->tok_end - b;
      for (uint32_t i = 0; i < k; i++) {
        const struct nkg_token *tok = &t.tok[b + i];
        form[i] = text + tok->beg;
        flen[i] = tok->end - tok->beg;
        space[i] = i + 1 == k || t.tok[b + i + 1].beg != tok->end;
        head[i] = syn.head[b + i] == NKG_NO_HEAD ? NKG_NO_HEAD
                                                  : syn.head[b + i] - b;
      }
      struct nkg_syn_sent ss = {k, form, flen, syn.upos + b, head,
                                syn.rel + b, syn.lemma + b};
      if (fprintf(out, "# sent_id = %s-%u\n", doc->id ? doc->id : "doc",
                  s + 1) < 0 ||
          !write_sentence_text(out, text + se->beg, se->end - se->beg) ||
          !nkg_conllu_write(out, &ss, space))
        st = nkg_fail(NEWSKG_ERR_IO, "cannot write CoNLL-U");
    }
  }
  nkg_arena_free(&a);
  free(repaired);
  return st;
}

newskg_status newskg_pipeline_evaluate_syntax(const newskg_pipeline *cp,
                                              const char *gold,
                                              newskg_parse_scores *out) {
  if (!cp || !gold || !out)
    return NEWSKG_ERR_BAD_ARG;
  memset(out, 0, sizeof *out);
  nkg_clear_error();
  newskg_status st;
  if (!atomic_load(&cp->finished))
    TRY(st, finish((newskg_pipeline *)cp));
  TRY(st, need_model(cp));
  struct nkg_treebank tb;
  TRY(st, nkg_treebank_read(gold, &tb));
  struct nkg_syn_scores sc;
  st = nkg_syn_eval(cp->syn, &tb, &sc);
  nkg_treebank_free(&tb);
  if (st != NEWSKG_OK)
    return st;
  double w = sc.words ? (double)sc.words : 1.0;
  out->words = sc.words;
  out->upos = 100.0 * (double)sc.upos_ok / w;
  out->uas = 100.0 * (double)sc.head_ok / w;
  out->las = 100.0 * (double)sc.label_ok / w;
  out->seconds = sc.seconds;
  return NEWSKG_OK;
}

size_t newskg_graph_event_count(const newskg_graph *g) {
  return g ? g->d.nevents : 0;
}

size_t newskg_graph_entity_count(const newskg_graph *g) {
  return g ? g->d.nentities : 0;
}

size_t newskg_graph_triple_count(const newskg_graph *g) {
  return g ? g->d.ntriples : 0;
}

size_t newskg_graph_sentence_count(const newskg_graph *g) {
  return g ? g->nsent : 0;
}

size_t newskg_graph_parsed_sentence_count(const newskg_graph *g) {
  return g ? g->nparsed : 0;
}

newskg_status newskg_graph_explain(const newskg_graph *g, FILE *out) {
  if (!g || !out)
    return NEWSKG_ERR_BAD_ARG;
  for (size_t i = 0; i < g->d.nexplain; i++) {
    const struct nkg_explain *e = &g->d.explain[i];
    if (fprintf(out, "%s\n    rule: %s\n    text: %s\n", e->fact, e->rule,
                e->text) < 0)
      return NEWSKG_ERR_IO;
  }
  return NEWSKG_OK;
}

void newskg_graph_free(newskg_graph *g) {
  if (!g)
    return;
  nkg_arena_free(&g->d.arena);
  free(g);
}

const char *newskg_version(void) { return NEWSKG_VERSION_STRING; }
