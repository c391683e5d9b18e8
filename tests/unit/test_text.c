/*
 * Text stage: UTF-8 validation, tokens (byte and code-point offsets,
 * normalised punctuation, folded forms, possessives) and the sentence
 * splitter, on short sentences written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "text/text.h"

/* ---- fixtures: one arena per test ---- */

static int arena_setup(void **state) {
  static struct nkg_arena a;
  nkg_arena_init(&a);
  *state = &a;
  return 0;
}

static int arena_teardown(void **state) {
  nkg_arena_free(*state);
  return 0;
}

static struct nkg_text analyze(void **state, const char *s) {
  struct nkg_text t;
  assert_int_equal(nkg_utf8_check(s, strlen(s)), NEWSKG_OK);
  assert_int_equal(nkg_text_analyze(*state, s, (uint32_t)strlen(s), &t),
                   NEWSKG_OK);
  return t;
}

/* The text of token i, for messages and comparisons. */
static void tok_text(const struct nkg_text *t, uint32_t i, char *buf,
                     size_t n) {
  size_t len = t->tok[i].end - t->tok[i].beg;
  if (len >= n)
    len = n - 1;
  memcpy(buf, t->text + t->tok[i].beg, len);
  buf[len] = '\0';
}

static void assert_tok(const struct nkg_text *t, uint32_t i, const char *text) {
  char buf[64];
  assert_true(i < t->ntok);
  tok_text(t, i, buf, sizeof buf);
  assert_string_equal(buf, text);
}

static void assert_sentence(const struct nkg_text *t, uint32_t i,
                            const char *text) {
  assert_true(i < t->nsent);
  size_t len = t->sent[i].end - t->sent[i].beg;
  assert_int_equal(len, strlen(text));
  assert_memory_equal(t->text + t->sent[i].beg, text, len);
}

static void assert_errmsg_has(const char *needle) {
  const char *msg = newskg_errmsg();
  if (!strstr(msg, needle))
    fail_msg("errmsg \"%s\" lacks \"%s\"", msg, needle);
}

/* The message names byte `n` exactly ("byte 2", not "byte 25"). */
static void assert_errmsg_byte(unsigned n) {
  char want[32];
  snprintf(want, sizeof want, "byte %u", n);
  const char *msg = newskg_errmsg();
  const char *at = strstr(msg, want);
  if (!at || (at[strlen(want)] >= '0' && at[strlen(want)] <= '9'))
    fail_msg("errmsg \"%s\" does not name byte %u", msg, n);
}

/* ---- UTF-8 ---- */

static void test_utf8_accepts_multibyte_text(void **state) {
  (void)state;
  const char *s = "Chi\xC8\x99in\xC4\x83u \xE2\x80\x94 \xF0\x9F\x8C\x8D ok";
  assert_int_equal(nkg_utf8_check(s, strlen(s)), NEWSKG_OK);
  assert_int_equal(nkg_utf8_check("", 0), NEWSKG_OK);
}

static void test_utf8_rejects_overlong_with_byte_offset(void **state) {
  (void)state;
  /* "/" encoded in two bytes (C0 AF) after two ASCII letters */
  assert_int_equal(nkg_utf8_check("ab\xC0\xAF", 4), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("UTF-8");
  assert_errmsg_byte(2);
  /* the same in three bytes (E0 80 AF) */
  assert_int_equal(nkg_utf8_check("Baku \xE0\x80\xAF", 8), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(5);
}

static void test_utf8_rejects_truncated_sequence(void **state) {
  (void)state;
  /* an em dash cut after two of its three bytes */
  const char *s = "Putin met \xE2\x80";
  assert_int_equal(nkg_utf8_check(s, strlen(s)), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(10);
  /* a lead byte followed by ASCII instead of a continuation byte */
  assert_int_equal(nkg_utf8_check("x\xC3y", 3), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(1);
}

static void test_utf8_rejects_nul_byte(void **state) {
  (void)state;
  assert_int_equal(nkg_utf8_check("met\0Putin", 9), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_has("NUL");
  assert_errmsg_byte(3);
}

static void test_utf8_rejects_surrogates_and_out_of_range(void **state) {
  (void)state;
  assert_int_equal(nkg_utf8_check("\xED\xA0\x80", 3), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(0);
  assert_int_equal(nkg_utf8_check("a\xF4\x90\x80\x80", 5), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(1);
  assert_int_equal(nkg_utf8_check("ab\xFF", 3), NEWSKG_ERR_BAD_INPUT);
  assert_errmsg_byte(2);
}

/* ---- tokens ---- */

static void test_tokens_have_byte_and_code_point_offsets(void **state) {
  /* "ș" and "ă" are two bytes each: bytes run ahead of code points */
  struct nkg_text t = analyze(state, "Sandu flew to Chi\xC8\x99in\xC4\x83u on Monday.");
  assert_int_equal(t.ntok, 7);
  assert_tok(&t, 3, "Chi\xC8\x99in\xC4\x83u");
  assert_int_equal(t.tok[3].beg, 14);
  assert_int_equal(t.tok[3].end, 24);
  assert_int_equal(t.tok[3].cp_beg, 14);
  assert_int_equal(t.tok[3].cp_end, 22);
  /* after the city the offsets differ by two */
  assert_tok(&t, 4, "on");
  assert_int_equal(t.tok[4].beg, 25);
  assert_int_equal(t.tok[4].cp_beg, 23);
  assert_int_equal(t.tok[6].kind, NKG_TOK_PUNCT);
  assert_int_equal(t.tok[6].beg, 34);
  assert_int_equal(t.tok[6].cp_beg, 32);
  assert_int_equal(t.tok[6].cp_end, 33);
  assert_int_equal(t.len, 35);
  assert_int_equal(t.cp_len, 33);
}

static void test_tokens_count_four_byte_characters_once(void **state) {
  /* U+1F30D takes four bytes and one code point */
  struct nkg_text t = analyze(state, "\xF0\x9F\x8C\x8D Baku");
  assert_int_equal(t.ntok, 2);
  assert_tok(&t, 1, "Baku");
  assert_int_equal(t.tok[1].beg, 5);
  assert_int_equal(t.tok[1].cp_beg, 2);
  assert_int_equal(t.cp_len, 6);
}

static void test_tokens_normalise_typographic_punctuation(void **state) {
  /* “Talks” – Aliyev’s aide<NBSP>said — ok */
  struct nkg_text t = analyze(
      state, "\xE2\x80\x9CTalks\xE2\x80\x9D \xE2\x80\x93 aide\xC2\xA0said "
             "\xE2\x80\x94 ok\xE2\x80\xA6");
  assert_int_equal(t.ntok, 9);
  assert_int_equal(t.tok[0].kind, NKG_TOK_PUNCT);
  assert_int_equal(t.tok[0].punct, '"');
  assert_tok(&t, 1, "Talks");
  assert_int_equal(t.tok[2].punct, '"');
  assert_int_equal(t.tok[3].punct, '-'); /* en dash */
  /* the no-break space separates two words and is not a token */
  assert_tok(&t, 4, "aide");
  assert_tok(&t, 5, "said");
  assert_int_equal(t.tok[5].beg, t.tok[4].end + 2);
  assert_int_equal(t.tok[5].cp_beg, t.tok[4].cp_end + 1);
  assert_int_equal(t.tok[6].punct, '-'); /* em dash */
  assert_int_equal(t.tok[8].punct, '.'); /* ellipsis */
  /* punctuation folds to its normalised character */
  assert_string_equal(t.tok[0].fold, "\"");
  assert_string_equal(t.tok[3].fold, "-");
}

static void test_fold_lowercases_and_strips_diacritics(void **state) {
  uint16_t n;
  const char *f = nkg_fold(*state, "Chi\xC8\x99in\xC4\x83u", 10, &n);
  assert_string_equal(f, "chisinau");
  assert_int_equal(n, 8);
  assert_string_equal(nkg_fold(*state, "Erdo\xC4\x9F" "an", 8, &n), "erdogan");
  assert_string_equal(nkg_fold(*state, "\xC3\x89LYS\xC3\x89" "E", 8, &n), "elysee");
  assert_string_equal(nkg_fold(*state, "E.U.", 4, &n), "eu");
  assert_int_equal(n, 2);
  assert_string_equal(nkg_fold(*state, "NATO", 4, &n), "nato");
}

static void test_tokens_fold_acronyms_with_periods(void **state) {
  struct nkg_text t = analyze(state, "The E.U. and the U.S. agreed.");
  assert_tok(&t, 1, "E.U.");
  assert_string_equal(t.tok[1].fold, "eu");
  assert_true(t.tok[1].flags & NKG_TF_ABBR);
  assert_true(t.tok[1].flags & NKG_TF_CAP);
  assert_tok(&t, 4, "U.S.");
  assert_string_equal(t.tok[4].fold, "us");
  assert_int_equal(t.ntok, 7);
}

static void test_tokens_split_possessive(void **state) {
  struct nkg_text t = analyze(state, "Armenia's envoy met Turkey\xE2\x80\x99s minister");
  assert_tok(&t, 0, "Armenia");
  assert_tok(&t, 1, "'s");
  assert_true(t.tok[1].flags & NKG_TF_POSS);
  assert_string_equal(t.tok[1].fold, "'s");
  assert_tok(&t, 4, "Turkey");
  assert_tok(&t, 5, "\xE2\x80\x99s");
  assert_true(t.tok[5].flags & NKG_TF_POSS);
  assert_string_equal(t.tok[5].fold, "'s");
  assert_int_equal(t.tok[5].cp_end - t.tok[5].cp_beg, 2);
  assert_int_equal(t.ntok, 7);
}

static void test_tokens_keep_inner_apostrophe(void **state) {
  struct nkg_text t = analyze(state, "Ms. O'Brien visited C\xC3\xB4te d'Ivoire.");
  assert_tok(&t, 1, "O'Brien");
  assert_false(t.tok[1].flags & NKG_TF_POSS);
  assert_tok(&t, 4, "d'Ivoire");
  assert_int_equal(t.ntok, 6);
}

static void test_tokens_mark_capitals_and_numbers(void **state) {
  struct nkg_text t = analyze(state, "NATO met on 25th May with 2,000 guests");
  assert_true(t.tok[0].flags & NKG_TF_ALLCAP);
  assert_false(t.tok[1].flags & NKG_TF_CAP);
  assert_int_equal(t.tok[3].kind, NKG_TOK_NUM);
  assert_tok(&t, 3, "25th");
  assert_true(t.tok[4].flags & NKG_TF_CAP);
  assert_false(t.tok[4].flags & NKG_TF_ALLCAP);
  assert_tok(&t, 6, "2,000");
  assert_int_equal(t.tok[6].kind, NKG_TOK_NUM);
}

/* ---- sentences ---- */

static void test_sentences_keep_mr_abbreviation(void **state) {
  struct nkg_text t = analyze(state, "Mr. Aliyev met Mr. Pashinyan. They talked.");
  assert_int_equal(t.nsent, 2);
  assert_sentence(&t, 0, "Mr. Aliyev met Mr. Pashinyan.");
  assert_sentence(&t, 1, "They talked.");
}

static void test_sentences_keep_us_abbreviation(void **state) {
  struct nkg_text t =
      analyze(state, "He met the U.S. envoy in Baku. Talks followed.");
  assert_int_equal(t.nsent, 2);
  assert_sentence(&t, 0, "He met the U.S. envoy in Baku.");
}

static void test_sentences_split_after_day_number(void **state) {
  struct nkg_text t =
      analyze(state, "They met on May 25. The talks resumed on June 2.");
  assert_int_equal(t.nsent, 2);
  assert_sentence(&t, 0, "They met on May 25.");
  assert_sentence(&t, 1, "The talks resumed on June 2.");
}

static void test_sentences_keep_closing_quote(void **state) {
  struct nkg_text t = analyze(
      state, "He said: \xE2\x80\x9CWe met.\xE2\x80\x9D Talks went on. \"Good.\" "
             "She left.");
  assert_int_equal(t.nsent, 4);
  assert_sentence(&t, 0, "He said: \xE2\x80\x9CWe met.\xE2\x80\x9D");
  assert_sentence(&t, 1, "Talks went on.");
  assert_sentence(&t, 2, "\"Good.\"");
}

static void test_sentences_split_at_newline(void **state) {
  struct nkg_text t =
      analyze(state, "Leaders meet in Baku\nPutin met Erdogan.\r\n\r\nDone");
  assert_int_equal(t.nsent, 3);
  assert_sentence(&t, 0, "Leaders meet in Baku");
  assert_sentence(&t, 1, "Putin met Erdogan.");
  assert_sentence(&t, 2, "Done");
}

static void test_sentences_do_not_split_before_lowercase_or_decimal(void **state) {
  struct nkg_text t =
      analyze(state, "Talks lasted 2.5 hours, i.e. longer than planned. Fine.");
  assert_int_equal(t.nsent, 2);
  assert_sentence(&t, 0, "Talks lasted 2.5 hours, i.e. longer than planned.");
}

static void test_sentences_have_code_point_spans(void **state) {
  struct nkg_text t = analyze(state, "Erdo\xC4\x9F" "an arrived. Putin waited.");
  assert_int_equal(t.nsent, 2);
  assert_int_equal(t.sent[0].cp_beg, 0);
  assert_int_equal(t.sent[0].cp_end, 16);
  assert_int_equal(t.sent[1].beg, 18);
  assert_int_equal(t.sent[1].cp_beg, 17);
  assert_int_equal(t.sent[1].cp_end, 30);
  assert_int_equal(t.sent[1].tok_beg, 3);
  assert_int_equal(t.sent[1].tok_end, 6);
}

static void test_sentences_of_empty_text(void **state) {
  struct nkg_text t = analyze(state, "");
  assert_int_equal(t.ntok, 0);
  assert_int_equal(t.nsent, 0);
  t = analyze(state, " \n\t ");
  assert_int_equal(t.ntok, 0);
  assert_int_equal(t.nsent, 0);
  assert_int_equal(t.cp_len, 4);
}

#define T(f) cmocka_unit_test_setup_teardown(f, arena_setup, arena_teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(test_utf8_accepts_multibyte_text),
      T(test_utf8_rejects_overlong_with_byte_offset),
      T(test_utf8_rejects_truncated_sequence),
      T(test_utf8_rejects_nul_byte),
      T(test_utf8_rejects_surrogates_and_out_of_range),
      T(test_tokens_have_byte_and_code_point_offsets),
      T(test_tokens_count_four_byte_characters_once),
      T(test_tokens_normalise_typographic_punctuation),
      T(test_fold_lowercases_and_strips_diacritics),
      T(test_tokens_fold_acronyms_with_periods),
      T(test_tokens_split_possessive),
      T(test_tokens_keep_inner_apostrophe),
      T(test_tokens_mark_capitals_and_numbers),
      T(test_sentences_keep_mr_abbreviation),
      T(test_sentences_keep_us_abbreviation),
      T(test_sentences_split_after_day_number),
      T(test_sentences_keep_closing_quote),
      T(test_sentences_split_at_newline),
      T(test_sentences_do_not_split_before_lowercase_or_decimal),
      T(test_sentences_have_code_point_spans),
      T(test_sentences_of_empty_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
