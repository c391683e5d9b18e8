/*
 * GraphML writer (Gephi, networkx, graphology), two views.  Events view:
 * typed entities and meetings become nodes, IRI-valued properties between
 * two nodes become edges.  Actors view: people, countries and
 * organizations become nodes, joined by one undirected edge per pair that
 * took part in the same meeting (see serialize.h).  The rest of a document
 * graph (NIF strings, documents, evidence links) stays in the RDF formats
 * only.  All XML is produced by libxml2's
 * xmlTextWriter, so escaping is never ours.  Key ids follow Gephi's
 * ImporterGraphML (`label`, `edgelabel`, `weight`); every key is declared
 * before <graph> with an explicit for= and a GraphML 1.0 attr.type, so the
 * file also validates against the official XSD.  Nodes and edges are
 * written once per stream, in first-seen order (never hash order): a
 * meeting reported by two articles has one IRI and must stay one node.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/globals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlwriter.h>

#include "graph/vocab.h"
#include "serialize/serialize.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
/* The writer takes const xmlChar *; BAD_CAST would drop the const. */
#define XC(s) ((const xmlChar *)(s))



/* Key ids are what Gephi matches first (anchors.md 3.1); the edge label
   needs its own id because key ids are unique in the document. */
struct key {
  const char *id, *domain, *name, *type;
};
static const struct key event_keys[] = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"iri", "node", "iri", "string"},
    {"date", "node", "date", "string"},
    {"planned", "node", "planned", "boolean"},
    {"cameo", "node", "cameo", "string"},
    {"edgelabel", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},
};

/* Actors view.  Lists (dates, meeting IRIs) are delimited strings: Gephi's
   list types fail the GraphML XSD.  start/end (first and last day met) are
   what Gephi's Data Laboratory merges into a time interval for its
   timeline ("Merge columns" > "Create time interval", date format
   yyyy-MM-dd). */
static const struct key actor_keys[] = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"iri", "node", "iri", "string"},
    {"meetings", "node", "meetings", "int"},
    {"start", "node", "start", "string"},
    {"end", "node", "end", "string"},
    {"edgelabel", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},
    {"dates", "edge", "dates", "string"},
    {"estart", "edge", "start", "string"},
    {"eend", "edge", "end", "string"},
    {"events", "edge", "meetings", "string"},
};

struct slot {      /* one set member; `key` NULL marks an empty slot */
  const char *key; /* owned by writer->strings */
  uint64_t hash;
  size_t id;    /* node: written as "n<id>" */
  size_t gen;   /* node: the add call in which it was new */
  size_t local; /* node: index into writer->nodes while gen is current */
};

/* Open addressing, linear probing, load kept under 1/2 by doubling, so
   every insert is amortised O(1). */
struct table {
  struct slot *slots; /* malloc'd; capacity a power of two */
  size_t cap, count;
};

struct node { /* a node new in the current document graph */
  const char *iri, *kind, *wikidata;          /* iri: writer->strings */
  const char *label, *date, *planned, *cameo; /* borrowed from the graph */
  int rank;
  size_t id;
};

/* Actors view: every entity that is typed or takes part in a meeting,
   and every meeting, over the whole stream (strings in writer->strings). */
struct actor {
  const char *iri, *kind, *label, *wikidata; /* kind NULL: never typed */
  size_t meetings;                           /* that gave it an edge */
  const char *first, *last;                  /* days of those, or NULL */
  size_t id;                                 /* node id; 0: not written */
};

struct meeting {
  const char *iri, *date; /* date: first seen, NULL if none */
  bool typed, planned;
  size_t *part; /* actor indices, each once; malloc'd */
  size_t npart, cappart;
};

struct pair {   /* an actors-view edge */
  size_t a, b;  /* actor indices, a < b */
  size_t *meet; /* meeting indices, in stream order; malloc'd */
  size_t nmeet, capmeet;
};

struct nkg_graphml_writer {
  FILE *out;            /* borrowed; flushed, never closed */
  xmlTextWriterPtr xw;  /* owns the xmlOutputBuffer */
  newskg_status status; /* first failure; sticky */
  bool io_failed;       /* fwrite failed inside write_cb */
  int io_errno;
  bool xml_msg; /* libxml2 already supplied the errmsg */
  bool discard; /* being freed: drop what libxml2 still flushes */
  bool finished;
  newskg_graph_view view;
  struct nkg_arena strings; /* set keys, for the whole stream */
  struct table node_set;    /* IRI -> node id (actors: index in actors) */
  struct table edge_set;    /* "src dst property" (actors: "a b") */
  struct table meet_set;    /* actors: IRI -> index in meets */
  struct actor *actors;
  size_t nactors, capactors;
  struct meeting *meets;
  size_t nmeets, capmeets;
  struct pair *pairs;
  size_t npairs, cappairs;
  struct node *nodes; /* this add call's new nodes; reused */
  size_t nnodes, capnodes;
  size_t gen, last_node, last_edge;
  xmlStructuredErrorFunc saved_fn; /* the caller's handlers, restored */
  xmlGenericErrorFunc saved_gfn;   /* on return from each call */
  void *saved_ctx, *saved_gctx;
  char *safe;      /* xml_safe()'s copy; reused */
  size_t capsafe;
};

/* Records a failed fwrite so the caller gets NEWSKG_ERR_IO rather than
   libxml2's anonymous -1. */
static int write_cb(void *ctx, const char *buf, int len) {
  struct nkg_graphml_writer *w = ctx;
  if (w->discard)
    return len;
  if (w->io_failed)
    return -1;
  if (len > 0 && fwrite(buf, 1, (size_t)len, w->out) != (size_t)len) {
    w->io_failed = true;
    w->io_errno = errno;
    return -1;
  }
  return len;
}

/* libxml2 prints errors to stderr by default; a library must not, so the
   first one becomes newskg_errmsg() instead. */
#if LIBXML_VERSION >= 21200
static void xml_error(void *ctx, const xmlError *e)
#else
static void xml_error(void *ctx, xmlErrorPtr e)
#endif
{
  struct nkg_graphml_writer *w = ctx;
  if (w->discard || w->xml_msg || w->status != NEWSKG_OK || !e || !e->message)
    return;
  size_t n = strlen(e->message);
  while (n && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
    n--;
  nkg_fail(NEWSKG_ERR_XML, "GraphML: libxml2: %.*s", (int)n, e->message);
  w->xml_msg = true;
}

/* Some out-of-memory paths in libxml2 (list.c) bypass the structured
   handler; the failure still reaches us as a -1. */
static void xml_generic(void *ctx, const char *msg, ...) {
  (void)ctx, (void)msg;
}

/* libxml2's handlers are per thread, and a writer belongs to one thread
   at a time (newskg.h), so swapping them around each call is safe. */
static void quiet_begin(struct nkg_graphml_writer *w) {
  w->saved_fn = xmlStructuredError;
  w->saved_ctx = xmlStructuredErrorContext;
  w->saved_gfn = xmlGenericError;
  w->saved_gctx = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc(w, xml_error);
  xmlSetGenericErrorFunc(NULL, xml_generic);
}

static void quiet_end(struct nkg_graphml_writer *w) {
  xmlSetStructuredErrorFunc(w->saved_ctx, w->saved_fn);
  xmlSetGenericErrorFunc(w->saved_gctx, w->saved_gfn);
}

/* Maps a libxml2 return (< 0 is failure) to a status. */
static newskg_status xcheck(struct nkg_graphml_writer *w, int rc) {
  if (rc >= 0)
    return NEWSKG_OK;
  if (w->io_failed)
    return nkg_fail(NEWSKG_ERR_IO, "GraphML: write failed: %s",
                    strerror(w->io_errno));
  if (!w->xml_msg)
    nkg_fail(NEWSKG_ERR_XML, "GraphML: xmlTextWriter failed");
  return NEWSKG_ERR_XML;
}

#define XTRY(w, call) TRY(st, xcheck((w), (call)))

static size_t probe(const struct table *t, const char *key, uint64_t h) {
  size_t mask = t->cap - 1, i = (size_t)h & mask;
  while (t->slots[i].key &&
         (t->slots[i].hash != h || strcmp(t->slots[i].key, key) != 0))
    i = (i + 1) & mask;
  return i;
}

static struct slot *find(const struct table *t, const char *key) {
  if (!t->cap)
    return NULL;
  size_t i = probe(t, key, nkg_hash64(key, strlen(key), NKG_HASH_SEED));
  return t->slots[i].key ? &t->slots[i] : NULL;
}

static newskg_status grow(struct table *t) {
  size_t ncap = t->cap ? t->cap * 2 : 256;
  if (ncap < t->cap || ncap > SIZE_MAX / sizeof *t->slots)
    return NEWSKG_ERR_NOMEM;
  struct table n = {calloc(ncap, sizeof *t->slots), ncap, t->count};
  if (!n.slots)
    return NEWSKG_ERR_NOMEM;
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i].key)
      n.slots[probe(&n, t->slots[i].key, t->slots[i].hash)] = t->slots[i];
  free(t->slots);
  *t = n;
  return NEWSKG_OK;
}

/* Finds `key` in `t`, adding a copy when absent (*fresh then true). */
static newskg_status intern(struct nkg_graphml_writer *w, struct table *t,
                            const char *key, struct slot **out, bool *fresh) {
  newskg_status st;
  if ((t->count + 1) * 2 > t->cap)
    TRY(st, grow(t));
  size_t len = strlen(key);
  uint64_t h = nkg_hash64(key, len, NKG_HASH_SEED);
  struct slot *s = &t->slots[probe(t, key, h)];
  if ((*fresh = !s->key)) {
    if (!(s->key = nkg_arena_strndup(&w->strings, key, len)))
      return NEWSKG_ERR_NOMEM;
    s->hash = h;
    t->count++;
  }
  *out = s;
  return NEWSKG_OK;
}

/* A node class of the events view (statements are not drawn there). */
static int class_of(const struct nkg_term *o) {
  int c = nkg_class_of(o);
  return c >= 0 && nkg_classes[c].kind != NKG_NODE_STATEMENT ? c : -1;
}

/* The QID of a Wikidata entity IRI, else NULL. */
static const char *qid(const char *iri) {
  size_t n = strlen(NKG_WD);
  return strncmp(iri, NKG_WD, n) == 0 && iri[n] ? iri + n : NULL;
}

/* Adds a typed subject; only a node first seen in this add call is
   written, so one seen in an earlier document keeps its first data. */
static newskg_status add_node(struct nkg_graphml_writer *w, const char *iri,
                              int c) {
  newskg_status st;
  struct slot *s;
  bool fresh;
  TRY(st, intern(w, &w->node_set, iri, &s, &fresh));
  if (fresh) {
    if (w->nnodes == w->capnodes) {
      size_t ncap = w->capnodes ? w->capnodes * 2 : 64;
      struct node *n = ncap <= SIZE_MAX / sizeof *n
                           ? realloc(w->nodes, ncap * sizeof *n)
                           : NULL;
      if (!n)
        return NEWSKG_ERR_NOMEM; /* s stays: the writer is failed anyway */
      w->nodes = n;
      w->capnodes = ncap;
    }
    s->id = ++w->last_node;
    s->gen = w->gen;
    s->local = w->nnodes++;
    w->nodes[s->local] = (struct node){
        .iri = s->key, .id = s->id, .wikidata = qid(s->key), .rank = -1};
  }
  struct node *n = s->gen == w->gen ? &w->nodes[s->local] : NULL;
  if (n && nkg_classes[c].rank > n->rank) {
    n->kind = nkg_classes[c].type;
    n->rank = nkg_classes[c].rank;
  }
  return NEWSKG_OK;
}

/* Pass 1: the typed subjects of `g`, then their data (which may come
   before the type triple, hence the second loop). */
static newskg_status collect(struct nkg_graphml_writer *w,
                             const struct nkg_graph_data *g) {
  newskg_status st;
  int c;
  w->gen++;
  w->nnodes = 0;
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    if (t->s.kind == NKG_IRI && t->p.voc == NKG_V_TYPE &&
        (c = class_of(&t->o)) >= 0)
      TRY(st, add_node(w, t->s.value, c));
  }
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    const char **field = NULL;
    uint8_t p = t->p.voc;
    struct slot *s = find(&w->node_set, t->s.value);
    if (!s || s->gen != w->gen)
      continue;
    struct node *n = &w->nodes[s->local];
    bool lit = t->o.kind == NKG_LITERAL;
    if (lit && p == NKG_V_LABEL)
      field = &n->label;
    else if (lit && p == NKG_V_DATE)
      field = &n->date;
    else if (lit && p == NKG_V_PLANNED)
      field = &n->planned;
    else if (lit && p == NKG_V_CAMEO)
      field = &n->cameo;
    else if (!lit && p == NKG_V_SAMEAS && qid(t->o.value))
      field = &n->wikidata; /* the contract's other way to link */
    if (field && !*field)
      *field = lit ? t->o.value : qid(t->o.value);
  }
  return NEWSKG_OK;
}

/* Opens <name> with the NULL-terminated attribute name/value pairs. */
static newskg_status open_element(struct nkg_graphml_writer *w,
                                  const char *name, ...) {
  newskg_status st = xcheck(w, xmlTextWriterStartElement(w->xw, XC(name)));
  va_list ap;
  va_start(ap, name);
  for (const char *a; st == NEWSKG_OK && (a = va_arg(ap, const char *));) {
    const char *v = va_arg(ap, const char *);
    st = xcheck(w, xmlTextWriterWriteAttribute(w->xw, XC(a), XC(v)));
  }
  va_end(ap);
  return st;
}

/* Bytes of a character XML 1.0 forbids even as a reference (C0 controls
   other than tab, LF and CR; U+FFFE, U+FFFF) at s, or 0.  libxml2's
   writer passes them through, and one such byte in a name makes the whole
   file unreadable to Gephi. */
static size_t forbidden_at(const unsigned char *s) {
  if (s[0] < 0x20 && s[0] != '\t' && s[0] != '\n' && s[0] != '\r')
    return 1;
  if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
    return 3;
  return 0;
}

/* `value` with each forbidden character replaced by U+FFFD; `value`
   itself when it has none (the common case), NULL when out of memory. */
static const char *xml_safe(struct nkg_graphml_writer *w, const char *value) {
  const unsigned char *v = (const unsigned char *)value;
  size_t i = 0;
  while (v[i] && !forbidden_at(v + i))
    i++;
  if (!v[i])
    return value;
  size_t len = i + strlen(value + i), need = 3 * len + 1;
  if (need > w->capsafe) {
    char *grown = realloc(w->safe, need);
    if (!grown)
      return NULL;
    w->safe = grown, w->capsafe = need;
  }
  size_t o = 0;
  for (i = 0; v[i];) {
    size_t n = forbidden_at(v + i);
    if (n) {
      memcpy(w->safe + o, "\xEF\xBF\xBD", 3);
      o += 3, i += n;
    } else {
      w->safe[o++] = (char)v[i++];
    }
  }
  w->safe[o] = '\0';
  return w->safe;
}

static newskg_status write_data(struct nkg_graphml_writer *w, const char *key,
                                const char *value) {
  newskg_status st;
  value = xml_safe(w, value);
  if (!value)
    return NEWSKG_ERR_NOMEM;
  TRY(st, open_element(w, "data", "key", key, (char *)NULL));
  XTRY(w, xmlTextWriterWriteString(w->xw, XC(value)));
  XTRY(w, xmlTextWriterEndElement(w->xw));
  return NEWSKG_OK;
}

static newskg_status write_node(struct nkg_graphml_writer *w,
                                const struct node *n) {
  newskg_status st;
  char id[32];
  snprintf(id, sizeof id, "n%zu", n->id);
  TRY(st, open_element(w, "node", "id", id, (char *)NULL));
  if (n->label)
    TRY(st, write_data(w, "label", n->label));
  TRY(st, write_data(w, "type", n->kind));
  if (n->wikidata)
    TRY(st, write_data(w, "wikidata", n->wikidata));
  TRY(st, write_data(w, "iri", n->iri));
  if (n->date)
    TRY(st, write_data(w, "date", n->date));
  /* Canonical xsd:boolean: typed readers (networkx) reject "1". */
  if (n->planned)
    TRY(st, write_data(w, "planned",
                       !strcmp(n->planned, "true") || !strcmp(n->planned, "1")
                           ? "true"
                           : "false"));
  if (n->cameo)
    TRY(st, write_data(w, "cameo", n->cameo));
  XTRY(w, xmlTextWriterEndElement(w->xw));
  return NEWSKG_OK;
}

/* The role name: what follows the last '#' or '/' of the property IRI. */
static const char *local_name(const char *iri) {
  const char *hash = strrchr(iri, '#'), *slash = strrchr(iri, '/');
  const char *cut = hash > slash ? hash : slash;
  return cut && cut[1] ? cut + 1 : iri;
}

/* Writes the edge unless the same (source, target, property) was already
   written, e.g. by another report of the same meeting. */
static newskg_status add_edge(struct nkg_graphml_writer *w, size_t from,
                              size_t to, const char *property) {
  newskg_status st;
  char key[256], id[32], src[32], dst[32];
  const char *k = key;
  if (snprintf(key, sizeof key, "%zu %zu %s", from, to, property) >=
          (int)sizeof key &&
      !(k = nkg_arena_printf(&w->strings, "%zu %zu %s", from, to, property)))
    return NEWSKG_ERR_NOMEM;
  struct slot *s;
  bool fresh;
  TRY(st, intern(w, &w->edge_set, k, &s, &fresh));
  if (!fresh)
    return NEWSKG_OK;
  snprintf(id, sizeof id, "e%zu", ++w->last_edge);
  snprintf(src, sizeof src, "n%zu", from);
  snprintf(dst, sizeof dst, "n%zu", to);
  TRY(st, open_element(w, "edge", "id", id, "source", src, "target", dst,
                       (char *)NULL));
  TRY(st, write_data(w, "edgelabel", local_name(property)));
  TRY(st, write_data(w, "weight", "1.0"));
  XTRY(w, xmlTextWriterEndElement(w->xw));
  return NEWSKG_OK;
}

static newskg_status write_header(struct nkg_graphml_writer *w) {
  newskg_status st;
  xmlTextWriterPtr x = w->xw;
  XTRY(w, xmlTextWriterSetIndent(x, 1));
  XTRY(w, xmlTextWriterStartDocument(x, NULL, "UTF-8", NULL));
  /* Plain attributes, not StartElementNS, which would put the namespace
     declarations after xsi:schemaLocation. */
  TRY(st, open_element(w, "graphml", "xmlns", GRAPHML_NS, "xmlns:xsi", XSI_NS,
                       "xsi:schemaLocation", GRAPHML_NS " " GRAPHML_XSD,
                       (char *)NULL));
  bool actors = w->view == NEWSKG_VIEW_ACTORS;
  const struct key *keys = actors ? actor_keys : event_keys;
  size_t nkeys = actors ? NKG_COUNT(actor_keys) : NKG_COUNT(event_keys);
  for (size_t i = 0; i < nkeys; i++) {
    TRY(st, open_element(w, "key", "id", keys[i].id, "for", keys[i].domain,
                         "attr.name", keys[i].name, "attr.type", keys[i].type,
                         (char *)NULL));
    XTRY(w, xmlTextWriterEndElement(x));
  }
  /* who met whom has no direction; roles do */
  return open_element(w, "graph", "id", "G", "edgedefault",
                      actors ? "undirected" : "directed", (char *)NULL);
}

/* ---- Actors view ---------------------------------------------------- */

/* Grows a malloc'd array of `size`-byte items to hold `need`. */
static newskg_status grow_array(void **items, size_t *cap, size_t size,
                                size_t need) {
  if (need <= *cap)
    return NEWSKG_OK;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need)
    ncap *= 2;
  void *n = ncap <= SIZE_MAX / size ? realloc(*items, ncap * size) : NULL;
  if (!n)
    return NEWSKG_ERR_NOMEM;
  *items = n;
  *cap = ncap;
  return NEWSKG_OK;
}

/* The index of the actor named `iri`, added (untyped) when new. */
static newskg_status actor_of(struct nkg_graphml_writer *w, const char *iri,
                              size_t *out) {
  newskg_status st;
  struct slot *s;
  bool fresh;
  TRY(st, intern(w, &w->node_set, iri, &s, &fresh));
  if (fresh) {
    void *items = w->actors;
    TRY(st,
        grow_array(&items, &w->capactors, sizeof *w->actors, w->nactors + 1));
    w->actors = items;
    s->local = w->nactors++;
    w->actors[s->local] =
        (struct actor){.iri = s->key, .wikidata = qid(s->key)};
  }
  *out = s->local;
  return NEWSKG_OK;
}

static newskg_status meeting_of(struct nkg_graphml_writer *w, const char *iri,
                                size_t *out) {
  newskg_status st;
  struct slot *s;
  bool fresh;
  TRY(st, intern(w, &w->meet_set, iri, &s, &fresh));
  if (fresh) {
    void *items = w->meets;
    TRY(st, grow_array(&items, &w->capmeets, sizeof *w->meets, w->nmeets + 1));
    w->meets = items;
    s->local = w->nmeets++;
    w->meets[s->local] = (struct meeting){.iri = s->key};
  }
  *out = s->local;
  return NEWSKG_OK;
}

/* A copy of a borrowed graph string that outlives the document graph. */
static const char *keep(struct nkg_graphml_writer *w, const char *v) {
  return nkg_arena_strndup(&w->strings, v, strlen(v));
}

/* Records what one document says about entities and meetings; edges are
   made by finish, once every document has been seen. */
static newskg_status collect_actors(struct nkg_graphml_writer *w,
                                    const struct nkg_graph_data *g) {
  newskg_status st;
  size_t i, k;
  int c;
  for (i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    if (t->s.kind != NKG_IRI || t->p.voc != NKG_V_TYPE ||
        (c = class_of(&t->o)) < 0)
      continue;
    if (strcmp(nkg_classes[c].type, "meeting") == 0 || nkg_classes[c].rank > 1) {
      TRY(st, meeting_of(w, t->s.value, &k));
      w->meets[k].typed = true;
    } else {
      TRY(st, actor_of(w, t->s.value, &k));
      if (!w->actors[k].kind) /* the first document's type stays */
        w->actors[k].kind = nkg_classes[c].type;
    }
  }
  for (i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    uint8_t p = t->p.voc;
    bool lit = t->o.kind == NKG_LITERAL;
    struct slot *s;
    if ((s = find(&w->meet_set, t->s.value))) {
      struct meeting *m = &w->meets[s->local];
      if (!lit && p == NKG_V_PARTICIPANT) {
        TRY(st, actor_of(w, t->o.value, &k));
        m = &w->meets[s->local];
        bool seen = false;
        for (size_t j = 0; j < m->npart && !seen; j++)
          seen = m->part[j] == k;
        if (!seen) {
          void *items = m->part;
          TRY(st,
              grow_array(&items, &m->cappart, sizeof *m->part, m->npart + 1));
          m->part = items;
          m->part[m->npart++] = k;
        }
      } else if (lit && p == NKG_V_DATE && !m->date) {
        if (!(m->date = keep(w, t->o.value)))
          return NEWSKG_ERR_NOMEM;
      } else if (lit && p == NKG_V_PLANNED) {
        m->planned |= !strcmp(t->o.value, "true") || !strcmp(t->o.value, "1");
      }
    } else if ((s = find(&w->node_set, t->s.value))) {
      struct actor *a = &w->actors[s->local];
      if (lit && p == NKG_V_LABEL && !a->label) {
        if (!(a->label = keep(w, t->o.value)))
          return NEWSKG_ERR_NOMEM;
      } else if (!lit && p == NKG_V_SAMEAS && !a->wikidata &&
                 qid(t->o.value)) {
        if (!(a->wikidata = keep(w, qid(t->o.value))))
          return NEWSKG_ERR_NOMEM;
      }
    }
  }
  return NEWSKG_OK;
}

static bool is_actor(const struct actor *a) {
  return a->kind &&
         (!strcmp(a->kind, "person") || !strcmp(a->kind, "country") ||
          !strcmp(a->kind, "organization"));
}

/* A full day (xsd:date), the only dates start/end take. */
static bool is_day(const char *date) { return date && strlen(date) == 10; }

/* Adds meeting `m` to the edge of actors a < b. */
static newskg_status add_pair(struct nkg_graphml_writer *w, size_t a, size_t b,
                              size_t m) {
  newskg_status st;
  char key[48];
  snprintf(key, sizeof key, "%zu %zu", a, b);
  struct slot *s;
  bool fresh;
  TRY(st, intern(w, &w->edge_set, key, &s, &fresh));
  if (fresh) {
    void *items = w->pairs;
    TRY(st, grow_array(&items, &w->cappairs, sizeof *w->pairs, w->npairs + 1));
    w->pairs = items;
    s->local = w->npairs++;
    w->pairs[s->local] = (struct pair){.a = a, .b = b};
  }
  struct pair *e = &w->pairs[s->local];
  void *items = e->meet;
  TRY(st, grow_array(&items, &e->capmeet, sizeof *e->meet, e->nmeet + 1));
  e->meet = items;
  e->meet[e->nmeet++] = m;
  return NEWSKG_OK;
}

/* Edges from every meeting that happened, and each actor's count and
   first and last day. */
static newskg_status make_pairs(struct nkg_graphml_writer *w) {
  newskg_status st;
  for (size_t m = 0; m < w->nmeets; m++) {
    const struct meeting *mt = &w->meets[m];
    if (!mt->typed || mt->planned)
      continue;
    size_t nact = 0;
    for (size_t i = 0; i < mt->npart; i++)
      nact += is_actor(&w->actors[mt->part[i]]);
    if (nact < 2)
      continue;
    for (size_t i = 0; i < mt->npart; i++) {
      size_t x = mt->part[i];
      if (!is_actor(&w->actors[x]))
        continue;
      struct actor *a = &w->actors[x];
      a->meetings++;
      if (is_day(mt->date)) {
        if (!a->first || strcmp(mt->date, a->first) < 0)
          a->first = mt->date;
        if (!a->last || strcmp(mt->date, a->last) > 0)
          a->last = mt->date;
      }
      for (size_t j = i + 1; j < mt->npart; j++) {
        size_t y = w->meets[m].part[j];
        if (is_actor(&w->actors[y]))
          TRY(st, add_pair(w, x < y ? x : y, x < y ? y : x, m));
      }
    }
  }
  return NEWSKG_OK;
}

/* A growing string for the delimited lists. */
struct sbuf {
  char *s;
  size_t len, cap;
};

static newskg_status sbuf_add(struct sbuf *b, const char *sep, const char *v) {
  size_t add = (b->len ? strlen(sep) : 0) + strlen(v);
  if (b->len + add + 1 > b->cap) {
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + add + 1)
      ncap *= 2;
    char *n = realloc(b->s, ncap);
    if (!n)
      return NEWSKG_ERR_NOMEM;
    b->s = n;
    b->cap = ncap;
  }
  b->len += (size_t)snprintf(b->s + b->len, b->cap - b->len, "%s%s",
                             b->len ? sep : "", v);
  return NEWSKG_OK;
}

/* Meetings of an edge in time order: dated ones by date (ISO strings sort
   as dates), undated ones last, ties by IRI, so output is stable. */
static int cmp_meeting(const void *pa, const void *pb) {
  const struct meeting *a = *(const struct meeting *const *)pa;
  const struct meeting *b = *(const struct meeting *const *)pb;
  if (!a->date != !b->date)
    return a->date ? -1 : 1;
  int c = a->date ? strcmp(a->date, b->date) : 0;
  return c ? c : strcmp(a->iri, b->iri);
}

static newskg_status write_pair(struct nkg_graphml_writer *w,
                                const struct pair *e, size_t n,
                                const struct meeting **order,
                                struct sbuf *dates, struct sbuf *iris) {
  newskg_status st;
  char id[32], src[32], dst[32], weight[32];
  for (size_t i = 0; i < e->nmeet; i++)
    order[i] = &w->meets[e->meet[i]];
  qsort(order, e->nmeet, sizeof *order, cmp_meeting);
  dates->len = iris->len = 0;
  const char *first = NULL, *last = NULL;
  for (size_t i = 0; i < e->nmeet; i++) {
    if (order[i]->date)
      TRY(st, sbuf_add(dates, ";", order[i]->date));
    if (is_day(order[i]->date)) {
      first = first ? first : order[i]->date;
      last = order[i]->date;
    }
    TRY(st, sbuf_add(iris, " ", order[i]->iri));
  }
  snprintf(id, sizeof id, "e%zu", n);
  snprintf(src, sizeof src, "n%zu", w->actors[e->a].id);
  snprintf(dst, sizeof dst, "n%zu", w->actors[e->b].id);
  snprintf(weight, sizeof weight, "%zu.0", e->nmeet);
  TRY(st, open_element(w, "edge", "id", id, "source", src, "target", dst,
                       (char *)NULL));
  TRY(st, write_data(w, "edgelabel", "met"));
  TRY(st, write_data(w, "weight", weight));
  if (dates->len)
    TRY(st, write_data(w, "dates", dates->s));
  if (first) {
    TRY(st, write_data(w, "estart", first));
    TRY(st, write_data(w, "eend", last));
  }
  TRY(st, write_data(w, "events", iris->s));
  XTRY(w, xmlTextWriterEndElement(w->xw));
  return NEWSKG_OK;
}

static newskg_status write_actor(struct nkg_graphml_writer *w,
                                 const struct actor *a) {
  newskg_status st;
  char id[32], count[32];
  snprintf(id, sizeof id, "n%zu", a->id);
  snprintf(count, sizeof count, "%zu", a->meetings);
  TRY(st, open_element(w, "node", "id", id, (char *)NULL));
  /* an entity has a label in the graph; the IRI stands in otherwise */
  TRY(st, write_data(w, "label", a->label ? a->label : a->iri));
  TRY(st, write_data(w, "type", a->kind));
  if (a->wikidata)
    TRY(st, write_data(w, "wikidata", a->wikidata));
  TRY(st, write_data(w, "iri", a->iri));
  TRY(st, write_data(w, "meetings", count));
  if (a->first) {
    TRY(st, write_data(w, "start", a->first));
    TRY(st, write_data(w, "end", a->last));
  }
  XTRY(w, xmlTextWriterEndElement(w->xw));
  return NEWSKG_OK;
}

/* Nodes in first-seen order, then edges in the order their first meeting
   was seen: never hash order, so the same input gives the same bytes. */
static newskg_status write_actors(struct nkg_graphml_writer *w) {
  newskg_status st;
  TRY(st, make_pairs(w));
  size_t id = 0;
  for (size_t i = 0; i < w->nactors; i++)
    if (w->actors[i].meetings) {
      w->actors[i].id = ++id;
      TRY(st, write_actor(w, &w->actors[i]));
    }
  size_t most = 1;
  for (size_t i = 0; i < w->npairs; i++)
    most = w->pairs[i].nmeet > most ? w->pairs[i].nmeet : most;
  const struct meeting **order = malloc(most * sizeof *order);
  struct sbuf dates = {0}, iris = {0};
  st = order ? NEWSKG_OK : NEWSKG_ERR_NOMEM;
  for (size_t i = 0; i < w->npairs && st == NEWSKG_OK; i++)
    st = write_pair(w, &w->pairs[i], i + 1, order, &dates, &iris);
  free(order);
  free(dates.s);
  free(iris.s);
  return st;
}

newskg_status nkg_graphml_start(FILE *out, newskg_graph_view view,
                                struct nkg_graphml_writer **wp) {
  if (!wp)
    return NEWSKG_ERR_BAD_ARG;
  *wp = NULL;
  if (!out || view >= NEWSKG_VIEW_LAST)
    return NEWSKG_ERR_BAD_ARG;
  struct nkg_graphml_writer *w = calloc(1, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  w->out = out;
  w->view = view;
  nkg_arena_init(&w->strings);
  newskg_status st = NEWSKG_ERR_NOMEM; /* both constructors fail only so */
  quiet_begin(w);
  xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(write_cb, NULL, w, NULL);
  if (!buf)
    goto done;
  if (!(w->xw = xmlNewTextWriter(buf))) {
    xmlOutputBufferClose(buf); /* still ours: the writer did not take it */
    goto done;
  }
  st = write_header(w);
done:
  quiet_end(w);
  if (st != NEWSKG_OK) {
    nkg_graphml_free(w);
    return st;
  }
  *wp = w;
  return NEWSKG_OK;
}

static newskg_status add_graph(struct nkg_graphml_writer *w,
                               const struct nkg_graph_data *g) {
  newskg_status st;
  TRY(st, collect(w, g));
  for (size_t i = 0; i < w->nnodes; i++)
    TRY(st, write_node(w, &w->nodes[i]));
  /* Pass 2, after every node of this graph: a role may name a node whose
     type triple comes later, or one written for an earlier document. */
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    struct slot *s, *o;
    if (t->o.kind == NKG_IRI && (s = find(&w->node_set, t->s.value)) &&
        (o = find(&w->node_set, t->o.value)))
      TRY(st, add_edge(w, s->id, o->id, t->p.value));
  }
  return NEWSKG_OK;
}

newskg_status nkg_graphml_add(struct nkg_graphml_writer *w,
                              const struct nkg_graph_data *g) {
  if (!w || !g || w->finished)
    return NEWSKG_ERR_BAD_ARG;
  if (w->status != NEWSKG_OK)
    return w->status;
  quiet_begin(w);
  w->status =
      w->view == NEWSKG_VIEW_ACTORS ? collect_actors(w, g) : add_graph(w, g);
  quiet_end(w);
  return w->status;
}

newskg_status nkg_graphml_finish(struct nkg_graphml_writer *w) {
  if (!w || w->finished)
    return NEWSKG_ERR_BAD_ARG;
  if (w->status != NEWSKG_OK)
    return w->status;
  newskg_status st;
  quiet_begin(w);
  /* EndDocument closes <graph> and <graphml>; fflush surfaces a full disk
     that stdio's buffer would otherwise hide until the caller's fclose. */
  st = w->view == NEWSKG_VIEW_ACTORS ? write_actors(w) : NEWSKG_OK;
  if (st == NEWSKG_OK &&
      (st = xcheck(w, xmlTextWriterEndDocument(w->xw))) == NEWSKG_OK &&
      (st = xcheck(w, xmlTextWriterFlush(w->xw))) == NEWSKG_OK &&
      fflush(w->out) != 0)
    st = nkg_fail(NEWSKG_ERR_IO, "GraphML: write failed: %s", strerror(errno));
  quiet_end(w);
  w->finished = true;
  w->status = st;
  return st;
}

void nkg_graphml_free(struct nkg_graphml_writer *w) {
  if (!w)
    return;
  /* A writer abandoned midway still buffers XML; the stream is partial
     either way, so nothing more goes to it. */
  w->discard = true;
  quiet_begin(w);
  xmlFreeTextWriter(w->xw);
  quiet_end(w);
  free(w->safe);
  free(w->node_set.slots);
  free(w->edge_set.slots);
  free(w->meet_set.slots);
  free(w->nodes);
  for (size_t i = 0; i < w->nmeets; i++)
    free(w->meets[i].part);
  free(w->meets);
  for (size_t i = 0; i < w->npairs; i++)
    free(w->pairs[i].meet);
  free(w->pairs);
  free(w->actors);
  nkg_arena_free(&w->strings);
  free(w);
}
