/*
 * JSON Lines: one article per line, an object with "id", "text" or
 * "html", "date" and "url" (see newskg_reader_open()).  Lines are read
 * from the stream up to the record limit, parsed with jansson, and the
 * document view points into the parsed object until the next line.  A
 * malformed line costs that line only: the error names file and line and
 * the next call goes on after it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "input/reader.h"

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return false;
  return true;
}

/* A string member, NULL when absent, null or ""; *bad when of another
   type. */
static const char *member(json_t *o, const char *key, size_t *len, bool *bad) {
  json_t *v = json_object_get(o, key);
  *bad = false;
  if (!v || json_is_null(v))
    return NULL;
  if (!json_is_string(v)) {
    *bad = true;
    return NULL;
  }
  *len = json_string_length(v);
  return *len ? json_string_value(v) : NULL;
}

/* Fills the document view from the object of one line. */
static newskg_status record(newskg_reader *r, json_t *o) {
  bool bad;
  size_t len = 0;

  const char *url = member(o, "url", &len, &bad);
  if (bad)
    return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT, "\"url\" is not a string");
  r->doc.url = url;

  const char *date = member(o, "date", &len, &bad);
  if (bad)
    return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT, "\"date\" is not a string");
  if (date) {
    if (!nkg_input_iso_date(date, len, r->date))
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "invalid date '%.40s' (want YYYY-MM-DD)", date);
    r->doc.date = r->date;
  }

  json_t *id = json_object_get(o, "id");
  if (json_is_integer(id)) {
    char num[32];
    snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    if (!(r->id = strdup(num)))
      return NEWSKG_ERR_NOMEM;
    r->doc.id = r->id;
  } else {
    const char *s = member(o, "id", &len, &bad);
    if (bad)
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "\"id\" is neither a string nor an integer");
    r->doc.id = s;
  }
  if (!r->doc.id)
    r->doc.id = r->doc.url;
  if (!r->doc.id) {
    /* neither: the file and line, "corpus-12" */
    size_t n = strlen(r->stem) + 24;
    if (!(r->id = malloc(n)))
      return NEWSKG_ERR_NOMEM;
    snprintf(r->id, n, "%s-%" PRIu64, r->stem, r->count);
    r->doc.id = r->id;
  }

  const char *text = member(o, "text", &len, &bad);
  if (bad)
    return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT, "\"text\" is not a string");
  if (text) {
    r->doc.text = text;
    r->doc.len = len;
    return NEWSKG_OK;
  }
  const char *html = member(o, "html", &len, &bad);
  if (bad)
    return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT, "\"html\" is not a string");
  if (html)
    return nkg_reader_html(r, html, len);
  return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                         "no \"text\" or \"html\" in the record");
}

newskg_status nkg_jsonl_next(newskg_reader *r, const newskg_document **doc) {
  for (;;) {
    const char *line;
    size_t len;
    bool too_long;
    if (!nkg_stream_line(&r->s, r->max_record, &line, &len, &too_long))
      return nkg_reader_stream_end(r);
    r->count++;
    snprintf(r->where, sizeof r->where, "%s:%" PRIu64, r->name, r->count);
    if (too_long)
      return nkg_reader_fail(r, NEWSKG_ERR_LIMIT,
                             "line of %zu bytes exceeds the limit of %zu", len,
                             r->max_record);
    if (r->count == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
      line += 3, len -= 3;
    if (blank(line, len))
      continue;
    json_error_t e;
    json_t *o = json_loadb(line, len, 0, &e);
    if (!o) {
      if (json_error_code(&e) == json_error_out_of_memory)
        return NEWSKG_ERR_NOMEM;
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "malformed JSON at column %d: %s", e.column,
                             e.text);
    }
    r->json = o;
    if (!json_is_object(o))
      return nkg_reader_fail(r, NEWSKG_ERR_BAD_INPUT,
                             "the line is no JSON object");
    newskg_status st = record(r, o);
    if (st != NEWSKG_OK)
      return st;
    *doc = &r->doc;
    return NEWSKG_OK;
  }
}
