/*
 * Syntax stage: UD names, the CoNLL-U reader, the model file's checks,
 * the trainer on a small treebank written here, the shipped model on
 * sentences written for these tests (the relations the meeting frames
 * read), and linear work on a 10,000-token sentence.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syntax/model.h"
#include "syntax/syntax.h"

/* ---- names ---- */

static void test_names(void **state) {
  (void)state;
  uint8_t v;
  assert_string_equal(nkg_upos_name(NKG_UPOS_X), "X");
  assert_string_equal(nkg_upos_name(NKG_UPOS_PROPN), "PROPN");
  assert_string_equal(nkg_upos_name(200), "X");
  assert_true(nkg_upos_from_name("X", &v) && v == NKG_UPOS_X);
  assert_false(nkg_upos_from_name("NOUNS", &v));
  assert_string_equal(nkg_deprel_name(NKG_DEP_OBL_AGENT), "obl:agent");
  assert_string_equal(nkg_deprel_name(250), "dep");
  assert_true(nkg_deprel_from_name("acl:relcl", &v) && v == NKG_DEP_ACL_RELCL);
  assert_false(nkg_deprel_from_name("nmod:made_up", &v));
  assert_int_equal(v, NKG_DEP_DEP);
  for (uint8_t i = 0; i < NKG_DEP_COUNT; i++)
    assert_true(nkg_deprel_from_name(nkg_deprel_name(i), &v) && v == i);
}

/* ---- CoNLL-U ---- */

static newskg_status parse_text(const char *s, struct nkg_treebank *tb) {
  size_t n = strlen(s);
  char *b = malloc(n + 1);
  assert_non_null(b);
  memcpy(b, s, n + 1);
  return nkg_treebank_parse(b, n, "mem.conllu", tb);
}

static void test_conllu_reader(void **state) {
  (void)state;
  struct nkg_treebank tb;
  const char *ok =
      "# sent_id = 1\n"
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n"
      "2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n"
      "3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
      "3.1\tgone\tgo\tVERB\t_\t_\t_\t_\t_\t_\n"
      "4\t!\t!\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
      "\n"
      "1\tYes\tyes\tINTJ\t_\t_\t0\troot\t_\t_\n";
  assert_int_equal(parse_text(ok, &tb), NEWSKG_OK);
  assert_int_equal(tb.ns, 2);
  assert_int_equal(tb.s[0].n, 4);
  assert_string_equal(tb.w[1].form, "n't");
  assert_int_equal(tb.w[1].head, 2);
  assert_int_equal(tb.w[2].head, NKG_NO_HEAD);
  assert_false(tb.w[2].space_after);
  assert_int_equal(tb.w[3].rel, NKG_DEP_PUNCT);
  assert_int_equal(tb.s[1].n, 1);
  nkg_treebank_free(&tb);

  static const struct {
    const char *text, *msg;
  } bad[] = {
      {"1\tA\ta\tDET\t_\t_\t2\tdet\t_\n", "mem.conllu:1: a word line needs 10"},
      {"1\tA\ta\tDET\t_\t_\t0\troot\t_\t_\n3\tB\tb\tNOUN\t_\t_\t1\tobj\t_\t_\n",
       "mem.conllu:2: word id '3'"},
      {"# c\n1\tA\ta\tNOPE\t_\t_\t0\troot\t_\t_\n", "mem.conllu:2: unknown UPOS"},
      {"1\tA\ta\tDET\t_\t_\tx\troot\t_\t_\n", "mem.conllu:1: head 'x'"},
      {"1\tA\ta\tDET\t_\t_\t0\tdet\t_\t_\n", "mem.conllu:1: relation 'root'"},
      {"1\tA\ta\tDET\t_\t_\t0\troot\t_\t_\n2\tB\tb\tNOUN\t_\t_\t7\tobj\t_\t_\n",
       "mem.conllu:1: head 7 of word 2"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_int_equal(parse_text(bad[i].text, &tb), NEWSKG_ERR_BAD_INPUT);
    if (strncmp(newskg_errmsg(), bad[i].msg, strlen(bad[i].msg)) != 0)
      fail_msg("case %zu: got '%s', want '%s...'", i, newskg_errmsg(),
               bad[i].msg);
  }
}

/* ---- the model file ---- */

static void expect_refused(const unsigned char *b, size_t n, const char *msg) {
  struct nkg_syn_model *m = (struct nkg_syn_model *)1;
  assert_int_equal(nkg_syn_model_load(b, n, "m.nkgm", &m),
                   NEWSKG_ERR_BAD_INPUT);
  assert_null(m);
  if (!strstr(newskg_errmsg(), msg))
    fail_msg("got '%s', want '%s'", newskg_errmsg(), msg);
  assert_null(strchr(newskg_errmsg(), '\n'));
}

static void test_model_refused(void **state) {
  (void)state;
  size_t n = nkg_builtin_syntax_model_len;
  unsigned char *b = malloc(n);
  assert_non_null(b);
  memcpy(b, nkg_builtin_syntax_model, n);
  struct nkg_syn_model *m;
  assert_int_equal(nkg_syn_model_load(b, n, "m.nkgm", &m), NEWSKG_OK);
  nkg_syn_model_free(m);

  expect_refused((const unsigned char *)"hello", 5, "m.nkgm: not a newskg");
  expect_refused(b, 20, "m.nkgm: truncated");
  expect_refused(b, n - 1, "m.nkgm: truncated");
  b[8] ^= 0x7F; /* another version */
  expect_refused(b, n, "m.nkgm: model version");
  b[8] ^= 0x7F;
  b[n / 2] ^= 0x01; /* one bit flipped in the payload */
  expect_refused(b, n, "m.nkgm: corrupt model (checksum)");
  b[n / 2] ^= 0x01;
  assert_int_equal(nkg_syn_model_load_file("/nonexistent/m.nkgm", &m),
                   NEWSKG_ERR_IO);
  free(b);
}

/* ---- the trainer on a treebank written here ---- */

/* Sentences "DET ADJ? NOUN VERB DET NOUN (ADP DET NOUN)? ." from small word
   lists, in CoNLL-U; which words and shapes come from a fixed sequence. */
static char *toy_treebank(unsigned nsent, unsigned salt, size_t *len) {
  static const char *const dets[] = {"the", "a", "this", "every"};
  static const char *const adjs[] = {"old", "new", "quiet", "foreign"};
  static const char *const nouns[] = {"envoy", "minister", "king", "delegate",
                                      "senator", "mayor", "general", "queen"};
  static const char *const objs[] = {"treaty", "plan", "report", "deal",
                                     "letter", "budget"};
  static const char *const verbs[] = {"signed", "read", "rejected", "praised",
                                      "drafted"};
  static const char *const places[] = {"city", "palace", "office", "hall"};
  size_t cap = (size_t)nsent * 600 + 1, n = 0;
  char *b = malloc(cap);
  assert_non_null(b);
  uint32_t r = 12345u + salt;
#define PICK(a) (r = r * 1103515245u + 12345u, a[(r >> 16) % (sizeof a / sizeof a[0])])
  for (unsigned s = 0; s < nsent; s++) {
    bool adj = (s + salt) % 3 == 0, pp = (s + salt) % 2 == 0;
    unsigned id = 1, subj = adj ? 3 : 2, verb = subj + 1;
    n += (size_t)snprintf(b + n, cap - n, "1\t%s\t_\tDET\t_\t_\t%u\tdet\t_\t_\n",
                          PICK(dets), subj);
    id++;
    if (adj)
      n += (size_t)snprintf(b + n, cap - n,
                            "%u\t%s\t_\tADJ\t_\t_\t%u\tamod\t_\t_\n", id++,
                            PICK(adjs), subj);
    n += (size_t)snprintf(b + n, cap - n,
                          "%u\t%s\t_\tNOUN\t_\t_\t%u\tnsubj\t_\t_\n", id++,
                          PICK(nouns), verb);
    n += (size_t)snprintf(b + n, cap - n,
                          "%u\t%s\t_\tVERB\t_\t_\t0\troot\t_\t_\n", id++,
                          PICK(verbs));
    n += (size_t)snprintf(b + n, cap - n,
                          "%u\t%s\t_\tDET\t_\t_\t%u\tdet\t_\t_\n", id, PICK(dets),
                          id + 1);
    id++;
    n += (size_t)snprintf(b + n, cap - n,
                          "%u\t%s\t_\tNOUN\t_\t_\t%u\tobj\t_\t_\n", id++,
                          PICK(objs), verb);
    if (pp) {
      n += (size_t)snprintf(b + n, cap - n,
                            "%u\tin\t_\tADP\t_\t_\t%u\tcase\t_\t_\n", id, id + 2);
      id++;
      n += (size_t)snprintf(b + n, cap - n,
                            "%u\tthe\t_\tDET\t_\t_\t%u\tdet\t_\t_\n", id, id + 1);
      id++;
      n += (size_t)snprintf(b + n, cap - n,
                            "%u\t%s\t_\tNOUN\t_\t_\t%u\tobl\t_\t_\n", id++,
                            PICK(places), verb);
    }
    n += (size_t)snprintf(b + n, cap - n,
                          "%u\t.\t_\tPUNCT\t_\t_\t%u\tpunct\t_\t_\n\n", id, verb);
  }
#undef PICK
  *len = n;
  return b;
}

static void test_trainer(void **state) {
  (void)state;
  size_t n1, n2;
  char *t1 = toy_treebank(150, 0, &n1), *t2 = toy_treebank(40, 7, &n2);
  struct nkg_treebank train, test;
  assert_int_equal(nkg_treebank_parse(t1, n1, "toy-train", &train), NEWSKG_OK);
  assert_int_equal(nkg_treebank_parse(t2, n2, "toy-test", &test), NEWSKG_OK);
  struct nkg_syn_train_opts o = {.tag_epochs = 3, .parse_epochs = 3,
                                 .folds = 2, .seed = 7};
  unsigned char *bytes, *again;
  size_t len, len2;
  assert_int_equal(nkg_syn_train(&train, &test, &o, &bytes, &len), NEWSKG_OK);
  /* deterministic: the same data and options give the same bytes */
  assert_int_equal(nkg_syn_train(&train, &test, &o, &again, &len2), NEWSKG_OK);
  assert_int_equal(len, len2);
  assert_memory_equal(bytes, again, len);
  free(again);
  struct nkg_syn_model *m;
  assert_int_equal(nkg_syn_model_load(bytes, len, "toy", &m), NEWSKG_OK);
  struct nkg_syn_scores sc;
  assert_int_equal(nkg_syn_eval(m, &test, &sc), NEWSKG_OK);
  /* the toy grammar is regular: the stated bar is 98% tags and heads */
  double upos = 100.0 * (double)sc.upos_ok / (double)sc.words;
  double uas = 100.0 * (double)sc.head_ok / (double)sc.words;
  double las = 100.0 * (double)sc.label_ok / (double)sc.words;
  if (upos < 98 || uas < 98 || las < 98)
    fail_msg("toy UPOS %.1f UAS %.1f LAS %.1f, want >= 98", upos, uas, las);
  nkg_syn_model_free(m);
  free(bytes);
  nkg_treebank_free(&train);
  nkg_treebank_free(&test);
}

/* ---- the shipped model on sentences written for these tests ---- */

struct expect_case {
  const char *text;
  const char *arcs[6]; /* "dependent>head:relation", words by first match */
};

static const struct expect_case cases[] = {
    /* nsubj, obj, obl + case */
    {"The Japanese prime minister met the German chancellor in Tokyo on "
     "Tuesday.",
     {"minister>met:nsubj", "chancellor>met:obj", "Tokyo>met:obl",
      "in>Tokyo:case", "Tuesday>met:obl"}},
    {"Ambassador Smith visited the refugee camp last week.",
     {"visited>ROOT:root", "camp>visited:obj", "week>visited:obl:unmarked"}},
    {"Turkey's foreign minister received his Iranian counterpart at the "
     "palace.",
     {"minister>received:nsubj", "counterpart>received:obj",
      "palace>received:obl", "at>palace:case"}},
    {"The two presidents met in Geneva.",
     {"presidents>met:nsubj", "Geneva>met:obl", "in>Geneva:case"}},
    {"She travelled to Cairo for talks with Egyptian officials.",
     {"She>travelled:nsubj", "Cairo>travelled:obl", "to>Cairo:case",
      "talks>travelled:obl", "officials>talks:nmod", "with>officials:case"}},
    {"The queen hosted the Canadian prime minister at Windsor Castle.",
     {"queen>hosted:nsubj", "minister>hosted:obj", "Castle>hosted:obl", "Windsor>Castle:compound"}},
    /* nmod */
    {"The head of the delegation spoke with reporters.",
     {"head>spoke:nsubj", "delegation>head:nmod", "of>delegation:case",
      "reporters>spoke:obl"}},
    {"The foreign ministers of France and Germany signed an agreement.",
     {"France>ministers:nmod", "Germany>France:conj", "agreement>signed:obj"}},
    /* conj */
    {"The president and the prime minister discussed trade.",
     {"president>discussed:nsubj", "minister>president:conj",
      "and>minister:cc", "trade>discussed:obj"}},
    {"Officials from Kenya, Uganda and Tanzania attended the summit.",
     {"Kenya>Officials:nmod", "Uganda>Kenya:conj", "Tanzania>Kenya:conj",
      "summit>attended:obj"}},
    {"The envoy arrived in Doha and met the emir.",
     {"met>arrived:conj", "emir>met:obj", "envoy>arrived:nsubj"}},
    /* appos */
    {"Maria Lopez, the foreign minister, arrived in Madrid.",
     {"minister>Maria:appos", "Maria>arrived:nsubj", "Madrid>arrived:obl"}},
    {"He met Li Wei, the Chinese ambassador, on Monday.",
     {"ambassador>Li:appos", "Li>met:obj"}},
    /* acl:relcl */
    {"The diplomat who negotiated the deal met the king.",
     {"negotiated>diplomat:acl:relcl", "who>negotiated:nsubj",
      "king>met:obj"}},
    {"The summit, which was held in Paris, ended on Sunday.",
     {"held>summit:acl:relcl", "summit>ended:nsubj"}},
    {"The envoy thanked the leaders who attended the talks.",
     {"attended>leaders:acl:relcl", "leaders>thanked:obj"}},
    /* xcomp */
    {"The minister plans to visit Beijing next month.",
     {"visit>plans:xcomp", "Beijing>visit:obj", "minister>plans:nsubj"}},
    {"The envoy agreed to meet the rebel leaders.",
     {"meet>agreed:xcomp", "leaders>meet:obj"}},
    {"The president wants to host the next summit.",
     {"host>wants:xcomp", "summit>host:obj"}},
    /* nsubj:pass, obl:agent */
    {"The delegation was received by the emperor at the palace.",
     {"delegation>received:nsubj:pass", "emperor>received:obl:agent",
      "by>emperor:case", "palace>received:obl"}},
    {"The talks were hosted by Qatar.",
     {"talks>hosted:nsubj:pass", "Qatar>hosted:obl:agent"}},
    {"The meeting was chaired by the Dutch foreign minister.",
     {"meeting>chaired:nsubj:pass", "minister>chaired:obl:agent"}},
};

/* The shipped model gets 60 of these 70 arcs right. */
#define MIN_ARCS_RIGHT_PERCENT 80u

static uint32_t find_word(const struct nkg_text *t, const char *w) {
  for (uint32_t i = 0; i < t->ntok; i++)
    if (t->tok[i].end - t->tok[i].beg == strlen(w) &&
        memcmp(t->text + t->tok[i].beg, w, strlen(w)) == 0)
      return i;
  fail_msg("no word '%s'", w);
  return 0;
}

static void test_shipped_model(void **state) {
  (void)state;
  struct nkg_syn_model *m;
  assert_int_equal(nkg_syn_model_load(nkg_builtin_syntax_model,
                                      nkg_builtin_syntax_model_len, "built-in",
                                      &m),
                   NEWSKG_OK);
  unsigned wrong = 0, total = 0;
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    struct nkg_arena a;
    nkg_arena_init(&a);
    struct nkg_text t;
    struct nkg_syntax syn;
    const char *s = cases[c].text;
    assert_int_equal(nkg_text_analyze(&a, s, (uint32_t)strlen(s), &t),
                     NEWSKG_OK);
    assert_int_equal(nkg_syntax_parse(&a, m, &t, true, &syn), NEWSKG_OK);
    assert_true(syn.sent_parsed[0]);
    for (int k = 0; k < 6 && cases[c].arcs[k]; k++) {
      char dep[64], head[64], rel[32];
      assert_int_equal(sscanf(cases[c].arcs[k], "%63[^>]>%63[^:]:%31s", dep,
                              head, rel),
                       3);
      uint32_t d = find_word(&t, dep);
      uint32_t h = strcmp(head, "ROOT") == 0 ? NKG_NO_HEAD : find_word(&t, head);
      total++;
      if (syn.head[d] != h || strcmp(nkg_deprel_name(syn.rel[d]), rel) != 0) {
        wrong++;
        print_message("  '%s': %s: got head %d, relation %s\n", s,
                      cases[c].arcs[k],
                      syn.head[d] == NKG_NO_HEAD ? -1 : (int)syn.head[d],
                      nkg_deprel_name(syn.rel[d]));
      }
    }
    nkg_arena_free(&a);
  }
  nkg_syn_model_free(m);
  /* A greedy parser trained on web text (EWT has no newswire) gets some
     of these wrong; the misses are printed above.  The bar is the shipped
     model's own result less a few arcs, so a retrained model that parses
     news worse fails here. */
  print_message("shipped model: %u of %u arcs right\n", total - wrong, total);
  if ((total - wrong) * 100 < MIN_ARCS_RIGHT_PERCENT * total)
    fail_msg("%u of %u arcs wrong, want at least %u%% right", wrong, total,
             MIN_ARCS_RIGHT_PERCENT);
}

/* ---- a 10,000-token sentence: linear work ---- */

static size_t ops_for(const struct nkg_syn_model *m, uint32_t n) {
  const char **form = malloc(n * sizeof *form);
  uint32_t *flen = malloc(n * sizeof *flen), *head = malloc(n * 4);
  uint8_t *upos = malloc(n), *rel = malloc(n);
  assert_true(form && flen && head && upos && rel);
  static const char *const words[] = {"the", "envoy", "met", "leaders", "of",
                                      "many", "nations", "and"};
  for (uint32_t i = 0; i < n; i++)
    form[i] = words[i % 8], flen[i] = (uint32_t)strlen(form[i]);
  struct nkg_syn_work w;
  nkg_syn_work_init(&w);
  struct nkg_arena a;
  nkg_arena_init(&a);
  struct nkg_syn_sent s = {n, form, flen, upos, head, rel, NULL};
  assert_int_equal(nkg_syn_analyze(m, &w, &a, &s), NEWSKG_OK);
  /* a tree: exactly one root, every head inside the sentence */
  uint32_t roots = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (head[i] == NKG_NO_HEAD)
      roots++;
    else
      assert_true(head[i] < n && head[i] != i);
  }
  assert_int_equal(roots, 1);
  size_t ops = w.work_ops;
  nkg_syn_work_free(&w);
  nkg_arena_free(&a);
  free(form), free(flen), free(head), free(upos), free(rel);
  return ops;
}

static void test_long_sentence(void **state) {
  (void)state;
  struct nkg_syn_model *m;
  assert_int_equal(nkg_syn_model_load(nkg_builtin_syntax_model,
                                      nkg_builtin_syntax_model_len, "built-in",
                                      &m),
                   NEWSKG_OK);
  size_t a = ops_for(m, 5000), b = ops_for(m, 10000);
  /* one tag decision per word, two transitions per word: 3n */
  assert_int_equal(a, 3 * 5000);
  assert_int_equal(b, 3 * 10000);
  nkg_syn_model_free(m);
}

/* The gate parses a sentence with a trigger word and two candidate sides
   (names, group nouns, pronouns), whatever the tense and the order. */
static void test_stage_gate_wants_trigger_and_two_sides(void **state) {
  (void)state;
  static const struct {
    const char *text;
    bool want;
  } gate_cases[] = {
      /* two names */
      {"Keiko Tanaka met Lars Berg.", true},
      {"Did Omar Haddad speak with Ines Moreau yesterday?", true},
      {"Talks between Chile and Peru resumed.", true},
      {"Okafor met Lindqvist.", true},
      /* a pronoun or a group noun for one side, a plural for both */
      {"She spoke with Amara Diallo.", true},
      {"The minister visited Quito last spring.", true},
      {"They will meet again soon.", true},
      {"The two delegations were meeting behind closed doors.", true},
      /* a list item opening on its verb: the subject is the list's */
      {"- meet with Governor Ruth Okafor", true},
      {"* Visit the port of Gdansk", true},
      /* one side only, or no trigger */
      {"The committee will meet soon.", false},
      {"Sales talks stalled.", false},
      {"Anna Weber and Tom Price praised Norway.", false},
      {"The weather was fine in Lima and Quito.", false},
  };
  for (size_t i = 0; i < sizeof gate_cases / sizeof *gate_cases; i++) {
    struct nkg_arena a;
    nkg_arena_init(&a);
    struct nkg_text t;
    const char *doc = gate_cases[i].text;
    assert_int_equal(nkg_text_analyze(&a, doc, (uint32_t)strlen(doc), &t),
                     NEWSKG_OK);
    assert_int_equal(t.nsent, 1);
    if (nkg_sentence_wanted(&t, 0) != gate_cases[i].want)
      fail_msg("gate %s \"%s\"", gate_cases[i].want ? "misses" : "takes", doc);
    nkg_arena_free(&a);
  }
}

/* The pipeline's stage: only sentences with a trigger word are parsed, and
   one sentence of 10,000 tokens goes through tokenizer, splitter and
   parser whole. */
static void test_stage_gate_and_long_text(void **state) {
  (void)state;
  struct nkg_syn_model *m;
  assert_int_equal(nkg_syn_model_load(nkg_builtin_syntax_model,
                                      nkg_builtin_syntax_model_len, "built-in",
                                      &m),
                   NEWSKG_OK);
  struct nkg_arena a;
  nkg_arena_init(&a);
  const char *doc = "The weather was fine. The ministers met in Rome.";
  struct nkg_text t;
  struct nkg_syntax syn;
  assert_int_equal(nkg_text_analyze(&a, doc, (uint32_t)strlen(doc), &t),
                   NEWSKG_OK);
  assert_int_equal(t.nsent, 2);
  assert_false(nkg_sentence_wanted(&t, 0));
  assert_true(nkg_sentence_wanted(&t, 1));
  assert_int_equal(nkg_syntax_parse(&a, m, &t, false, &syn), NEWSKG_OK);
  assert_false(syn.sent_parsed[0]);
  assert_true(syn.sent_parsed[1]);
  assert_int_equal(syn.head[0], NKG_NO_HEAD);
  assert_int_equal(syn.upos[0], 0);
  uint32_t met = t.sent[1].tok_beg + 2;
  assert_int_equal(syn.upos[met], NKG_UPOS_VERB);
  assert_int_equal(syn.rel[met], NKG_DEP_ROOT);
  assert_int_equal(syn.head[met - 1], met); /* ministers -> met */
  assert_string_equal(syn.lemma[met], "meet");
  assert_string_equal(syn.lemma[met - 1], "minister");

  /* 10,000 tokens, no sentence end */
  static const char unit[] = "the envoy met leaders of many nations and ";
  size_t reps = 10000 / 8, ul = strlen(unit);
  char *big = malloc(reps * ul + 1);
  assert_non_null(big);
  for (size_t i = 0; i < reps; i++)
    memcpy(big + i * ul, unit, ul);
  big[reps * ul] = '\0';
  assert_int_equal(nkg_text_analyze(&a, big, (uint32_t)(reps * ul), &t),
                   NEWSKG_OK);
  assert_int_equal(t.ntok, 10000);
  assert_int_equal(nkg_syntax_parse(&a, m, &t, false, &syn), NEWSKG_OK);
  uint32_t roots = 0, parsed = 0;
  for (uint32_t s = 0; s < t.nsent; s++)
    parsed += syn.sent_parsed[s];
  for (uint32_t i = 0; i < t.ntok; i++)
    roots += syn.head[i] == NKG_NO_HEAD;
  assert_int_equal(parsed, t.nsent);
  assert_int_equal(roots, t.nsent); /* one root per sentence */
  free(big);
  nkg_arena_free(&a);
  nkg_syn_model_free(m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_names),
      cmocka_unit_test(test_conllu_reader),
      cmocka_unit_test(test_model_refused),
      cmocka_unit_test(test_trainer),
      cmocka_unit_test(test_shipped_model),
      cmocka_unit_test(test_long_sentence),
      cmocka_unit_test(test_stage_gate_wants_trigger_and_two_sides),
      cmocka_unit_test(test_stage_gate_and_long_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
