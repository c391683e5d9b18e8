/*
 * Rows of the shipped tables (gazetteer, name words, venues): one reader
 * for what they share, so a new table does not copy the line loop and the
 * tables cannot drift apart in what they treat as a comment or a CR.
 */
#ifndef NKG_ENTITIES_TSV_H
#define NKG_ENTITIES_TSV_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* The next row of `buf` from *pos: blank lines and '#' comments are
   skipped, a CR before the LF is dropped; *lineno is the row's 1-based
   line (for "file:line" messages).  False at the end. */
static inline bool nkg_tsv_next(const char *buf, size_t len, size_t *pos,
                                size_t *lineno, const char **line,
                                size_t *ll) {
  while (*pos < len) {
    const char *l = buf + *pos;
    const char *nl = memchr(l, '\n', len - *pos);
    size_t n = nl ? (size_t)(nl - l) : len - *pos;
    *pos += n + 1;
    (*lineno)++;
    if (n && l[n - 1] == '\r')
      n--;
    if (n == 0 || l[0] == '#')
      continue;
    *line = l, *ll = n;
    return true;
  }
  return false;
}

/* Splits a row at tabs into at most `max` fields; returns their number. */
static inline size_t nkg_tsv_split(const char *line, size_t len,
                                   const char **f, size_t *fl, size_t max) {
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= len && n < max; i++)
    if (i == len || line[i] == '\t') {
      f[n] = line + start;
      fl[n++] = i - start;
      start = i + 1;
    }
  return n;
}

/* "Q" and digits, no leading zero: the QID becomes part of an IRI. */
static inline bool nkg_qid_ok(const char *q, size_t len) {
  if (len < 2 || len > 12 || q[0] != 'Q' || q[1] == '0')
    return false;
  for (size_t i = 1; i < len; i++)
    if (q[i] < '0' || q[i] > '9')
      return false;
  return true;
}

#endif /* NKG_ENTITIES_TSV_H */
