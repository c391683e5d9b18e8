/*
 * A buffered byte stream over a FILE, inflating gzip on the fly when the
 * data starts with the gzip magic (1f 8b), member after member, so
 * multi-member files (.warc.gz, concatenated .gz) read to their end.  The
 * readers of archives (JSON Lines, WARC) take lines and blocks from it;
 * every buffer it holds is bounded by what the caller asks for, so memory
 * stays flat however long the stream.
 */
#ifndef NKG_INPUT_STREAM_H
#define NKG_INPUT_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <zlib.h>

#include "nkg.h"

struct nkg_stream {
  FILE *f;            /* borrowed */
  const char *name;   /* for messages; borrowed */
  char *buf;          /* decoded bytes; owned (malloc) */
  size_t cap;         /* bytes allocated in buf */
  size_t start, end;  /* the unread bytes are buf[start, end) */
  unsigned char *raw; /* compressed input chunk (gzip only); owned */
  z_stream z;         /* inflate state (gzip only) */
  uint64_t raw_bytes; /* bytes read from f so far */
  uint64_t offset;    /* decoded offset of buf[start] */
  bool gzip;          /* the stream is gzip */
  bool z_ready;       /* z was initialised (inflateEnd needed) */
  bool member_done;   /* a gzip member ended; the next may follow */
  bool eof;           /* no more decoded bytes will come */
  newskg_status err;  /* first error (NEWSKG_OK if none); sticky */
  char errmsg[256];   /* its detail, "read error: ..." */
};

/* Starts reading `f` (read from its current position; never closed) and
   tells gzip from plain data by the first two bytes. */
newskg_status nkg_stream_init(struct nkg_stream *s, FILE *f, const char *name);
void nkg_stream_free(struct nkg_stream *s);

/* Makes at least `want` unread bytes available, fewer only at the end of
   the stream (or on an error, see s->err), and points *p at them.
   Returns how many are available.  Grows the buffer to `want`. */
size_t nkg_stream_peek(struct nkg_stream *s, size_t want, const char **p);

/* Marks `n` bytes (at most what peek made available) as read. */
void nkg_stream_consume(struct nkg_stream *s, size_t n);

/* Reads one line, without its "\n" (and "\r" before it).  *line points
   into the buffer and stays valid until the next call on `s`.  A line
   longer than `max` bytes is skipped up to and including its newline:
   *too_long is set and *len gives its length.  Returns false at the end
   of the stream (or on an error). */
bool nkg_stream_line(struct nkg_stream *s, size_t max, const char **line,
                     size_t *len, bool *too_long);

/* Copies the next `n` bytes to `dst`; returns how many there were (fewer
   at the end of the stream). */
size_t nkg_stream_read(struct nkg_stream *s, char *dst, size_t n);

/* Skips the next `n` bytes without holding them; returns how many there
   were. */
uint64_t nkg_stream_skip(struct nkg_stream *s, uint64_t n);

#endif /* NKG_INPUT_STREAM_H */
