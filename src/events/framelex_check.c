/*
 * Build-time check of the frame lexicon: the build runs it on
 * ontology/frames.lex before embedding the file, so a malformed line fails
 * the build with "ontology/frames.lex:LINE: message" instead of failing
 * every pipeline at run time.
 */
#include <stdio.h>
#include <stdlib.h>

#include "events/framelex.h"

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s FILE NAME\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  char *buf = NULL;
  size_t len = 0, cap = 0, n;
  char chunk[65536];
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (len + n > cap) {
      cap = (len + n) * 2;
      char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        fclose(f);
        return 1;
      }
      buf = nb;
    }
    for (size_t i = 0; i < n; i++)
      buf[len + i] = chunk[i];
    len += n;
  }
  fclose(f);
  struct nkg_framelex lx;
  char err[320];
  newskg_status st = nkg_framelex_parse(buf, len, argv[2], &lx, err, sizeof err);
  free(buf);
  if (st != NEWSKG_OK) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  nkg_framelex_free(&lx);
  return 0;
}
