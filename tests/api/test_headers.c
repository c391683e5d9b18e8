/*
 * The public header stands alone: it is the only include, and this file
 * is compiled with -Wall -Wextra -Wpedantic -Werror (tests/CMakeLists.txt).
 * Every declaration is referenced so a missing or misspelt one fails to
 * compile or link.
 */
#include <newskg/newskg.h>

#if NEWSKG_VERSION_MAJOR != 0 || !defined(NEWSKG_VERSION_MINOR) ||             \
    !defined(NEWSKG_VERSION_PATCH)
#error "version macros"
#endif

/* Compile-time checks without including anything else. */
typedef char status_values_are_stable[(NEWSKG_OK == 0 && NEWSKG_ERR_NOMEM == 1 &&
                                       NEWSKG_ERR_IO == 2 &&
                                       NEWSKG_ERR_BAD_ARG == 3 &&
                                       NEWSKG_ERR_BAD_INPUT == 4)
                                          ? 1
                                          : -1];
typedef char formats_are_stable[(NEWSKG_FORMAT_TURTLE == 0 &&
                                 NEWSKG_FORMAT_GRAPHML == 4 &&
                                 NEWSKG_FORMAT_DOT == 5 &&
                                 NEWSKG_FORMAT_LAST == 6)
                                    ? 1
                                    : -1];
typedef char views_are_stable[(NEWSKG_VIEW_EVENTS == 0 &&
                               NEWSKG_VIEW_ACTORS == 1 &&
                               NEWSKG_VIEW_LAST == 2)
                                  ? 1
                                  : -1];
typedef char max_document_is_size_t[sizeof(NEWSKG_MAX_DOCUMENT_BYTES) ==
                                            sizeof(size_t)
                                        ? 1
                                        : -1];

int main(void) {
  /* every function, by address: the set the header promises */
  void (*const fns[])(void) = {
      (void (*)(void))newskg_pipeline_new,
      (void (*)(void))newskg_pipeline_add_gazetteer,
      (void (*)(void))newskg_pipeline_free,
      (void (*)(void))newskg_gazetteer_build,
      (void (*)(void))newskg_pipeline_extract,
      (void (*)(void))newskg_pipeline_extract_to,
      (void (*)(void))newskg_graph_event_count,
      (void (*)(void))newskg_graph_entity_count,
      (void (*)(void))newskg_graph_triple_count,
      (void (*)(void))newskg_graph_sentence_count,
      (void (*)(void))newskg_graph_parsed_sentence_count,
      (void (*)(void))newskg_graph_explain,
      (void (*)(void))newskg_graph_free,
      (void (*)(void))newskg_writer_new,
      (void (*)(void))newskg_writer_set_graph_view,
      (void (*)(void))newskg_writer_add,
      (void (*)(void))newskg_writer_finish,
      (void (*)(void))newskg_writer_free,
      (void (*)(void))newskg_format_from_name,
      (void (*)(void))newskg_provenance_from_name,
      (void (*)(void))newskg_frames_from_name,
      (void (*)(void))newskg_strerror,
      (void (*)(void))newskg_errmsg,
      (void (*)(void))newskg_version,
  };
  newskg_options opts = {0};
  newskg_document doc = {0};
  newskg_status st = NEWSKG_OK;
  newskg_format f = NEWSKG_FORMAT_NTRIPLES;
  newskg_graph_view v = NEWSKG_VIEW_EVENTS;
  newskg_pipeline *p = (newskg_pipeline *)0;
  newskg_graph *g = (newskg_graph *)0;
  newskg_writer *w = (newskg_writer *)0;
  bool b = opts.no_builtin_gazetteer;
  size_t n = doc.len;
  FILE *out = stdout;
  (void)p, (void)g, (void)w, (void)b, (void)n, (void)out, (void)f, (void)v;
  for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
    if (!fns[i])
      return 1;
  /* a real call, so the program also links against the library */
  return newskg_version()[0] == '\0' ? 1 : (int)st;
}
