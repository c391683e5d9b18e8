/*
 * DOT (Graphviz) writer: the meeting layer of the graph as a picture.
 * Meetings and statements are boxes (kind, date, "planned"; the quote),
 * the entities they name are ellipses (label and QID, coloured by type),
 * roles are labelled edges.  NIF provenance, rules and CAMEO codes stay in
 * the RDF formats.  Nodes and edges are written once per stream, in
 * first-seen order, so the same input gives the same bytes and a meeting
 * two articles report is drawn once.
 *
 * Not raptor2's `dot` serializer: in 2.0.15 it leaks its namespace stack,
 * puts literals in record-shaped nodes without escaping '<' and '>' (text
 * such as "<5%" silently vanishes from the picture), does not escape '"'
 * in IRIs, and draws every label as a separate box.  DOT's quoting is
 * small enough to do right here (dot_string).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "graph/vocab.h"
#include "serialize/serialize.h"

enum dkind { D_NONE = 0, D_EVENT, D_STATEMENT, D_ENTITY };

/* Entities are coloured by type. */
static const char *fill_of(int cls) {
  static const struct {
    const char *type, *fill;
  } fills[] = {{"person", "#cfe2f3"},       {"country", "#d9ead3"},
               {"city", "#eeeeee"},         {"region", "#eeeeee"},
               {"organization", "#fce5cd"}};
  for (size_t i = 0; cls >= 0 && i < NKG_COUNT(fills); i++)
    if (strcmp(nkg_classes[cls].type, fills[i].type) == 0)
      return fills[i].fill;
  return "#ffffff";
}

/* What a node class is, in this writer's terms. */
static enum dkind kind_of(int cls) {
  switch (cls >= 0 ? nkg_classes[cls].kind : 0) {
  case NKG_NODE_EVENT:
    return D_EVENT;
  case NKG_NODE_STATEMENT:
    return D_STATEMENT;
  default:
    return D_ENTITY;
  }
}

struct dnode {
  const char *iri;                  /* writer-owned key */
  const char *label, *date, *quote; /* borrowed from the current graph */
  bool planned;
  int cls;    /* index in classes, -1 if untyped */
  size_t id;  /* "n<id>" */
  size_t gen; /* the add call in which it was new */
};

struct dslot {
  const char *key; /* NULL: empty */
  size_t idx;      /* nodes: index into w->nodes */
};

struct dset {
  struct dslot *slots;
  size_t cap, count;
};

struct nkg_dot_writer {
  FILE *out;
  struct nkg_arena keys; /* IRIs and edge keys, for the whole stream */
  struct dset node_set, edge_set;
  struct dnode *nodes;
  size_t nnodes, capnodes;
  size_t gen;
  bool io_failed;
  bool started; /* the header is out */
  int io_errno;
};

static newskg_status io(struct nkg_dot_writer *w, int rc) {
  if (rc < 0 && !w->io_failed) {
    w->io_failed = true;
    w->io_errno = errno;
  }
  return w->io_failed ? nkg_fail(NEWSKG_ERR_IO, "DOT: write failed: %s",
                                 strerror(w->io_errno))
                      : NEWSKG_OK;
}

/* A DOT double-quoted string: '"' and '\' escaped (a lone backslash would
   start an escape such as \N or \G in a label), line breaks as \n, other
   control characters as spaces.  UTF-8 passes through (charset=UTF-8). */
static newskg_status dot_string(struct nkg_dot_writer *w, const char *s,
                                size_t max_chars) {
  newskg_status st;
  TRY(st, io(w, fputc('"', w->out) == EOF ? -1 : 0));
  size_t chars = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) != 0x80 && ++chars > max_chars) {
      TRY(st, io(w, fputs("…", w->out)));
      break;
    }
    int rc;
    if (*p == '"' || *p == '\\')
      rc = fprintf(w->out, "\\%c", *p);
    else if (*p == '\n')
      rc = fputs("\\n", w->out);
    else if (*p == '\r')
      rc = 0;
    else if (*p < 0x20 || *p == 0x7F)
      rc = fputc(' ', w->out) == EOF ? -1 : 0;
    else
      rc = fputc(*p, w->out) == EOF ? -1 : 0;
    TRY(st, io(w, rc));
  }
  return io(w, fputc('"', w->out) == EOF ? -1 : 0);
}

static struct dslot *dset_find(const struct dset *t, const char *key) {
  if (!t->cap)
    return NULL;
  size_t mask = t->cap - 1;
  size_t i = (size_t)nkg_hash64(key, strlen(key), NKG_HASH_SEED) & mask;
  while (t->slots[i].key && strcmp(t->slots[i].key, key) != 0)
    i = (i + 1) & mask;
  return &t->slots[i];
}

/* Finds `key`, adding a copy when absent (*fresh then true). */
static newskg_status dset_intern(struct nkg_dot_writer *w, struct dset *t,
                                 const char *key, struct dslot **out,
                                 bool *fresh) {
  if ((t->count + 1) * 2 > t->cap) {
    size_t ncap = t->cap ? t->cap * 2 : 256;
    struct dset n = {calloc(ncap, sizeof *n.slots), ncap, t->count};
    if (!n.slots)
      return NEWSKG_ERR_NOMEM;
    for (size_t i = 0; i < t->cap; i++)
      if (t->slots[i].key)
        *dset_find(&n, t->slots[i].key) = t->slots[i];
    free(t->slots);
    *t = n;
  }
  struct dslot *s = dset_find(t, key);
  if ((*fresh = !s->key)) {
    if (!(s->key = nkg_arena_strndup(&w->keys, key, strlen(key))))
      return NEWSKG_ERR_NOMEM;
    t->count++;
  }
  *out = s;
  return NEWSKG_OK;
}

static int class_of(const struct nkg_term *o) { return nkg_class_of(o); }

/* The role an IRI-valued property of a meeting or statement draws as an
   edge (participant, mediator, location, speaker, about), or NULL. */
static const char *role_of(const struct nkg_term *p) {
  return nkg_voc_role(p->voc);
}

/* The node of `iri`, added when new (new nodes are written by this add). */
static newskg_status node_of(struct nkg_dot_writer *w, const char *iri,
                             struct dnode **out) {
  newskg_status st;
  struct dslot *s;
  bool fresh;
  TRY(st, dset_intern(w, &w->node_set, iri, &s, &fresh));
  if (fresh) {
    if (w->nnodes == w->capnodes) {
      size_t ncap = w->capnodes ? w->capnodes * 2 : 64;
      struct dnode *n = ncap <= SIZE_MAX / sizeof *n
                            ? realloc(w->nodes, ncap * sizeof *n)
                            : NULL;
      if (!n)
        return NEWSKG_ERR_NOMEM;
      w->nodes = n;
      w->capnodes = ncap;
    }
    s->idx = w->nnodes;
    w->nodes[w->nnodes++] = (struct dnode){
        .iri = s->key, .cls = -1, .id = w->nnodes, .gen = w->gen};
  }
  *out = &w->nodes[s->idx];
  return NEWSKG_OK;
}

static struct dnode *lookup(struct nkg_dot_writer *w, const char *iri) {
  struct dslot *s = dset_find(&w->node_set, iri);
  return s && s->key ? &w->nodes[s->idx] : NULL;
}

static newskg_status write_node(struct nkg_dot_writer *w,
                                const struct dnode *n) {
  newskg_status st;
  enum dkind k = kind_of(n->cls);
  struct nkg_arena a;
  nkg_arena_init(&a);
  const char *text;
  size_t nw = strlen(NKG_WD);
  if (k == D_ENTITY) {
    bool linked = strncmp(n->iri, NKG_WD, nw) == 0;
    text = nkg_arena_printf(&a, "%s%s%s", n->label ? n->label : n->iri,
                            linked ? "\n" : "", linked ? n->iri + nw : "");
  } else if (k == D_EVENT) {
    text = nkg_arena_printf(&a, "%s%s%s%s", n->planned ? "planned " : "",
                            nkg_classes[n->cls].display, n->date ? "\n" : "",
                            n->date ? n->date : "");
  } else {
    text = nkg_arena_printf(&a, "statement%s%s%s", n->quote ? "\n\"" : "",
                            n->quote ? n->quote : "", n->quote ? "\"" : "");
  }
  st =
      text ? io(w, fprintf(w->out, "  n%zu [label=", n->id)) : NEWSKG_ERR_NOMEM;
  if (st == NEWSKG_OK)
    st = dot_string(w, text, 80);
  nkg_arena_free(&a);
  if (st != NEWSKG_OK)
    return st;
  if (k == D_ENTITY)
    TRY(st, io(w, fprintf(w->out,
                          ", shape=ellipse, style=filled, "
                          "fillcolor=\"%s\"",
                          fill_of(n->cls))));
  else
    TRY(st, io(w, fprintf(w->out, ", shape=box, style=\"rounded%s\"",
                          n->planned ? ",dashed" : "")));
  TRY(st, io(w, fputs(", tooltip=", w->out)));
  TRY(st, dot_string(w, n->iri, SIZE_MAX));
  return io(w, fputs("];\n", w->out));
}

/* One document: its meetings and statements, the entities they name,
   then the roles between them. */
static newskg_status add_graph(struct nkg_dot_writer *w,
                               const struct nkg_graph_data *g) {
  newskg_status st;
  struct dnode *n;
  size_t first = w->nnodes;
  w->gen++;
  int c;
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    if (t->p.voc == NKG_V_TYPE && (c = class_of(&t->o)) >= 0 &&
        kind_of(c) != D_ENTITY) {
      TRY(st, node_of(w, t->s.value, &n));
      if (n->gen == w->gen &&
          (n->cls < 0 || nkg_classes[c].rank > nkg_classes[n->cls].rank))
        n->cls = c;
    }
  }
  /* entities named by a role of a meeting or statement of this document */
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    struct dnode *s = lookup(w, t->s.value);
    if (s && t->o.kind == NKG_IRI && role_of(&t->p) && s->cls >= 0 &&
        kind_of(s->cls) != D_ENTITY)
      TRY(st, node_of(w, t->o.value, &n));
  }
  /* what the new nodes say about themselves in this document */
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    if (!(n = lookup(w, t->s.value)) || n->gen != w->gen)
      continue;
    const char *v = t->o.value;
    uint8_t p = t->p.voc;
    bool lit = t->o.kind == NKG_LITERAL;
    if (!lit && p == NKG_V_TYPE && (c = class_of(&t->o)) >= 0 &&
        kind_of(c) == D_ENTITY && n->cls < 0)
      n->cls = c;
    else if (lit && p == NKG_V_LABEL && !n->label)
      n->label = v;
    else if (lit && p == NKG_V_DATE && !n->date)
      n->date = v;
    else if (lit && p == NKG_V_QUOTE && !n->quote)
      n->quote = v;
    else if (lit && p == NKG_V_PLANNED)
      n->planned |= !strcmp(v, "true") || !strcmp(v, "1");
  }
  for (size_t i = first; i < w->nnodes; i++)
    TRY(st, write_node(w, &w->nodes[i]));
  for (size_t i = 0; i < g->ntriples; i++) {
    const struct nkg_triple *t = &g->triples[i];
    const char *role = t->o.kind == NKG_IRI ? role_of(&t->p) : NULL;
    struct dnode *s = role ? lookup(w, t->s.value) : NULL;
    struct dnode *o = s ? lookup(w, t->o.value) : NULL;
    if (!o || s->cls < 0 || kind_of(s->cls) == D_ENTITY)
      continue;
    char key[64];
    snprintf(key, sizeof key, "%zu %zu %s", s->id, o->id, role);
    struct dslot *e;
    bool fresh;
    TRY(st, dset_intern(w, &w->edge_set, key, &e, &fresh));
    if (fresh)
      TRY(st, io(w, fprintf(w->out, "  n%zu -> n%zu [label=\"%s\"%s];\n", s->id,
                            o->id, role,
                            t->p.voc == NKG_V_MEDIATOR ? ", style=dashed"
                                                       : "")));
  }
  return NEWSKG_OK;
}

newskg_status nkg_dot_start(FILE *out, struct nkg_dot_writer **wp) {
  if (!wp)
    return NEWSKG_ERR_BAD_ARG;
  *wp = NULL;
  if (!out)
    return NEWSKG_ERR_BAD_ARG;
  struct nkg_dot_writer *w = calloc(1, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  w->out = out;
  nkg_arena_init(&w->keys);
  *wp = w;
  return NEWSKG_OK;
}

/* The header goes out with the first graph or at finish, not at start,
   as the RDF and GraphML writers do: a writer that is freed unfinished
   (every input failed) has written nothing. */
static newskg_status header(struct nkg_dot_writer *w) {
  if (w->started)
    return NEWSKG_OK;
  w->started = true;
  return io(
      w,
      fputs(
          "digraph newskg {\n"
          "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"sans-serif\"];\n"
          "  node [fontname=\"sans-serif\", fontsize=11];\n"
          "  edge [fontname=\"sans-serif\", fontsize=9, color=\"#555555\"];\n",
          w->out));
}

newskg_status nkg_dot_add(struct nkg_dot_writer *w,
                          const struct nkg_graph_data *g) {
  if (!w || !g)
    return NEWSKG_ERR_BAD_ARG;
  newskg_status st;
  TRY(st, header(w));
  return add_graph(w, g);
}

newskg_status nkg_dot_finish(struct nkg_dot_writer *w) {
  if (!w)
    return NEWSKG_ERR_BAD_ARG;
  newskg_status st;
  TRY(st, header(w));
  TRY(st, io(w, fputs("}\n", w->out)));
  /* fflush surfaces a full disk that stdio would hide until fclose */
  return io(w, fflush(w->out) == 0 && !ferror(w->out) ? 0 : -1);
}

void nkg_dot_free(struct nkg_dot_writer *w) {
  if (!w)
    return;
  free(w->node_set.slots);
  free(w->edge_set.slots);
  free(w->nodes);
  nkg_arena_free(&w->keys);
  free(w);
}
