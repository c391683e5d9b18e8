/*
 * Readers: documents out of a file or stream, whatever its format.  This
 * file opens the stream (gzip or not), settles the format — by name, else
 * by the first bytes — and reads the single-document formats, a plain
 * text article or a saved web page.  The archive formats, one document
 * per line or per record, are in jsonl.c and warc.c.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "input/reader.h"

/* ---- names ---- */

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* `s` (`n` bytes) ends with lower-case `suffix`, ignoring ASCII case. */
static bool iends(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  if (n < k)
    return false;
  for (size_t i = 0; i < k; i++)
    if (lower((unsigned char)s[n - k + i]) != (unsigned char)suffix[i])
      return false;
  return true;
}

static const struct {
  const char *ext;
  newskg_input_format f;
} extensions[] = {
    {".txt", NEWSKG_INPUT_TEXT},     {".text", NEWSKG_INPUT_TEXT},
    {".html", NEWSKG_INPUT_HTML},    {".htm", NEWSKG_INPUT_HTML},
    {".xhtml", NEWSKG_INPUT_HTML},   {".jsonl", NEWSKG_INPUT_JSONL},
    {".ndjson", NEWSKG_INPUT_JSONL}, {".warc", NEWSKG_INPUT_WARC},
};

newskg_input_format newskg_input_format_of_name(const char *name) {
  if (!name)
    return NEWSKG_INPUT_AUTO;
  size_t n = strlen(name);
  if (iends(name, n, ".gz"))
    n -= 3;
  for (size_t i = 0; i < NKG_COUNT(extensions); i++)
    if (iends(name, n, extensions[i].ext))
      return extensions[i].f;
  return NEWSKG_INPUT_AUTO;
}

newskg_status newskg_input_format_from_name(const char *name,
                                            newskg_input_format *out) {
  static const char *const names[] = {
      [NEWSKG_INPUT_AUTO] = "auto", [NEWSKG_INPUT_TEXT] = "text",
      [NEWSKG_INPUT_HTML] = "html", [NEWSKG_INPUT_JSONL] = "jsonl",
      [NEWSKG_INPUT_WARC] = "warc",
  };
  if (!name || !out)
    return NEWSKG_ERR_BAD_ARG;
  for (size_t i = 0; i < NKG_COUNT(names); i++)
    if (strcmp(name, names[i]) == 0) {
      *out = (newskg_input_format)i;
      return NEWSKG_OK;
    }
  return nkg_fail(NEWSKG_ERR_BAD_ARG, "unknown input format '%s'", name);
}

/* The document id of a file: its path as given, so two files are two
   documents whatever their names ("d/a/x.txt" and "d/c/x.txt" were one,
   merged), and the same command gives the same ids on any machine or
   shard.  Spelled one way: repeated slashes and "." segments dropped
   ("./d//x.txt" is "d/x.txt"); ".." and the extension are kept.  Standard
   input is "stdin". */
static char *id_of(const char *name) {
  size_t n = strlen(name);
  char *s = malloc(n + 1);
  if (!s)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && name[j] != '/')
      j++;
    bool dot = j - i == 1 && name[i] == '.';
    if (j > i && !dot) { /* a segment worth keeping */
      if (o > 0 || name[0] == '/')
        s[o++] = '/';
      memcpy(s + o, name + i, j - i);
      o += j - i;
    }
    i = j + 1;
  }
  if (o == 0 && name[0] == '/')
    s[o++] = '/';
  s[o] = '\0';
  return s;
}

/* ---- shared helpers of the format readers ---- */

newskg_status nkg_reader_fail(newskg_reader *r, newskg_status st,
                              const char *fmt, ...) {
  char detail[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(detail, sizeof detail, fmt, ap);
  va_end(ap);
  return nkg_fail(st, "%s: %s", r->where, detail);
}

newskg_status nkg_reader_stream_end(newskg_reader *r) {
  r->done = true;
  if (r->s.err != NEWSKG_OK) {
    snprintf(r->where, sizeof r->where, "%s", r->name);
    return nkg_reader_fail(r, r->s.err, "%s", r->s.errmsg);
  }
  return NEWSKG_OK;
}

newskg_status nkg_reader_reserve(newskg_reader *r, size_t n) {
  if (n <= r->buf_cap)
    return NEWSKG_OK;
  size_t cap = r->buf_cap ? r->buf_cap : 4096;
  while (cap < n)
    cap = cap > SIZE_MAX / 2 ? n : cap * 2;
  char *b = realloc(r->buf, cap);
  if (!b)
    return NEWSKG_ERR_NOMEM;
  r->buf = b;
  r->buf_cap = cap;
  return NEWSKG_OK;
}

void nkg_reader_clear(newskg_reader *r) {
  newskg_input_free(r->page);
  r->page = NULL;
  if (r->json)
    json_decref(r->json);
  r->json = NULL;
  free(r->id);
  free(r->url);
  r->id = r->url = NULL;
  r->date[0] = '\0';
  memset(&r->doc, 0, sizeof r->doc);
}

newskg_status nkg_reader_html(newskg_reader *r, const char *html, size_t len) {
  newskg_status st = newskg_input_from_html(html, len, &r->page);
  if (st != NEWSKG_OK)
    return nkg_reader_fail(r, st, "%s", newskg_errmsg());
  const newskg_document *d = newskg_input_document(r->page);
  r->doc.text = d->text;
  r->doc.len = d->len;
  if (!r->doc.date)
    r->doc.date = d->date;
  if (!r->doc.url)
    r->doc.url = d->url;
  return NEWSKG_OK;
}

void nkg_reader_set_max_record(newskg_reader *r, size_t max) {
  r->max_record = max;
}

/* ---- single-document formats ---- */

/* The whole stream as one record, in the stream's own buffer; grows by
   doubling, so a small file costs a small buffer. */
static newskg_status whole(newskg_reader *r, const char **p, size_t *len) {
  size_t want = 64 * 1024, have;
  for (;;) {
    have = nkg_stream_peek(&r->s, want, p);
    if (have < want || have > r->max_record)
      break;
    want = want > r->max_record / 2 ? r->max_record + 1 : want * 2;
  }
  if (r->s.err != NEWSKG_OK)
    return nkg_reader_fail(r, r->s.err, "%s", r->s.errmsg);
  if (have > r->max_record)
    return nkg_reader_fail(r, NEWSKG_ERR_LIMIT,
                           "file too large (over %zu bytes)", r->max_record);
  *len = have;
  return NEWSKG_OK;
}

static newskg_status single_next(newskg_reader *r,
                                 const newskg_document **doc) {
  r->done = true; /* one document, whatever happens */
  snprintf(r->where, sizeof r->where, "%s", r->name);
  const char *p = NULL;
  size_t len = 0;
  newskg_status st = whole(r, &p, &len);
  if (st != NEWSKG_OK)
    return st;
  r->doc.id = r->stem;
  if (r->format == NEWSKG_INPUT_HTML) {
    TRY(st, nkg_reader_html(r, p, len));
  } else {
    r->doc.text = p;
    r->doc.len = len;
  }
  *doc = &r->doc;
  return NEWSKG_OK;
}

/* ---- public API ---- */

/* AUTO by content: the first non-blank bytes after a BOM. */
static newskg_input_format sniff(struct nkg_stream *s) {
  const char *p;
  size_t n = nkg_stream_peek(s, 1024, &p);
  size_t i = 0;
  if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
    i++;
  if (n - i >= 5 && memcmp(p + i, "WARC/", 5) == 0)
    return NEWSKG_INPUT_WARC;
  if (i < n && p[i] == '{')
    return NEWSKG_INPUT_JSONL;
  if (newskg_looks_like_html(p, n))
    return NEWSKG_INPUT_HTML;
  return NEWSKG_INPUT_TEXT;
}

newskg_status newskg_reader_open(FILE *in, const char *name,
                                 newskg_input_format format,
                                 newskg_reader **out) {
  if (!out)
    return NEWSKG_ERR_BAD_ARG;
  *out = NULL;
  if (!in || (unsigned)format >= NEWSKG_INPUT_LAST)
    return NEWSKG_ERR_BAD_ARG;
  nkg_clear_error();
  newskg_reader *r = calloc(1, sizeof *r);
  if (!r)
    return NEWSKG_ERR_NOMEM;
  r->max_record = NEWSKG_MAX_DOCUMENT_BYTES;
  r->name = strdup(name ? name : "stdin");
  r->stem = r->name ? id_of(r->name) : NULL;
  newskg_status st = NEWSKG_OK;
  if (!r->name || !r->stem ||
      (st = nkg_stream_init(&r->s, in, r->name)) != NEWSKG_OK) {
    free(r->name);
    free(r->stem);
    free(r);
    return st != NEWSKG_OK ? st : NEWSKG_ERR_NOMEM;
  }
  snprintf(r->where, sizeof r->where, "%s", r->name);
  if (format == NEWSKG_INPUT_AUTO)
    format = newskg_input_format_of_name(r->name);
  if (format == NEWSKG_INPUT_AUTO)
    format = sniff(&r->s);
  r->format = format;
  if (r->s.err == NEWSKG_ERR_IO || r->s.err == NEWSKG_ERR_NOMEM) {
    st = nkg_reader_fail(r, r->s.err, "%s", r->s.errmsg);
    newskg_reader_free(r);
    return st;
  }
  *out = r;
  return NEWSKG_OK;
}

newskg_status newskg_reader_open_path(const char *path,
                                      newskg_input_format format,
                                      newskg_reader **out) {
  if (!out)
    return NEWSKG_ERR_BAD_ARG;
  *out = NULL;
  if (!path)
    return NEWSKG_ERR_BAD_ARG;
  FILE *f = fopen(path, "rb");
  if (!f)
    return nkg_fail(NEWSKG_ERR_IO, "cannot open '%s': %s", path,
                    strerror(errno));
  newskg_status st = newskg_reader_open(f, path, format, out);
  if (st != NEWSKG_OK) {
    fclose(f);
    return st;
  }
  (*out)->own = f;
  return NEWSKG_OK;
}

newskg_status newskg_reader_next(newskg_reader *r,
                                 const newskg_document **doc) {
  if (!doc)
    return NEWSKG_ERR_BAD_ARG;
  *doc = NULL;
  if (!r)
    return NEWSKG_ERR_BAD_ARG;
  nkg_clear_error();
  nkg_reader_clear(r);
  if (r->done)
    return NEWSKG_OK;
  switch (r->format) {
  case NEWSKG_INPUT_JSONL:
    return nkg_jsonl_next(r, doc);
  case NEWSKG_INPUT_WARC:
    return nkg_warc_next(r, doc);
  default:
    return single_next(r, doc);
  }
}

newskg_input_format newskg_reader_format(const newskg_reader *r) {
  return r ? r->format : NEWSKG_INPUT_AUTO;
}

const char *newskg_reader_where(const newskg_reader *r) {
  return r ? r->where : "";
}

unsigned long long newskg_reader_bytes(const newskg_reader *r) {
  return r ? (unsigned long long)r->s.raw_bytes : 0;
}

void newskg_reader_free(newskg_reader *r) {
  if (!r)
    return;
  nkg_reader_clear(r);
  nkg_stream_free(&r->s);
  if (r->own)
    fclose(r->own);
  free(r->buf);
  free(r->name);
  free(r->stem);
  free(r);
}
