/*
 * Internal declarations shared by every stage: status helpers, the
 * per-document arena and the thread-local error message.  Nothing here is
 * exported; cross-file internal names use the nkg_ prefix.
 */
#ifndef NKG_NKG_H
#define NKG_NKG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "newskg/newskg.h"

/* Early return for the common "call, and pass any failure up" shape. */
#define TRY(st, expr)                                                          \
  do {                                                                         \
    if (((st) = (expr)) != NEWSKG_OK)                                          \
      return (st);                                                             \
  } while (0)

#define NKG_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Records a detail message for newskg_errmsg() and returns `st`, so error
   sites stay one line: return nkg_fail(NEWSKG_ERR_BAD_INPUT, "...", ...). */
newskg_status nkg_fail(newskg_status st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void nkg_clear_error(void);

/* Bump allocator: everything one document needs (tokens, mentions,
   events, graph terms) is carved from blocks and dropped in one free, so
   error paths cannot leak and no token costs a malloc.  Blocks never move,
   so pointers into the arena stay valid. */
struct nkg_arena_block;
struct nkg_arena {
  struct nkg_arena_block *head; /* newest block; owned */
  size_t used;                  /* bytes used in head */
  size_t cap;                   /* bytes available in head */
  size_t bytes;                 /* of every block: what the arena holds */
};

void nkg_arena_init(struct nkg_arena *a);
void nkg_arena_free(struct nkg_arena *a);
/* NULL on overflow or out of memory. Memory is 8-byte aligned. */
void *nkg_arena_alloc(struct nkg_arena *a, size_t size);
void *nkg_arena_calloc(struct nkg_arena *a, size_t n, size_t size);
/* Whether `p` points into one of the arena's blocks. */
bool nkg_arena_owns(const struct nkg_arena *a, const void *p);
char *nkg_arena_strndup(struct nkg_arena *a, const char *s, size_t len);
char *nkg_arena_printf(struct nkg_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Growable array in an arena: doubles into a fresh arena block, so the old
   storage is simply abandoned with the arena. */
newskg_status nkg_arena_grow(struct nkg_arena *a, void **items, size_t *cap,
                             size_t size, size_t need);

/* A calendar date with its precision: year only, year-month, full day. */
struct nkg_date {
  int16_t y;
  int8_t m, d; /* 0 when unknown */
};

/* Reads "YYYY-MM-DD" from the first 10 of `len` bytes (a digit may not
   follow); false unless it is a real calendar day. */
bool nkg_date_from_iso(const char *s, size_t len, struct nkg_date *out);

/* Reads a whole file ("-": standard input) into malloc'ed memory with a
   NUL after its last byte (not counted in *len).  NEWSKG_ERR_IO says
   "cannot open WHAT'PATH': reason" (`what` is "" or e.g. "model "). */
newskg_status nkg_read_file(const char *path, const char *what, char **buf,
                            size_t *len);

/* 64-bit FNV-1a: stable across runs and machines, so hashes may name
   IRIs (determinism is part of the contract). */
uint64_t nkg_hash64(const void *data, size_t len, uint64_t seed);
#define NKG_HASH_SEED 1469598103934665603ULL

/* The arena bytes (a window's and the document-level state's) the last
   extraction on the calling thread held at once, at its peak
   (pipeline.c): the memory bound of windowed extraction, for the tests. */
size_t nkg_pipeline_peak_bytes(void);

#endif /* NKG_NKG_H */
