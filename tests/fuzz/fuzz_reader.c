/*
 * libFuzzer target: raw bytes through a reader of one input format and
 * the whole pipeline behind it, out to N-Quads.  The format comes from the
 * compile definition FUZZ_FORMAT, so one source gives the text, HTML,
 * JSON Lines and WARC targets (each keeps its own corpus and dictionary of
 * what its reader branches on).
 *
 * Any status is fine; a crash, a leak, undefined behaviour or output that
 * the writer refuses after an OK extract is not.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <newskg/newskg.h>

/* libFuzzer's entry points */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef FUZZ_FORMAT
#define FUZZ_FORMAT NEWSKG_INPUT_TEXT
#endif

static newskg_pipeline *pipeline;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  newskg_options opts = {.today = "2024-06-01"};
  if (newskg_pipeline_new(&opts, &pipeline) != NEWSKG_OK)
    abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0; /* fmemopen refuses an empty buffer */
  FILE *in = fmemopen((void *)data, size, "rb");
  if (!in)
    return 0;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  newskg_reader *r = NULL;
  newskg_writer *w = NULL;
  if (!out || newskg_reader_open(in, "fuzz", FUZZ_FORMAT, &r) != NEWSKG_OK ||
      newskg_writer_new(pipeline, NEWSKG_FORMAT_NQUADS, out, &w) != NEWSKG_OK)
    goto done;
  for (;;) {
    const newskg_document *doc = NULL;
    newskg_status st = newskg_reader_next(r, &doc);
    if (st != NEWSKG_OK)
      continue; /* one record skipped; the reader goes on or ends */
    if (!doc)
      break;
    newskg_graph *g = NULL;
    if (newskg_pipeline_extract(pipeline, doc, &g) != NEWSKG_OK)
      continue;
    if (newskg_writer_add(w, g) != NEWSKG_OK)
      abort(); /* a graph the library made must always serialize */
    newskg_graph_free(g);
  }
  if (newskg_writer_finish(w) != NEWSKG_OK)
    abort();
done:
  newskg_writer_free(w);
  newskg_reader_free(r);
  if (out)
    fclose(out);
  free(buf);
  fclose(in);
  return 0;
}
