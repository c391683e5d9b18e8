/*
 * The gazetteer builder: streams a Wikidata "truthy" N-Triples dump
 * (latest-truthy.nt[.gz] from dumps.wikimedia.org), plain or gzip, through
 * raptor2's ntriples parser and writes the entities news talks about --
 * political persons, countries, cities, regions, organizations -- as rows
 * of the gazetteer TSV (the format of ontology/gazetteer.tsv).
 *
 * Memory is bounded by one entity, not by the dump.  The dumps list each
 * subject's triples together, so the facts of the current subject are
 * gathered into fixed-size buffers and the row is written (or the subject
 * dropped) when the subject changes.  Nothing is looked up across
 * entities, so one pass suffices: countries are written as QIDs (the
 * loader resolves them) and offices as the P39 QIDs, because the truthy
 * dump carries neither labels of other entities nor start/end qualifiers.
 * Every kept string has a byte cap and every list a count cap, and lines
 * are capped before raptor buffers them, so hostile input cannot grow
 * memory either.
 */
#include <stdlib.h>
#include <string.h>

#include <raptor2.h>
#include <zlib.h>

#include "entities/builder.h"
#include "text/text.h"

#define CHUNK ((size_t)64 * 1024) /* bytes read, and inflated, at a time */
#define MAX_NAME 256              /* bytes in a label or alias; longer: dropped */
#define MAX_ALIASES 32            /* per entity; later ones are dropped */
#define MAX_DESC 256              /* bytes of a description; cut */
#define MAX_POSITIONS 16          /* P39 values kept per person */
#define QID_CAP 16                /* "Q" + up to 14 digits + NUL */
#define SOURCE_CAP 256            /* bytes of the source column */

#define WD_ENTITY "http://www.wikidata.org/entity/"
#define WD_DIRECT "http://www.wikidata.org/prop/direct/"

/* Instance-of (P31) classes, in no particular order: the type an entity
   gets is the first of person, country, city, region, organization that
   any of its classes maps to (Singapore is a country and a city-state:
   country; Berlin a city and a federated state: city).  Only direct P31
   values count -- the truthy dump has no subclass closure -- so extend
   this table with the classes real entities use. */
static const struct {
  const char *qid;
  int type; /* enum nkg_etype, or NKG_CLASS_VETO */
} classes[] = {
    {"Q5", NKG_E_PERSON},         /* human; kept only if political, see below */
    {"Q6256", NKG_E_COUNTRY},     /* country */
    {"Q3624078", NKG_E_COUNTRY},  /* sovereign state */
    {"Q15634554", NKG_E_COUNTRY}, /* state with limited recognition: Kosovo */
    {"Q3024240", NKG_CLASS_VETO}, /* historical country: Soviet Union, skipped */
    {"Q515", NKG_E_CITY},         /* city */
    {"Q1549591", NKG_E_CITY},     /* big city */
    {"Q5119", NKG_E_CITY},        /* capital */
    {"Q1637706", NKG_E_CITY},     /* city with millions of inhabitants */
    {"Q82794", NKG_E_REGION},     /* geographic region: the Middle East */
    {"Q5107", NKG_E_REGION},      /* continent */
    {"Q35657", NKG_E_REGION},     /* state of the United States */
    {"Q107390", NKG_E_REGION},    /* federated state: Bavaria */
    {"Q10864048", NKG_E_REGION},  /* first-level administrative division */
    {"Q43229", NKG_E_ORG},        /* organization */
    {"Q484652", NKG_E_ORG},       /* international organization */
    {"Q7210356", NKG_E_ORG},      /* political organization */
    {"Q7278", NKG_E_ORG},         /* political party */
    {"Q327333", NKG_E_ORG},       /* government agency */
    {"Q245065", NKG_E_ORG},       /* intergovernmental organization: OSCE */
};

/* Occupations (P106) that keep a human without a position held (P39):
   the table stays with news actors, not every person Wikidata knows. */
#define OCC_POLITICIAN "Q82955"
#define OCC_DIPLOMAT "Q193391"

enum fact { F_LABEL, F_ALIAS, F_DESC, F_CLASS, F_P17, F_P27, F_P39, F_P106 };

static const struct {
  const char *iri;
  enum fact fact;
} predicates[] = {
    {"http://www.w3.org/2000/01/rdf-schema#label", F_LABEL}, /* "Vladimir Putin"@en */
    {"http://schema.org/name", F_LABEL},                  /* the label again */
    {"http://www.w3.org/2004/02/skos/core#prefLabel", F_LABEL},
    {"http://www.w3.org/2004/02/skos/core#altLabel", F_ALIAS}, /* "Putin"@en */
    {"http://schema.org/description", F_DESC}, /* "capital of France"@en */
    {WD_DIRECT "P31", F_CLASS},                /* instance of */
    {WD_DIRECT "P17", F_P17},                  /* country (places, bodies) */
    {WD_DIRECT "P27", F_P27},                  /* country of citizenship */
    {WD_DIRECT "P39", F_P39},                  /* position held */
    {WD_DIRECT "P106", F_P106},                /* occupation */
};

/* The facts of one subject.  Fixed-size, so one entity costs the same
   whatever the dump says about it. */
struct entity {
  char qid[QID_CAP];
  size_t qid_len;
  char label[MAX_NAME + 1];            /* "" until an English label */
  char aliases[MAX_ALIASES][MAX_NAME + 1];
  unsigned naliases;
  char desc[MAX_DESC + 1];             /* English description, or "" */
  char p17[QID_CAP], p27[QID_CAP];     /* first value seen, or "" */
  char pos[MAX_POSITIONS][QID_CAP];    /* P39 values, first seen first */
  unsigned npos;
  unsigned types;                      /* bit per enum nkg_etype */
  bool veto, politician, diplomat;
};

struct builder {
  raptor_world *world;
  raptor_parser *parser;
  FILE *out;
  const char *name;         /* the input, in messages */
  char source[SOURCE_CAP];  /* the source column */
  struct entity e;
  bool have;                /* e holds a subject */
  size_t written;           /* rows written */
  size_t line, line_len;    /* lines fed so far; bytes of the open line */
  bool datatype_leaks;      /* raptor keeps a stray datatype reference */
  newskg_status st;         /* the first failure; set once */
};

int nkg_builder_class(const char *qid, size_t len) {
  for (size_t i = 0; i < NKG_COUNT(classes); i++)
    if (strlen(classes[i].qid) == len && memcmp(classes[i].qid, qid, len) == 0)
      return classes[i].type;
  return NKG_CLASS_UNMAPPED;
}

/* ---- terms ---- */

/* The QID of a Wikidata item IRI ("http://www.wikidata.org/entity/Q7747"),
   or NULL for anything else (properties, lexemes, sitelinks, literals). */
static const char *item_qid(const raptor_term *t, size_t *len) {
  if (!t || t->type != RAPTOR_TERM_TYPE_URI)
    return NULL;
  size_t n;
  const char *s = (const char *)raptor_uri_as_counted_string(t->value.uri, &n);
  size_t pl = sizeof WD_ENTITY - 1;
  if (!s || n < pl + 2 || n - pl >= QID_CAP || memcmp(s, WD_ENTITY, pl) != 0 ||
      s[pl] != 'Q')
    return NULL;
  for (size_t i = pl + 1; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return NULL;
  *len = n - pl;
  return s + pl;
}

static bool is_english(const raptor_term *t) {
  if (t->type != RAPTOR_TERM_TYPE_LITERAL)
    return false;
  const unsigned char *l = t->value.literal.language;
  return l && t->value.literal.language_len == 2 && (l[0] | 0x20) == 'e' &&
         (l[1] | 0x20) == 'n';
}

static unsigned current_line(const struct builder *b) {
  raptor_locator *loc = raptor_parser_get_locator(b->parser);
  return loc && loc->line > 0 ? (unsigned)loc->line : (unsigned)b->line + 1u;
}

/* Copies a literal into dst (cap bytes + NUL) as one TSV-safe line: tabs,
   newlines and other controls become spaces, runs of spaces one, ends
   trimmed.  Longer text is dropped (*len 0) or, with `cut`, cut at a
   character boundary.  Invalid UTF-8 (a "\uD800" escape raptor lets
   through) makes the line malformed. */
static newskg_status clean_literal(struct builder *b, const raptor_term *t,
                                   char *dst, size_t cap, bool cut,
                                   size_t *len) {
  const unsigned char *s = t->value.literal.string;
  size_t n = t->value.literal.string_len;
  *len = 0;
  dst[0] = '\0';
  if (!s)
    return NEWSKG_OK;
  if (n > cap) {
    if (!cut)
      return NEWSKG_OK;
    n = cap;
    while (n > 0 && (s[n] & 0xC0) == 0x80)
      n--;
  }
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i] < 0x20 || s[i] == 0x7F ? ' ' : s[i];
    if (c == ' ' && (k == 0 || dst[k - 1] == ' '))
      continue;
    dst[k++] = (char)c;
  }
  while (k && dst[k - 1] == ' ')
    k--;
  dst[k] = '\0';
  if (k && nkg_utf8_check(dst, k) != NEWSKG_OK)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%u: invalid UTF-8 in a literal",
                    b->name, current_line(b));
  *len = k;
  return NEWSKG_OK;
}

static void set_qid(char *dst, const char *qid, size_t len) {
  if (dst[0])
    return; /* the first value seen wins */
  memcpy(dst, qid, len);
  dst[len] = '\0';
}

/* ---- one entity ---- */

static void entity_reset(struct entity *e, const char *qid, size_t len) {
  memcpy(e->qid, qid, len);
  e->qid[len] = '\0';
  e->qid_len = len;
  e->label[0] = e->desc[0] = e->p17[0] = e->p27[0] = '\0';
  e->naliases = e->npos = e->types = 0;
  e->veto = e->politician = e->diplomat = false;
}

static newskg_status add_alias(struct builder *b, const raptor_term *o) {
  struct entity *e = &b->e;
  if (e->naliases == MAX_ALIASES)
    return NEWSKG_OK;
  char *dst = e->aliases[e->naliases];
  size_t n;
  newskg_status st;
  TRY(st, clean_literal(b, o, dst, MAX_NAME, false, &n));
  /* '|' separates aliases in the table: such an alias cannot be written */
  if (n == 0 || memchr(dst, '|', n))
    return NEWSKG_OK;
  for (unsigned i = 0; i < e->naliases; i++)
    if (strcmp(e->aliases[i], dst) == 0)
      return NEWSKG_OK;
  e->naliases++;
  return NEWSKG_OK;
}

static newskg_status add_fact(struct builder *b, enum fact f,
                              const raptor_term *o) {
  struct entity *e = &b->e;
  size_t n, ql = 0;
  const char *q = f >= F_CLASS ? item_qid(o, &ql) : NULL;
  switch (f) {
  case F_LABEL:
    if (e->label[0] || !is_english(o))
      return NEWSKG_OK;
    return clean_literal(b, o, e->label, MAX_NAME, false, &n);
  case F_ALIAS:
    return is_english(o) ? add_alias(b, o) : NEWSKG_OK;
  case F_DESC:
    if (e->desc[0] || !is_english(o))
      return NEWSKG_OK;
    return clean_literal(b, o, e->desc, MAX_DESC, true, &n);
  default:
    break;
  }
  if (!q) /* a literal, or an unknown/no value (a blank node) */
    return NEWSKG_OK;
  switch (f) {
  case F_CLASS: {
    int c = nkg_builder_class(q, ql);
    if (c == NKG_CLASS_VETO)
      e->veto = true;
    else if (c >= 0)
      e->types |= 1u << c;
    break;
  }
  case F_P17:
    set_qid(e->p17, q, ql);
    break;
  case F_P27:
    set_qid(e->p27, q, ql);
    break;
  case F_P39:
    for (unsigned i = 0; i < e->npos; i++)
      if (strncmp(e->pos[i], q, ql) == 0 && e->pos[i][ql] == '\0')
        return NEWSKG_OK;
    if (e->npos < MAX_POSITIONS) {
      memcpy(e->pos[e->npos], q, ql);
      e->pos[e->npos++][ql] = '\0';
    }
    break;
  case F_P106:
    e->politician |= ql == sizeof OCC_POLITICIAN - 1 &&
                     memcmp(q, OCC_POLITICIAN, ql) == 0;
    e->diplomat |= ql == sizeof OCC_DIPLOMAT - 1 &&
                   memcmp(q, OCC_DIPLOMAT, ql) == 0;
    break;
  default:
    break;
  }
  return NEWSKG_OK;
}

static int entity_type(const struct entity *e) {
  if (e->veto || !e->label[0])
    return -1;
  for (int t = 0; t < NKG_E_NTYPES; t++)
    if (e->types & (1u << t))
      return t;
  return -1;
}

/* Writes the row of the current entity, or nothing if it is not one the
   table keeps: no English label, no mapped class, a vetoed class, or a
   person who is neither office holder, politician nor diplomat. */
static newskg_status emit(struct builder *b) {
  const struct entity *e = &b->e;
  int type = entity_type(e);
  if (type < 0)
    return NEWSKG_OK;
  bool person = type == NKG_E_PERSON;
  if (person && !e->npos && !e->politician && !e->diplomat)
    return NEWSKG_OK;
  FILE *f = b->out;
  int err = fprintf(f, "%s\t%s\t", e->qid, e->label) < 0;
  bool first = true;
  for (unsigned i = 0; i < e->naliases; i++) {
    if (strcmp(e->aliases[i], e->label) == 0)
      continue;
    err |= fprintf(f, "%s%s", first ? "" : "|", e->aliases[i]) < 0;
    first = false;
  }
  const char *country = person ? e->p27 : type == NKG_E_COUNTRY ? "" : e->p17;
  if (strcmp(country, e->qid) == 0)
    country = "";
  err |= fprintf(f, "\t%s\t%s\t", nkg_etype_name((uint8_t)type), country) < 0;
  if (person) {
    /* "politician, positions: Q11696 Q..." -- no offices with years here;
       the office parser ignores what has no "(start–end)" */
    err |= fputs(e->npos || e->politician ? "politician" : "diplomat", f) < 0;
    for (unsigned i = 0; i < e->npos; i++)
      err |= fprintf(f, "%s%s", i ? " " : ", positions: ", e->pos[i]) < 0;
  } else {
    err |= fputs(e->desc, f) < 0;
  }
  err |= fprintf(f, "\t%s\n", b->source) < 0;
  if (err)
    return nkg_fail(NEWSKG_ERR_IO, "cannot write the gazetteer");
  b->written++;
  return NEWSKG_OK;
}

/* ---- raptor callbacks ---- */

static void fail_parse(struct builder *b, newskg_status st) {
  if (b->st == NEWSKG_OK)
    b->st = st;
  raptor_parser_parse_abort(b->parser);
}

static void on_statement(void *data, raptor_statement *s) {
  struct builder *b = data;
  /* raptor2's N-Triples term parser (raptor_ntriples_parse_term in
     src/raptor_ntriples.c: 2.0.15, and upstream's code through 2.0.16)
     makes a typed literal's datatype IRI, copies it into the term and
     never releases its own reference: one IRI leaks per distinct datatype
     (ASan flags it), and a hostile dump with a new datatype on every line
     grows memory without bound.  The term holds its own reference until
     the statement is freed, so dropping the stray one here is safe; later
     versions, which may fix it, are left alone. */
  const raptor_term *o = s->object;
  if (b->datatype_leaks && o && o->type == RAPTOR_TERM_TYPE_LITERAL &&
      o->value.literal.datatype)
    raptor_free_uri(o->value.literal.datatype);
  size_t ql;
  const char *q = item_qid(s->subject, &ql);
  if (b->st != NEWSKG_OK || !q)
    return; /* failed already, or a triple about no item (sitelinks) */
  newskg_status st;
  if (!b->have || ql != b->e.qid_len || memcmp(q, b->e.qid, ql) != 0) {
    if (b->have && (st = emit(b)) != NEWSKG_OK) {
      fail_parse(b, st);
      return;
    }
    entity_reset(&b->e, q, ql);
    b->have = true;
  }
  if (s->predicate->type != RAPTOR_TERM_TYPE_URI)
    return;
  size_t pl;
  const char *p =
      (const char *)raptor_uri_as_counted_string(s->predicate->value.uri, &pl);
  for (size_t i = 0; i < NKG_COUNT(predicates); i++)
    if (strlen(predicates[i].iri) == pl && memcmp(predicates[i].iri, p, pl) == 0) {
      if ((st = add_fact(b, predicates[i].fact, s->object)) != NEWSKG_OK)
        fail_parse(b, st);
      return;
    }
}

/* The first error stops the build.  raptor 2.0.15 leaks the terms it made
   of a line it rejects, and finishes the chunk it is parsing after an
   abort, so a failed build leaks what it made of the bad lines of one
   chunk (64 KiB of input) at most. */
static void on_log(void *data, raptor_log_message *m) {
  struct builder *b = data;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || b->st != NEWSKG_OK)
    return; /* warnings do not stop a build */
  /* one line whatever raptor quotes from the input, cut on a character */
  char text[200];
  size_t k = 0;
  const char *t = m->text ? m->text : "parse error";
  for (; *t && k < sizeof text - 1; t++)
    text[k++] = (unsigned char)*t < 0x20 ? ' ' : *t;
  if (*t)
    while (k > 0 && ((unsigned char)t[0] & 0xC0) == 0x80)
      k--, t--;
  /* raptor 2.0.15 quotes stray bytes in some messages ("Illegal string
     escape \' in ..." prints a pointer's bytes): keep the message UTF-8 */
  if (nkg_utf8_check(text, k) != NEWSKG_OK)
    for (size_t i = 0; i < k; i++)
      if ((unsigned char)text[i] >= 0x80)
        text[i] = '?';
  text[k] = '\0';
  unsigned line = m->locator && m->locator->line > 0 ? (unsigned)m->locator->line
                                                      : (unsigned)b->line + 1u;
  fail_parse(b, nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%u: %s", b->name, line, text));
}

/* ---- input ---- */

/* Hands decompressed bytes to raptor, first checking that no line runs
   past NEWSKG_MAX_DUMP_LINE_BYTES (raptor would buffer all of it). */
static newskg_status feed(struct builder *b, const unsigned char *p, size_t n) {
  for (const unsigned char *s = p, *end = p + n; s < end;) {
    const unsigned char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t seg = nl ? (size_t)(nl - s) : (size_t)(end - s);
    if (b->line_len + seg > NEWSKG_MAX_DUMP_LINE_BYTES)
      return nkg_fail(NEWSKG_ERR_LIMIT, "%s:%zu: line longer than %zu bytes",
                      b->name, b->line + 1, NEWSKG_MAX_DUMP_LINE_BYTES);
    if (nl)
      b->line++, b->line_len = 0, s = nl + 1;
    else
      b->line_len += seg, s = end;
  }
  if (raptor_parser_parse_chunk(b->parser, p, n, 0) != 0 && b->st == NEWSKG_OK)
    b->st = nkg_fail(NEWSKG_ERR_RDF, "%s: the N-Triples parser failed", b->name);
  return b->st;
}

/* Inflates what z holds and feeds it.  Dumps may be multi-member gzip
   (concatenated streams): a finished member with input left starts the
   next one. */
static newskg_status inflate_feed(struct builder *b, z_stream *z,
                                  bool *member_done, unsigned char *buf) {
  newskg_status st;
  for (;;) {
    if (*member_done) {
      if (z->avail_in == 0)
        return NEWSKG_OK;
      if (inflateReset(z) != Z_OK)
        return NEWSKG_ERR_INTERNAL;
      *member_done = false;
    }
    z->next_out = buf;
    z->avail_out = (uInt)CHUNK;
    int r = inflate(z, Z_NO_FLUSH);
    size_t got = CHUNK - z->avail_out;
    if (got)
      TRY(st, feed(b, buf, got));
    if (r == Z_STREAM_END) {
      *member_done = true;
    } else if (r == Z_OK) {
      if (z->avail_in == 0 && z->avail_out != 0)
        return NEWSKG_OK;
    } else if (r == Z_BUF_ERROR) {
      return NEWSKG_OK; /* needs more input */
    } else if (r == Z_MEM_ERROR) {
      return NEWSKG_ERR_NOMEM;
    } else {
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "%s: corrupt gzip data at compressed byte %lu: %s",
                      b->name, (unsigned long)z->total_in,
                      z->msg ? z->msg : "stream error");
    }
  }
}

/* Reads `in` to its end, inflating if it starts with the gzip magic. */
static newskg_status read_all(struct builder *b, FILE *in, unsigned char *raw,
                              unsigned char *plain) {
  z_stream z;
  memset(&z, 0, sizeof z);
  bool gzip = false, member_done = false, first = true;
  newskg_status st = NEWSKG_OK;
  for (;;) {
    size_t n = fread(raw, 1, CHUNK, in);
    if (n == 0) {
      if (ferror(in))
        st = nkg_fail(NEWSKG_ERR_IO, "cannot read '%s'", b->name);
      break;
    }
    if (first) {
      first = false;
      gzip = n >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;
      if (gzip && inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        gzip = false; /* nothing to inflateEnd */
        st = NEWSKG_ERR_NOMEM;
        break;
      }
    }
    if (!gzip) {
      if ((st = feed(b, raw, n)) != NEWSKG_OK)
        break;
      continue;
    }
    z.next_in = raw;
    z.avail_in = (uInt)n;
    if ((st = inflate_feed(b, &z, &member_done, plain)) != NEWSKG_OK)
      break;
  }
  if (gzip) {
    if (st == NEWSKG_OK && !member_done)
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s: gzip data ends early (truncated file?)", b->name);
    inflateEnd(&z);
  }
  return st;
}

/* "wikidata-truthy-dump:<name>", kept to one valid UTF-8 line: file names
   may hold any bytes, and one bad byte would make the table unloadable. */
static void make_source(char *dst, const char *name) {
  static const char prefix[] = "wikidata-truthy-dump:";
  size_t k = sizeof prefix - 1, nl = strlen(name);
  memcpy(dst, prefix, k);
  bool utf8 = nkg_utf8_check(name, nl) == NEWSKG_OK;
  nkg_clear_error();
  for (size_t i = 0; i < nl && k < SOURCE_CAP - 1; i++) {
    unsigned char c = (unsigned char)name[i];
    dst[k++] = c < 0x20 || c == 0x7F ? ' ' : (c >= 0x80 && !utf8) ? '?' : (char)c;
  }
  /* a cut name must not end inside a character */
  if (k == SOURCE_CAP - 1)
    while (k > sizeof prefix - 1 && ((unsigned char)dst[k] & 0xC0) == 0x80)
      k--;
  dst[k] = '\0';
}

newskg_status newskg_gazetteer_build(FILE *in, const char *source_name,
                                     FILE *out, size_t *entities_written) {
  if (entities_written)
    *entities_written = 0;
  if (!in || !out)
    return NEWSKG_ERR_BAD_ARG;
  nkg_clear_error();
  struct builder *b = calloc(1, sizeof *b);
  unsigned char *raw = malloc(CHUNK), *plain = malloc(CHUNK);
  raptor_uri *base = NULL;
  newskg_status st = NEWSKG_ERR_NOMEM;
  if (!b || !raw || !plain)
    goto done;
  b->out = out;
  b->name = source_name ? source_name : "-";
  b->datatype_leaks = raptor_version_decimal <= 20016;
  make_source(b->source, b->name);
  st = NEWSKG_ERR_RDF;
  b->world = raptor_new_world();
  /* Interning shares each IRI through an AVL tree: for a stream of
     triples freed one by one it only costs lookups (a quarter of the
     build's time), so every term gets its own copy instead. */
  if (!b->world ||
      raptor_world_set_flag(b->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0) != 0 ||
      raptor_world_open(b->world) != 0)
    goto done;
  raptor_world_set_log_handler(b->world, b, on_log);
  b->parser = raptor_new_parser(b->world, "ntriples");
  base = raptor_new_uri(b->world, (const unsigned char *)WD_ENTITY);
  if (!b->parser || !base)
    goto done;
  raptor_parser_set_statement_handler(b->parser, b, on_statement);
  if (raptor_parser_parse_start(b->parser, base) != 0)
    goto done;
  if (fputs("qid\tlabel\taliases\ttype\tcountry\tdescription\tsource\n", out) < 0) {
    st = nkg_fail(NEWSKG_ERR_IO, "cannot write the gazetteer");
    goto done;
  }
  st = read_all(b, in, raw, plain);
  if (st == NEWSKG_OK &&
      raptor_parser_parse_chunk(b->parser, NULL, 0, 1) != 0 && b->st == NEWSKG_OK)
    b->st = nkg_fail(NEWSKG_ERR_RDF, "%s: the N-Triples parser failed", b->name);
  if (st == NEWSKG_OK)
    st = b->st;
  if (st == NEWSKG_OK && b->have)
    st = emit(b);
  if (st == NEWSKG_OK && (fflush(out) != 0 || ferror(out)))
    st = nkg_fail(NEWSKG_ERR_IO, "cannot write the gazetteer");
done:
  if (b) {
    if (entities_written)
      *entities_written = b->written;
    if (base)
      raptor_free_uri(base);
    if (b->parser)
      raptor_free_parser(b->parser);
    if (b->world)
      raptor_free_world(b->world);
  }
  free(b);
  free(raw);
  free(plain);
  return st;
}
