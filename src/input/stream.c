/*
 * Buffered, optionally gzip-inflating byte stream for the archive readers
 * (see stream.h).  The buffer holds a window of decoded bytes; it grows
 * only to the longest line or block a caller asks for, never to the
 * stream.  Errors are sticky: after the first one the stream reports its
 * end, and the reader that owns it turns s->err into its own status.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "input/stream.h"

#define CHUNK ((size_t)64 * 1024) /* bytes read, and inflated, at a time */

static bool stream_fail(struct nkg_stream *s, newskg_status st, const char *fmt,
                        ...) __attribute__((format(printf, 3, 4)));

static bool stream_fail(struct nkg_stream *s, newskg_status st, const char *fmt,
                        ...) {
  if (s->err == NEWSKG_OK) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->errmsg, sizeof s->errmsg, fmt, ap);
    va_end(ap);
    s->err = st;
  }
  s->eof = true;
  return false;
}

newskg_status nkg_stream_init(struct nkg_stream *s, FILE *f, const char *name) {
  memset(s, 0, sizeof *s);
  s->f = f;
  s->name = name;
  s->buf = malloc(CHUNK);
  s->raw = malloc(CHUNK);
  if (!s->buf || !s->raw) {
    nkg_stream_free(s);
    return NEWSKG_ERR_NOMEM;
  }
  s->cap = CHUNK;
  size_t n = fread(s->raw, 1, CHUNK, f);
  s->raw_bytes = n;
  if (n < CHUNK && ferror(f)) {
    int e = errno;
    stream_fail(s, NEWSKG_ERR_IO, "read error: %s", e ? strerror(e) : "I/O");
  }
  s->gzip = n >= 2 && s->raw[0] == 0x1F && s->raw[1] == 0x8B;
  if (s->gzip) {
    /* 16 + MAX_WBITS: gzip wrapper only (a zlib stream is no .gz file) */
    if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
      nkg_stream_free(s);
      return NEWSKG_ERR_NOMEM;
    }
    s->z_ready = true;
    s->z.next_in = s->raw;
    s->z.avail_in = (uInt)n;
  } else {
    memcpy(s->buf, s->raw, n);
    s->end = n;
    free(s->raw);
    s->raw = NULL;
    /* A short read that met the end is the end: reading again would wait
       for a second Ctrl-D on a terminal. */
    if (n == 0 || (n < CHUNK && feof(f)))
      s->eof = true;
  }
  return NEWSKG_OK;
}

void nkg_stream_free(struct nkg_stream *s) {
  if (s->z_ready)
    inflateEnd(&s->z);
  free(s->buf);
  free(s->raw);
  s->buf = NULL;
  s->raw = NULL;
  s->z_ready = false;
}

/* Appends decoded bytes at buf[end] (the caller leaves room).  False when
   none came: the end of the stream or an error. */
static bool fill(struct nkg_stream *s) {
  if (s->eof)
    return false;
  if (!s->gzip) {
    size_t want = s->cap - s->end;
    size_t r = fread(s->buf + s->end, 1, want, s->f);
    s->raw_bytes += r;
    s->end += r;
    if (r > 0) {
      if (r < want && feof(s->f))
        s->eof = true; /* as at init: one Ctrl-D ends a terminal's input */
      return true;
    }
    if (ferror(s->f)) {
      int e = errno;
      return stream_fail(s, NEWSKG_ERR_IO, "read error: %s",
                         e ? strerror(e) : "I/O");
    }
    s->eof = true;
    return false;
  }
  for (;;) {
    if (s->z.avail_in == 0) {
      size_t r = fread(s->raw, 1, CHUNK, s->f);
      s->raw_bytes += r;
      if (r == 0) {
        if (ferror(s->f)) {
          int e = errno;
          return stream_fail(s, NEWSKG_ERR_IO, "read error: %s",
                             e ? strerror(e) : "I/O");
        }
        if (!s->member_done)
          return stream_fail(s, NEWSKG_ERR_BAD_INPUT,
                             "gzip data ends early (truncated file?)");
        s->eof = true;
        return false;
      }
      s->z.next_in = s->raw;
      s->z.avail_in = (uInt)r;
    }
    if (s->member_done) {
      /* more bytes after a member: the next member of a multi-member
         file (each WARC record is one in a .warc.gz) */
      if (inflateReset(&s->z) != Z_OK)
        return stream_fail(s, NEWSKG_ERR_INTERNAL, "inflateReset failed");
      s->member_done = false;
    }
    size_t room = s->cap - s->end;
    s->z.next_out = (unsigned char *)s->buf + s->end;
    s->z.avail_out = (uInt)room;
    int rc = inflate(&s->z, Z_NO_FLUSH);
    size_t got = room - s->z.avail_out;
    s->end += got;
    if (rc == Z_STREAM_END)
      s->member_done = true;
    else if (rc == Z_MEM_ERROR)
      return stream_fail(s, NEWSKG_ERR_NOMEM, "out of memory inflating");
    else if (rc != Z_OK && !(rc == Z_BUF_ERROR && s->z.avail_in == 0))
      return stream_fail(s, NEWSKG_ERR_BAD_INPUT,
                         "corrupt gzip data near compressed byte %llu: %s",
                         (unsigned long long)(s->raw_bytes - s->z.avail_in),
                         s->z.msg ? s->z.msg : "invalid data");
    if (got > 0)
      return true;
  }
}

size_t nkg_stream_peek(struct nkg_stream *s, size_t want, const char **p) {
  if (s->end - s->start < want) {
    if (want > s->cap) {
      size_t ncap = s->cap;
      while (ncap < want)
        ncap = ncap > SIZE_MAX / 2 ? want : ncap * 2;
      /* drop what was read before growing, so only unread bytes move */
      memmove(s->buf, s->buf + s->start, s->end - s->start);
      s->end -= s->start;
      s->start = 0;
      char *nb = realloc(s->buf, ncap);
      if (!nb) {
        stream_fail(s, NEWSKG_ERR_NOMEM, "out of memory");
        *p = s->buf + s->start;
        return s->end - s->start;
      }
      s->buf = nb;
      s->cap = ncap;
    }
    if (s->cap - s->start < want) {
      memmove(s->buf, s->buf + s->start, s->end - s->start);
      s->end -= s->start;
      s->start = 0;
    }
    while (s->end - s->start < want && fill(s))
      ;
  }
  *p = s->buf + s->start;
  return s->end - s->start;
}

void nkg_stream_consume(struct nkg_stream *s, size_t n) {
  if (n > s->end - s->start)
    n = s->end - s->start;
  s->start += n;
  s->offset += n;
  if (s->start == s->end)
    s->start = s->end = 0;
}

bool nkg_stream_line(struct nkg_stream *s, size_t max, const char **line,
                     size_t *len, bool *too_long) {
  *too_long = false;
  size_t scanned = 0;
  const char *p;
  for (;;) {
    size_t have = s->end - s->start;
    const char *nl = have > scanned ? memchr(s->buf + s->start + scanned, '\n',
                                             have - scanned)
                                    : NULL;
    if (nl) {
      size_t n = (size_t)(nl - (s->buf + s->start));
      *line = s->buf + s->start;
      nkg_stream_consume(s, n + 1);
      if (n > 0 && (*line)[n - 1] == '\r')
        n--;
      *len = n;
      return true;
    }
    scanned = have;
    if (scanned > max)
      break;
    size_t want = scanned + CHUNK;
    if (want > max + 1)
      want = max + 1;
    if (want <= scanned)
      want = scanned + 1;
    if (nkg_stream_peek(s, want, &p) <= scanned) {
      if (scanned == 0 || s->err != NEWSKG_OK)
        return false; /* the end, or an error (s->err): a line cut off by
                         an error is no line */
      /* the last line, without a newline */
      *line = s->buf + s->start;
      *len = scanned;
      nkg_stream_consume(s, scanned);
      if (*len > 0 && (*line)[*len - 1] == '\r')
        (*len)--;
      return true;
    }
  }
  /* over `max`: drop it up to its newline, holding one chunk at a time */
  size_t total = scanned;
  nkg_stream_consume(s, scanned);
  for (;;) {
    size_t have = nkg_stream_peek(s, 1, &p);
    if (have == 0)
      break;
    const char *nl = memchr(p, '\n', have);
    if (nl) {
      total += (size_t)(nl - p);
      nkg_stream_consume(s, (size_t)(nl - p) + 1);
      break;
    }
    total += have;
    nkg_stream_consume(s, have);
  }
  *line = NULL;
  *len = total;
  *too_long = true;
  return true;
}

size_t nkg_stream_read(struct nkg_stream *s, char *dst, size_t n) {
  size_t done = 0;
  while (done < n) {
    const char *p;
    size_t want = n - done < CHUNK ? n - done : CHUNK;
    size_t have = nkg_stream_peek(s, want, &p);
    if (have == 0)
      break;
    if (have > n - done)
      have = n - done;
    memcpy(dst + done, p, have);
    nkg_stream_consume(s, have);
    done += have;
  }
  return done;
}

uint64_t nkg_stream_skip(struct nkg_stream *s, uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    const char *p;
    size_t want = n - done < CHUNK ? (size_t)(n - done) : CHUNK;
    size_t have = nkg_stream_peek(s, want, &p);
    if (have == 0)
      break;
    if (have > n - done)
      have = (size_t)(n - done);
    nkg_stream_consume(s, have);
    done += have;
  }
  return done;
}
