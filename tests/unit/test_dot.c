/*
 * DOT writer: hand-built document graphs are written to one stream and the
 * text is checked -- meetings and statements as boxes, the entities they
 * name as ellipses with label and QID, roles as edges, each node and edge
 * once across documents, nothing else of the graph (NIF strings, rules),
 * DOT's quoting of '"', '\', line breaks and control characters (and '<',
 * '{', '|' left alone: no record shapes), byte-identical reruns -- and a
 * full disk must surface as NEWSKG_ERR_IO.  When Graphviz's `dot` is on
 * PATH the output is also rendered.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/vocab.h"
#include "serialize/serialize.h"

#define D "https://w3id.org/newskg/data/"

static void add(struct nkg_graph_data *g, const char *s, const char *p,
                struct nkg_term o) {
  assert_int_equal(nkg_graph_add(g, nkg_iri(s), nkg_iri(p), o), NEWSKG_OK);
}

static void init(struct nkg_graph_data *g, const char *doc) {
  memset(g, 0, sizeof *g);
  nkg_arena_init(&g->arena);
  g->doc_iri = doc;
}

static void build_doc1(struct nkg_graph_data *g) {
  init(g, D "doc1");
  add(g, D "doc1/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "doc1/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Talks"));
  add(g, D "doc1/event/1", NKG_RDFS "label",
      nkg_lang("talks of A and B", "en"));
  add(g, D "doc1/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q1"));
  add(g, D "doc1/event/1", NKG_NS "participant", nkg_iri(D "entity/b-1"));
  add(g, D "doc1/event/1", NKG_NS "mediator", nkg_iri(NKG_WD "Q3"));
  add(g, D "doc1/event/1", NKG_NS "date",
      nkg_lit("2024-03-14", NKG_XSD "date"));
  add(g, D "doc1/event/1", NKG_NS "evidence", nkg_iri(D "doc1#char=0,10"));
  add(g, D "doc1/event/1", NKG_NS "rule", nkg_lit("frame:verb", NULL));
  add(g, NKG_WD "Q1", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, NKG_WD "Q1", NKG_RDFS "label",
      nkg_lang("The \"Blue\\Green\" <Center> {x} |y|\nline\ttab\x01", "en"));
  add(g, D "entity/b-1", NKG_RDF "type", nkg_iri(NKG_NS "Country"));
  add(g, D "entity/b-1", NKG_RDFS "label", nkg_lang("Олег 王小明", "en"));
  add(g, NKG_WD "Q3", NKG_RDF "type", nkg_iri(NKG_NS "Organization"));
  add(g, NKG_WD "Q3", NKG_RDFS "label", nkg_lang("Mediators", "en"));
  /* an entity in no meeting, and NIF: not drawn */
  add(g, NKG_WD "Q9", NKG_RDF "type", nkg_iri(NKG_NS "City"));
  add(g, NKG_WD "Q9", NKG_RDFS "label", nkg_lang("Nowhere", "en"));
  add(g, D "doc1#char=0,10", NKG_NIF "anchorOf", nkg_lit("Some text.", NULL));
  add(g, D "doc1/statement/1", NKG_RDF "type", nkg_iri(NKG_NS "Statement"));
  add(g, D "doc1/statement/1", NKG_NS "speaker", nkg_iri(NKG_WD "Q1"));
  add(g, D "doc1/statement/1", NKG_NS "quote", nkg_lit("profits <5%", NULL));
  add(g, D "doc1/statement/1", NKG_NS "about", nkg_iri(D "doc1/event/1"));
}

/* The same talks from a second article, and a planned meeting. */
static void build_doc2(struct nkg_graph_data *g) {
  init(g, D "doc2");
  add(g, D "doc1/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "doc1/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q1"));
  add(g, NKG_WD "Q1", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, NKG_WD "Q1", NKG_RDFS "label", nkg_lang("Another label", "en"));
  add(g, D "doc2/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "doc2/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q1"));
  add(g, D "doc2/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q2"));
  add(g, D "doc2/event/1", NKG_NS "planned",
      nkg_lit("true", NKG_XSD "boolean"));
  add(g, NKG_WD "Q2", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, NKG_WD "Q2", NKG_RDFS "label", nkg_lang("Person Two", "en"));
}

static char *write_both(size_t *len) {
  struct nkg_graph_data g1, g2;
  build_doc1(&g1);
  build_doc2(&g2);
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  assert_non_null(f);
  struct nkg_dot_writer *w = NULL;
  assert_int_equal(nkg_dot_start(f, &w), NEWSKG_OK);
  assert_int_equal(nkg_dot_add(w, &g1), NEWSKG_OK);
  assert_int_equal(nkg_dot_add(w, &g2), NEWSKG_OK);
  assert_int_equal(nkg_dot_finish(w), NEWSKG_OK);
  nkg_dot_free(w);
  nkg_arena_free(&g1.arena);
  nkg_arena_free(&g2.arena);
  fclose(f);
  return buf;
}

static size_t count(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
    n++;
  return n;
}

static void assert_has(const char *out, const char *needle) {
  if (!strstr(out, needle))
    fail_msg("DOT output lacks %s:\n%s", needle, out);
}

static void test_dot_writes_the_meeting_layer(void **state) {
  (void)state;
  size_t len;
  char *out = write_both(&len);
  assert_true(strncmp(out, "digraph newskg {\n", 17) == 0);
  assert_true(len > 2 && strcmp(out + len - 2, "}\n") == 0);
  /* nodes: 2 meetings, 1 statement, 4 entities; once each */
  assert_int_equal(count(out, ", tooltip="), 7);
  assert_int_equal(count(out, "shape=box"), 3);
  assert_int_equal(count(out, "shape=ellipse"), 4);
  assert_has(out,
             "n1 [label=\"talks\\n2024-03-14\", shape=box, style=\"rounded\"");
  assert_has(out,
             "[label=\"planned meeting\", shape=box, style=\"rounded,dashed\"");
  assert_has(out, "[label=\"statement\\n\\\"profits <5%\\\"\"");
  /* the first document's label; escaped for DOT, '<{|' as they are */
  assert_has(
      out,
      "[label=\"The \\\"Blue\\\\Green\\\" <Center> {x} |y|\\nline tab \\nQ1\"");
  assert_has(out, "[label=\"Олег 王小明\", shape=ellipse");
  assert_has(out, "fillcolor=\"#d9ead3\""); /* a country */
  assert_has(out, "tooltip=\"https://w3id.org/newskg/data/entity/b-1\"");
  assert_true(strstr(out, "Nowhere") == NULL);
  assert_true(strstr(out, "Some text") == NULL);
  assert_true(strstr(out, "frame:verb") == NULL);
  assert_true(strstr(out, "Another label") == NULL);
  /* edges: 3 roles of the talks (the repeated participant once), the
     planned meeting's 2, the statement's speaker and about */
  assert_int_equal(count(out, " -> "), 7);
  assert_int_equal(count(out, "[label=\"participant\"]"), 4);
  assert_int_equal(count(out, "[label=\"mediator\", style=dashed]"), 1);
  assert_has(out, "[label=\"speaker\"]");
  assert_has(out, "[label=\"about\"]");
  size_t len2;
  char *again = write_both(&len2);
  assert_int_equal(len2, len);
  assert_memory_equal(again, out, len);
  free(again);

  /* Graphviz reads it, when installed */
  if (system("command -v dot >/dev/null 2>&1") == 0) {
    char path[] = "/tmp/newskg-test-dot-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(out, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "dot -Tsvg %s >/dev/null 2>&1", path);
    int rc = system(cmd);
    remove(path);
    assert_int_equal(rc, 0);
  }
  free(out);
}

static void test_dot_dev_full_is_io_error(void **state) {
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f) {
    skip();
    return;
  }
  struct nkg_graph_data g;
  build_doc1(&g);
  struct nkg_dot_writer *w = NULL;
  newskg_status st = nkg_dot_start(f, &w);
  if (st == NEWSKG_OK && (st = nkg_dot_add(w, &g)) == NEWSKG_OK)
    st = nkg_dot_finish(w);
  assert_int_equal(st, NEWSKG_ERR_IO);
  nkg_dot_free(w);
  nkg_dot_free(NULL);
  nkg_arena_free(&g.arena);
  fclose(f);
}

/* The writers read vocabulary ids, not IRIs: nkg_graph_add interns the
   predicate, and the class an rdf:type object names, once. */
static void test_dot_graph_add_interns_the_vocabulary(void **state) {
  (void)state;
  struct nkg_graph_data g;
  init(&g, D "doc9");
  add(&g, D "e", NKG_NS "participant", nkg_iri(NKG_WD "Q1"));
  add(&g, D "e", NKG_RDF "type", nkg_iri(NKG_NS "PhoneCall"));
  add(&g, D "e", NKG_RDF "type", nkg_iri(NKG_NS "NoSuchClass"));
  add(&g, D "e", NKG_NS "participantX", nkg_iri(NKG_WD "Q2"));
  add(&g, D "e", NKG_NS "cameoCode", nkg_lit("041", NULL));
  add(&g, D "e", NKG_NS "participant", nkg_iri(NKG_NS "Person"));
  assert_int_equal(g.triples[0].p.voc, NKG_V_PARTICIPANT);
  assert_string_equal(nkg_voc_role(g.triples[0].p.voc), "participant");
  assert_int_equal(g.triples[0].o.voc, NKG_V_NONE);
  assert_int_equal(g.triples[1].p.voc, NKG_V_TYPE);
  int c = nkg_class_of(&g.triples[1].o);
  assert_true(c >= 0);
  assert_string_equal(nkg_classes[c].local, "PhoneCall");
  assert_int_equal(nkg_class_of(&g.triples[2].o), -1);
  assert_int_equal(g.triples[3].p.voc, NKG_V_NONE);
  assert_null(nkg_voc_role(g.triples[3].p.voc));
  assert_int_equal(g.triples[4].p.voc, NKG_V_CAMEO);
  assert_null(nkg_voc_role(NKG_V_CAMEO));
  /* a class IRI as a role's object is an entity, not a class */
  assert_int_equal(nkg_class_of(&g.triples[5].o), -1);
  nkg_arena_free(&g.arena);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dot_writes_the_meeting_layer),
      cmocka_unit_test(test_dot_graph_add_interns_the_vocabulary),
      cmocka_unit_test(test_dot_dev_full_is_io_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
