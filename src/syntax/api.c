/*
 * The public training entry point (newskg_syntax_train): treebanks in,
 * model bytes out.  Parsing and evaluation with a pipeline's model live in
 * pipeline.c, which owns the model.
 */
#include <stdlib.h>
#include <string.h>

#include "syntax/model.h"

newskg_status newskg_syntax_train(const char *train,
                                  const newskg_syntax_training *opts,
                                  FILE *out) {
  nkg_clear_error();
  if (!train || !out)
    return NEWSKG_ERR_BAD_ARG;
  newskg_syntax_training def = {0};
  if (!opts)
    opts = &def;
  struct nkg_treebank tr, dev;
  memset(&dev, 0, sizeof dev);
  newskg_status st;
  TRY(st, nkg_treebank_read(train, &tr));
  if (opts->dev && (st = nkg_treebank_read(opts->dev, &dev)) != NEWSKG_OK) {
    nkg_treebank_free(&tr);
    return st;
  }
  struct nkg_syn_train_opts o = {opts->tag_epochs, opts->parse_epochs,
                                 opts->folds, opts->seed, opts->log};
  unsigned char *bytes = NULL;
  size_t len = 0;
  st = nkg_syn_train(&tr, opts->dev ? &dev : NULL, &o, &bytes, &len);
  if (st == NEWSKG_OK && (fwrite(bytes, 1, len, out) != len || fflush(out)))
    st = nkg_fail(NEWSKG_ERR_IO, "cannot write the model");
  free(bytes);
  nkg_treebank_free(&tr);
  nkg_treebank_free(&dev);
  return st;
}
