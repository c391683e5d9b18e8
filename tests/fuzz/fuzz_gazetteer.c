/*
 * libFuzzer target: the gazetteer loader on a hostile TSV file (what
 * --gazetteer FILE reads), then one extraction that uses whatever it
 * loaded, and the dump builder on the same bytes as a Wikidata N-Triples
 * dump.  A malformed line must be a clean error, never a crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <newskg/newskg.h>

/* libFuzzer's entry points */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  snprintf(path, sizeof path, "/tmp/newskg-fuzz-gaz-%ld.tsv", (long)getpid());
  return 0;
}

static void load(const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f)
    abort();
  if (size && fwrite(data, 1, size, f) != size)
    abort();
  fclose(f);
  newskg_options opts = {.today = "2024-06-01", .no_builtin_gazetteer = true};
  newskg_pipeline *p = NULL;
  if (newskg_pipeline_new(&opts, &p) != NEWSKG_OK)
    abort();
  if (newskg_pipeline_add_gazetteer(p, path) == NEWSKG_OK) {
    static const char text[] =
        "President Alpha Beta met Prime Minister Gamma in Delta on Monday.";
    newskg_document doc = {.text = text, .len = sizeof text - 1,
                           .date = "2024-03-15"};
    newskg_graph *g = NULL;
    if (newskg_pipeline_extract(p, &doc, &g) == NEWSKG_OK) {
      FILE *out = fopen("/dev/null", "w");
      newskg_writer *w = NULL;
      if (out && newskg_writer_new(p, NEWSKG_FORMAT_TURTLE, out, &w) == NEWSKG_OK &&
          (newskg_writer_add(w, g) != NEWSKG_OK ||
           newskg_writer_finish(w) != NEWSKG_OK))
        abort();
      newskg_writer_free(w);
      if (out)
        fclose(out);
      newskg_graph_free(g);
    }
  }
  newskg_pipeline_free(p);
}

static void build(const uint8_t *data, size_t size) {
  if (size == 0)
    return;
  FILE *in = fmemopen((void *)data, size, "rb");
  FILE *out = fopen("/dev/null", "w");
  size_t n = 0;
  if (in && out)
    (void)newskg_gazetteer_build(in, "fuzz", out, &n);
  if (in)
    fclose(in);
  if (out)
    fclose(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  load(data, size);
  build(data, size);
  return 0;
}
