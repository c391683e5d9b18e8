/* Test support: see nt.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nt.h"

newskg_status nt_serialize(const newskg_pipeline *p, const newskg_graph *g,
                           newskg_format format, char **out, size_t *len) {
  *out = NULL;
  *len = 0;
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  if (!f)
    return NEWSKG_ERR_NOMEM;
  newskg_writer *w = NULL;
  newskg_status st = newskg_writer_new(p, format, f, &w);
  if (st == NEWSKG_OK)
    st = newskg_writer_add(w, g);
  if (st == NEWSKG_OK)
    st = newskg_writer_finish(w);
  newskg_writer_free(w);
  if (fclose(f) != 0 && st == NEWSKG_OK)
    st = NEWSKG_ERR_IO;
  if (st != NEWSKG_OK) {
    free(buf);
    return st;
  }
  *out = buf;
  *len = n;
  return NEWSKG_OK;
}

/* End of an N-Triples term starting at s: the first space after a
   complete IRI, blank node or literal. */
static char *term_end(char *s) {
  if (*s == '<') {
    char *e = strchr(s, '>');
    return e ? e + 1 : NULL;
  }
  if (*s == '_') {
    char *e = strchr(s, ' ');
    return e;
  }
  if (*s == '"') {
    char *e = s + 1;
    while (*e && *e != '"')
      e += (*e == '\\' && e[1]) ? 2 : 1;
    if (*e != '"')
      return NULL;
    e++;
    if (*e == '@')
      while (*e && *e != ' ')
        e++;
    else if (e[0] == '^' && e[1] == '^') {
      e = strchr(e, '>');
      if (!e)
        return NULL;
      e++;
    }
    return e;
  }
  return NULL;
}

bool nt_parse(const char *text, struct nt_graph *out) {
  memset(out, 0, sizeof *out);
  out->buf = strdup(text);
  if (!out->buf)
    return false;
  size_t cap = 0;
  char *line = out->buf;
  /* memchr within the known end, not strchr: ASan's strchr measures the
     whole rest of the buffer on every call, which made reading a long
     document's output quadratic (minutes for 30 MB) */
  const char *end = out->buf + strlen(out->buf);
  while (*line) {
    char *nl = memchr(line, '\n', (size_t)(end - line));
    if (nl)
      *nl = '\0';
    if (*line && *line != '#') {
      char *s = line, *e;
      struct nt_triple t;
      const char **slot[3] = {&t.s, &t.p, &t.o};
      for (int k = 0; k < 3; k++) {
        e = term_end(s);
        if (!e || *e != ' ') {
          nt_free(out);
          return false;
        }
        *e = '\0';
        *slot[k] = s;
        s = e + 1;
      }
      /* N-Quads: a graph term may follow; then " ." */
      if (out->n == cap) {
        cap = cap ? cap * 2 : 64;
        struct nt_triple *nt = realloc(out->t, cap * sizeof *nt);
        if (!nt) {
          nt_free(out);
          return false;
        }
        out->t = nt;
      }
      out->t[out->n++] = t;
    }
    if (!nl)
      break;
    line = nl + 1;
  }
  return true;
}

void nt_free(struct nt_graph *g) {
  free(g->t);
  free(g->buf);
  memset(g, 0, sizeof *g);
}

static bool eq(const char *pattern, const char *term) {
  return !pattern || strcmp(pattern, term) == 0;
}

size_t nt_count(const struct nt_graph *g, const char *s, const char *p,
                const char *o) {
  size_t n = 0;
  for (size_t i = 0; i < g->n; i++)
    n += eq(s, g->t[i].s) && eq(p, g->t[i].p) && eq(o, g->t[i].o);
  return n;
}

const char *nt_subject_with_all(const struct nt_graph *g, const char *p,
                                const char *const *objects, size_t n) {
  for (size_t i = 0; i < g->n; i++) {
    if (n == 0 || !eq(p, g->t[i].p) || !eq(objects[0], g->t[i].o))
      continue;
    const char *s = g->t[i].s;
    size_t k = 1;
    while (k < n && nt_count(g, s, p, objects[k]))
      k++;
    if (k == n)
      return s;
  }
  return NULL;
}

static size_t put_utf8(char *o, unsigned long c) {
  if (c < 0x80) {
    o[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (char)(0xC0 | (c >> 6));
    o[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (char)(0xE0 | (c >> 12));
    o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (c >> 18));
  o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  o[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

char *nt_literal_value(const char *term) {
  if (!term || term[0] != '"')
    return NULL;
  size_t n = strlen(term);
  char *out = malloc(n + 1);
  if (!out)
    return NULL;
  size_t k = 0;
  for (const char *s = term + 1; *s && *s != '"'; s++) {
    if (*s != '\\') {
      out[k++] = *s;
      continue;
    }
    s++;
    switch (*s) {
    case 't': out[k++] = '\t'; break;
    case 'n': out[k++] = '\n'; break;
    case 'r': out[k++] = '\r'; break;
    case 'b': out[k++] = '\b'; break;
    case 'f': out[k++] = '\f'; break;
    case 'u':
    case 'U': {
      int digits = *s == 'u' ? 4 : 8;
      char hex[9] = {0};
      memcpy(hex, s + 1, (size_t)digits);
      k += put_utf8(out + k, strtoul(hex, NULL, 16));
      s += digits;
      break;
    }
    default: out[k++] = *s; break; /* \" \\ \' */
    }
  }
  out[k] = '\0';
  return out;
}

void nt_extract(const newskg_pipeline *p, const char *text, const char *date,
                struct nt_graph *out, size_t *events) {
  memset(out, 0, sizeof *out);
  newskg_document doc = {.text = text, .len = strlen(text), .id = "t",
                         .date = date};
  newskg_graph *g = NULL;
  newskg_status st = newskg_pipeline_extract(p, &doc, &g);
  if (st != NEWSKG_OK)
    fail_msg("extract: %s (%s)", newskg_strerror(st), newskg_errmsg());
  *events = newskg_graph_event_count(g);
  char *nt = NULL;
  size_t len = 0;
  st = nt_serialize(p, g, NEWSKG_FORMAT_NTRIPLES, &nt, &len);
  newskg_graph_free(g);
  if (st != NEWSKG_OK)
    fail_msg("serialize: %s (%s)", newskg_strerror(st), newskg_errmsg());
  bool ok = nt_parse(nt, out);
  if (!ok)
    print_error("unreadable N-Triples:\n%s\n", nt);
  free(nt);
  assert_true(ok);
}
