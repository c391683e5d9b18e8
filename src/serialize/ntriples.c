/*
 * N-Triples and N-Quads, written by newskg itself: each document's graph
 * is formatted into one buffer the writer keeps (grown, never shrunk, so
 * after the first documents there is no allocation at all) and leaves in
 * one fwrite.  raptor2's serializer made a term object per term and wrote
 * every escaped byte through a callback: three quarters of a run's time.
 *
 * The output is canonical N-Triples (RDF 1.1 N-Triples, section 4): one
 * space between terms and before the final '.', LF line ends, no UCHAR,
 * and in literals only '"', '\', LF and CR escaped (as ECHAR); every other
 * character, controls and non-ASCII included, is written as it is.  So a
 * triple has one spelling, and `sort -u` or `diff` on two outputs compares
 * graphs.  raptor2 stays the oracle: tests parse every output back with it.
 */
#include <stdlib.h>
#include <string.h>

#include "serialize/serialize.h"

struct nkg_nt_writer {
  FILE *out; /* borrowed */
  bool quads;
  char *buf; /* one document's lines */
  size_t len, cap;
};

newskg_status nkg_nt_start(bool quads, FILE *out, struct nkg_nt_writer **wp) {
  struct nkg_nt_writer *w = calloc(1, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  w->out = out;
  w->quads = quads;
  *wp = w;
  return NEWSKG_OK;
}

/* Room for `more` bytes after len: doubling, so a document costs O(log n)
   reallocations at most and a stream of like documents none. */
static newskg_status reserve(struct nkg_nt_writer *w, size_t more) {
  if (more <= w->cap - w->len)
    return NEWSKG_OK;
  if (more > SIZE_MAX / 2 - w->len)
    return NEWSKG_ERR_NOMEM;
  size_t cap = w->cap ? w->cap : 4096;
  while (cap - w->len < more)
    cap *= 2;
  char *b = realloc(w->buf, cap);
  if (!b)
    return NEWSKG_ERR_NOMEM;
  w->buf = b, w->cap = cap;
  return NEWSKG_OK;
}

/* Byte classes, one table lookup per byte in the writer's two loops
   (a chain of compares per byte was 15 % of a run's instructions).
   NOT_IRI: bytes an IRIREF may not hold (RDF 1.1 N-Triples [8]): controls,
   space, <>"{}|^`\.  ECHAR: the four a canonical literal escapes. */
enum { NOT_IRI = 1, ECHAR = 2 };
#define C4(i) [i] = NOT_IRI, [i + 1] = NOT_IRI, [i + 2] = NOT_IRI, [i + 3] = NOT_IRI
static const unsigned char byte_class[256] = {
    C4(0x00), C4(0x04), [0x08] = NOT_IRI, [0x09] = NOT_IRI,
    [0x0A] = NOT_IRI | ECHAR, [0x0B] = NOT_IRI, [0x0C] = NOT_IRI,
    [0x0D] = NOT_IRI | ECHAR, [0x0E] = NOT_IRI, [0x0F] = NOT_IRI,
    C4(0x10), C4(0x14), C4(0x18), C4(0x1C), [' '] = NOT_IRI,
    ['"'] = NOT_IRI | ECHAR, ['\\'] = NOT_IRI | ECHAR, ['<'] = NOT_IRI,
    ['>'] = NOT_IRI, ['{'] = NOT_IRI, ['}'] = NOT_IRI, ['|'] = NOT_IRI,
    ['^'] = NOT_IRI, ['`'] = NOT_IRI,
};
#undef C4

/* newskg's IRIs are escaped where they are made (graph/build.c); one that
   is not would make the line unreadable, and canonical N-Triples has no
   escape for it (no UCHAR), so it is refused. */
static bool iri_ok(const char *s, size_t n) {
  unsigned char bad = 0;
  for (size_t i = 0; i < n; i++)
    bad |= byte_class[(unsigned char)s[i]];
  return n > 0 && !(bad & NOT_IRI);
}

static char *put(char *p, const char *s, size_t n) {
  memcpy(p, s, n);
  return p + n;
}

static char *put_iri(char *p, const char *s, size_t n) {
  *p++ = '<';
  p = put(p, s, n);
  *p++ = '>';
  return p;
}

/* The literal's lexical form between quotes: runs of plain bytes copied
   whole, the four ECHAR characters escaped. */
static char *put_string(char *p, const char *s, size_t n) {
  *p++ = '"';
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    if (!(byte_class[(unsigned char)s[i]] & ECHAR))
      continue;
    char c = s[i], e;
    switch (c) {
    case '"': e = '"'; break;
    case '\\': e = '\\'; break;
    case '\n': e = 'n'; break;
    case '\r': e = 'r'; break;
    default: continue;
    }
    p = put(p, s + run, i - run);
    *p++ = '\\', *p++ = e;
    run = i + 1;
  }
  p = put(p, s + run, n - run);
  *p++ = '"';
  return p;
}

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

/* Appends one term; sizes were reserved by the caller from term_max(). */
static newskg_status term(struct nkg_nt_writer *w, const struct nkg_term *t,
                          size_t vlen, size_t dlen, size_t llen) {
  char *p = w->buf + w->len;
  if (t->kind == NKG_IRI) {
    if (!iri_ok(t->value, vlen))
      return nkg_fail(NEWSKG_ERR_RDF, "not an IRI N-Triples can write: '%s'",
                      t->value);
    p = put_iri(p, t->value, vlen);
  } else {
    p = put_string(p, t->value, vlen);
    if (llen) {
      *p++ = '@';
      p = put(p, t->lang, llen);
    } else if (dlen) {
      if (!iri_ok(t->datatype, dlen))
        return nkg_fail(NEWSKG_ERR_RDF, "not a datatype IRI: '%s'", t->datatype);
      *p++ = '^', *p++ = '^';
      p = put_iri(p, t->datatype, dlen);
    }
  }
  w->len = (size_t)(p - w->buf);
  return NEWSKG_OK;
}

/* The three lengths of a term, and the most bytes it can take written
   (every literal byte escaped doubles; quotes, brackets, ^^, @). */
static size_t term_size(const struct nkg_term *t, size_t *v, size_t *d,
                        size_t *l) {
  *v = strlen(t->value);
  *d = 0, *l = 0;
  if (t->kind != NKG_IRI) {
    if (t->lang && *t->lang)
      *l = strlen(t->lang);
    else if (t->datatype && strcmp(t->datatype, XSD_STRING) != 0)
      *d = strlen(t->datatype); /* canonical: xsd:string is implied */
    return 2 * *v + *d + *l + 6;
  }
  return *v + 2;
}

newskg_status nkg_nt_add(struct nkg_nt_writer *w,
                         const struct nkg_graph_data *g) {
  newskg_status st;
  size_t glen = w->quads ? strlen(g->doc_iri) : 0;
  if (w->quads && !iri_ok(g->doc_iri, glen))
    return nkg_fail(NEWSKG_ERR_RDF, "not a graph IRI: '%s'", g->doc_iri);
  w->len = 0;
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    size_t sv, sd, sl, pv, pd, pl, ov, od, ol;
    size_t need = term_size(&t->s, &sv, &sd, &sl) +
                  term_size(&t->p, &pv, &pd, &pl) +
                  term_size(&t->o, &ov, &od, &ol) + glen + 8;
    if (t->s.kind != NKG_IRI || t->p.kind != NKG_IRI)
      return nkg_fail(NEWSKG_ERR_INTERNAL, "a literal as subject or predicate");
    TRY(st, reserve(w, need));
    TRY(st, term(w, &t->s, sv, sd, sl));
    w->buf[w->len++] = ' ';
    TRY(st, term(w, &t->p, pv, pd, pl));
    w->buf[w->len++] = ' ';
    TRY(st, term(w, &t->o, ov, od, ol));
    if (w->quads) {
      w->buf[w->len++] = ' ';
      w->len = (size_t)(put_iri(w->buf + w->len, g->doc_iri, glen) - w->buf);
    }
    memcpy(w->buf + w->len, " .\n", 3);
    w->len += 3;
  }
  if (w->len && fwrite(w->buf, 1, w->len, w->out) != w->len)
    return NEWSKG_ERR_IO;
  return NEWSKG_OK;
}

newskg_status nkg_nt_finish(struct nkg_nt_writer *w) {
  /* fflush surfaces a full disk that stdio would hide until fclose */
  return fflush(w->out) == 0 && !ferror(w->out) ? NEWSKG_OK : NEWSKG_ERR_IO;
}

void nkg_nt_free(struct nkg_nt_writer *w) {
  if (!w)
    return;
  free(w->buf);
  free(w);
}
