/*
 * The per-document arena (see nkg.h) and the small helpers every stage
 * shares: error messages and a stable hash.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg.h"

struct nkg_arena_block {
  struct nkg_arena_block *next;
  size_t size;
  /* payload follows, aligned by the struct's size (16 bytes) */
};

enum { ARENA_MIN_BLOCK = 64 * 1024 };

void nkg_arena_init(struct nkg_arena *a) { memset(a, 0, sizeof *a); }

void nkg_arena_free(struct nkg_arena *a) {
  struct nkg_arena_block *b = a->head;
  while (b) {
    struct nkg_arena_block *next = b->next;
    free(b);
    b = next;
  }
  nkg_arena_init(a);
}

void *nkg_arena_alloc(struct nkg_arena *a, size_t size) {
  size = (size + 7u) & ~(size_t)7u;
  if (size == 0)
    size = 8;
  if (!a->head || a->cap - a->used < size) {
    size_t want = size > ARENA_MIN_BLOCK ? size : ARENA_MIN_BLOCK;
    /* Grow geometrically with the document so a large one needs few
       blocks, but never less than the request. */
    if (a->head && a->head->size * 2 > want && a->head->size < (64u << 20))
      want = a->head->size * 2;
    if (want > SIZE_MAX - sizeof(struct nkg_arena_block))
      return NULL;
    struct nkg_arena_block *b = malloc(sizeof *b + want);
    if (!b)
      return NULL;
    b->next = a->head;
    b->size = want;
    a->bytes += want;
    a->head = b;
    a->used = 0;
    a->cap = want;
  }
  void *p = (char *)(a->head + 1) + a->used;
  a->used += size;
  return p;
}

bool nkg_arena_owns(const struct nkg_arena *a, const void *p) {
  /* as integers: pointers into different objects do not compare in C */
  uintptr_t c = (uintptr_t)p;
  for (const struct nkg_arena_block *b = a->head; b; b = b->next) {
    uintptr_t lo = (uintptr_t)(b + 1);
    if (c >= lo && c - lo < b->size)
      return true;
  }
  return false;
}

void *nkg_arena_calloc(struct nkg_arena *a, size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  void *p = nkg_arena_alloc(a, n * size);
  if (p)
    memset(p, 0, n * size);
  return p;
}

char *nkg_arena_strndup(struct nkg_arena *a, const char *s, size_t len) {
  if (len == SIZE_MAX)
    return NULL;
  char *p = nkg_arena_alloc(a, len + 1);
  if (p) {
    memcpy(p, s, len);
    p[len] = '\0';
  }
  return p;
}

char *nkg_arena_printf(struct nkg_arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    return NULL;
  char *p = nkg_arena_alloc(a, (size_t)n + 1);
  if (!p)
    return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

newskg_status nkg_arena_grow(struct nkg_arena *a, void **items, size_t *cap,
                             size_t size, size_t need) {
  if (need <= *cap)
    return NEWSKG_OK;
  size_t ncap = *cap ? *cap : 16;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2 / size)
      return NEWSKG_ERR_NOMEM;
    ncap *= 2;
  }
  void *n = nkg_arena_alloc(a, ncap * size);
  if (!n)
    return NEWSKG_ERR_NOMEM;
  if (*items && *cap)
    memcpy(n, *items, *cap * size);
  *items = n;
  *cap = ncap;
  return NEWSKG_OK;
}

uint64_t nkg_hash64(const void *data, size_t len, uint64_t h) {
  const unsigned char *p = data;
  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static _Thread_local char last_error[512];

newskg_status nkg_fail(newskg_status st, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(last_error, sizeof last_error, fmt, ap);
  va_end(ap);
  return st;
}

void nkg_clear_error(void) { last_error[0] = '\0'; }

const char *newskg_errmsg(void) { return last_error; }

const char *newskg_strerror(newskg_status st) {
  static const char *const text[] = {
      [NEWSKG_OK] = "success",
      [NEWSKG_ERR_NOMEM] = "out of memory",
      [NEWSKG_ERR_IO] = "input/output error",
      [NEWSKG_ERR_BAD_ARG] = "invalid argument",
      [NEWSKG_ERR_BAD_INPUT] = "malformed input",
      [NEWSKG_ERR_LIMIT] = "input too large",
      [NEWSKG_ERR_RDF] = "RDF serializer error",
      [NEWSKG_ERR_XML] = "XML writer error",
      [NEWSKG_ERR_INTERNAL] = "internal error",
      [NEWSKG_ERR_NOT_TEXT] = "not text",
  };
  if ((unsigned)st >= NKG_COUNT(text) || !text[st])
    return "unknown status";
  return text[st];
}
