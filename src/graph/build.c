/*
 * Builds a document's RDF graph from the stages below: the NIF context
 * and evidence sentences, the entities (Wikidata IRIs when linked, local
 * IRIs otherwise) with their mentions, and the meeting events with roles,
 * date, status and CAMEO code.  IRIs are derived from content only (ids,
 * names, offsets), so the same input gives the same bytes, and shards of a
 * corpus merge without collisions.
 */
#include <stdio.h>
#include <string.h>

#include "graph/build.h"

#define NO_ENTITY UINT32_MAX

struct b {
  struct nkg_graph_data *g;
  struct nkg_arena *a;
  const struct nkg_build_input *in;
  const char *ctx;        /* NIF context IRI */
  bool nif;               /* evidence spans written (provenance facts+) */
  bool mentions;          /* text, mentions and rules (provenance mentions) */
  const char **ent_iri;   /* per doc entity */
  bool *ent_out;          /* entity triples written */
  bool *sent_out;         /* sentence NIF strings written */
  /* code-point spans already described as NIF strings: a sentence that
     is the whole text, or a name that is a whole line, shares its span
     IRI with another string and must not repeat its triples */
  uint64_t *spans;
  uint32_t span_mask;
};

/* Records span [beg, end); true if it was recorded before.  Open
   addressing in a table sized for every sentence and mention, so it never
   fills. */
static bool span_seen(struct b *b, uint32_t beg, uint32_t end) {
  uint64_t key = ((uint64_t)beg << 32 | end) + 1; /* 0 marks a free slot */
  uint32_t i = (uint32_t)((key * 0x9E3779B97F4A7C15u) >> 32) & b->span_mask;
  while (b->spans[i]) {
    if (b->spans[i] == key)
      return true;
    i = (i + 1) & b->span_mask;
  }
  b->spans[i] = key;
  return false;
}

static const char *wd_iri(struct b *b, const char *qid) {
  return nkg_arena_printf(b->a, NKG_WD "%s", qid);
}

/* IRI-safe form of an arbitrary string: unreserved bytes kept, the rest
   percent-encoded, so any id or name yields a valid IRI. */
static char *iri_escape(struct nkg_arena *a, const char *s, size_t len,
                        bool lower) {
  char *out = nkg_arena_alloc(a, len * 3 + 1);
  if (!out)
    return NULL;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~')
      out[n++] = (char)c;
    else if (c >= 'A' && c <= 'Z')
      out[n++] = lower ? (char)(c + 32) : (char)c;
    else if (c == ' ' && lower)
      out[n++] = '-';
    else
      n += (size_t)snprintf(out + n, 4, "%%%02X", c);
  }
  out[n] = '\0';
  return out;
}

/* A document id as the path of its IRI: as iri_escape(), but '/' stays a
   separator (a file's id is its path: "d/a/x.txt" gives doc/d/a/x.txt),
   and a "." or ".." segment is percent-encoded, since IRI resolution
   would remove it.  Injective: '%' itself is always encoded. */
static char *id_escape(struct nkg_arena *a, const char *id) {
  size_t len = strlen(id);
  char *out = nkg_arena_alloc(a, len * 3 + 1);
  if (!out)
    return NULL;
  size_t n = 0;
  for (size_t i = 0; i < len;) {
    size_t j = i;
    while (j < len && id[j] != '/')
      j++;
    bool dots = (j - i == 1 && id[i] == '.') ||
                (j - i == 2 && id[i] == '.' && id[i + 1] == '.');
    for (size_t k = i; k < j; k++) {
      unsigned char c = (unsigned char)id[k];
      if (!dots && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                    c == '_' || c == '~'))
        out[n++] = (char)c;
      else
        n += (size_t)snprintf(out + n, 4, "%%%02X", c);
    }
    if (j < len)
      out[n++] = '/';
    i = j + 1;
  }
  out[n] = '\0';
  return out;
}

/* A source URL as an IRI: only the characters IRIs forbid are
   percent-encoded, so the link still opens the page. */
static char *url_escape(struct nkg_arena *a, const char *url) {
  size_t len = strlen(url);
  char *out = nkg_arena_alloc(a, len * 3 + 1);
  if (!out)
    return NULL;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)url[i];
    if (c <= 0x20 || c == 0x7F || strchr("<>\"{}|\\^`", c))
      n += (size_t)snprintf(out + n, 4, "%%%02X", c);
    else
      out[n++] = (char)c;
  }
  out[n] = '\0';
  return out;
}

/* "scheme:" with a letter first: a relative reference is not a source */
static bool url_is_absolute(const char *url) {
  if (!((url[0] | 32) >= 'a' && (url[0] | 32) <= 'z'))
    return false;
  for (const char *p = url; *p; p++) {
    if (*p == ':')
      return p > url;
    if (!(((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') ||
          *p == '+' || *p == '-' || *p == '.'))
      return false;
  }
  return false;
}

static const char *cls(uint8_t etype) {
  static const char *const c[] = {NKG_NS "Person", NKG_NS "Country",
                                  NKG_NS "City", NKG_NS "Region",
                                  NKG_NS "Organization"};
  return etype < NKG_E_NTYPES ? c[etype] : NKG_NS "Organization";
}

static const char *kind_class(uint8_t kind) {
  static const char *const c[] = {NULL, NKG_NS "Talks", NKG_NS "Summit",
                                  NKG_NS "Visit", NKG_NS "Negotiation",
                                  NKG_NS "PhoneCall"};
  return kind < NKG_K_LAST ? c[kind] : NULL;
}

#define ADD(s, p, o) TRY(st, nkg_graph_add(b->g, (s), (p), (o)))

/* Spans come in the window's code points; IRIs and indexes are the
   document's. */
static const char *span_iri(struct b *b, uint32_t cb, uint32_t ce) {
  char buf[48];
  uint32_t base = b->in->doc->cp_base;
  snprintf(buf, sizeof buf, "#char=%u,%u", cb + base, ce + base);
  return nkg_arena_printf(b->a, "%s%s", b->g->doc_iri, buf);
}

static const char *uint_lit(struct b *b, uint32_t v) {
  char buf[16];
  snprintf(buf, sizeof buf, "%u", v);
  return nkg_arena_strndup(b->a, buf, strlen(buf));
}

static const char *text_of(struct b *b, uint32_t beg, uint32_t end) {
  return nkg_arena_strndup(b->a, b->in->t->text + beg, end - beg);
}

/* A NIF string (sentence or phrase) anchored in the context. */
static newskg_status nif_string(struct b *b, const char *iri, const char *type,
                                uint32_t byte_beg, uint32_t byte_end,
                                uint32_t cp_beg, uint32_t cp_end) {
  newskg_status st;
  ADD(nkg_iri(iri), nkg_iri(NKG_RDF "type"), nkg_iri(type));
  if (span_seen(b, cp_beg, cp_end))
    return NEWSKG_OK; /* only the new type: the rest is written */
  ADD(nkg_iri(iri), nkg_iri(NKG_RDF "type"), nkg_iri(NKG_NIF "OffsetBasedString"));
  ADD(nkg_iri(iri), nkg_iri(NKG_NIF "referenceContext"), nkg_iri(b->ctx));
  uint32_t gb = cp_beg + b->in->doc->cp_base, ge = cp_end + b->in->doc->cp_base;
  if (gb != 0 || ge != b->in->doc->cp_len) { /* else the context's */
    ADD(nkg_iri(iri), nkg_iri(NKG_NIF "beginIndex"),
        nkg_lit(uint_lit(b, gb), NKG_XSD "nonNegativeInteger"));
    ADD(nkg_iri(iri), nkg_iri(NKG_NIF "endIndex"),
        nkg_lit(uint_lit(b, ge), NKG_XSD "nonNegativeInteger"));
  }
  ADD(nkg_iri(iri), nkg_iri(NKG_NIF "anchorOf"),
      nkg_lit(text_of(b, byte_beg, byte_end), NULL));
  return NEWSKG_OK;
}

/* The IRI of sentence `i`; its NIF triples are written the first time
   (several events and statements may cite one sentence). */
static newskg_status sentence_iri(struct b *b, uint32_t i, const char **out) {
  const struct nkg_sentence *x = &b->in->t->sent[i];
  *out = span_iri(b, x->cp_beg, x->cp_end);
  if (!*out)
    return NEWSKG_ERR_NOMEM;
  if (b->sent_out[i])
    return NEWSKG_OK;
  b->sent_out[i] = true;
  return nif_string(b, *out, NKG_NIF "Sentence", x->beg, x->end, x->cp_beg,
                    x->cp_end);
}

static newskg_status document(struct b *b) {
  const struct nkg_build_input *in = b->in;
  const struct nkg_build_state *d = in->doc;
  newskg_status st;
  if (!b->nif)
    return NEWSKG_OK; /* provenance none: nothing cites the document */
  b->ctx = nkg_arena_printf(d->arena, "%s#char=0,%u", b->g->doc_iri, d->cp_len);
  ADD(nkg_iri(b->ctx), nkg_iri(NKG_RDF "type"), nkg_iri(NKG_NIF "Context"));
  /* the whole text is most of the bytes of a lean graph; each evidence
     span carries its own sentence (nif:anchorOf) */
  if (b->mentions)
    ADD(nkg_iri(b->ctx), nkg_iri(NKG_NIF "isString"),
        nkg_lit(nkg_arena_strndup(b->a, d->text, d->len), NULL));
  ADD(nkg_iri(b->ctx), nkg_iri(NKG_NIF "beginIndex"),
      nkg_lit("0", NKG_XSD "nonNegativeInteger"));
  ADD(nkg_iri(b->ctx), nkg_iri(NKG_NIF "endIndex"),
      nkg_lit(uint_lit(b, d->cp_len), NKG_XSD "nonNegativeInteger"));
  if (in->url && url_is_absolute(in->url))
    ADD(nkg_iri(b->ctx), nkg_iri(NKG_NIF "sourceUrl"),
        nkg_iri(url_escape(b->a, in->url)));
  if (in->pub_iso)
    ADD(nkg_iri(b->ctx), nkg_iri(NKG_NS "publicationDate"),
        nkg_lit(nkg_arena_strndup(b->a, in->pub_iso, strlen(in->pub_iso)),
                NKG_XSD "date"));
  return NEWSKG_OK;
}

/* Adds `iri` to the document's set of written entities; false if an
   earlier window wrote it.  The set and its IRIs live in the document's
   arena (a window's graph may be freed before the next window); the set
   doubles at half full (the old table is abandoned with the arena). */
static bool ent_first(struct b *b, const char *iri, newskg_status *st) {
  struct nkg_build_state *d = b->in->doc;
  if (2 * (d->nents + 1) > d->capents) {
    uint32_t cap = d->capents ? d->capents * 2 : 64;
    const char **k = nkg_arena_calloc(d->arena, cap, sizeof *k);
    if (!k) {
      *st = NEWSKG_ERR_NOMEM;
      return false;
    }
    for (uint32_t i = 0; i < d->capents; i++)
      if (d->ents[i]) {
        uint32_t j = (uint32_t)nkg_hash64(d->ents[i], strlen(d->ents[i]),
                                          NKG_HASH_SEED) & (cap - 1);
        while (k[j])
          j = (j + 1) & (cap - 1);
        k[j] = d->ents[i];
      }
    d->ents = k, d->capents = cap;
  }
  uint32_t j = (uint32_t)nkg_hash64(iri, strlen(iri), NKG_HASH_SEED) &
               (d->capents - 1);
  while (d->ents[j]) {
    if (strcmp(d->ents[j], iri) == 0)
      return false;
    j = (j + 1) & (d->capents - 1);
  }
  if (d->arena != b->a && !(iri = nkg_arena_strndup(d->arena, iri, strlen(iri)))) {
    *st = NEWSKG_ERR_NOMEM;
    return false;
  }
  d->ents[j] = iri;
  d->nents++;
  return true;
}

static newskg_status entity(struct b *b, uint32_t i) {
  const struct nkg_entity *e = &b->in->e->ent[i];
  if (b->ent_out[i])
    return NEWSKG_OK;
  b->ent_out[i] = true;
  const char *iri = b->ent_iri[i];
  newskg_status st = NEWSKG_OK;
  if (!ent_first(b, iri, &st))
    return st; /* an earlier window described it (or out of memory) */
  ADD(nkg_iri(iri), nkg_iri(NKG_RDF "type"), nkg_iri(cls(e->type)));
  ADD(nkg_iri(iri), nkg_iri(NKG_RDFS "label"), nkg_lang(e->label, "en"));
  if (b->mentions)
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "rule"), nkg_lit(e->rule, NULL));
  if (e->city != NO_ENTITY) {
    TRY(st, entity(b, e->city));
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "locatedIn"), nkg_iri(b->ent_iri[e->city]));
  }
  if (e->title) {
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "jobTitle"), nkg_lit(e->title, NULL));
    if (e->country != NO_ENTITY) {
      TRY(st, entity(b, e->country));
      ADD(nkg_iri(iri), nkg_iri(NKG_NS "positionCountry"),
          nkg_iri(b->ent_iri[e->country]));
    }
  }
  b->g->nentities++;
  return NEWSKG_OK;
}

static newskg_status entities(struct b *b) {
  const struct nkg_entities *e = b->in->e;
  newskg_status st;
  for (uint32_t i = 0; i < e->nent; i++) {
    const struct nkg_entity *x = &e->ent[i];
    if (x->gaz != NO_ENTITY) {
      b->ent_iri[i] = wd_iri(b, nkg_gazetteer_entity(b->in->g, x->gaz)->qid);
    } else {
      char h[24];
      uint64_t hash = nkg_hash64(x->key, strlen(x->key), NKG_HASH_SEED + x->type);
      if (x->doc_scoped)
        hash = nkg_hash64(b->g->doc_iri, strlen(b->g->doc_iri), hash);
      snprintf(h, sizeof h, "-%08x", (unsigned)(hash ^ (hash >> 32)));
      const char *slug = iri_escape(b->a, x->key, strlen(x->key), true);
      b->ent_iri[i] = nkg_arena_printf(b->a, "%sentity/%s%s", b->in->base,
                                       slug ? slug : "", h);
    }
    if (!b->ent_iri[i])
      return NEWSKG_ERR_NOMEM;
  }
  for (uint32_t i = 0; i < e->nent; i++)
    if (e->ent[i].named)
      TRY(st, entity(b, i));
  if (!b->mentions)
    return NEWSKG_OK;
  /* mentions as NIF phrases linked with itsrdf:taIdentRef */
  const struct nkg_text *t = b->in->t;
  for (uint32_t m = 0; m < e->nmen; m++) {
    const struct nkg_mention *mm = &e->men[m];
    if (mm->kind == NKG_M_DEMONYM)
      continue;
    const struct nkg_token *kb = &t->tok[mm->tok_beg], *ke = &t->tok[mm->tok_end - 1];
    const char *iri = span_iri(b, kb->cp_beg, ke->cp_end);
    TRY(st, nif_string(b, iri, NKG_NIF "Phrase", kb->beg, ke->end, kb->cp_beg,
                       ke->cp_end));
    ADD(nkg_iri(iri), nkg_iri("http://www.w3.org/2005/11/its/rdf#taIdentRef"),
        nkg_iri(b->ent_iri[mm->entity]));
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "rule"), nkg_lit(mm->rule, NULL));
  }
  return NEWSKG_OK;
}

static const char *date_lex(struct b *b, struct nkg_date d, const char **dt) {
  char buf[32];
  if (d.d) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    *dt = NKG_XSD "date";
  } else if (d.m) {
    snprintf(buf, sizeof buf, "%04d-%02d", d.y, d.m);
    *dt = NKG_XSD "gYearMonth";
  } else {
    snprintf(buf, sizeof buf, "%04d", d.y);
    *dt = NKG_XSD "gYear";
  }
  return nkg_arena_strndup(b->a, buf, strlen(buf));
}

/* CAMEO: the most specific code the frame supports. */
static const char *cameo(const struct nkg_event *ev, const struct b *b) {
  if (ev->planned)
    return "036";
  if (ev->nmed)
    return "045";
  if (ev->kind == NKG_K_CALL)
    return "041";
  if (ev->kind == NKG_K_NEGOTIATION)
    return "046";
  if (ev->host_visit)
    return "043";
  if (ev->kind == NKG_K_VISIT)
    return "042";
  if (ev->location != NO_ENTITY) {
    /* third location: the place is not a participant's own country */
    const struct nkg_entities *e = b->in->e;
    const struct nkg_entity *loc = &e->ent[ev->location];
    uint32_t lc = loc->gaz == NO_ENTITY ? NO_ENTITY
                  : loc->type == NKG_E_COUNTRY
                      ? loc->gaz
                      : nkg_gazetteer_entity(b->in->g, loc->gaz)->country;
    bool home = false;
    for (uint8_t k = 0; k < ev->npart; k++) {
      const struct nkg_entity *p = &e->ent[ev->part[k]];
      if (p->gaz == NO_ENTITY)
        continue;
      uint32_t pc = p->type == NKG_E_COUNTRY
                        ? p->gaz
                        : nkg_gazetteer_entity(b->in->g, p->gaz)->country;
      home |= pc != NO_ENTITY && pc == lc;
    }
    if (lc != NO_ENTITY && !home)
      return "044";
  }
  return "040";
}

/* Cross-document identity: linked participants, a day and a linked place
   name the meeting; the same facts from another article give this IRI. */
static const char *event_iri(struct b *b, const struct nkg_event *ev,
                             uint32_t n) {
  const struct nkg_entities *e = b->in->e;
  bool known = ev->date.d && ev->location != NO_ENTITY &&
               e->ent[ev->location].gaz != NO_ENTITY;
  const char *q[NKG_MAX_ROLE];
  for (uint8_t k = 0; k < ev->npart && known; k++) {
    const struct nkg_entity *p = &e->ent[ev->part[k]];
    if (p->gaz == NO_ENTITY)
      known = false;
    else
      q[k] = nkg_gazetteer_entity(b->in->g, p->gaz)->qid;
  }
  if (!known)
    return nkg_arena_printf(b->a, "%s/event/%u", b->g->doc_iri, n);
  /* sort QIDs so participant order does not matter */
  for (uint8_t i = 1; i < ev->npart; i++)
    for (uint8_t j = i; j > 0 && strcmp(q[j - 1], q[j]) > 0; j--) {
      const char *x = q[j];
      q[j] = q[j - 1], q[j - 1] = x;
    }
  uint64_t h = NKG_HASH_SEED;
  for (uint8_t k = 0; k < ev->npart; k++)
    h = nkg_hash64(q[k], strlen(q[k]) + 1, h);
  char d[32];
  snprintf(d, sizeof d, "%04d-%02d-%02d", ev->date.y, ev->date.m, ev->date.d);
  h = nkg_hash64(d, strlen(d), h);
  const char *lq = nkg_gazetteer_entity(b->in->g, e->ent[ev->location].gaz)->qid;
  h = nkg_hash64(lq, strlen(lq), h);
  h = nkg_hash64(ev->planned ? "p" : "r", 1, h);
  return nkg_arena_printf(b->a, "%sevent/%s-%016llx", b->in->base, d,
                          (unsigned long long)h);
}

static const char *label_of(struct b *b, uint32_t ent) {
  return b->in->e->ent[ent].label;
}

static newskg_status explain(struct b *b, const char *ev_iri, const char *role,
                             const char *value, const char *rule,
                             const char *text) {
  return nkg_graph_explain_add(
      b->g, nkg_arena_printf(b->a, "%s %s %s", ev_iri, role, value), rule,
      text);
}

static newskg_status event(struct b *b, const struct nkg_event *ev, uint32_t n,
                           const char **out_iri) {
  const struct nkg_text *t = b->in->t;
  newskg_status st;
  const char *iri = event_iri(b, ev, n);
  *out_iri = iri;
  const struct nkg_sentence *s = &t->sent[ev->sent];
  const char *sent_iri = span_iri(b, s->cp_beg, s->cp_end);
  const char *stext = text_of(b, s->beg, s->end);
  if (!iri || !sent_iri || !stext)
    return NEWSKG_ERR_NOMEM;
  /* label: "meeting of A and B in C on D" */
  size_t cap = 256;
  for (uint8_t k = 0; k < ev->npart; k++)
    cap += strlen(label_of(b, ev->part[k])) + 8;
  char *label = nkg_arena_alloc(b->a, cap);
  if (!label)
    return NEWSKG_ERR_NOMEM;
  size_t len = (size_t)snprintf(label, cap, "%s%s of ", ev->planned ? "planned " : "",
                                nkg_event_kind_name(ev->kind));
  for (uint8_t k = 0; k < ev->npart; k++)
    len += (size_t)snprintf(label + len, cap - len, "%s%s",
                            k == 0 ? "" : k + 1 == ev->npart ? " and " : ", ",
                            label_of(b, ev->part[k]));
  if (ev->location != NO_ENTITY && len < cap)
    len += (size_t)snprintf(label + len, cap - len, " in %.80s",
                            label_of(b, ev->location));
  const char *dt = NULL;
  const char *date = ev->date.y ? date_lex(b, ev->date, &dt) : NULL;
  if (date && len < cap)
    snprintf(label + len, cap - len, " (%s)", date);

  ADD(nkg_iri(iri), nkg_iri(NKG_RDF "type"), nkg_iri(NKG_NS "Meeting"));
  if (kind_class(ev->kind))
    ADD(nkg_iri(iri), nkg_iri(NKG_RDF "type"), nkg_iri(kind_class(ev->kind)));
  ADD(nkg_iri(iri), nkg_iri(NKG_RDFS "label"), nkg_lang(label, "en"));
  if (b->mentions)
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "rule"), nkg_lit(ev->rule, NULL));
  /* the most specific class written above ("Talks", not "Meeting"), as
     the local name of its IRI, so --explain says what the graph says */
  const char *cls_iri = kind_class(ev->kind) ? kind_class(ev->kind)
                                             : NKG_NS "Meeting";
  TRY(st, explain(b, iri, "type", cls_iri + strlen(NKG_NS), ev->rule, stext));
  for (uint8_t k = 0; k < ev->npart; k++) {
    TRY(st, entity(b, ev->part[k]));
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "participant"), nkg_iri(b->ent_iri[ev->part[k]]));
    TRY(st, explain(b, iri, "participant", label_of(b, ev->part[k]),
                    ev->part_rule[k], stext));
  }
  for (uint8_t k = 0; k < ev->nmed; k++) {
    TRY(st, entity(b, ev->med[k]));
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "mediator"), nkg_iri(b->ent_iri[ev->med[k]]));
    TRY(st, explain(b, iri, "mediator", label_of(b, ev->med[k]), ev->med_rule[k],
                    stext));
  }
  if (ev->location != NO_ENTITY) {
    TRY(st, entity(b, ev->location));
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "location"), nkg_iri(b->ent_iri[ev->location]));
    TRY(st, explain(b, iri, "location", label_of(b, ev->location), ev->loc_rule,
                    stext));
  }
  if (date) {
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "date"), nkg_lit(date, dt));
    TRY(st, explain(b, iri, "date", date, ev->date_rule, stext));
  }
  if (ev->planned) {
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "planned"), nkg_lit("true", NKG_XSD "boolean"));
    TRY(st, explain(b, iri, "planned", "true",
                    nkg_arena_printf(b->a, "planned-cue:%s", ev->planned_rule),
                    stext));
  }
  ADD(nkg_iri(iri), nkg_iri(NKG_NS "cameoCode"), nkg_lit(cameo(ev, b), NULL));
  /* provenance: every sentence that reports it */
  uint32_t sents[5] = {ev->sent};
  uint8_t ns = b->nif ? 1 : 0;
  for (uint8_t k = 0; k < ev->nextra && b->nif; k++)
    sents[ns++] = ev->extra_sent[k];
  for (uint8_t k = 0; k < ns; k++) {
    const char *si;
    TRY(st, sentence_iri(b, sents[k], &si));
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "evidence"), nkg_iri(si));
  }
  b->g->nevents++;
  return NEWSKG_OK;
}

static newskg_status statement(struct b *b, const struct nkg_statement *x,
                               uint32_t n, const char *const *event_iris) {
  const struct nkg_text *t = b->in->t;
  newskg_status st;
  const char *iri = nkg_arena_printf(b->a, "%s/statement/%u", b->g->doc_iri, n);
  const struct nkg_sentence *s = &t->sent[x->sent];
  const char *si = NULL;
  if (b->nif)
    TRY(st, sentence_iri(b, x->sent, &si));
  if (!iri)
    return NEWSKG_ERR_NOMEM;
  TRY(st, entity(b, x->speaker));
  ADD(nkg_iri(iri), nkg_iri(NKG_RDF "type"), nkg_iri(NKG_NS "Statement"));
  ADD(nkg_iri(iri), nkg_iri(NKG_RDFS "label"),
      nkg_lang(nkg_arena_printf(b->a, "statement by %s",
                                b->in->e->ent[x->speaker].label), "en"));
  ADD(nkg_iri(iri), nkg_iri(NKG_NS "speaker"), nkg_iri(b->ent_iri[x->speaker]));
  ADD(nkg_iri(iri), nkg_iri(NKG_NS "quote"),
      nkg_lit(text_of(b, x->q_beg, x->q_end), NULL));
  if (b->mentions)
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "rule"), nkg_lit(x->rule, NULL));
  if (x->about != UINT32_MAX && event_iris[x->about])
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "about"), nkg_iri(event_iris[x->about]));
  if (si)
    ADD(nkg_iri(iri), nkg_iri(NKG_NS "evidence"), nkg_iri(si));
  return explain(b, iri, "speaker", b->in->e->ent[x->speaker].label, x->rule,
                 text_of(b, s->beg, s->end));
}

newskg_status nkg_graph_build(const struct nkg_build_input *in,
                              struct nkg_graph_data *g) {
  struct b b = {.g = g, .a = &g->arena, .in = in,
               .nif = in->provenance != NEWSKG_PROVENANCE_NONE,
               .mentions = in->provenance == NEWSKG_PROVENANCE_MENTIONS};
  newskg_status st;
  struct nkg_build_state *d = in->doc;
  if (!d->started) {
    const char *id = in->id;
    char hid[32];
    if (!id) {
      uint64_t h = nkg_hash64(d->text, d->len, NKG_HASH_SEED);
      snprintf(hid, sizeof hid, "sha-%016llx", (unsigned long long)h);
      id = hid;
    }
    const char *eid = id_escape(d->arena, id);
    d->doc_iri = eid ? nkg_arena_printf(d->arena, "%sdoc/%s", in->base, eid)
                     : NULL;
  }
  g->doc_iri = d->doc_iri;
  b.ent_iri = nkg_arena_calloc(b.a, in->e->nent + 1u, sizeof *b.ent_iri);
  b.ent_out = nkg_arena_calloc(b.a, in->e->nent + 1u, sizeof *b.ent_out);
  b.sent_out = nkg_arena_calloc(b.a, in->t->nsent + 1u, sizeof *b.sent_out);
  uint64_t need = 2 * ((uint64_t)in->t->nsent + in->e->nmen + 1);
  uint32_t cap = 16;
  while (cap < need)
    cap *= 2;
  b.spans = nkg_arena_calloc(b.a, cap, sizeof *b.spans);
  b.span_mask = cap - 1;
  if (!g->doc_iri || !b.ent_iri || !b.ent_out || !b.sent_out || !b.spans)
    return NEWSKG_ERR_NOMEM;
  if (!d->started) {
    TRY(st, document(&b));
    d->ctx = b.ctx;
    d->started = true;
  }
  b.ctx = d->ctx;
  TRY(st, entities(&b));
  uint32_t n = d->events; /* numbered on from the windows before */
  const char **iris = nkg_arena_calloc(b.a, in->ev->nev + 1u, sizeof *iris);
  if (!iris)
    return NEWSKG_ERR_NOMEM;
  for (uint32_t i = 0; i < in->ev->nev; i++)
    if (in->ev->ev[i].merged_into == UINT32_MAX)
      TRY(st, event(&b, &in->ev->ev[i], ++n, &iris[i]));
  d->events = n;
  for (uint32_t i = 0; i < in->ev->nst; i++)
    TRY(st, statement(&b, &in->ev->st[i], d->statements + i + 1, iris));
  d->statements += in->ev->nst;
  return NEWSKG_OK;
}

static newskg_status detach(struct nkg_graph_data *g, const struct nkg_arena *a,
                            const char **s) {
  if (*s && nkg_arena_owns(a, *s)) {
    *s = nkg_arena_strndup(&g->arena, *s, strlen(*s));
    if (!*s)
      return NEWSKG_ERR_NOMEM;
  }
  return NEWSKG_OK;
}

newskg_status nkg_graph_detach(struct nkg_graph_data *g, size_t t0, size_t x0,
                               const struct nkg_arena *a) {
  newskg_status st;
  for (size_t i = t0; i < g->ntriples; i++) {
    struct nkg_term *terms[3] = {&g->triples[i].s, &g->triples[i].p,
                                 &g->triples[i].o};
    for (int k = 0; k < 3; k++) {
      TRY(st, detach(g, a, &terms[k]->value));
      TRY(st, detach(g, a, &terms[k]->datatype));
      TRY(st, detach(g, a, &terms[k]->lang));
    }
  }
  for (size_t i = x0; i < g->nexplain; i++) {
    TRY(st, detach(g, a, &g->explain[i].fact));
    TRY(st, detach(g, a, &g->explain[i].rule));
    TRY(st, detach(g, a, &g->explain[i].text));
  }
  return NEWSKG_OK;
}
