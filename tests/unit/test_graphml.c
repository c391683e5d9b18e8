/*
 * GraphML writer: two hand-built document graphs sharing nodes are written
 * to one stream and read back with libxml2 (node/edge counts, labels,
 * wikidata, escaping, no duplicated nodes), then checked against the
 * GraphML 1.0 XSD when it is available (argv[1], $NEWSKG_GRAPHML_XSD or
 * the shared schema path; skipped otherwise).  The actors view is checked
 * the same way on two documents that report one meeting twice.  Write
 * failures on /dev/full must surface as NEWSKG_ERR_IO; ASan checks
 * nothing leaks.  The public newskg_writer_set_graph_view is checked
 * against its contract.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "serialize/serialize.h"

#define D "https://w3id.org/newskg/data/"
#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define DEFAULT_XSD "/work/shared/schemas/graphml/graphml.xsd"

static const char *xsd_path;

static void add(struct nkg_graph_data *g, const char *s, const char *p,
                struct nkg_term o) {
  assert_int_equal(nkg_graph_add(g, nkg_iri(s), nkg_iri(p), o), NEWSKG_OK);
}

static void init(struct nkg_graph_data *g, const char *doc) {
  memset(g, 0, sizeof *g);
  nkg_arena_init(&g->arena);
  g->doc_iri = doc;
}

/* Document 1: talks in Brussels.  The participant triple for Aliyev and
   Pashinyan's label come before their type triples, and the event is
   typed Meeting before Talks, to exercise the two passes and the rank. */
static void build_doc1(struct nkg_graph_data *g) {
  init(g, D "doc1");
  add(g, D "doc1/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "doc1/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q7035479"));
  add(g, D "doc1/event/1", NKG_NS "participant",
      nkg_iri(D "entity/ilham-aliyev"));
  add(g, NKG_WD "Q7035479", NKG_RDFS "label",
      nkg_lang("Nikol Pashinyan", "en"));
  add(g, NKG_WD "Q7035479", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, D "entity/ilham-aliyev", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, D "entity/ilham-aliyev", NKG_RDFS "label",
      nkg_lang("Ilham Aliyev", "en"));
  add(g, D "entity/charles-michel", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, D "entity/charles-michel", NKG_RDFS "label",
      nkg_lang("Charles Michel", "en"));
  add(g, NKG_WD "Q239", NKG_RDF "type", nkg_iri(NKG_NS "City"));
  add(g, NKG_WD "Q239", NKG_RDFS "label", nkg_lang("Brussels", "en"));
  add(g, D "doc1/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Talks"));
  add(g, D "doc1/event/1", NKG_RDFS "label",
      nkg_lang("Pashinyan & Aliyev \"talks\" <Brussels>", "en"));
  add(g, D "doc1/event/1", NKG_NS "mediator",
      nkg_iri(D "entity/charles-michel"));
  add(g, D "doc1/event/1", NKG_NS "location", nkg_iri(NKG_WD "Q239"));
  add(g, D "doc1/event/1", NKG_NS "date",
      nkg_lit("2023-05-14", NKG_XSD "date"));
  add(g, D "doc1/event/1", NKG_NS "planned",
      nkg_lit("true", NKG_XSD "boolean"));
  add(g, D "doc1/event/1", NKG_NS "cameoCode", nkg_lit("046", NULL));
  add(g, D "doc1/event/1", NKG_NS "evidence", nkg_iri(D "doc1#char=0,52"));
  /* Linked through owl:sameAs rather than by its IRI; no edges. */
  add(g, D "entity/european-union", NKG_RDF "type",
      nkg_iri(NKG_NS "Organization"));
  add(g, D "entity/european-union", NKG_RDFS "label",
      nkg_lang("European Union", "en"));
  add(g, D "entity/european-union", NKG_OWL "sameAs", nkg_iri(NKG_WD "Q458"));
  /* NIF and document triples: never nodes or edges. */
  add(g, D "doc1#char=0,52", NKG_RDF "type", nkg_iri(NKG_NIF "String"));
  add(g, D "doc1#char=0,52", NKG_NIF "referenceContext", nkg_iri(D "doc1"));
  add(g, D "doc1", NKG_RDF "type", nkg_iri(NKG_NIF "Context"));
}

/* Document 2: a summit in Prague with both leaders again (Pashinyan
   labelled differently: the first document's node must win) and Macron. */
static void build_doc2(struct nkg_graph_data *g) {
  init(g, D "doc2");
  add(g, D "doc2/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "doc2/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Summit"));
  add(g, D "doc2/event/1", NKG_RDFS "label", nkg_lang("Prague summit", "en"));
  add(g, NKG_WD "Q7035479", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, NKG_WD "Q7035479", NKG_RDFS "label", nkg_lang("Pashinyan", "en"));
  add(g, D "entity/ilham-aliyev", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, NKG_WD "Q3052772", NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, NKG_WD "Q3052772", NKG_RDFS "label",
      nkg_lang("Emmanuel Macron", "en"));
  add(g, NKG_WD "Q1085", NKG_RDF "type", nkg_iri(NKG_NS "City"));
  add(g, NKG_WD "Q1085", NKG_RDFS "label", nkg_lang("Prague", "en"));
  add(g, D "doc2/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q7035479"));
  add(g, D "doc2/event/1", NKG_NS "participant",
      nkg_iri(D "entity/ilham-aliyev"));
  add(g, D "doc2/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q3052772"));
  add(g, D "doc2/event/1", NKG_NS "location", nkg_iri(NKG_WD "Q1085"));
  /* doc2 also reports doc1's talks (same event IRI): the repeated role is
     not written again, the new one is, and doc1's label stays. */
  add(g, D "doc1/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "doc1/event/1", NKG_RDFS "label", nkg_lang("Brussels talks", "en"));
  add(g, D "doc1/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q7035479"));
  add(g, D "doc1/event/1", NKG_NS "participant", nkg_iri(NKG_WD "Q3052772"));
}

/* Writes both documents to a fresh tmpfile and returns its bytes. */
static char *write_both(size_t *len) {
  struct nkg_graph_data g1, g2;
  build_doc1(&g1);
  build_doc2(&g2);
  FILE *f = tmpfile();
  assert_non_null(f);
  struct nkg_graphml_writer *w = NULL;
  assert_int_equal(nkg_graphml_start(f, NEWSKG_VIEW_EVENTS, &w), NEWSKG_OK);
  assert_int_equal(nkg_graphml_add(w, &g1), NEWSKG_OK);
  assert_int_equal(nkg_graphml_add(w, &g2), NEWSKG_OK);
  assert_int_equal(nkg_graphml_finish(w), NEWSKG_OK);
  nkg_graphml_free(w);
  nkg_arena_free(&g1.arena);
  nkg_arena_free(&g2.arena);

  long n = ftell(f);
  assert_true(n > 0);
  char *buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  rewind(f);
  assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  *len = (size_t)n;
  return buf;
}

struct parsed {
  char *bytes;
  size_t len;
  xmlDocPtr doc;
  xmlXPathContextPtr xp;
};

static int setup(void **state) {
  struct parsed *p = calloc(1, sizeof *p);
  if (!p)
    return -1;
  p->bytes = write_both(&p->len);
  p->doc = xmlReadMemory(p->bytes, (int)p->len, "out.graphml", NULL,
                         XML_PARSE_NONET);
  if (!p->doc || !(p->xp = xmlXPathNewContext(p->doc)) ||
      xmlXPathRegisterNs(p->xp, BAD_CAST "g", BAD_CAST GRAPHML_NS) != 0)
    return -1;
  *state = p;
  return 0;
}

static int teardown(void **state) {
  struct parsed *p = *state;
  if (p) {
    xmlXPathFreeContext(p->xp);
    xmlFreeDoc(p->doc);
    free(p->bytes);
    free(p);
  }
  return 0;
}

static double xnum(struct parsed *p, const char *expr) {
  xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, p->xp);
  assert_non_null(o);
  double v = xmlXPathCastToNumber(o);
  xmlXPathFreeObject(o);
  return v;
}

static void assert_xstr(struct parsed *p, const char *expr, const char *want) {
  xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, p->xp);
  assert_non_null(o);
  xmlChar *s = xmlXPathCastToString(o);
  xmlXPathFreeObject(o);
  assert_non_null(s);
  assert_string_equal((const char *)s, want);
  xmlFree(s);
}

/* "the data `key` of the node whose iri is `iri`" */
#define NODE_DATA(iri, key)                                                    \
  "string(//g:node[g:data[@key='iri']='" iri "']/g:data[@key='" key "'])"

static void test_graphml_counts_nodes_and_edges_once(void **state) {
  struct parsed *p = *state;
  /* 6 nodes in doc1, 3 new in doc2; 4 + 5 role edges. */
  assert_int_equal((int)xnum(p, "count(//g:node)"), 9);
  assert_int_equal((int)xnum(p, "count(//g:edge)"), 9);
  assert_int_equal(
      (int)xnum(p, "count(//g:node[g:data[@key='iri']='" D "doc1/event/1'])"),
      1);
  assert_int_equal(
      (int)xnum(p, "count(//g:node[g:data[@key='iri']='" NKG_WD "Q7035479'])"),
      1);
  assert_int_equal((int)xnum(p, "count(//g:key)"), 9);
  assert_xstr(p, "string(/g:graphml/g:graph/@edgedefault)", "directed");
  /* First-seen order: the event is typed first in doc1. */
  assert_xstr(p, "string((//g:node)[1]/@id)", "n1");
  assert_xstr(p, "string((//g:node)[1]/g:data[@key='iri'])", D "doc1/event/1");
  assert_xstr(p, "string((//g:node)[9]/@id)", "n9");
  assert_xstr(p, "string((//g:edge)[9]/@id)", "e9");
}

static void test_graphml_writes_labels_and_types(void **state) {
  struct parsed *p = *state;
  /* The first document's label is kept when doc2 labels it again. */
  assert_xstr(p, NODE_DATA(NKG_WD "Q7035479", "label"), "Nikol Pashinyan");
  assert_xstr(p, NODE_DATA(D "entity/ilham-aliyev", "label"), "Ilham Aliyev");
  assert_xstr(p, NODE_DATA(NKG_WD "Q1085", "label"), "Prague");
  assert_xstr(p, NODE_DATA(D "doc1/event/1", "label"),
              "Pashinyan & Aliyev \"talks\" <Brussels>");
  assert_xstr(p, NODE_DATA(D "doc1/event/1", "type"), "talks");
  assert_xstr(p, NODE_DATA(D "doc2/event/1", "type"), "summit");
  assert_xstr(p, NODE_DATA(NKG_WD "Q239", "type"), "city");
  assert_xstr(p, NODE_DATA(D "doc1/event/1", "date"), "2023-05-14");
  assert_xstr(p, NODE_DATA(D "doc1/event/1", "planned"), "true");
  assert_xstr(p, NODE_DATA(D "doc1/event/1", "cameo"), "046");
  assert_int_equal((int)xnum(p, "count(//g:node[g:data[@key='planned']])"), 1);
}

static void test_graphml_wikidata_only_on_linked_nodes(void **state) {
  struct parsed *p = *state;
  assert_xstr(p, NODE_DATA(NKG_WD "Q7035479", "wikidata"), "Q7035479");
  assert_xstr(p, NODE_DATA(NKG_WD "Q3052772", "wikidata"), "Q3052772");
  assert_xstr(p, NODE_DATA(D "entity/european-union", "wikidata"), "Q458");
  assert_xstr(p, NODE_DATA(D "entity/european-union", "type"), "organization");
  assert_int_equal((int)xnum(p, "count(//g:node[g:data[@key='wikidata']])"), 5);
  assert_int_equal((int)xnum(p,
                             "count(//g:node[g:data[@key='iri']='" D
                             "entity/ilham-aliyev']/g:data[@key='wikidata'])"),
                   0);
}

static void test_graphml_edges_name_roles(void **state) {
  struct parsed *p = *state;
  assert_int_equal(
      (int)xnum(p, "count(//g:edge[g:data[@key='edgelabel']='participant'])"),
      6);
  assert_int_equal(
      (int)xnum(p, "count(//g:edge[g:data[@key='edgelabel']='mediator'])"), 1);
  assert_int_equal(
      (int)xnum(p, "count(//g:edge[g:data[@key='edgelabel']='location'])"), 2);
  assert_int_equal((int)xnum(p, "count(//g:edge[g:data[@key='weight']='1.0'])"),
                   9);
  /* Doc2's edges to Pashinyan reuse the node written for doc1, and the
     merged event's repeated participant edge is not duplicated. */
  assert_int_equal(
      (int)xnum(p, "count(//g:edge[@target=//g:node[g:data[@key='iri']='" NKG_WD
                   "Q7035479']/@id])"),
      2);
  /* Every endpoint is a written node. */
  assert_int_equal((int)xnum(p, "count(//g:edge[not(@source=//g:node/@id) or "
                                "not(@target=//g:node/@id)])"),
                   0);
}

static void test_graphml_output_is_deterministic(void **state) {
  struct parsed *p = *state;
  size_t len;
  char *again = write_both(&len);
  assert_int_equal(len, p->len);
  assert_memory_equal(again, p->bytes, len);
  free(again);
}

/* Validates against the XSD; false when the schema is not there (it
   lives outside the repository).  The caller frees what it parsed and
   only then skips: cmocka's skip() jumps out of the test, and anything
   still allocated leaks (LeakSanitizer failed unit.graphml on a fresh
   clone). */
static bool valid_graphml(xmlDocPtr doc) {
  if (!xsd_path || access(xsd_path, R_OK) != 0)
    return false;
  xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(xsd_path);
  assert_non_null(pc);
  xmlSchemaPtr schema = xmlSchemaParse(pc);
  xmlSchemaFreeParserCtxt(pc);
  assert_non_null(schema);
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
  assert_non_null(vc);
  int rc = xmlSchemaValidateDoc(vc, doc);
  xmlSchemaFreeValidCtxt(vc);
  xmlSchemaFree(schema);
  assert_int_equal(rc, 0);
  return true;
}

static void test_graphml_validates_against_xsd(void **state) {
  struct parsed *p = *state; /* freed by the group teardown */
  if (!valid_graphml(p->doc))
    skip();
}

/* ---- actors view ---- */

#define P1 NKG_WD "Q1"
#define P2 D "entity/person-two"
#define P3 NKG_WD "Q3"
#define CITY NKG_WD "Q239"
#define ORG D "entity/some-org"

static void add_lit(struct nkg_graph_data *g, const char *s, const char *p,
                    const char *v, const char *dt) {
  add(g, s, p, nkg_lit(v, dt));
}

static void person(struct nkg_graph_data *g, const char *iri, const char *l) {
  add(g, iri, NKG_RDF "type", nkg_iri(NKG_NS "Person"));
  add(g, iri, NKG_RDFS "label", nkg_lang(l, "en"));
}

/* Doc A: A1 (2024-03-14) and A2 (2024-03-10) of P1 and P2, the planned A3
   of P1 and P2, A4 of P1 and a city, A5 of P1 and an organization with a
   month only; Doc B reports A1 again, with P3 too. */
static void build_actors_a(struct nkg_graph_data *g) {
  init(g, D "docA");
  for (int i = 1; i <= 5; i++) {
    char *ev = nkg_arena_printf(&g->arena, D "docA/event/%d", i);
    add(g, ev, NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
    add(g, ev, NKG_NS "participant", nkg_iri(P1));
    add(g, ev, NKG_NS "participant",
        nkg_iri(i == 4   ? CITY
                : i == 5 ? ORG
                         : P2));
  }
  add(g, D "docA/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Talks"));
  add_lit(g, D "docA/event/1", NKG_NS "date", "2024-03-14", NKG_XSD "date");
  add_lit(g, D "docA/event/2", NKG_NS "date", "2024-03-10", NKG_XSD "date");
  add_lit(g, D "docA/event/3", NKG_NS "planned", "true", NKG_XSD "boolean");
  add_lit(g, D "docA/event/5", NKG_NS "date", "2024-02", NKG_XSD "gYearMonth");
  add(g, D "docA/event/1", NKG_NS "mediator", nkg_iri(P3));
  person(g, P1, "Person \"One\" <1>");
  person(g, P2, "Person Two");
  add(g, CITY, NKG_RDF "type", nkg_iri(NKG_NS "City"));
  add(g, CITY, NKG_RDFS "label", nkg_lang("Brussels", "en"));
  add(g, ORG, NKG_RDF "type", nkg_iri(NKG_NS "Organization"));
  add(g, ORG, NKG_RDFS "label", nkg_lang("Some Org", "en"));
  add(g, ORG, NKG_OWL "sameAs", nkg_iri(NKG_WD "Q458"));
  person(g, P3, "Person Three");
}

static void build_actors_b(struct nkg_graph_data *g) {
  init(g, D "docB");
  add(g, D "docA/event/1", NKG_RDF "type", nkg_iri(NKG_NS "Meeting"));
  add(g, D "docA/event/1", NKG_NS "participant", nkg_iri(P2));
  add(g, D "docA/event/1", NKG_NS "participant", nkg_iri(P3));
  add(g, D "docA/event/1", NKG_NS "participant", nkg_iri(P1));
  add_lit(g, D "docA/event/1", NKG_NS "date", "2024-03-14", NKG_XSD "date");
  person(g, P2, "Another label for person two");
  person(g, P3, "Person Three");
}

static char *write_actors(size_t *len) {
  struct nkg_graph_data a, b;
  build_actors_a(&a);
  build_actors_b(&b);
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  assert_non_null(f);
  struct nkg_graphml_writer *w = NULL;
  assert_int_equal(nkg_graphml_start(f, NEWSKG_VIEW_ACTORS, &w), NEWSKG_OK);
  assert_int_equal(nkg_graphml_add(w, &a), NEWSKG_OK);
  assert_int_equal(nkg_graphml_add(w, &b), NEWSKG_OK);
  assert_int_equal(nkg_graphml_finish(w), NEWSKG_OK);
  nkg_graphml_free(w);
  nkg_arena_free(&a.arena);
  nkg_arena_free(&b.arena);
  fclose(f);
  return buf;
}

#define EDGE(a, b)                                                             \
  "//g:edge[@source=//g:node[g:data[@key='iri']='" a "']/@id and "             \
  "@target=//g:node[g:data[@key='iri']='" b "']/@id]"

static void test_graphml_actors_view(void **state) {
  (void)state;
  size_t len;
  char *bytes = write_actors(&len);
  struct parsed p = {.bytes = bytes, .len = len};
  p.doc =
      xmlReadMemory(bytes, (int)len, "actors.graphml", NULL, XML_PARSE_NONET);
  assert_non_null(p.doc);
  p.xp = xmlXPathNewContext(p.doc);
  assert_non_null(p.xp);
  assert_int_equal(xmlXPathRegisterNs(p.xp, BAD_CAST "g", BAD_CAST GRAPHML_NS),
                   0);

  assert_xstr(&p, "string(/g:graphml/g:graph/@edgedefault)", "undirected");
  /* people and the organization that met someone; not the city, not the
     mediator-only P3 of docA (P3 takes part in A1 through docB) */
  assert_int_equal((int)xnum(&p, "count(//g:node)"), 4);
  assert_int_equal((int)xnum(&p, "count(//g:node[g:data[@key='type']='city'])"),
                   0);
  assert_xstr(&p, "string((//g:node)[1]/g:data[@key='iri'])", P1);
  assert_xstr(&p, NODE_DATA(P1, "label"), "Person \"One\" <1>");
  assert_xstr(&p, NODE_DATA(P2, "label"), "Person Two"); /* first document's */
  assert_xstr(&p, NODE_DATA(P1, "wikidata"), "Q1");
  assert_xstr(&p, NODE_DATA(ORG, "wikidata"), "Q458");
  assert_xstr(&p, NODE_DATA(ORG, "type"), "organization");
  /* A1 (once, though two documents report it), A2 and A5 */
  assert_xstr(&p, NODE_DATA(P1, "meetings"), "3");
  assert_xstr(&p, NODE_DATA(P1, "start"), "2024-03-10");
  assert_xstr(&p, NODE_DATA(P1, "end"), "2024-03-14");
  assert_xstr(&p, NODE_DATA(P3, "meetings"), "1");

  /* P1-P2 met in A1 and A2 (A3 was only planned); one edge, weight 2,
     meetings in date order */
  assert_int_equal((int)xnum(&p, "count(//g:edge)"), 4);
  assert_int_equal((int)xnum(&p, "count(" EDGE(P1, P2) ")"), 1);
  assert_xstr(&p, "string(" EDGE(P1, P2) "/g:data[@key='weight'])", "2.0");
  assert_xstr(&p, "string(" EDGE(P1, P2) "/g:data[@key='edgelabel'])", "met");
  assert_xstr(&p, "string(" EDGE(P1, P2) "/g:data[@key='dates'])",
              "2024-03-10;2024-03-14");
  assert_xstr(&p, "string(" EDGE(P1, P2) "/g:data[@key='estart'])",
              "2024-03-10");
  assert_xstr(&p, "string(" EDGE(P1, P2) "/g:data[@key='eend'])", "2024-03-14");
  assert_xstr(&p, "string(" EDGE(P1, P2) "/g:data[@key='events'])",
              D "docA/event/2 " D "docA/event/1");
  /* docB's participant P3 joins A1 */
  assert_xstr(&p, "string(" EDGE(P2, P3) "/g:data[@key='weight'])", "1.0");
  assert_xstr(&p, "string(" EDGE(P1, P3) "/g:data[@key='weight'])", "1.0");
  /* a month only: listed in dates, but no start/end day */
  assert_xstr(&p, "string(" EDGE(P1, ORG) "/g:data[@key='dates'])", "2024-02");
  assert_int_equal(
      (int)xnum(&p, "count(" EDGE(P1, ORG) "/g:data[@key='estart'])"), 0);
  assert_int_equal((int)xnum(&p, "count(//g:key)"), 13);

  size_t len2;
  char *again = write_actors(&len2);
  assert_int_equal(len2, len);
  assert_memory_equal(again, bytes, len);
  free(again);
  bool checked = valid_graphml(p.doc);
  xmlXPathFreeContext(p.xp);
  xmlFreeDoc(p.doc);
  free(bytes);
  if (!checked)
    skip();
}

/* The actors view writes at finish: a full disk surfaces there. */
static void test_graphml_actors_dev_full_is_io_error(void **state) {
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f) {
    skip();
    return;
  }
  setvbuf(f, NULL, _IONBF, 0);
  struct nkg_graph_data a;
  build_actors_a(&a);
  struct nkg_graphml_writer *w = NULL;
  newskg_status st = nkg_graphml_start(f, NEWSKG_VIEW_ACTORS, &w);
  if (st == NEWSKG_OK && (st = nkg_graphml_add(w, &a)) == NEWSKG_OK)
    st = nkg_graphml_finish(w);
  assert_int_equal(st, NEWSKG_ERR_IO);
  nkg_graphml_free(w);
  nkg_arena_free(&a.arena);
  fclose(f);
}

/* No meeting with two actors: a valid, empty graph. */
static void test_graphml_actors_view_empty(void **state) {
  (void)state;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  struct nkg_graphml_writer *w = NULL;
  assert_int_equal(nkg_graphml_start(f, NEWSKG_VIEW_ACTORS, &w), NEWSKG_OK);
  assert_int_equal(nkg_graphml_finish(w), NEWSKG_OK);
  nkg_graphml_free(w);
  fclose(f);
  assert_non_null(strstr(buf, "edgedefault=\"undirected\""));
  assert_null(strstr(buf, "<node"));
  xmlDocPtr doc =
      xmlReadMemory(buf, (int)len, "empty.graphml", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  bool checked = valid_graphml(doc);
  xmlFreeDoc(doc);
  free(buf);
  assert_int_equal(nkg_graphml_start(stdout, NEWSKG_VIEW_LAST, &w),
                   NEWSKG_ERR_BAD_ARG);
  assert_null(w);
  if (!checked)
    skip();
}

/* The public setter: GraphML writers only, before the first graph. */
static void test_graphml_set_graph_view_contract(void **state) {
  (void)state;
  newskg_options opts = {.no_builtin_gazetteer = true};
  newskg_pipeline *pl = NULL;
  assert_int_equal(newskg_pipeline_new(&opts, &pl), NEWSKG_OK);
  newskg_document doc = {.text = "A calm day.", .len = 11, .id = "calm"};
  newskg_graph *g = NULL;
  assert_int_equal(newskg_pipeline_extract(pl, &doc, &g), NEWSKG_OK);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  newskg_writer *w = NULL;

  assert_int_equal(newskg_writer_set_graph_view(NULL, NEWSKG_VIEW_ACTORS),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_new(pl, NEWSKG_FORMAT_NTRIPLES, f, &w),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_set_graph_view(w, NEWSKG_VIEW_ACTORS),
                   NEWSKG_ERR_BAD_ARG);
  assert_non_null(strstr(newskg_errmsg(), "GraphML"));
  assert_int_equal(newskg_writer_add(w, g), NEWSKG_OK); /* still usable */
  newskg_writer_free(w);

  assert_int_equal(newskg_writer_new(pl, NEWSKG_FORMAT_GRAPHML, f, &w),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_set_graph_view(w, NEWSKG_VIEW_LAST),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_set_graph_view(w, NEWSKG_VIEW_EVENTS),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_set_graph_view(w, NEWSKG_VIEW_ACTORS),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_add(w, g), NEWSKG_OK);
  assert_int_equal(newskg_writer_set_graph_view(w, NEWSKG_VIEW_EVENTS),
                   NEWSKG_ERR_BAD_ARG);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_OK);
  newskg_writer_free(w);
  fflush(f);
  assert_non_null(strstr(buf, "edgedefault=\"undirected\""));
  assert_non_null(strstr(buf, "attr.name=\"meetings\""));

  fclose(f);
  free(buf);

  /* no graph at all: finish still writes a whole (empty) document */
  buf = NULL;
  f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(newskg_writer_new(pl, NEWSKG_FORMAT_GRAPHML, f, &w),
                   NEWSKG_OK);
  assert_int_equal(newskg_writer_finish(w), NEWSKG_OK);
  newskg_writer_free(w);
  fclose(f);
  assert_non_null(strstr(buf, "</graphml>"));
  free(buf);
  newskg_graph_free(g);
  newskg_pipeline_free(pl);
}

/* A full device: stdio may buffer everything until finish's fflush, so
   whichever call fails must say IO, and later calls must repeat it. */
static void test_graphml_dev_full_is_io_error(void **state) {
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f) {
    skip();
    return;
  }
  struct nkg_graph_data g;
  build_doc1(&g);
  struct nkg_graphml_writer *w = NULL;
  newskg_status st = nkg_graphml_start(f, NEWSKG_VIEW_EVENTS, &w);
  if (st == NEWSKG_OK) {
    st = nkg_graphml_add(w, &g);
    if (st == NEWSKG_OK)
      st = nkg_graphml_finish(w);
    else
      assert_int_equal(nkg_graphml_finish(w), st);
  }
  assert_int_equal(st, NEWSKG_ERR_IO);
  nkg_graphml_free(w);
  nkg_arena_free(&g.arena);
  fclose(f);
}

/* Unbuffered, with enough nodes to overflow libxml2's own buffer, so the
   failure comes from the write callback in the middle of add. */
static void test_graphml_write_error_midway(void **state) {
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f) {
    skip();
    return;
  }
  setvbuf(f, NULL, _IONBF, 0);
  struct nkg_graph_data g;
  init(&g, D "big");
  for (int i = 0; i < 500; i++) {
    char *iri = nkg_arena_printf(&g.arena, D "entity/e%d", i);
    assert_non_null(iri);
    add(&g, iri, NKG_RDF "type", nkg_iri(NKG_NS "Organization"));
    add(&g, iri, NKG_RDFS "label", nkg_lit("An organisation", NULL));
  }
  struct nkg_graphml_writer *w = NULL;
  assert_int_equal(nkg_graphml_start(f, NEWSKG_VIEW_EVENTS, &w), NEWSKG_OK);
  assert_int_equal(nkg_graphml_add(w, &g), NEWSKG_ERR_IO);
  assert_int_equal(nkg_graphml_add(w, &g), NEWSKG_ERR_IO);
  assert_int_equal(nkg_graphml_finish(w), NEWSKG_ERR_IO);
  nkg_graphml_free(w);
  nkg_graphml_free(NULL);
  nkg_arena_free(&g.arena);
  fclose(f);
}

int main(int argc, char **argv) {
  xsd_path = argc > 1 ? argv[1] : getenv("NEWSKG_GRAPHML_XSD");
  if (!xsd_path)
    xsd_path = DEFAULT_XSD;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_graphml_counts_nodes_and_edges_once),
      cmocka_unit_test(test_graphml_writes_labels_and_types),
      cmocka_unit_test(test_graphml_wikidata_only_on_linked_nodes),
      cmocka_unit_test(test_graphml_edges_name_roles),
      cmocka_unit_test(test_graphml_output_is_deterministic),
      cmocka_unit_test(test_graphml_validates_against_xsd),
      cmocka_unit_test(test_graphml_dev_full_is_io_error),
      cmocka_unit_test(test_graphml_write_error_midway),
      cmocka_unit_test(test_graphml_actors_view),
      cmocka_unit_test(test_graphml_actors_view_empty),
      cmocka_unit_test(test_graphml_actors_dev_full_is_io_error),
      cmocka_unit_test(test_graphml_set_graph_view_contract),
  };
  int rc = cmocka_run_group_tests(tests, setup, teardown);
  xmlCleanupParser();
  return rc;
}
