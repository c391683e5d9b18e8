/*
 * The consumer of tests/install/: a program a user would write against an
 * installed libnewskg, using only <newskg/newskg.h>.  Reads the articles
 * named on the command line through the library's reader, extracts each
 * and prints "events entities triples" per document, then the N-Triples
 * of all, so the test can check both that it ran and what it found.
 */
#include <newskg/newskg.h>
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s ARTICLE...\n", argv[0]);
    return 2;
  }
  newskg_options opts = {0};
  opts.today = "2024-06-01";
  newskg_pipeline *p = NULL;
  newskg_writer *w = NULL;
  int rc = 1;
  if (newskg_pipeline_new(&opts, &p) != NEWSKG_OK ||
      newskg_writer_new(p, NEWSKG_FORMAT_NTRIPLES, stdout, &w) != NEWSKG_OK)
    goto done;
  printf("# libnewskg %s\n", newskg_version());
  for (int i = 1; i < argc; i++) {
    newskg_reader *r = NULL;
    if (newskg_reader_open_path(argv[i], NEWSKG_INPUT_AUTO, &r) != NEWSKG_OK)
      goto done;
    const newskg_document *doc;
    newskg_status st;
    while ((st = newskg_reader_next(r, &doc)) == NEWSKG_OK && doc) {
      newskg_graph *g = NULL;
      if (newskg_pipeline_extract(p, doc, &g) != NEWSKG_OK) {
        newskg_reader_free(r);
        goto done;
      }
      printf("# %zu events %zu entities %zu triples\n", newskg_graph_event_count(g),
             newskg_graph_entity_count(g), newskg_graph_triple_count(g));
      st = newskg_writer_add(w, g);
      newskg_graph_free(g);
      if (st != NEWSKG_OK)
        break;
    }
    newskg_reader_free(r);
    if (st != NEWSKG_OK)
      goto done;
  }
  rc = newskg_writer_finish(w) == NEWSKG_OK ? 0 : 1;
done:
  if (rc)
    fprintf(stderr, "consumer: %s\n", newskg_errmsg());
  newskg_writer_free(w);
  newskg_pipeline_free(p);
  return rc;
}
