/*
 * Whole files into memory: the gazetteer tables, syntax models and
 * treebanks the pipeline reads once.  (Articles are streamed by
 * src/input instead.)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg.h"

newskg_status nkg_read_file(const char *path, const char *what, char **buf,
                            size_t *len) {
  *buf = NULL, *len = 0;
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f)
    return nkg_fail(NEWSKG_ERR_IO, "cannot open %s'%s': %s", what, path,
                    strerror(errno));
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap);
  newskg_status st = NEWSKG_OK;
  while (b) {
    if (n + 1 >= cap) { /* room for the NUL after the last byte */
      char *nb = cap < ((size_t)1 << 31) ? realloc(b, cap * 2) : NULL;
      if (!nb) {
        st = NEWSKG_ERR_NOMEM;
        break;
      }
      b = nb, cap *= 2;
    }
    size_t r = fread(b + n, 1, cap - n - 1, f);
    n += r;
    if (r == 0) {
      if (ferror(f))
        st = nkg_fail(NEWSKG_ERR_IO, "cannot read %s'%s'", what, path);
      break;
    }
  }
  if (f != stdin)
    fclose(f);
  if (!b)
    return NEWSKG_ERR_NOMEM;
  if (st != NEWSKG_OK) {
    free(b);
    return st;
  }
  b[n] = '\0';
  *buf = b, *len = n;
  return NEWSKG_OK;
}
