/*
 * WARC (ISO 28500, versions 1.0 and 1.1), as news crawlers write it:
 * records of "WARC/1.x" + named fields + a blank line + Content-Length
 * bytes of block.  The pages are in "response" records (the HTTP
 * response as received: status line, headers, payload) and sometimes in
 * "resource" records (the page itself).  Everything else — warcinfo,
 * request, metadata, revisit, responses that are not 2xx HTML — is
 * skipped without being held, so memory is one HTML payload at most,
 * capped at the record limit.
 *
 * The HTTP payload is stored as it came over the wire, so chunked
 * transfer coding and gzip/deflate content coding are undone here; a
 * payload that already is decoded (some crawlers decode and keep the
 * header) is taken as it is.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "input/reader.h"

#define MAX_FIELD_LINE ((size_t)64 * 1024) /* one WARC header line */
#define MAX_FIELDS 512                     /* header lines per record */
#define MAX_HTTP_HEAD ((size_t)64 * 1024)  /* HTTP status + headers */

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* `s` (`n` bytes) starts with lower-case `prefix`, ignoring ASCII case. */
static bool istarts(const char *s, size_t n, const char *prefix) {
  size_t k = strlen(prefix);
  if (n < k)
    return false;
  for (size_t i = 0; i < k; i++)
    if (lower((unsigned char)s[i]) != (unsigned char)prefix[i])
      return false;
  return true;
}

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

/* Splits "Name: value" into a name and a trimmed value; false if no colon. */
static bool field(const char *line, size_t len, size_t *name_len,
                  const char **value, size_t *value_len) {
  const char *colon = memchr(line, ':', len);
  if (!colon)
    return false;
  *name_len = (size_t)(colon - line);
  const char *v = colon + 1, *end = line + len;
  while (v < end && is_blank(*v))
    v++;
  while (end > v && (is_blank(end[-1]) || end[-1] == '\r'))
    end--;
  *value = v;
  *value_len = (size_t)(end - v);
  return true;
}

static bool name_is(const char *name, size_t n, const char *want) {
  return strlen(want) == n && istarts(name, n, want);
}

/* A decimal length; false on anything else or overflow. */
static bool parse_length(const char *s, size_t n, uint64_t *out) {
  uint64_t v = 0;
  if (n == 0)
    return false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9' || v > (UINT64_MAX - 9) / 10)
      return false;
    v = v * 10 + (uint64_t)(s[i] - '0');
  }
  *out = v;
  return true;
}

/* A MIME type is HTML: "text/html; charset=..." or XHTML. */
static bool is_html_type(const char *s, size_t n) {
  return istarts(s, n, "text/html") || istarts(s, n, "application/xhtml+xml");
}

/* What the WARC header of one record says. */
struct warc_head {
  char type[16];   /* WARC-Type, lower case, cut */
  uint64_t length; /* Content-Length */
  bool have_length;
  bool http;       /* Content-Type application/http */
  bool html;       /* Content-Type text/html (resource records) */
  char date[11];   /* WARC-Date's day, or "" */
  const char *uri; /* WARC-Target-URI, in r->url */
};

static void copy_lower(char *dst, size_t cap, const char *s, size_t n) {
  size_t k = n < cap - 1 ? n : cap - 1;
  for (size_t i = 0; i < k; i++)
    dst[i] = (char)lower((unsigned char)s[i]);
  dst[k] = '\0';
}

/* Reads the header fields of a record, after its version line. */
static newskg_status read_head(newskg_reader *r, struct warc_head *h) {
  memset(h, 0, sizeof *h);
  for (int n = 0;; n++) {
    const char *line;
    size_t len;
    bool too_long;
    if (!nkg_stream_line(&r->s, MAX_FIELD_LINE, &line, &len, &too_long)) {
      r->done = true;
      return r->s.err != NEWSKG_OK
                 ? nkg_reader_fail(r, r->s.err, "%s", r->s.errmsg)
                 : nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                                   "the file ends inside a record header");
    }
    if (too_long || n == MAX_FIELDS) {
      r->done = true;
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT, "record header too long");
    }
    if (len == 0)
      return NEWSKG_OK;
    size_t nl, vl;
    const char *v;
    if (is_blank(line[0]) || !field(line, len, &nl, &v, &vl))
      continue; /* a folded continuation, or noise: nothing we need */
    if (name_is(line, nl, "warc-type")) {
      copy_lower(h->type, sizeof h->type, v, vl);
    } else if (name_is(line, nl, "content-length")) {
      h->have_length = parse_length(v, vl, &h->length);
    } else if (name_is(line, nl, "content-type")) {
      h->http = istarts(v, vl, "application/http");
      h->html = is_html_type(v, vl);
    } else if (name_is(line, nl, "warc-date")) {
      if (!nkg_input_iso_date(v, vl, h->date))
        h->date[0] = '\0';
    } else if (name_is(line, nl, "warc-target-uri")) {
      /* WARC 1.0's grammar put the URI in angle brackets; some writers
         followed it */
      if (vl >= 2 && v[0] == '<' && v[vl - 1] == '>')
        v++, vl -= 2;
      free(r->url);
      r->url = vl ? strndup(v, vl) : NULL;
      if (vl && !r->url)
        return NEWSKG_ERR_NOMEM;
      h->uri = r->url;
    }
  }
}

/* What the HTTP response head says. */
struct http_head {
  int status;
  bool html, chunked;
  char encoding[24]; /* Content-Encoding, lower case; "" for identity */
};

/* Parses the HTTP status line and headers in `p` (`n` bytes, ending at
   the blank line). */
static bool parse_http(const char *p, size_t n, struct http_head *h) {
  memset(h, 0, sizeof *h);
  const char *end = p + n;
  const char *eol = memchr(p, '\n', n);
  if (!eol || !istarts(p, n, "http/"))
    return false;
  const char *sp = memchr(p, ' ', (size_t)(eol - p));
  if (!sp || eol - sp < 4)
    return false;
  for (int i = 1; i <= 3; i++) {
    if (sp[i] < '0' || sp[i] > '9')
      return false;
    h->status = h->status * 10 + (sp[i] - '0');
  }
  for (const char *line = eol + 1; line < end; line = eol + 1) {
    eol = memchr(line, '\n', (size_t)(end - line));
    if (!eol)
      eol = end;
    size_t len = (size_t)(eol - line), nl, vl;
    const char *v;
    if (len == 0 || is_blank(line[0]) || !field(line, len, &nl, &v, &vl))
      continue;
    if (name_is(line, nl, "content-type"))
      h->html = is_html_type(v, vl);
    else if (name_is(line, nl, "transfer-encoding"))
      h->chunked = istarts(v, vl, "chunked");
    else if (name_is(line, nl, "content-encoding"))
      copy_lower(h->encoding, sizeof h->encoding, v, vl);
  }
  if (strcmp(h->encoding, "identity") == 0)
    h->encoding[0] = '\0';
  return true;
}

/* Undoes chunked transfer coding in place.  False if `p` does not start
   as chunked data (then it is left as it is: already decoded). */
static bool dechunk(char *p, size_t *n) {
  size_t in = 0, out = 0, len = *n;
  for (int first = 1;; first = 0) {
    uint64_t size = 0;
    size_t digits = 0;
    while (in < len) {
      char c = p[in];
      int d = (c >= '0' && c <= '9')   ? c - '0'
              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                       : -1;
      if (d < 0)
        break;
      if (size > (UINT64_MAX >> 4))
        return false;
      size = size * 16 + (uint64_t)d;
      in++, digits++;
    }
    if (digits == 0)
      return first ? false : (*n = out, true); /* lenient at the tail */
    const char *nl = memchr(p + in, '\n', len - in);
    if (!nl)
      return first ? false : (*n = out, true);
    in = (size_t)(nl - p) + 1; /* chunk extensions ignored */
    if (size == 0)
      break;
    if (size > len - in)
      size = len - in; /* cut short: keep what there is */
    memmove(p + out, p + in, (size_t)size);
    out += (size_t)size;
    in += (size_t)size;
    if (in < len && p[in] == '\r')
      in++;
    if (in < len && p[in] == '\n')
      in++;
  }
  *n = out;
  return true;
}

/* Inflates gzip, zlib or raw deflate content coding into a new buffer of
   at most `max` bytes. */
static newskg_status decode(newskg_reader *r, const char *p, size_t n,
                            size_t max, char **out, size_t *out_len) {
  *out = NULL;
  for (int raw = 0; raw < 2; raw++) {
    z_stream z;
    memset(&z, 0, sizeof z);
    /* 15 + 32: gzip or zlib header, told apart by zlib; -15: raw deflate
       (servers that send "deflate" without the zlib wrapper) */
    if (inflateInit2(&z, raw ? -MAX_WBITS : MAX_WBITS + 32) != Z_OK)
      return NEWSKG_ERR_NOMEM;
    size_t cap = n * 4 + 4096, len = 0;
    if (cap > max + 1)
      cap = max + 1;
    char *b = malloc(cap);
    int rc = b ? Z_OK : Z_MEM_ERROR;
    z.next_in = (unsigned char *)p;
    z.avail_in = (uInt)n;
    while (rc == Z_OK) {
      if (len == cap) {
        if (cap > max) {
          rc = Z_BUF_ERROR;
          break;
        }
        size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
        char *nb = realloc(b, ncap);
        if (!nb) {
          rc = Z_MEM_ERROR;
          break;
        }
        b = nb, cap = ncap;
      }
      z.next_out = (unsigned char *)b + len;
      z.avail_out = (uInt)(cap - len);
      rc = inflate(&z, Z_NO_FLUSH);
      len = cap - z.avail_out;
      if (rc == Z_BUF_ERROR && z.avail_in == 0)
        rc = Z_STREAM_END; /* truncated payload: keep what inflated */
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END) {
      *out = b;
      *out_len = len;
      return NEWSKG_OK;
    }
    free(b);
    if (rc == Z_MEM_ERROR)
      return NEWSKG_ERR_NOMEM;
    if (rc == Z_BUF_ERROR)
      return nkg_reader_fail(r, NEWSKG_ERR_LIMIT,
                             "decoded payload exceeds the limit of %zu bytes",
                             max);
  }
  return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                         "corrupt compressed HTTP payload");
}

/* Skips the rest of a block; a block cut short ends the reader. */
static newskg_status skip(newskg_reader *r, uint64_t n) {
  if (nkg_stream_skip(&r->s, n) < n) {
    r->done = true;
    if (r->s.err != NEWSKG_OK)
      return nkg_reader_fail(r, r->s.err, "%s", r->s.errmsg);
    return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                           "record cut short (the file ends inside it)");
  }
  return NEWSKG_OK;
}

/* The page of one record, its block's first `n` bytes being HTTP or HTML
   as `h` says.  Returns NEWSKG_OK with r->doc.text NULL for a record
   that holds no page to read (the block has then been skipped). */
static newskg_status page(newskg_reader *r, const struct warc_head *h) {
  newskg_status st;
  uint64_t left = h->length;
  struct http_head hh = {.status = 200, .html = true};
  if (h->http) {
    const char *p;
    size_t want = left < MAX_HTTP_HEAD ? (size_t)left : MAX_HTTP_HEAD;
    size_t have = nkg_stream_peek(&r->s, want, &p);
    if (have > want)
      have = want;
    size_t head = 0;
    for (size_t i = 0; i + 1 < have; i++) {
      if (p[i] == '\n' && p[i + 1] == '\n') {
        head = i + 2;
        break;
      }
      if (p[i] == '\n' && p[i + 1] == '\r' && i + 2 < have &&
          p[i + 2] == '\n') {
        head = i + 3;
        break;
      }
    }
    if (head == 0 || !parse_http(p, head, &hh)) {
      TRY(st, skip(r, left));
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "no HTTP response head in the record");
    }
    if (hh.status < 200 || hh.status > 299 || !hh.html)
      return skip(r, left); /* not a page: skipped silently */
    nkg_stream_consume(&r->s, head);
    left -= head;
  }
  if (left > r->max_record) {
    TRY(st, skip(r, left));
    return nkg_reader_fail(r, NEWSKG_ERR_LIMIT,
                           "HTML payload of %" PRIu64
                           " bytes exceeds the limit of %zu",
                           left, r->max_record);
  }
  size_t n = (size_t)left;
  TRY(st, nkg_reader_reserve(r, n + 1));
  if (nkg_stream_read(&r->s, r->buf, n) < n)
    return skip(r, 1); /* reports the record cut short */
  if (hh.chunked)
    (void)dechunk(r->buf, &n);
  char *decoded = NULL;
  size_t dlen = 0;
  if (hh.encoding[0]) {
    bool known = strcmp(hh.encoding, "gzip") == 0 ||
                 strcmp(hh.encoding, "x-gzip") == 0 ||
                 strcmp(hh.encoding, "deflate") == 0;
    if (!known)
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "unsupported Content-Encoding '%s'", hh.encoding);
    /* a payload stored decoded starts as markup, not as gzip or zlib */
    unsigned char c0 = n ? (unsigned char)r->buf[0] : 0;
    if (c0 != '<' && c0 != ' ' && c0 != '\n' && c0 != '\r' && c0 != '\t' &&
        c0 != 0xEF)
      TRY(st, decode(r, r->buf, n, r->max_record, &decoded, &dlen));
  }
  if (h->date[0])
    memcpy(r->date, h->date, sizeof r->date);
  r->doc.url = r->url;
  st = nkg_reader_html(r, decoded ? decoded : r->buf, decoded ? dlen : n);
  free(decoded);
  if (st == NEWSKG_OK && !r->doc.date && r->date[0])
    r->doc.date = r->date; /* the page's own date first, else the crawl's */
  return st;
}

newskg_status nkg_warc_next(newskg_reader *r, const newskg_document **doc) {
  for (;;) {
    const char *line;
    size_t len;
    bool too_long;
    do {
      if (!nkg_stream_line(&r->s, MAX_FIELD_LINE, &line, &len, &too_long))
        return nkg_reader_stream_end(r);
    } while (!too_long && len == 0);
    r->count++;
    snprintf(r->where, sizeof r->where, "%s record %" PRIu64, r->name,
             r->count);
    if (too_long || len < 5 || memcmp(line, "WARC/", 5) != 0) {
      r->done = true; /* no way to find the next record */
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "not a WARC record (no \"WARC/\" line)");
    }
    nkg_reader_clear(r);
    struct warc_head h;
    newskg_status st = read_head(r, &h);
    if (st != NEWSKG_OK)
      return st;
    if (!h.have_length) {
      r->done = true;
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "no valid Content-Length");
    }
    if (h.uri)
      snprintf(r->where, sizeof r->where, "%s record %" PRIu64 " (%.300s)",
               r->name, r->count, h.uri);
    bool wanted = (strcmp(h.type, "response") == 0 && h.http) ||
                  (strcmp(h.type, "resource") == 0 && h.html);
    if (!wanted) {
      TRY(st, skip(r, h.length));
      continue;
    }
    /* id and URL: the target URI; else the file and record number */
    if (h.uri) {
      r->doc.id = r->url;
    } else {
      size_t n = strlen(r->stem) + 24;
      if (!(r->id = malloc(n)))
        return NEWSKG_ERR_NOMEM;
      snprintf(r->id, n, "%s-%" PRIu64, r->stem, r->count);
      r->doc.id = r->id;
    }
    st = page(r, &h);
    if (st != NEWSKG_OK)
      return st;
    if (!r->doc.text) {
      nkg_reader_clear(r);
      continue; /* not a page */
    }
    *doc = &r->doc;
    return NEWSKG_OK;
  }
}
