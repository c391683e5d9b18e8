/*
 * The syntax model and the code that runs and trains it: an averaged
 * perceptron UPOS tagger, a lemmatizer (the treebank's form -> lemma
 * exceptions plus suffix rules), a greedy arc-hybrid dependency parser
 * and a separate arc-label classifier, all on hashed features.
 *
 * A model is read-only once loaded, so threads share one.  Each caller
 * brings its own struct nkg_syn_work (scratch that grows with the longest
 * sentence it has seen; never one allocation per token).
 */
#ifndef NKG_SYNTAX_MODEL_H
#define NKG_SYNTAX_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "syntax/syntax.h"

/* Bumped whenever the file layout or the feature templates change: a model
   written for other templates would be read as noise, so it is refused. */
#define NKG_SYN_MODEL_VERSION 2u

struct nkg_syn_model;

/* One sentence: surface forms in; tags, lemmas and the tree out.  Heads are
   0-based positions in the sentence, NKG_NO_HEAD for the root. */
struct nkg_syn_sent {
  uint32_t n;
  const char *const *form; /* surface bytes, not NUL-terminated */
  const uint32_t *flen;
  uint8_t *upos;
  uint32_t *head;
  uint8_t *rel;
  const char **lemma; /* NULL: no lemmas */
};

struct nkg_syn_work {
  uint32_t cap;   /* tokens the buffers hold */
  void *mem;      /* one block, owned */
  size_t work_ops; /* transitions + tag decisions made: tests use it to
                      check that the work grows linearly */
};

void nkg_syn_work_init(struct nkg_syn_work *w);
void nkg_syn_work_free(struct nkg_syn_work *w);

/* Loads a model from `len` bytes (copied what it keeps; `data` may be
   freed after).  `name` names the source in the one-line error message
   (NEWSKG_ERR_BAD_INPUT: wrong magic, other version, truncated, corrupt). */
newskg_status nkg_syn_model_load(const void *data, size_t len, const char *name,
                                 struct nkg_syn_model **out);
newskg_status nkg_syn_model_load_file(const char *path,
                                      struct nkg_syn_model **out);
void nkg_syn_model_free(struct nkg_syn_model *m);

/* The model compiled into the library (ontology/models/en_ewt.nkgm). */
extern const unsigned char nkg_builtin_syntax_model[];
extern const size_t nkg_builtin_syntax_model_len;

/* Tags, lemmatizes (lemmas in `a`, or the model's own strings) and parses
   one sentence.  Time and memory are linear in s->n. */
newskg_status nkg_syn_analyze(const struct nkg_syn_model *m,
                              struct nkg_syn_work *w, struct nkg_arena *a,
                              struct nkg_syn_sent *s);

/* ---- treebanks (syntax/conllu.c) ---- */

struct nkg_cu_word {
  const char *form, *lemma; /* NUL-terminated, in the treebank's buffer */
  uint32_t flen;
  uint32_t head;  /* 0-based; NKG_NO_HEAD for the root */
  uint8_t upos, rel;
  bool space_after;
};

struct nkg_cu_sent {
  size_t first; /* index of the first word */
  uint32_t n;
};

struct nkg_treebank {
  char *buf; /* the file, cut into fields */
  struct nkg_cu_word *w;
  size_t nw, capw;
  struct nkg_cu_sent *s;
  size_t ns, caps;
};

/* Reads CoNLL-U: multiword-token ranges ("1-2") and empty nodes ("8.1")
   are skipped; a malformed line fails the whole read with
   NEWSKG_ERR_BAD_INPUT and "FILE:LINE: what" in newskg_errmsg().
   nkg_treebank_parse takes ownership of `buf` (malloc'ed, len + 1 bytes:
   the last one is written). */
newskg_status nkg_treebank_read(const char *path, struct nkg_treebank *tb);
newskg_status nkg_treebank_parse(char *buf, size_t len, const char *name,
                                 struct nkg_treebank *tb);
void nkg_treebank_free(struct nkg_treebank *tb);

/* Writes one sentence as CoNLL-U rows (no comments, then a blank line).
   space_after may be NULL (every word followed by a space). */
bool nkg_conllu_write(FILE *out, const struct nkg_syn_sent *s,
                      const bool *space_after);

/* ---- training (syntax/model.c) ---- */

struct nkg_syn_train_opts {
  unsigned tag_epochs;   /* 0: default */
  unsigned parse_epochs; /* 0: default */
  unsigned folds;        /* jackknife folds for the parser's tags; 0: default,
                            1: train the parser on gold tags */
  uint32_t seed;         /* shuffling; 0: default */
  FILE *log;             /* progress lines, or NULL */
};

/* Trains a model on `train` (`dev`, if not NULL, picks the best epoch of
   the parser) and returns its file bytes (malloc'ed).  Deterministic:
   the same treebanks and options give the same bytes. */
newskg_status nkg_syn_train(const struct nkg_treebank *train,
                            const struct nkg_treebank *dev,
                            const struct nkg_syn_train_opts *o,
                            unsigned char **bytes, size_t *len);

struct nkg_syn_scores {
  size_t words, upos_ok, head_ok, label_ok;
  double seconds;
};

/* Tags and parses the gold tokens of `tb` and counts agreement with the
   gold tags and tree, punctuation included (as the CoNLL 2018 eval). */
newskg_status nkg_syn_eval(const struct nkg_syn_model *m,
                           const struct nkg_treebank *tb,
                           struct nkg_syn_scores *out);

#endif /* NKG_SYNTAX_MODEL_H */
