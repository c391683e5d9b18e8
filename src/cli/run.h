/*
 * The input side of `newskg extract`: FILE arguments (directories walked
 * in name order), a reader per file, extraction on -j worker threads, the
 * graphs written strictly in input order, progress and the summary on
 * standard error.  main.c parses the options and owns the output; this
 * part only reads, extracts and hands graphs to the writer.
 */
#ifndef NKG_CLI_RUN_H
#define NKG_CLI_RUN_H

#include <stdbool.h>
#include <stdio.h>

#include "newskg/newskg.h"

/* What run_extract() returns: the exit status so far (0 or 1), or
   RUN_OUTPUT_FAILED when writing failed (already reported; the writer
   must not be finished). */
enum { RUN_OK = 0, RUN_FAIL = 1, RUN_OUTPUT_FAILED = 3 };

/* Makes a writer of the run's format and settings on `out` (main.c's
   writer set-up, so every option that shapes output applies). */
typedef newskg_status (*run_writer_fn)(void *ctx, FILE *out, newskg_writer **w);

struct run_options {
  const newskg_pipeline *p;
  newskg_writer *w; /* the run's writer; graphs are added in input order */
  FILE *out;        /* the stream w writes to */
  /* For formats written graph by graph (N-Triples, N-Quads): makes a
     writer per worker thread, which serializes each graph to memory so
     that the main thread only copies bytes.  NULL: workers hand graphs to
     the main thread, which adds them to w (formats that buffer). */
  run_writer_fn new_writer;
  void *writer_ctx;
  const char *date;                 /* --date, or NULL */
  newskg_input_format input_format; /* --input-format */
  int jobs;                         /* worker threads; 1: no threads */
  bool explain, quiet, verbose;
  bool follow_links; /* --follow-links: walk into linked directories */
  unsigned long long *extracted; /* out, if not NULL: documents written */
};

/* Reads every document of `paths` ("-" standard input) and writes its
   graph.  A document that cannot be read or extracted is reported on one
   line and skipped; the others still go out. */
int run_extract(const struct run_options *o, char *const *paths, int npaths);

#endif /* NKG_CLI_RUN_H */
