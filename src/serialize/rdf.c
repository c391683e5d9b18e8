/*
 * RDF serializers through raptor2: Turtle (with prefixes) and RDF/XML.
 * Output goes through a raptor iostream whose handler records write
 * errors, because raptor 2.0.15 does not always report them itself.
 *
 * raptor2's Turtle serializer holds every statement until the end (to
 * group them by subject), so one serializer for a whole batch held the
 * batch: about 165 bytes per triple.  Each document is therefore its own
 * Turtle block, a serializer started and ended per document, with the
 * same @prefix lines at the head of each block (repeating a prefix with
 * the same IRI is valid Turtle), and memory is one document's graph.
 * RDF/XML is one XML document, so it keeps one serializer (raptor's
 * "rdfxml" writes each statement as it comes).
 */
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serialize/serialize.h"

struct nkg_rdf_writer {
  raptor_world *world;
  raptor_serializer *ser;
  raptor_iostream *io;
  FILE *out;
  bool io_error;
  bool per_document; /* Turtle: a serializer per document */
  newskg_format format;
  bool turtle;     /* escape controls on the way out (see turtle_byte) */
  bool pending_c2; /* Turtle: a 0xC2 lead byte held back */
};

static int put(struct nkg_rdf_writer *w, int byte) {
  if (putc_unlocked(byte, w->out) == EOF) {
    w->io_error = true;
    return 1;
  }
  return 0;
}

static int put_u(struct nkg_rdf_writer *w, unsigned cp) {
  char esc[8];
  snprintf(esc, sizeof esc, "\\u%04X", cp);
  for (const char *p = esc; *p; p++)
    if (put(w, *p))
      return 1;
  return 0;
}

/* raptor2 2.0.15's Turtle serializer writes control characters in
   literals raw, and its own parser then rejects a raw CR (and other
   parsers more): the file cannot be read back.  Every C0 control but the
   line feed (the long """ strings hold those raw, legally), DEL and every
   C1 control (U+0080-U+009F, bytes C2 80-C2 9F) leave as \uXXXX, which
   Turtle reads the same inside short and long strings.  Outside literals
   raptor writes no control but the line feed (IRIs are percent-encoded
   before), so the byte stream can be filtered without parsing it. */
static int turtle_byte(struct nkg_rdf_writer *w, unsigned char c) {
  if (w->pending_c2) {
    w->pending_c2 = false;
    if (c >= 0x80 && c <= 0x9F)
      return put_u(w, c);
    if (put(w, 0xC2))
      return 1;
  }
  if (c == 0xC2) {
    w->pending_c2 = true;
    return 0;
  }
  if ((c < 0x20 && c != '\n') || c == 0x7F)
    return put_u(w, c);
  return put(w, c);
}

static int io_write_byte(void *ctx, const int byte) {
  struct nkg_rdf_writer *w = ctx;
  /* raptor2 escapes and writes literals a byte at a time; the writer
     belongs to one thread (newskg.h), so stdio's per-call lock is pure
     cost here */
  if (w->turtle)
    return turtle_byte(w, (unsigned char)byte);
  return put(w, byte);
}

static int io_write_bytes(void *ctx, const void *ptr, size_t size,
                          size_t nmemb) {
  struct nkg_rdf_writer *w = ctx;
  if (w->turtle) {
    const unsigned char *p = ptr;
    for (size_t i = 0; i < size * nmemb; i++)
      if (turtle_byte(w, p[i]))
        return -1;
    return (int)nmemb;
  }
  if (size && nmemb && fwrite(ptr, size, nmemb, w->out) != nmemb) {
    w->io_error = true;
    return -1;
  }
  return (int)nmemb;
}

static const raptor_iostream_handler io_handler = {
    .version = 2,
    .write_byte = io_write_byte,
    .write_bytes = io_write_bytes,
};

static void quiet_log(void *data, raptor_log_message *msg) {
  (void)data, (void)msg; /* errors surface as return codes */
}

static const struct {
  const char *prefix, *ns;
} prefixes[] = {
    /* rdf: is predeclared by raptor, which refuses it a second time */
    {"nkg", NKG_NS},   {"rdfs", NKG_RDFS},
    {"xsd", NKG_XSD},  {"owl", NKG_OWL}, {"nif", NKG_NIF},
    {"wd", NKG_WD},    {"itsrdf", "http://www.w3.org/2005/11/its/rdf#"},
};

/* A serializer started on the writer's iostream, prefixes declared. */
static int open_serializer(struct nkg_rdf_writer *w) {
  static const char *const names[] = {
      [NEWSKG_FORMAT_TURTLE] = "turtle",
      [NEWSKG_FORMAT_NTRIPLES] = "ntriples",
      [NEWSKG_FORMAT_NQUADS] = "nquads",
      [NEWSKG_FORMAT_RDFXML] = "rdfxml",
  };
  w->ser = raptor_new_serializer(w->world, names[w->format]);
  if (!w->ser || raptor_serializer_start_to_iostream(w->ser, NULL, w->io))
    return 1;
  /* prefixes after start (the serializer's context exists only then) and
     before the first statement (Turtle writes them in its header) */
  for (size_t i = 0; i < NKG_COUNT(prefixes); i++) {
    raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)prefixes[i].ns);
    if (!u)
      return 1;
    int rc = raptor_serializer_set_namespace(
        w->ser, u, (const unsigned char *)prefixes[i].prefix);
    raptor_free_uri(u);
    if (rc)
      return 1;
  }
  return 0;
}

newskg_status nkg_rdf_start(newskg_format format, FILE *out,
                            struct nkg_rdf_writer **wp) {
  if (format != NEWSKG_FORMAT_TURTLE && format != NEWSKG_FORMAT_RDFXML)
    return NEWSKG_ERR_BAD_ARG;
  struct nkg_rdf_writer *w = calloc(1, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  w->out = out;
  w->format = format;
  w->per_document = format == NEWSKG_FORMAT_TURTLE;
  w->turtle = format == NEWSKG_FORMAT_TURTLE;
  newskg_status st = NEWSKG_ERR_RDF;
  w->world = raptor_new_world();
  /* Each term is built, written and freed once: interning URIs only adds
     tree lookups (about a fifth of the writer's time, measured) */
  if (!w->world ||
      raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0) ||
      raptor_world_open(w->world))
    goto fail;
  raptor_world_set_log_handler(w->world, NULL, quiet_log);
  w->io = raptor_new_iostream_from_handler(w->world, w, &io_handler);
  if (!w->io)
    goto fail;
  if (!w->per_document && open_serializer(w))
    goto fail;
  *wp = w;
  return NEWSKG_OK;
fail:
  nkg_rdf_free(w);
  return st;
}

static raptor_term *term(raptor_world *world, const struct nkg_term *t) {
  if (t->kind == NKG_IRI)
    return raptor_new_term_from_uri_string(world, (const unsigned char *)t->value);
  raptor_uri *dt = NULL;
  if (t->datatype) {
    dt = raptor_new_uri(world, (const unsigned char *)t->datatype);
    if (!dt)
      return NULL;
  }
  raptor_term *r = raptor_new_term_from_literal(
      world, (const unsigned char *)t->value, dt, (const unsigned char *)t->lang);
  if (dt)
    raptor_free_uri(dt);
  return r;
}

newskg_status nkg_rdf_add(struct nkg_rdf_writer *w,
                          const struct nkg_graph_data *g) {
  if (w->per_document && open_serializer(w))
    return NEWSKG_ERR_RDF;
  newskg_status st = NEWSKG_OK;
  for (size_t i = 0; i < g->ntriples && st == NEWSKG_OK; i++) {
    const struct nkg_triple *t = &g->triples[i];
    raptor_statement s;
    raptor_statement_init(&s, w->world);
    s.subject = term(w->world, &t->s);
    s.predicate = term(w->world, &t->p);
    s.object = term(w->world, &t->o);
    if (!s.subject || !s.predicate || !s.object)
      st = NEWSKG_ERR_RDF;
    else if (raptor_serializer_serialize_statement(w->ser, &s))
      st = NEWSKG_ERR_RDF;
    else if (w->io_error)
      st = NEWSKG_ERR_IO;
    raptor_statement_clear(&s);
  }
  if (w->per_document) {
    /* the block is written here, from the statements held since open */
    if (st == NEWSKG_OK && raptor_serializer_serialize_end(w->ser))
      st = w->io_error ? NEWSKG_ERR_IO : NEWSKG_ERR_RDF;
    raptor_free_serializer(w->ser);
    w->ser = NULL;
    if (st == NEWSKG_OK && w->io_error)
      st = NEWSKG_ERR_IO;
  }
  return st;
}

newskg_status nkg_rdf_finish(struct nkg_rdf_writer *w) {
  if (w->ser && raptor_serializer_serialize_end(w->ser))
    return w->io_error ? NEWSKG_ERR_IO : NEWSKG_ERR_RDF;
  raptor_free_iostream(w->io); /* flushes */
  w->io = NULL;
  if (w->pending_c2) /* not in valid UTF-8, but never lose a byte */
    (void)put(w, 0xC2);
  if (w->io_error || fflush(w->out) != 0 || ferror(w->out))
    return NEWSKG_ERR_IO;
  return NEWSKG_OK;
}

void nkg_rdf_free(struct nkg_rdf_writer *w) {
  if (!w)
    return;
  if (w->io)
    raptor_free_iostream(w->io);
  if (w->ser)
    raptor_free_serializer(w->ser);
  if (w->world)
    raptor_free_world(w->world);
  free(w);
}
