/*
 * UD names and CoNLL-U: the tag and relation names of syntax.h, a reader
 * for treebanks (training, --eval) and a writer for `newskg parse`.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/model.h"

static const char *const upos_names[] = {
#define NKG_UPOS_NAME(n) #n,
    NKG_UPOS_LIST(NKG_UPOS_NAME)
#undef NKG_UPOS_NAME
};

static const char *const deprel_names[] = {
#define NKG_DEPREL_NAME(n, s) s,
    NKG_DEPREL_LIST(NKG_DEPREL_NAME)
#undef NKG_DEPREL_NAME
};

const char *nkg_upos_name(uint8_t upos) {
  return upos < NKG_UPOS_COUNT ? upos_names[upos] : "X";
}

const char *nkg_deprel_name(uint8_t rel) {
  return rel < NKG_DEP_COUNT ? deprel_names[rel] : "dep";
}

bool nkg_upos_from_name(const char *s, uint8_t *out) {
  for (uint8_t i = 0; i < NKG_UPOS_COUNT; i++)
    if (strcmp(s, upos_names[i]) == 0) {
      *out = i;
      return true;
    }
  return false;
}

bool nkg_deprel_from_name(const char *s, uint8_t *out) {
  for (uint8_t i = 0; i < NKG_DEP_COUNT; i++)
    if (strcmp(s, deprel_names[i]) == 0) {
      *out = i;
      return true;
    }
  *out = NKG_DEP_DEP;
  return false;
}

void nkg_treebank_free(struct nkg_treebank *tb) {
  if (!tb)
    return;
  free(tb->buf);
  free(tb->w);
  free(tb->s);
  memset(tb, 0, sizeof *tb);
}

static bool grow(void **items, size_t *cap, size_t size, size_t need) {
  if (need <= *cap)
    return true;
  size_t n = *cap ? *cap * 2 : 1024;
  while (n < need)
    n *= 2;
  void *p = realloc(*items, n * size);
  if (!p)
    return false;
  *items = p, *cap = n;
  return true;
}

/* A decimal in [0, UINT32_MAX - 1], the whole field. */
static bool read_uint(const char *s, uint32_t *out) {
  if (!*s)
    return false;
  uint64_t v = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || v > UINT32_MAX / 10)
      return false;
    v = v * 10 + (uint64_t)(*s - '0');
  }
  if (v >= UINT32_MAX)
    return false;
  *out = (uint32_t)v;
  return true;
}

/* Closes the sentence being read: heads must point inside it. */
static newskg_status end_sentence(struct nkg_treebank *tb, const char *name,
                                  size_t line, size_t first) {
  if (tb->nw == first)
    return NEWSKG_OK;
  uint32_t n = (uint32_t)(tb->nw - first);
  for (size_t i = first; i < tb->nw; i++) {
    uint32_t h = tb->w[i].head; /* 1-based while reading, 0 the root */
    if (h > n)
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "%s:%zu: head %u of word %zu is outside its sentence of "
                      "%u words",
                      name, line, h, i - first + 1, n);
    tb->w[i].head = h == 0 ? NKG_NO_HEAD : h - 1;
  }
  if (!grow((void **)&tb->s, &tb->caps, sizeof *tb->s, tb->ns + 1))
    return NEWSKG_ERR_NOMEM;
  tb->s[tb->ns].first = first;
  tb->s[tb->ns].n = n;
  tb->ns++;
  return NEWSKG_OK;
}

newskg_status nkg_treebank_parse(char *buf, size_t len, const char *name,
                                 struct nkg_treebank *tb) {
  memset(tb, 0, sizeof *tb);
  tb->buf = buf;
  newskg_status st = NEWSKG_OK;
  size_t line = 0, first = 0, sent_line = 0;
  char *p = buf, *end = buf + len;
  while (p < end && st == NEWSKG_OK) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *le = nl ? nl : end;
    line++;
    char *row = p;
    p = le + 1;
    if (memchr(row, '\0', (size_t)(le - row)) != NULL) {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: NUL byte in line", name,
                    line);
      break;
    }
    if (le > row && le[-1] == '\r')
      le[-1] = '\0';
    *le = '\0'; /* at the end: the extra byte the buffer must have */
    if (row[0] == '\0') {
      st = end_sentence(tb, name, sent_line, first);
      first = tb->nw;
      continue;
    }
    if (row[0] == '#')
      continue;
    char *f[10];
    int nf = 0;
    for (char *q = row;; q++) {
      if (nf < 10 && (q == row || q[-1] == '\0'))
        f[nf++] = q;
      if (*q == '\0')
        break;
      if (*q == '\t') {
        if (nf == 10) {
          nf = 11;
          break;
        }
        *q = '\0';
      }
    }
    if (nf != 10) {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s:%zu: a word line needs 10 tab-separated fields", name,
                    line);
      break;
    }
    /* multiword-token ranges and empty nodes are not words of the tree */
    if (strchr(f[0], '-') || strchr(f[0], '.'))
      continue;
    uint32_t id, head;
    if (!read_uint(f[0], &id) || id != tb->nw - first + 1) {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: word id '%s', expected %zu",
                    name, line, f[0], tb->nw - first + 1);
      break;
    }
    if (!read_uint(f[6], &head)) {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: head '%s' is not a number",
                    name, line, f[6]);
      break;
    }
    uint8_t upos, rel;
    if (!nkg_upos_from_name(f[3], &upos)) {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: unknown UPOS '%s'", name,
                    line, f[3]);
      break;
    }
    if (head == 0 ? strcmp(f[7], "root") != 0 : strcmp(f[7], "root") == 0) {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s:%zu: relation 'root' goes with head 0 only", name,
                    line);
      break;
    }
    if (f[1][0] == '\0') {
      st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s:%zu: empty FORM", name, line);
      break;
    }
    nkg_deprel_from_name(f[7], &rel); /* labels not listed: dep */
    if (!grow((void **)&tb->w, &tb->capw, sizeof *tb->w, tb->nw + 1)) {
      st = NEWSKG_ERR_NOMEM;
      break;
    }
    if (tb->nw == first)
      sent_line = line;
    struct nkg_cu_word *w = &tb->w[tb->nw++];
    w->form = f[1];
    w->flen = (uint32_t)strlen(f[1]);
    w->lemma = f[2];
    w->head = head;
    w->upos = upos;
    w->rel = rel;
    w->space_after = strstr(f[9], "SpaceAfter=No") == NULL;
  }
  if (st == NEWSKG_OK)
    st = end_sentence(tb, name, sent_line, first);
  if (st != NEWSKG_OK)
    nkg_treebank_free(tb);
  return st;
}

newskg_status nkg_treebank_read(const char *path, struct nkg_treebank *tb) {
  memset(tb, 0, sizeof *tb);
  char *b;
  size_t n;
  newskg_status st;
  TRY(st, nkg_read_file(path, "", &b, &n));
  return nkg_treebank_parse(b, n, path, tb);
}

bool nkg_conllu_write(FILE *out, const struct nkg_syn_sent *s,
                      const bool *space_after) {
  for (uint32_t i = 0; i < s->n; i++) {
    const char *lemma = s->lemma && s->lemma[i] ? s->lemma[i] : "_";
    uint32_t h = s->head[i] == NKG_NO_HEAD ? 0 : s->head[i] + 1;
    if (fprintf(out, "%u\t%.*s\t%s\t%s\t_\t_\t%u\t%s\t_\t%s\n", i + 1,
                (int)s->flen[i], s->form[i], lemma, nkg_upos_name(s->upos[i]),
                h, nkg_deprel_name(s->rel[i]),
                space_after && !space_after[i] ? "SpaceAfter=No" : "_") < 0)
      return false;
  }
  return fputc('\n', out) != EOF;
}
