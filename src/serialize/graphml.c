/*
 * GraphML writer (Gephi, networkx, graphology): typed entities and
 * meetings become nodes, IRI-valued properties between two nodes become
 * edges.  The rest of a document graph (NIF strings, documents, evidence
 * links) stays in the RDF formats only.  All XML is produced by libxml2's
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

#include "serialize/serialize.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
/* The writer takes const xmlChar *; BAD_CAST would drop the const. */
#define XC(s) ((const xmlChar *)(s))

/* rdf:type objects (in NKG_NS) that make a subject a node.  A subclass
   (rank 2) beats Meeting whichever type triple comes first. */
static const struct {
  const char *local, *kind; /* class local name; value of the `type` key */
  int rank;
} classes[] = {
    {"Person", "person", 1},
    {"Country", "country", 1},
    {"City", "city", 1},
    {"Region", "region", 1},
    {"Organization", "organization", 1},
    {"Meeting", "meeting", 1},
    {"Talks", "talks", 2},
    {"Summit", "summit", 2},
    {"Visit", "visit", 2},
    {"Negotiation", "negotiation", 2},
    {"PhoneCall", "phonecall", 2},
};

/* Key ids are what Gephi matches first (anchors.md 3.1); the edge label
   needs its own id because key ids are unique in the document. */
static const struct {
  const char *id, *domain, *name, *type;
} keys[] = {
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

struct nkg_graphml_writer {
  FILE *out;            /* borrowed; flushed, never closed */
  xmlTextWriterPtr xw;  /* owns the xmlOutputBuffer */
  newskg_status status; /* first failure; sticky */
  bool io_failed;       /* fwrite failed inside write_cb */
  int io_errno;
  bool xml_msg; /* libxml2 already supplied the errmsg */
  bool discard; /* being freed: drop what libxml2 still flushes */
  bool finished;
  struct nkg_arena strings; /* set keys, for the whole stream */
  struct table node_set;    /* IRI -> node id */
  struct table edge_set;    /* "src dst property" */
  struct node *nodes;       /* this add call's new nodes; reused */
  size_t nnodes, capnodes;
  size_t gen, last_node, last_edge;
  xmlStructuredErrorFunc saved_fn; /* the caller's handlers, restored */
  xmlGenericErrorFunc saved_gfn;   /* on return from each call */
  void *saved_ctx, *saved_gctx;
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

static int class_of(const struct nkg_term *o) {
  size_t ns = strlen(NKG_NS);
  if (o->kind != NKG_IRI || strncmp(o->value, NKG_NS, ns) != 0)
    return -1;
  for (size_t i = 0; i < NKG_COUNT(classes); i++)
    if (strcmp(o->value + ns, classes[i].local) == 0)
      return (int)i;
  return -1;
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
  if (n && classes[c].rank > n->rank) {
    n->kind = classes[c].kind;
    n->rank = classes[c].rank;
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
    if (t->s.kind == NKG_IRI && strcmp(t->p.value, NKG_RDF "type") == 0 &&
        (c = class_of(&t->o)) >= 0)
      TRY(st, add_node(w, t->s.value, c));
  }
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    const char *p = t->p.value, **field = NULL;
    struct slot *s = find(&w->node_set, t->s.value);
    if (!s || s->gen != w->gen)
      continue;
    struct node *n = &w->nodes[s->local];
    bool lit = t->o.kind == NKG_LITERAL;
    if (lit && strcmp(p, NKG_RDFS "label") == 0)
      field = &n->label;
    else if (lit && strcmp(p, NKG_NS "date") == 0)
      field = &n->date;
    else if (lit && strcmp(p, NKG_NS "planned") == 0)
      field = &n->planned;
    else if (lit && strcmp(p, NKG_NS "cameoCode") == 0)
      field = &n->cameo;
    else if (!lit && strcmp(p, NKG_OWL "sameAs") == 0 && qid(t->o.value))
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

static newskg_status write_data(struct nkg_graphml_writer *w, const char *key,
                                const char *value) {
  newskg_status st;
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
  for (size_t i = 0; i < NKG_COUNT(keys); i++) {
    TRY(st, open_element(w, "key", "id", keys[i].id, "for", keys[i].domain,
                         "attr.name", keys[i].name, "attr.type", keys[i].type,
                         (char *)NULL));
    XTRY(w, xmlTextWriterEndElement(x));
  }
  return open_element(w, "graph", "id", "G", "edgedefault", "directed",
                      (char *)NULL);
}

newskg_status nkg_graphml_start(FILE *out, struct nkg_graphml_writer **wp) {
  if (!wp)
    return NEWSKG_ERR_BAD_ARG;
  *wp = NULL;
  if (!out)
    return NEWSKG_ERR_BAD_ARG;
  struct nkg_graphml_writer *w = calloc(1, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  w->out = out;
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
  w->status = add_graph(w, g);
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
  if ((st = xcheck(w, xmlTextWriterEndDocument(w->xw))) == NEWSKG_OK &&
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
  free(w->node_set.slots);
  free(w->edge_set.slots);
  free(w->nodes);
  nkg_arena_free(&w->strings);
  free(w);
}
