/*
 * Tagger, lemmatizer, parser and their training (see model.h).
 *
 * Features are hashed straight into rows of a weight table (no feature
 * dictionary to store or look up): a row holds one weight per class.  At
 * run time weights are int16, quantized from the averaged perceptron's
 * floats; only rows with a non-zero weight are written to the file, which
 * is then zlib-compressed.
 *
 * Index space of a sentence of n words: position 1 is the artificial ROOT
 * (and the tagger's "before the sentence"), words are 2 .. n+1, n+2 is
 * "none" (after the sentence, absent children), 0 and n+3 pad the tagger's
 * two-word windows.  One index space lets every feature read neighbours
 * and children without bounds checks.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>
#include <zlib.h>

#include "syntax/model.h"

/* ------------------------------------------------------------------ */
/* Hashing */

#define K1 0x9E3779B97F4A7C15ULL
#define K2 0xC2B2AE3D27D4EB4FULL
#define K3 0x165667B19E3779F9ULL
#define K4 0xD6E8FEB86659FD93ULL

static inline uint64_t fh(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
  uint64_t h = ((uint64_t)t + 1) * K1;
  h = (h ^ a) * K2;
  h = (h ^ (h >> 31) ^ b) * K3;
  h = (h ^ (h >> 29) ^ c) * K4;
  return h ^ (h >> 32);
}

static uint64_t bytes_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h * K3 ^ (h >> 29);
}

/* ------------------------------------------------------------------ */
/* Linear classifiers over hashed rows */

enum { MAXF = 128 }; /* features of one decision, at most */

/* 64 rows of a loaded table: which hold weights, and how many rows before
   them do (one 16-byte entry, so a lookup misses the cache once here). */
struct rank64 {
  uint64_t set;
  uint64_t before;
};

struct lin {
  uint32_t bits, nc;
  int16_t *q;   /* trainer's run time: (1 << bits) rows of nc */
  /* A loaded model: only the rows that hold a weight (a few percent of
     the hashed rows), in row order, found by a bitmap and the count of
     set rows before each 64: 34 MB for the shipped model, where the full
     tables took 90 MB of every process's memory. */
  const int16_t *rows;  /* in the model's payload */
  struct rank64 *index; /* (1 << bits) / 64 entries */
  float *w;     /* training: current weights */
  double *u;    /* training: sum of step * update, for averaging */
  double steps; /* training: examples seen */
};

static inline uint32_t row_of(const struct lin *l, uint64_t h) {
  return (uint32_t)(h >> (64 - l->bits));
}

/* Sums the rows of int16 weights with the class count a constant, so the
   compiler keeps the sums in registers and vectorizes them. */
#define NKG_SUM_ROWS(NC)                                                       \
  static void sum_rows_##NC(const int16_t *const *rows, int nf, float *s) {    \
    int32_t acc[NC] = {0};                                                     \
    for (int i = 0; i < nf; i++)                                               \
      for (int c = 0; c < NC; c++)                                             \
        acc[c] += rows[i][c];                                                  \
    for (int c = 0; c < NC; c++)                                               \
      s[c] = (float)acc[c];                                                    \
  }
NKG_SUM_ROWS(3)
NKG_SUM_ROWS(17)
NKG_SUM_ROWS(56)
#undef NKG_SUM_ROWS

/* Row `r` of a loaded table: its weights, or zeros if it has none. */
static inline const int16_t *sparse_row(const struct lin *l, uint32_t r) {
  static const int16_t zeros[64];
  const struct rank64 *x = &l->index[r >> 6];
  uint64_t below = x->set & ((UINT64_C(1) << (r & 63)) - 1);
  if (!(x->set >> (r & 63) & 1))
    return zeros;
  return l->rows + (x->before + (uint64_t)__builtin_popcountll(below)) * l->nc;
}

static void lin_score(const struct lin *l, const uint64_t *f, int nf,
                      float *s) {
  uint32_t nc = l->nc;
  if (l->q || l->rows) {
    /* the rows are scattered over megabytes: ask for all of them before
       reading any, so the cache misses overlap instead of queueing */
    const int16_t *rows[MAXF];
    if (l->rows) /* the index entries first, for the same reason */
      for (int i = 0; i < nf; i++)
        __builtin_prefetch(&l->index[row_of(l, f[i]) >> 6]);
    for (int i = 0; i < nf; i++) {
      rows[i] = l->rows ? sparse_row(l, row_of(l, f[i]))
                        : l->q + (size_t)row_of(l, f[i]) * nc;
      __builtin_prefetch(rows[i]);
      if (nc > 32)
        __builtin_prefetch(rows[i] + 32);
    }
    if (nc == 3) {
      sum_rows_3(rows, nf, s);
    } else if (nc == 17) {
      sum_rows_17(rows, nf, s);
    } else if (nc == 56) {
      sum_rows_56(rows, nf, s);
    } else {
      int32_t acc[64] = {0};
      for (int i = 0; i < nf; i++)
        for (uint32_t c = 0; c < nc; c++)
          acc[c] += rows[i][c];
      for (uint32_t c = 0; c < nc; c++)
        s[c] = (float)acc[c];
    }
  } else {
    for (uint32_t c = 0; c < nc; c++)
      s[c] = 0;
    for (int i = 0; i < nf; i++) {
      const float *r = l->w + (size_t)row_of(l, f[i]) * nc;
      for (uint32_t c = 0; c < nc; c++)
        s[c] += r[c];
    }
  }
}

static void lin_update(struct lin *l, const uint64_t *f, int nf, uint32_t c,
                       float d) {
  for (int i = 0; i < nf; i++) {
    size_t k = (size_t)row_of(l, f[i]) * l->nc + c;
    l->w[k] += d;
    l->u[k] += l->steps * d;
  }
}

static bool lin_train_init(struct lin *l, uint32_t bits, uint32_t nc) {
  memset(l, 0, sizeof *l);
  l->bits = bits, l->nc = nc, l->steps = 1;
  size_t n = ((size_t)1 << bits) * nc;
  l->w = calloc(n, sizeof *l->w);
  l->u = calloc(n, sizeof *l->u);
  return l->w && l->u;
}

static void lin_free(struct lin *l) {
  free(l->q);
  free(l->index);
  free(l->w);
  free(l->u);
  memset(l, 0, sizeof *l);
}

/* The averaged weights, quantized to +-QLEVELS (stored as int16): about
   10 bits keep every figure on EWT dev to 0.02 points of the float model,
   and the fewer distinct values compress to a third of the full int16
   range (measured: 9.2 MB -> 6.3 MB at the same accuracy). */
enum { QLEVELS = 1023 };

static int16_t *lin_quantize(const struct lin *l) {
  size_t n = ((size_t)1 << l->bits) * l->nc;
  double mx = 0;
  for (size_t i = 0; i < n; i++) {
    double a = fabs(l->w[i] - l->u[i] / l->steps);
    if (a > mx)
      mx = a;
  }
  int16_t *q = calloc(n, sizeof *q);
  if (!q)
    return NULL;
  double scale = mx > 0 ? QLEVELS / mx : 0;
  for (size_t i = 0; i < n; i++)
    q[i] = (int16_t)lrint((l->w[i] - l->u[i] / l->steps) * scale);
  return q;
}

/* ------------------------------------------------------------------ */
/* Lemma tables */

struct lem_entry {
  const char *key;  /* form (exception) or suffix (rule) */
  const char *val;  /* lemma, or the string a rule appends */
  uint32_t klen;
  uint32_t strip;   /* rule: bytes removed from the end of the form */
  uint8_t upos;
};

struct lem_table {
  struct lem_entry *e;
  uint32_t n;
  uint32_t *slot; /* open addressing: entry index + 1, 0 empty */
  uint32_t mask;
};

static uint64_t lem_hash(const char *k, size_t n, uint8_t upos) {
  return bytes_hash(k, n) ^ ((uint64_t)upos + 1) * K4;
}

static const struct lem_entry *lem_find(const struct lem_table *t,
                                        const char *k, size_t n,
                                        uint8_t upos) {
  if (!t->slot)
    return NULL;
  for (uint32_t i = (uint32_t)lem_hash(k, n, upos) & t->mask;;
       i = (i + 1) & t->mask) {
    uint32_t s = t->slot[i];
    if (!s)
      return NULL;
    const struct lem_entry *e = &t->e[s - 1];
    if (e->upos == upos && e->klen == n && memcmp(e->key, k, n) == 0)
      return e;
  }
}

static bool lem_index(struct lem_table *t) {
  uint32_t cap = 16;
  while (cap < t->n * 2u + 2)
    cap *= 2;
  t->slot = calloc(cap, sizeof *t->slot);
  if (!t->slot)
    return false;
  t->mask = cap - 1;
  for (uint32_t k = 0; k < t->n; k++) {
    const struct lem_entry *e = &t->e[k];
    uint32_t i = (uint32_t)lem_hash(e->key, e->klen, e->upos) & t->mask;
    while (t->slot[i])
      i = (i + 1) & t->mask;
    t->slot[i] = k + 1;
  }
  return true;
}

/* ------------------------------------------------------------------ */
/* The model */

enum {
  TAG_NONE = NKG_UPOS_COUNT, /* outside the sentence */
  TAG_ROOT,
  REL_NONE = 0xFF,
  NTRANS = 3, /* SHIFT, LEFT, RIGHT */
};
enum { T_SHIFT = 0, T_LEFT, T_RIGHT };

#define LEM_MAX_SUFFIX 4

struct nkg_syn_model {
  struct lin tag, arc, lab;
  unsigned char *payload; /* the uncompressed file: holds the rows */
  char *lemtext; /* the lemma section, cut into strings */
  struct lem_table exc, rules;
};

void nkg_syn_model_free(struct nkg_syn_model *m) {
  if (!m)
    return;
  lin_free(&m->tag);
  lin_free(&m->arc);
  lin_free(&m->lab);
  free(m->payload);
  free(m->lemtext);
  free(m->exc.e);
  free(m->exc.slot);
  free(m->rules.e);
  free(m->rules.slot);
  free(m);
}

/* ------------------------------------------------------------------ */
/* Scratch */

struct work {
  uint64_t *wh, *sh, *suf[LEM_MAX_SUFFIX], *pre[3];
  uint8_t *tg, *rel, *nl, *nr;
  uint32_t *head, *lc1, *lc2, *rc1, *rc2, *stk;
  uint64_t *lset, *rset;
};

void nkg_syn_work_init(struct nkg_syn_work *w) { memset(w, 0, sizeof *w); }

void nkg_syn_work_free(struct nkg_syn_work *w) {
  if (!w)
    return;
  free(w->mem);
  nkg_syn_work_init(w);
}

enum { U64_ARRAYS = 2 + LEM_MAX_SUFFIX + 3 + 2, U32_ARRAYS = 6, U8_ARRAYS = 4 };

static bool work_bind(struct nkg_syn_work *sw, uint32_t n, struct work *w) {
  size_t m = (size_t)n + 4;
  if (n + 4u > sw->cap || !sw->mem) {
    size_t cap = sw->cap ? sw->cap : 64;
    while (cap < m)
      cap *= 2;
    void *mem = malloc(cap * (U64_ARRAYS * 8 + U32_ARRAYS * 4 + U8_ARRAYS));
    if (!mem)
      return false;
    free(sw->mem);
    sw->mem = mem, sw->cap = (uint32_t)cap;
  }
  size_t cap = sw->cap;
  uint64_t *p64 = sw->mem;
  w->wh = p64, p64 += cap;
  w->sh = p64, p64 += cap;
  for (int i = 0; i < LEM_MAX_SUFFIX; i++)
    w->suf[i] = p64, p64 += cap;
  for (int i = 0; i < 3; i++)
    w->pre[i] = p64, p64 += cap;
  w->lset = p64, p64 += cap;
  w->rset = p64, p64 += cap;
  uint32_t *p32 = (uint32_t *)p64;
  w->head = p32, p32 += cap;
  w->lc1 = p32, p32 += cap;
  w->lc2 = p32, p32 += cap;
  w->rc1 = p32, p32 += cap;
  w->rc2 = p32, p32 += cap;
  w->stk = p32, p32 += cap;
  uint8_t *p8 = (uint8_t *)p32;
  w->tg = p8, p8 += cap;
  w->rel = p8, p8 += cap;
  w->nl = p8, p8 += cap;
  w->nr = p8;
  return true;
}

/* ------------------------------------------------------------------ */
/* Word normalisation */

/* Lower case, typographic quotes, apostrophes and dashes as ASCII, and
   (for `digits`) every digit as 0; at most `cap` bytes.  Invalid UTF-8
   bytes are copied as they are. */
static size_t normalize(const char *s, size_t len, char *out, size_t cap,
                        bool digits) {
  size_t o = 0;
  for (size_t i = 0; i < len && o + 4 <= cap;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z')
        c = (unsigned char)(c + 32);
      else if (digits && c >= '0' && c <= '9')
        c = '0';
      out[o++] = (char)c;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (k <= 0) {
      out[o++] = (char)c;
      i++;
      continue;
    }
    i += (size_t)k;
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032:
      out[o++] = '\'';
      continue;
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      out[o++] = '"';
      continue;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
      out[o++] = '-';
      continue;
    default:
      break;
    }
    cp = utf8proc_tolower(cp);
    o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
  }
  return o;
}

/* "Xxxx" -> "Xxx", "U.S." -> "X.X.", "2,000" -> "d,ddd" -> "d,dd". */
static uint64_t shape_hash(const char *s, size_t len) {
  char b[12];
  size_t o = 0;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < len && o < sizeof b; i++) {
    unsigned char c = (unsigned char)s[i];
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0x80)
      k = (c & 0xC0) == 0x80 ? 0 : 'u';
    else
      k = (char)c;
    if (!k)
      continue;
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2)
      b[o++] = k;
  }
  return bytes_hash(b, o) ^ (len > 12 ? K2 : 0);
}

/* newskg's tokenizer keeps "didn't", "can't", "we'll" whole, where UD
   (and so the training data) splits off the clitic: "did" + "n't", "ca" +
   "n't".  Such a token is read as its host word, so features and lemma
   are those of "did" / "ca" (lemma "can").  The clitics are UD English's;
   the apostrophe may be typographic. */
static uint32_t host_length(const char *s, uint32_t len) {
  static const char *const clitics[] = {"n't", "'ll", "'re", "'ve", "'m", "'d"};
  for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++) {
    const char *c = clitics[i];
    size_t cl = strlen(c), ap = c[0] == '\'' ? 0 : 1; /* apostrophe's index */
    for (int typo = 0; typo < 2; typo++) {
      /* ASCII ' or U+2019 (3 bytes) */
      size_t tl = cl + (typo ? 2 : 0);
      if (len <= tl)
        continue;
      const char *e = s + len - tl;
      bool ok = typo ? memcmp(e + ap, "\xE2\x80\x99", 3) == 0
                     : e[ap] == '\'';
      for (size_t k = 0, o = 0; ok && k < cl; k++, o++) {
        if (k == ap) {
          o += typo ? 2 : 0;
          continue;
        }
        ok = (e[o] | 32) == c[k];
      }
      if (ok)
        return (uint32_t)(len - tl);
    }
  }
  return len;
}

/* Fills the per-word hashes the features read. */
static void prepare_words(struct work *w, const struct nkg_syn_sent *s) {
  uint32_t n = s->n;
  static const char *const pads[4] = {"<pad>", "<root>", "<none>", "<pad2>"};
  uint32_t padi[4] = {0, 1, n + 2, n + 3};
  for (int p = 0; p < 4; p++) {
    uint32_t j = padi[p];
    uint64_t h = bytes_hash(pads[p], strlen(pads[p]));
    w->wh[j] = w->sh[j] = h;
    for (int k = 0; k < LEM_MAX_SUFFIX; k++)
      w->suf[k][j] = h;
    for (int k = 0; k < 3; k++)
      w->pre[k][j] = h;
    w->tg[j] = p == 1 ? TAG_ROOT : TAG_NONE;
  }
  char buf[96];
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = i + 2, fl = host_length(s->form[i], s->flen[i]);
    size_t len = normalize(s->form[i], fl, buf, sizeof buf, true);
    w->wh[j] = bytes_hash(buf, len);
    w->sh[j] = shape_hash(s->form[i], fl);
    for (size_t k = 0; k < LEM_MAX_SUFFIX; k++)
      w->suf[k][j] = len > k ? bytes_hash(buf + len - k - 1, k + 1) ^ K1
                             : w->wh[j];
    for (size_t k = 0; k < 3; k++)
      w->pre[k][j] = len > k ? bytes_hash(buf, k + 1) ^ K2 : w->wh[j];
  }
}

/* ------------------------------------------------------------------ */
/* Tagger */

static int tag_feats(const struct work *w, uint32_t j, uint64_t *f) {
  int k = 0;
  uint64_t t1 = w->tg[j - 1], t2 = w->tg[j - 2];
  uint64_t wi = w->wh[j];
  f[k++] = fh(0, 0, 0, 0);
  f[k++] = fh(1, wi, 0, 0);
  f[k++] = fh(2, w->wh[j - 1], 0, 0);
  f[k++] = fh(3, w->wh[j + 1], 0, 0);
  f[k++] = fh(4, w->wh[j - 2], 0, 0);
  f[k++] = fh(5, w->wh[j + 2], 0, 0);
  for (uint32_t s = 0; s < LEM_MAX_SUFFIX; s++)
    f[k++] = fh(6 + s, w->suf[s][j], 0, 0);
  for (uint32_t p = 0; p < 3; p++)
    f[k++] = fh(10 + p, w->pre[p][j], 0, 0);
  f[k++] = fh(13, w->sh[j], 0, 0);
  f[k++] = fh(14, t1, 0, 0);
  f[k++] = fh(15, t1, t2, 0);
  f[k++] = fh(16, t1, wi, 0);
  f[k++] = fh(17, w->wh[j - 1], wi, 0);
  f[k++] = fh(18, wi, w->wh[j + 1], 0);
  f[k++] = fh(19, w->suf[2][j - 1], 0, 0);
  f[k++] = fh(20, w->suf[2][j + 1], 0, 0);
  f[k++] = fh(21, w->sh[j + 1], 0, 0);
  f[k++] = fh(22, w->sh[j - 1], 0, 0);
  f[k++] = fh(23, t1, w->suf[2][j], 0);
  f[k++] = fh(24, w->sh[j], j == 2, 0);
  f[k++] = fh(25, t1, w->sh[j], 0);
  f[k++] = fh(26, w->wh[j + 1], w->wh[j + 2], 0);
  f[k++] = fh(27, w->suf[1][j + 1], w->suf[1][j], 0);
  f[k++] = fh(28, t1, w->wh[j + 1], 0);
  f[k++] = fh(29, w->pre[0][j + 1], w->sh[j + 1], 0);
  f[k++] = fh(30, w->suf[2][j + 2], 0, 0);
  f[k++] = fh(31, w->wh[j - 1], w->wh[j + 1], 0);
  f[k++] = fh(32, t1, w->wh[j - 1], 0);
  f[k++] = fh(33, t2, wi, 0);
  f[k++] = fh(34, w->suf[3][j + 1], 0, 0);
  f[k++] = fh(35, w->suf[3][j - 1], 0, 0);
  f[k++] = fh(36, w->pre[2][j + 1], 0, 0);
  return k;
}

static uint32_t argmax(const float *s, uint32_t nc) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < nc; c++)
    if (s[c] > s[best])
      best = c;
  return best;
}

/* Tags the words greedily left to right.  With `gold`, a training pass:
   a wrong tag updates the weights (the history stays the predicted one). */
static void tag_words(struct lin *l, struct work *w, uint32_t n,
                      const uint8_t *gold) {
  uint64_t f[MAXF];
  float s[NKG_UPOS_COUNT];
  for (uint32_t j = 2; j < n + 2; j++) {
    int nf = tag_feats(w, j, f);
    lin_score(l, f, nf, s);
    uint32_t p = argmax(s, NKG_UPOS_COUNT);
    if (gold) {
      if (p != gold[j - 2]) {
        lin_update(l, f, nf, gold[j - 2], 1);
        lin_update(l, f, nf, p, -1);
      }
      l->steps++;
    }
    w->tg[j] = (uint8_t)p;
  }
}

/* ------------------------------------------------------------------ */
/* Parser: arc-hybrid (Kuhlmann et al. 2011) with a single root.
   Stack and buffer hold indexes; b is the buffer front, n + 2 when the
   buffer is empty. */

struct pstate {
  struct work *w;
  uint32_t n, sp, b;
};

static void pstate_init(struct pstate *p, struct work *w, uint32_t n) {
  p->w = w, p->n = n;
  uint32_t x = n + 2;
  for (uint32_t j = 0; j < n + 4; j++) {
    w->head[j] = 0;
    w->rel[j] = REL_NONE;
    w->lc1[j] = w->lc2[j] = w->rc1[j] = w->rc2[j] = x;
    w->nl[j] = w->nr[j] = 0;
    w->lset[j] = w->rset[j] = 0;
  }
  w->stk[0] = 1; /* ROOT */
  p->sp = 1;
  p->b = n == 0 ? x : 2;
}

static bool pstate_done(const struct pstate *p) {
  return p->b == p->n + 2 && p->sp == 1;
}

static bool valid(const struct pstate *p, int t) {
  bool buf = p->b != p->n + 2;
  switch (t) {
  case T_SHIFT:
    return buf;
  case T_LEFT:
    return buf && p->sp >= 2;
  default:
    /* ROOT takes its one dependent last, when the buffer is empty */
    return p->sp >= 3 || (p->sp == 2 && !buf);
  }
}

static inline uint64_t dist_bucket(uint32_t a, uint32_t b) {
  uint32_t d = a > b ? a - b : b - a;
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

static int parse_feats(const struct pstate *p, uint64_t *f) {
  const struct work *w = p->w;
  const uint64_t *W = w->wh;
  const uint8_t *T = w->tg, *L = w->rel;
  uint32_t x = p->n + 2;
  uint32_t s0 = p->sp >= 1 ? w->stk[p->sp - 1] : x;
  uint32_t s1 = p->sp >= 2 ? w->stk[p->sp - 2] : x;
  uint32_t s2 = p->sp >= 3 ? w->stk[p->sp - 3] : x;
  uint32_t b0 = p->b;
  uint32_t b1 = b0 < x ? b0 + 1 : x;
  uint32_t b2 = b1 < x ? b1 + 1 : x;
  uint32_t s0l = w->lc1[s0], s0r = w->rc1[s0], b0l = w->lc1[b0];
  uint32_t s0l2 = w->lc2[s0], s0r2 = w->rc2[s0], b0l2 = w->lc2[b0];
  uint32_t s1l = w->lc1[s1], s1r = w->rc1[s1];
  uint64_t d = (s0 != x && b0 != x) ? dist_bucket(s0, b0) : 8;
  uint64_t d1 = (s1 != x && s0 != x) ? dist_bucket(s1, s0) : 8;
  uint64_t ts0 = T[s0], tb0 = T[b0], ts1 = T[s1];
  int k = 0;
  f[k++] = fh(0, 0, 0, 0);
  /* single words */
  f[k++] = fh(1, W[s0], ts0, 0);
  f[k++] = fh(2, W[s0], 0, 0);
  f[k++] = fh(3, ts0, 0, 0);
  f[k++] = fh(4, W[b0], tb0, 0);
  f[k++] = fh(5, W[b0], 0, 0);
  f[k++] = fh(6, tb0, 0, 0);
  f[k++] = fh(7, W[b1], T[b1], 0);
  f[k++] = fh(8, W[b1], 0, 0);
  f[k++] = fh(9, T[b1], 0, 0);
  f[k++] = fh(10, W[b2], 0, 0);
  f[k++] = fh(11, T[b2], 0, 0);
  f[k++] = fh(12, W[s1], ts1, 0);
  f[k++] = fh(13, W[s1], 0, 0);
  f[k++] = fh(14, ts1, 0, 0);
  f[k++] = fh(15, T[s2], 0, 0);
  f[k++] = fh(16, W[s2], 0, 0);
  /* pairs */
  f[k++] = fh(20, W[s0], W[b0], ts0 << 8 | tb0);
  f[k++] = fh(21, W[s0], ts0, tb0);
  f[k++] = fh(22, W[b0], tb0, ts0);
  f[k++] = fh(23, W[s0], W[b0], ts0);
  f[k++] = fh(24, W[s0], W[b0], tb0 | 0x100);
  f[k++] = fh(25, W[s0], W[b0], 0);
  f[k++] = fh(26, ts0, tb0, 0);
  f[k++] = fh(27, tb0, T[b1], 0);
  f[k++] = fh(28, ts1, ts0, 0);
  f[k++] = fh(29, W[s1], W[s0], 0);
  f[k++] = fh(30, W[s1], ts0, ts1);
  f[k++] = fh(31, ts1, W[s0], ts0);
  f[k++] = fh(32, W[s1], W[b0], 0);
  f[k++] = fh(33, ts1, tb0, 0);
  /* three words */
  f[k++] = fh(40, tb0, T[b1], T[b2]);
  f[k++] = fh(41, ts0, tb0, T[b1]);
  f[k++] = fh(42, ts1, ts0, tb0);
  f[k++] = fh(43, ts0, T[s0l], tb0);
  f[k++] = fh(44, ts0, T[s0r], tb0);
  f[k++] = fh(45, ts0, tb0, T[b0l]);
  f[k++] = fh(46, T[s2], ts1, ts0);
  f[k++] = fh(47, ts1, T[s1r], ts0);
  f[k++] = fh(48, ts1, T[s1l], ts0);
  f[k++] = fh(49, W[s1], ts0, tb0);
  f[k++] = fh(50, W[s0], ts1, tb0);
  f[k++] = fh(51, W[b0], ts1, ts0);
  f[k++] = fh(52, ts1, ts0, T[b1]);
  /* distance */
  f[k++] = fh(60, W[s0], d, 0);
  f[k++] = fh(61, ts0, d, 0);
  f[k++] = fh(62, W[b0], d, 0);
  f[k++] = fh(63, tb0, d, 0);
  f[k++] = fh(64, W[s0], W[b0], d);
  f[k++] = fh(65, ts0, tb0, d);
  f[k++] = fh(66, ts1, ts0, d1);
  f[k++] = fh(67, W[s1], W[s0], d1);
  f[k++] = fh(68, ts1, tb0, (s1 != x && b0 != x) ? dist_bucket(s1, b0) : 8);
  f[k++] = fh(17, w->suf[2][b0], tb0, 0);
  f[k++] = fh(18, w->suf[2][s0], ts0, 0);
  f[k++] = fh(53, W[b0], tb0, T[b1]);
  f[k++] = fh(54, W[s0], tb0, T[b1]);
  f[k++] = fh(55, ts0, W[b0], T[b1]);
  /* valency */
  f[k++] = fh(70, W[s0], w->nr[s0], 0);
  f[k++] = fh(71, ts0, w->nr[s0], 0);
  f[k++] = fh(72, W[s0], w->nl[s0], 0);
  f[k++] = fh(73, ts0, w->nl[s0], 0);
  f[k++] = fh(74, W[b0], w->nl[b0], 0);
  f[k++] = fh(75, tb0, w->nl[b0], 0);
  f[k++] = fh(76, ts1, w->nr[s1], w->nl[s1]);
  /* children */
  f[k++] = fh(80, W[s0l], 0, 0);
  f[k++] = fh(81, T[s0l], 0, 0);
  f[k++] = fh(82, L[s0l], 0, 0);
  f[k++] = fh(83, W[s0r], 0, 0);
  f[k++] = fh(84, T[s0r], 0, 0);
  f[k++] = fh(85, L[s0r], 0, 0);
  f[k++] = fh(86, W[b0l], 0, 0);
  f[k++] = fh(87, T[b0l], 0, 0);
  f[k++] = fh(88, L[b0l], 0, 0);
  f[k++] = fh(89, T[s0l2], L[s0l2], 0);
  f[k++] = fh(90, T[s0r2], L[s0r2], 0);
  f[k++] = fh(91, T[b0l2], L[b0l2], 0);
  f[k++] = fh(92, ts0, T[s0l], T[s0l2]);
  f[k++] = fh(93, ts0, T[s0r], T[s0r2]);
  f[k++] = fh(94, tb0, T[b0l], T[b0l2]);
  f[k++] = fh(95, L[s1r], ts1, 0);
  f[k++] = fh(96, ts1, L[s1l], L[s1r]);
  f[k++] = fh(97, ts0, L[s0l], L[s0r]);
  f[k++] = fh(98, tb0, L[b0l], ts0);
  f[k++] = fh(99, W[s0], L[s0r], tb0);
  /* label sets */
  f[k++] = fh(100, W[s0], w->rset[s0], 0);
  f[k++] = fh(101, ts0, w->rset[s0], 0);
  f[k++] = fh(102, W[s0], w->lset[s0], 0);
  f[k++] = fh(103, ts0, w->lset[s0], 0);
  f[k++] = fh(104, W[b0], w->lset[b0], 0);
  f[k++] = fh(105, tb0, w->lset[b0], 0);
  f[k++] = fh(106, ts0, w->lset[s0], w->rset[s0] ^ (tb0 << 58));
  return k;
}

static int label_feats(const struct work *w, uint32_t h, uint32_t d,
                       uint64_t *f) {
  const uint64_t *W = w->wh;
  const uint8_t *T = w->tg, *L = w->rel;
  uint64_t dir = d < h, dist = dist_bucket(h, d);
  uint64_t td = T[d], th = T[h];
  uint32_t dl = w->lc1[d], dr = w->rc1[d], hl = w->lc1[h], hr = w->rc1[h];
  int k = 0;
  f[k++] = fh(200, 0, 0, 0);
  f[k++] = fh(201, td, dir, 0);
  f[k++] = fh(202, W[d], 0, 0);
  f[k++] = fh(203, W[d], td, 0);
  f[k++] = fh(204, th, dir, 0);
  f[k++] = fh(205, W[h], 0, 0);
  f[k++] = fh(206, td, th, dir);
  f[k++] = fh(207, W[d], th, dir);
  f[k++] = fh(208, td, W[h], dir);
  f[k++] = fh(209, W[d], W[h], 0);
  f[k++] = fh(210, td, th, dir << 8 | dist);
  f[k++] = fh(211, td, w->lset[d], 0);
  f[k++] = fh(212, td, w->rset[d], 0);
  f[k++] = fh(213, td, W[dl], L[dl]);
  f[k++] = fh(214, td, W[dr], L[dr]);
  f[k++] = fh(215, td, T[d - 1], T[d + 1]);
  f[k++] = fh(216, th, W[hl], L[hl] | dir << 8);
  f[k++] = fh(217, th, L[hr], dir);
  f[k++] = fh(218, td, W[w->lc2[d]], 0);
  f[k++] = fh(219, th, td, w->lset[h] | dir << 63);
  f[k++] = fh(220, W[dl], W[d], 0);
  f[k++] = fh(221, w->suf[2][d], td, dir);
  f[k++] = fh(222, th, T[h + 1], td);
  f[k++] = fh(223, th, T[h - 1], td);
  f[k++] = fh(224, W[h], th, td);
  f[k++] = fh(225, W[d], dir, 0);
  f[k++] = fh(226, td, th, W[dl]);
  f[k++] = fh(227, td, T[dl], T[dr]);
  f[k++] = fh(228, th, W[w->lc2[h]], dir);
  f[k++] = fh(229, W[d], th, W[dl]);
  f[k++] = fh(230, td, th, L[hr] | (uint64_t)L[hl] << 8 | dir << 16);
  f[k++] = fh(231, W[h], W[dl], dir);
  return k;
}

/* Attaches d to h with label r (children and label sets of h updated). */
static void attach(struct work *w, uint32_t h, uint32_t d, uint8_t r) {
  w->head[d] = h;
  w->rel[d] = r;
  if (d < h) {
    /* arc-hybrid adds left dependents from the nearest outwards */
    w->lc2[h] = w->lc1[h];
    w->lc1[h] = d;
    if (w->nl[h] < 255)
      w->nl[h]++;
    w->lset[h] |= 1ULL << (r & 63);
  } else {
    w->rc2[h] = w->rc1[h];
    w->rc1[h] = d;
    if (w->nr[h] < 255)
      w->nr[h]++;
    w->rset[h] |= 1ULL << (r & 63);
  }
}

/* The label of an arc h -> d: ROOT for the root's dependent, never
   otherwise. */
static uint8_t best_label(const float *s, bool root) {
  if (root)
    return NKG_DEP_ROOT;
  uint32_t best = NKG_DEP_DEP;
  for (uint32_t c = 0; c < NKG_DEP_COUNT; c++)
    if (c != NKG_DEP_ROOT && s[c] > s[best])
      best = c;
  return (uint8_t)best;
}

/* Applies transition t; labels the arc with the label classifier (and
   trains it toward gold_rel when the head is right). */
static void apply(struct pstate *p, int t, struct lin *lab,
                  const uint32_t *gold_head, const uint8_t *gold_rel) {
  struct work *w = p->w;
  if (t == T_SHIFT) {
    w->stk[p->sp++] = p->b;
    p->b = p->b + 1 == p->n + 2 ? p->n + 2 : p->b + 1;
    return;
  }
  uint32_t d = w->stk[--p->sp];
  uint32_t h = t == T_LEFT ? p->b : w->stk[p->sp - 1];
  uint64_t f[MAXF];
  float s[NKG_DEP_COUNT];
  uint8_t r = NKG_DEP_ROOT;
  if (h != 1) {
    int nf = label_feats(w, h, d, f);
    lin_score(lab, f, nf, s);
    r = best_label(s, false);
    if (gold_head && gold_head[d] == h) {
      if (r != gold_rel[d]) {
        lin_update(lab, f, nf, gold_rel[d], 1);
        lin_update(lab, f, nf, r, -1);
      }
      lab->steps++;
    }
  }
  attach(w, h, d, r);
}

static int best_valid(const struct pstate *p, const float *s) {
  int best = -1;
  for (int t = 0; t < NTRANS; t++)
    if (valid(p, t) && (best < 0 || s[t] > s[best]))
      best = t;
  return best;
}

static void parse_words(const struct nkg_syn_model *m, struct work *w,
                        uint32_t n, size_t *ops) {
  struct pstate p;
  pstate_init(&p, w, n);
  uint64_t f[MAXF];
  float s[NTRANS];
  while (!pstate_done(&p)) {
    int nf = parse_feats(&p, f);
    lin_score(&m->arc, f, nf, s);
    apply(&p, best_valid(&p, s), (struct lin *)&m->lab, NULL, NULL);
    (*ops)++;
  }
}

/* ------------------------------------------------------------------ */
/* Lemmatizer */

static const char *lemmatize(const struct nkg_syn_model *m, struct nkg_arena *a,
                             const char *form, uint32_t flen, uint8_t upos) {
  size_t cap = (size_t)flen * 2 + 8;
  char *low = nkg_arena_alloc(a, cap);
  if (!low)
    return NULL;
  size_t n = normalize(form, flen, low, cap - 1, false);
  low[n] = '\0';
  const struct lem_entry *e = lem_find(&m->exc, low, n, upos);
  if (e)
    return e->val;
  for (size_t k = n > LEM_MAX_SUFFIX ? LEM_MAX_SUFFIX : n;; k--) {
    const struct lem_entry *r = lem_find(&m->rules, low + n - k, k, upos);
    if (r && r->strip <= n) {
      size_t vl = strlen(r->val), keep = n - r->strip;
      if (keep + vl + 1 <= cap) {
        memcpy(low + keep, r->val, vl + 1);
        return low;
      }
    }
    if (k == 0)
      break;
  }
  return low;
}

newskg_status nkg_syn_analyze(const struct nkg_syn_model *m,
                              struct nkg_syn_work *sw, struct nkg_arena *a,
                              struct nkg_syn_sent *s) {
  struct work w;
  if (s->n > UINT32_MAX - 8 || !work_bind(sw, s->n, &w))
    return NEWSKG_ERR_NOMEM;
  prepare_words(&w, s);
  tag_words((struct lin *)&m->tag, &w, s->n, NULL);
  sw->work_ops += s->n;
  parse_words(m, &w, s->n, &sw->work_ops);
  for (uint32_t i = 0; i < s->n; i++) {
    uint32_t j = i + 2;
    s->upos[i] = w.tg[j];
    s->head[i] = w.head[j] == 1 ? NKG_NO_HEAD : w.head[j] - 2;
    s->rel[i] = w.rel[j];
    if (s->lemma) {
      s->lemma[i] = lemmatize(m, a, s->form[i],
                              host_length(s->form[i], s->flen[i]), w.tg[j]);
      if (!s->lemma[i])
        return NEWSKG_ERR_NOMEM;
    }
  }
  return NEWSKG_OK;
}

/* ------------------------------------------------------------------ */
/* The model file:
     0  "NKGSYNTX"            magic
     8  u32 version           NKG_SYN_MODEL_VERSION
    12  u32 CRC-32 of bytes 16..end
    16  u64 payload bytes (inflated)
    24  u64 compressed bytes (the rest of the file)
    32  zlib stream of the payload:
        u32 bits, u32 classes   for tagger, transitions, labels; then
        u32 lemma section bytes; each table as a bitmap of its non-zero
        rows and those rows (int16 little-endian); the lemma section.
   Integers are little-endian.  The 32-byte header keeps this layout in
   every version, so any version's file is checked for damage before its
   version is judged. */

static const char magic[8] = {'N', 'K', 'G', 'S', 'Y', 'N', 'T', 'X'};
enum { HEADER = 32 };

static void put32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}
static void put64(unsigned char *p, uint64_t v) {
  for (int i = 0; i < 8; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}
static uint32_t get32(const unsigned char *p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; i--)
    v = v << 8 | p[i];
  return v;
}
static uint64_t get64(const unsigned char *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = v << 8 | p[i];
  return v;
}

static size_t table_bytes(const int16_t *q, uint32_t bits, uint32_t nc) {
  size_t rows = (size_t)1 << bits, n = rows / 8;
  for (size_t r = 0; r < rows; r++)
    for (uint32_t c = 0; c < nc; c++)
      if (q[r * nc + c]) {
        n += (size_t)nc * 2;
        break;
      }
  return n;
}

static unsigned char *table_write(unsigned char *o, const int16_t *q,
                                  uint32_t bits, uint32_t nc) {
  size_t rows = (size_t)1 << bits;
  unsigned char *bm = o;
  memset(bm, 0, rows / 8);
  o += rows / 8;
  for (size_t r = 0; r < rows; r++) {
    const int16_t *row = q + r * nc;
    bool any = false;
    for (uint32_t c = 0; c < nc && !any; c++)
      any = row[c] != 0;
    if (!any)
      continue;
    bm[r / 8] |= (unsigned char)(1u << (r % 8));
    for (uint32_t c = 0; c < nc; c++) {
      uint16_t v = (uint16_t)row[c];
      *o++ = (unsigned char)(v & 0xFF);
      *o++ = (unsigned char)(v >> 8);
    }
  }
  return o;
}

/* Serializes quantized tables and the lemma section into file bytes. */
static newskg_status model_bytes(const struct lin *tabs[3], const char *lem,
                                 size_t lemlen, unsigned char **out,
                                 size_t *outlen) {
  size_t raw = 7 * 4 + lemlen;
  for (int i = 0; i < 3; i++)
    raw += table_bytes(tabs[i]->q, tabs[i]->bits, tabs[i]->nc);
  unsigned char *pay = malloc(raw);
  if (!pay)
    return NEWSKG_ERR_NOMEM;
  unsigned char *o = pay;
  for (int i = 0; i < 3; i++) {
    put32(o, tabs[i]->bits), put32(o + 4, tabs[i]->nc);
    o += 8;
  }
  put32(o, (uint32_t)lemlen);
  o += 4;
  for (int i = 0; i < 3; i++)
    o = table_write(o, tabs[i]->q, tabs[i]->bits, tabs[i]->nc);
  memcpy(o, lem, lemlen);
  uLongf clen = compressBound(raw);
  unsigned char *file = malloc(HEADER + clen);
  if (!file || compress2(file + HEADER, &clen, pay, raw, 9) != Z_OK) {
    free(pay);
    free(file);
    return NEWSKG_ERR_NOMEM;
  }
  free(pay);
  memcpy(file, magic, 8);
  put32(file + 8, NKG_SYN_MODEL_VERSION);
  put64(file + 16, raw);
  put64(file + 24, clen);
  put32(file + 12, (uint32_t)crc32(0L, file + 16, (uInt)(16 + clen)));
  *out = file;
  *outlen = HEADER + clen;
  return NEWSKG_OK;
}

/* Parses the lemma section: lines "E\tUPOS\tform\tlemma" (exceptions) and
   "R\tUPOS\tsuffix\tstrip\tappend" (suffix rules). */
static bool lemma_parse(struct nkg_syn_model *m) {
  char *p = m->lemtext;
  uint32_t ne = 0, nr = 0;
  for (char *q = p; *q; q++)
    if (*q == '\n')
      *(q[1] == 'R' ? &nr : &ne) += 1; /* upper bounds */
  m->exc.e = calloc((size_t)ne + nr + 2, sizeof *m->exc.e);
  m->rules.e = calloc((size_t)ne + nr + 2, sizeof *m->rules.e);
  if (!m->exc.e || !m->rules.e)
    return false;
  while (*p) {
    char *nl = strchr(p, '\n');
    if (!nl)
      return false;
    *nl = '\0';
    char *f[5] = {p, NULL, NULL, NULL, NULL};
    int nf = 1;
    for (char *q = p; *q; q++)
      if (*q == '\t') {
        *q = '\0';
        if (nf == 5)
          return false;
        f[nf++] = q + 1;
      }
    uint8_t upos;
    bool rule = f[0][0] == 'R';
    if (nf != (rule ? 5 : 4) || !nkg_upos_from_name(f[1], &upos))
      return false;
    struct lem_table *t = rule ? &m->rules : &m->exc;
    struct lem_entry *e = &t->e[t->n++];
    e->key = f[2], e->klen = (uint32_t)strlen(f[2]), e->upos = upos;
    e->val = rule ? f[4] : f[3];
    e->strip = rule ? (uint32_t)strtoul(f[3], NULL, 10) : 0;
    p = nl + 1;
  }
  return lem_index(&m->exc) && lem_index(&m->rules);
}

static const uint32_t expect_nc[3] = {NKG_UPOS_COUNT, NTRANS, NKG_DEP_COUNT};

newskg_status nkg_syn_model_load(const void *data, size_t len, const char *name,
                                 struct nkg_syn_model **out) {
  *out = NULL;
  const unsigned char *d = data;
  if (len < 8 || memcmp(d, magic, 8) != 0)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s: not a newskg syntax model",
                    name);
  if (len < HEADER)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s: truncated model (%zu bytes, header alone is %d)", name,
                    len, HEADER);
  uint64_t raw = get64(d + 16), clen = get64(d + 24);
  if (clen != len - HEADER)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s: truncated or padded model (%zu bytes, header says "
                    "%llu)",
                    name, len, (unsigned long long)(clen + HEADER));
  if ((uint32_t)crc32(0L, d + 16, (uInt)(len - 16)) != get32(d + 12))
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s: corrupt model (checksum)", name);
  /* after the checks that hold for every version, so a damaged file is
     called damaged and not "another version" */
  uint32_t ver = get32(d + 8);
  if (ver != NKG_SYN_MODEL_VERSION)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                    "%s: model version %u, this newskg reads version %u "
                    "(retrain it: see ontology/models/README.md)",
                    name, ver, NKG_SYN_MODEL_VERSION);
  if (raw > ((size_t)1 << 31))
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s: corrupt model (size)", name);
  unsigned char *pay = malloc(raw ? raw : 1);
  struct nkg_syn_model *m = calloc(1, sizeof *m);
  if (!pay || !m) {
    free(pay);
    free(m);
    return NEWSKG_ERR_NOMEM;
  }
  uLongf got = raw;
  const char *bad = NULL;
  if (uncompress(pay, &got, d + HEADER, clen) != Z_OK || got != raw)
    bad = "deflate stream";
  const unsigned char *p = pay, *end = pay + raw;
  uint32_t lemlen = 0;
  if (!bad && raw < 28)
    bad = "short payload";
  struct lin *tabs[3] = {&m->tag, &m->arc, &m->lab};
  if (!bad) {
    for (int i = 0; i < 3; i++) {
      tabs[i]->bits = get32(p), tabs[i]->nc = get32(p + 4);
      p += 8;
      /* bounded, so a crafted file cannot ask for gigabytes */
      if (tabs[i]->bits < 8 || tabs[i]->bits > 24 ||
          tabs[i]->nc != expect_nc[i] ||
          ((size_t)1 << tabs[i]->bits) * tabs[i]->nc > ((size_t)1 << 27))
        bad = "table shape";
    }
    lemlen = get32(p);
    p += 4;
  }
  for (int i = 0; i < 3 && !bad; i++) {
    size_t rows = (size_t)1 << tabs[i]->bits, nc = tabs[i]->nc;
    if ((size_t)(end - p) < rows / 8) {
      bad = "table size";
      break;
    }
    const unsigned char *bm = p;
    p += rows / 8;
    size_t words = rows / 64 ? rows / 64 : 1;
    tabs[i]->index = calloc(words, sizeof *tabs[i]->index);
    if (!tabs[i]->index) {
      free(pay);
      nkg_syn_model_free(m);
      return NEWSKG_ERR_NOMEM;
    }
    /* the rows stay where they are in the payload (2-byte aligned: the
       header and bitmaps are even), each weight turned from the file's
       little-endian bytes into an int16 in place */
    int16_t *q = (int16_t *)(void *)(pay + (p - (const unsigned char *)pay));
    tabs[i]->rows = q;
    uint64_t set = 0;
    for (size_t r = 0; r < rows && !bad; r++) {
      if (r % 64 == 0)
        tabs[i]->index[r / 64].before = set;
      if (!(bm[r / 8] >> (r % 8) & 1))
        continue;
      if ((size_t)(end - p) < nc * 2) {
        bad = "table size";
        break;
      }
      tabs[i]->index[r / 64].set |= UINT64_C(1) << (r % 64);
      set++;
      for (size_t c = 0; c < nc; c++, p += 2)
        *q++ = (int16_t)(uint16_t)(p[0] | p[1] << 8);
    }
  }
  if (!bad && (size_t)(end - p) != lemlen)
    bad = "lemma section size";
  if (!bad) {
    m->lemtext = malloc((size_t)lemlen + 1);
    if (!m->lemtext) {
      free(pay);
      nkg_syn_model_free(m);
      return NEWSKG_ERR_NOMEM;
    }
    memcpy(m->lemtext, p, lemlen);
    m->lemtext[lemlen] = '\0';
    if (memchr(m->lemtext, '\0', lemlen) || !lemma_parse(m))
      bad = "lemma section";
  }
  m->payload = pay;
  if (bad) {
    nkg_syn_model_free(m);
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s: corrupt model (%s)", name, bad);
  }
  *out = m;
  return NEWSKG_OK;
}

newskg_status nkg_syn_model_load_file(const char *path,
                                      struct nkg_syn_model **out) {
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f)
    return nkg_fail(NEWSKG_ERR_IO, "cannot open model '%s'", path);
  size_t cap = 1 << 20, n = 0;
  unsigned char *b = malloc(cap);
  while (b) {
    if (n == cap) {
      unsigned char *nb = cap < ((size_t)1 << 30) ? realloc(b, cap * 2) : NULL;
      if (!nb) {
        free(b);
        b = NULL;
        break;
      }
      b = nb, cap *= 2;
    }
    size_t r = fread(b + n, 1, cap - n, f);
    n += r;
    if (r == 0)
      break;
  }
  bool err = ferror(f);
  fclose(f);
  if (!b)
    return NEWSKG_ERR_NOMEM;
  newskg_status st =
      err ? nkg_fail(NEWSKG_ERR_IO, "cannot read model '%s'", path)
          : nkg_syn_model_load(b, n, path, out);
  free(b);
  return st;
}

/* ------------------------------------------------------------------ */
/* Evaluation */

newskg_status nkg_syn_eval(const struct nkg_syn_model *m,
                           const struct nkg_treebank *tb,
                           struct nkg_syn_scores *out) {
  memset(out, 0, sizeof *out);
  struct nkg_syn_work sw;
  nkg_syn_work_init(&sw);
  uint32_t maxn = 0;
  for (size_t i = 0; i < tb->ns; i++)
    if (tb->s[i].n > maxn)
      maxn = tb->s[i].n;
  size_t per = (size_t)maxn + 1;
  const char **form = malloc(per * sizeof *form);
  uint32_t *flen = malloc(per * sizeof *flen), *head = malloc(per * 4);
  uint8_t *upos = malloc(per), *rel = malloc(per);
  newskg_status st = NEWSKG_OK;
  if (!form || !flen || !head || !upos || !rel)
    st = NEWSKG_ERR_NOMEM;
  struct timespec t0, t1;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
  struct nkg_arena a;
  nkg_arena_init(&a);
  for (size_t i = 0; i < tb->ns && st == NEWSKG_OK; i++) {
    const struct nkg_cu_word *g = tb->w + tb->s[i].first;
    uint32_t n = tb->s[i].n;
    for (uint32_t k = 0; k < n; k++)
      form[k] = g[k].form, flen[k] = g[k].flen;
    struct nkg_syn_sent s = {n, form, flen, upos, head, rel, NULL};
    st = nkg_syn_analyze(m, &sw, &a, &s);
    for (uint32_t k = 0; k < n && st == NEWSKG_OK; k++) {
      out->words++;
      out->upos_ok += upos[k] == g[k].upos;
      if (head[k] == g[k].head) {
        out->head_ok++;
        out->label_ok += rel[k] == g[k].rel;
      }
    }
  }
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
  out->seconds = (double)(t1.tv_sec - t0.tv_sec) +
                 (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  nkg_arena_free(&a);
  nkg_syn_work_free(&sw);
  free(form), free(flen), free(head), free(upos), free(rel);
  return st;
}

/* ------------------------------------------------------------------ */
/* Training */

/* A string -> count map for the lemma statistics. */
struct smap {
  char **key;
  uint32_t *count;
  uint32_t *slot; /* index + 1 */
  size_t n, cap, mask;
};

static void smap_free(struct smap *m) {
  for (size_t i = 0; i < m->n; i++)
    free(m->key[i]);
  free(m->key);
  free(m->count);
  free(m->slot);
  memset(m, 0, sizeof *m);
}

static bool smap_add(struct smap *m, const char *k) {
  if (2 * (m->n + 1) > m->mask) {
    size_t ns = m->mask ? (m->mask + 1) * 2 : 1024;
    uint32_t *slot = calloc(ns, sizeof *slot);
    char **key = realloc(m->key, ns / 2 * sizeof *key);
    uint32_t *count = key ? realloc(m->count, ns / 2 * sizeof *count) : NULL;
    if (key)
      m->key = key;
    if (count)
      m->count = count;
    if (!slot || !key || !count) {
      free(slot);
      return false;
    }
    free(m->slot);
    m->slot = slot, m->mask = ns - 1;
    for (size_t i = 0; i < m->n; i++) {
      size_t s = bytes_hash(m->key[i], strlen(m->key[i])) & m->mask;
      while (m->slot[s])
        s = (s + 1) & m->mask;
      m->slot[s] = (uint32_t)i + 1;
    }
  }
  size_t s = bytes_hash(k, strlen(k)) & m->mask;
  for (; m->slot[s]; s = (s + 1) & m->mask)
    if (strcmp(m->key[m->slot[s] - 1], k) == 0) {
      m->count[m->slot[s] - 1]++;
      return true;
    }
  char *d = strdup(k);
  if (!d)
    return false;
  m->key[m->n] = d, m->count[m->n] = 1;
  m->slot[s] = (uint32_t)++m->n;
  return true;
}

struct keyref {
  const char *key;
  uint32_t index;
};

static int by_key(const void *a, const void *b) {
  return strcmp(((const struct keyref *)a)->key,
                ((const struct keyref *)b)->key);
}

/* Key indexes in byte order (keys are unique, so the order is total). */
static uint32_t *smap_sorted(const struct smap *m) {
  struct keyref *r = malloc((m->n + 1) * sizeof *r);
  uint32_t *ix = malloc((m->n + 1) * sizeof *ix);
  if (!r || !ix) {
    free(r);
    free(ix);
    return NULL;
  }
  for (size_t i = 0; i < m->n; i++)
    r[i].key = m->key[i], r[i].index = (uint32_t)i;
  qsort(r, m->n, sizeof *r, by_key);
  for (size_t i = 0; i < m->n; i++)
    ix[i] = r[i].index;
  free(r);
  return ix;
}

/* Growable text. */
struct sbuf {
  char *s;
  size_t n, cap;
  bool oom;
};

static void sb_add(struct sbuf *b, const char *s) {
  size_t l = strlen(s);
  if (b->n + l + 1 > b->cap) {
    size_t c = b->cap ? b->cap * 2 : 4096;
    while (c < b->n + l + 1)
      c *= 2;
    char *ns = realloc(b->s, c);
    if (!ns) {
      b->oom = true;
      return;
    }
    b->s = ns, b->cap = c;
  }
  memcpy(b->s + b->n, s, l + 1);
  b->n += l;
}

/* Length of the group prefix of a key: up to the tab that ends field
   `fields` (2: "UPOS\tsuffix"). */
static size_t group_len(const char *k, int fields) {
  const char *p = k;
  for (int i = 0; i < fields; i++) {
    p = strchr(p, '\t');
    if (!p)
      return strlen(k);
    p++;
  }
  return (size_t)(p - k - 1);
}

/* For each group (same first `fields` fields) the most frequent key;
   calls emit(ctx, key, group total).  Ties go to the first in byte
   order, so the choice is deterministic. */
static bool smap_best(const struct smap *m, int fields,
                      bool (*emit)(void *, const char *, uint32_t), void *ctx) {
  uint32_t *ix = smap_sorted(m);
  if (!ix)
    return false;
  bool ok = true;
  for (size_t i = 0; i < m->n && ok;) {
    const char *k = m->key[ix[i]];
    size_t gl = group_len(k, fields);
    size_t best = i, j = i;
    uint32_t total = 0;
    while (j < m->n && group_len(m->key[ix[j]], fields) == gl &&
           strncmp(m->key[ix[j]], k, gl) == 0) {
      total += m->count[ix[j]];
      if (m->count[ix[j]] > m->count[ix[best]])
        best = j;
      j++;
    }
    ok = emit(ctx, m->key[ix[best]], total);
    i = j;
  }
  free(ix);
  return ok;
}

struct rule_ctx {
  struct sbuf *out;
};

static bool emit_rule(void *ctx, const char *key, uint32_t total) {
  struct rule_ctx *c = ctx;
  /* a suffix seen once says little; the empty suffix always stays */
  size_t gl = group_len(key, 2);
  const char *tab = strchr(key, '\t');
  bool empty_suffix = tab && (size_t)(tab - key) + 1 == gl;
  if (total < 2 && !empty_suffix)
    return true;
  sb_add(c->out, "R\t");
  sb_add(c->out, key);
  sb_add(c->out, "\n");
  return !c->out->oom;
}

struct exc_ctx {
  struct nkg_syn_model *m; /* rules only */
  struct nkg_arena *a;
  struct sbuf *out;
};

static bool emit_exception(void *ctx, const char *key, uint32_t total) {
  struct exc_ctx *c = ctx;
  (void)total;
  char tmp[512];
  size_t kl = strlen(key);
  if (kl >= sizeof tmp)
    return true;
  memcpy(tmp, key, kl + 1);
  char *f1 = strchr(tmp, '\t'), *f2 = f1 ? strchr(f1 + 1, '\t') : NULL;
  if (!f2)
    return true;
  *f1 = '\0', *f2 = '\0';
  uint8_t upos;
  if (!nkg_upos_from_name(tmp, &upos))
    return true;
  const char *got = lemmatize(c->m, c->a, f1 + 1, (uint32_t)strlen(f1 + 1), upos);
  if (got && strcmp(got, f2 + 1) == 0)
    return true;
  sb_add(c->out, "E\t");
  sb_add(c->out, key);
  sb_add(c->out, "\n");
  return !c->out->oom;
}

/* The lemma section: suffix rules, then the exceptions they get wrong. */
static newskg_status train_lemmas(const struct nkg_treebank *tb,
                                  struct sbuf *out) {
  struct smap rules = {0}, pairs = {0};
  char form[256], lemma[256], key[600];
  newskg_status st = NEWSKG_OK;
  for (size_t i = 0; i < tb->nw && st == NEWSKG_OK; i++) {
    const struct nkg_cu_word *w = &tb->w[i];
    if (strcmp(w->lemma, "_") == 0 || w->flen > 120 || strlen(w->lemma) > 120)
      continue;
    size_t fl = normalize(w->form, w->flen, form, sizeof form - 1, false);
    size_t ll = normalize(w->lemma, strlen(w->lemma), lemma, sizeof lemma - 1,
                          false);
    form[fl] = lemma[ll] = '\0';
    if (strchr(form, '\t') || strchr(lemma, '\t') || strchr(form, '\n'))
      continue;
    const char *up = nkg_upos_name(w->upos);
    size_t p = 0;
    while (p < fl && p < ll && form[p] == lemma[p])
      p++;
    for (size_t k = 0; k <= LEM_MAX_SUFFIX && k <= fl; k++) {
      snprintf(key, sizeof key, "%s\t%s\t%zu\t%s", up, form + fl - k, fl - p,
               lemma + p);
      if (!smap_add(&rules, key))
        st = NEWSKG_ERR_NOMEM;
    }
    snprintf(key, sizeof key, "%s\t%s\t%s", up, form, lemma);
    if (!smap_add(&pairs, key))
      st = NEWSKG_ERR_NOMEM;
  }
  struct rule_ctx rc = {out};
  if (st == NEWSKG_OK && !smap_best(&rules, 2, emit_rule, &rc))
    st = NEWSKG_ERR_NOMEM;
  /* exceptions are judged by the rules as the run-time lemmatizer applies
     them */
  struct nkg_syn_model *m = calloc(1, sizeof *m);
  struct nkg_arena a;
  nkg_arena_init(&a);
  if (st == NEWSKG_OK && (!m || !(m->lemtext = strdup(out->s ? out->s : "")) ||
                          !lemma_parse(m)))
    st = NEWSKG_ERR_NOMEM;
  struct exc_ctx ec = {m, &a, out};
  if (st == NEWSKG_OK && !smap_best(&pairs, 2, emit_exception, &ec))
    st = NEWSKG_ERR_NOMEM;
  if (out->oom)
    st = NEWSKG_ERR_NOMEM;
  nkg_arena_free(&a);
  nkg_syn_model_free(m);
  smap_free(&rules);
  smap_free(&pairs);
  return st;
}

static uint64_t rng_next(uint64_t *s) {
  *s ^= *s >> 12, *s ^= *s << 25, *s ^= *s >> 27;
  return *s * 0x2545F4914F6CDD1DULL;
}

static void shuffle(size_t *a, size_t n, uint64_t *rng) {
  for (size_t i = n; i > 1; i--) {
    size_t j = (size_t)(rng_next(rng) % i);
    size_t t = a[i - 1];
    a[i - 1] = a[j], a[j] = t;
  }
}

/* The training set as arrays the sentence views point into. */
struct corpus {
  const struct nkg_treebank *tb;
  const char **form;
  uint32_t *flen;
  uint8_t *upos; /* gold */
  uint8_t *ptag; /* tags the parser trains on (jackknifed) */
};

static void sent_view(const struct corpus *c, size_t si,
                      struct nkg_syn_sent *s) {
  size_t f = c->tb->s[si].first;
  memset(s, 0, sizeof *s);
  s->n = c->tb->s[si].n;
  s->form = c->form + f;
  s->flen = c->flen + f;
}

static newskg_status train_tag_epochs(struct lin *l, const struct corpus *c,
                                      size_t *order, size_t norder,
                                      unsigned epochs, uint64_t *rng,
                                      struct nkg_syn_work *sw) {
  for (unsigned e = 0; e < epochs; e++) {
    shuffle(order, norder, rng);
    for (size_t i = 0; i < norder; i++) {
      struct nkg_syn_sent s;
      sent_view(c, order[i], &s);
      struct work w;
      if (!work_bind(sw, s.n, &w))
        return NEWSKG_ERR_NOMEM;
      prepare_words(&w, &s);
      tag_words(l, &w, s.n, c->upos + c->tb->s[order[i]].first);
    }
  }
  return NEWSKG_OK;
}

/* Replaces the current weights by their averages (float scoring then
   uses the averaged model). */
static void lin_average(struct lin *l) {
  size_t n = ((size_t)1 << l->bits) * l->nc;
  for (size_t i = 0; i < n; i++) {
    l->w[i] = (float)(l->w[i] - l->u[i] / l->steps);
    l->u[i] = 0;
  }
}

/* Cost of transition t: gold arcs it makes unreachable (Goldberg & Nivre
   2013, arc-hybrid). */
static int cost(const struct pstate *p, int t, const uint32_t *gh) {
  const struct work *w = p->w;
  uint32_t x = p->n + 2, b = p->b;
  uint32_t s0 = w->stk[p->sp - 1];
  int c = 0;
  if (t == T_SHIFT) {
    for (uint32_t i = 0; i < p->sp; i++) {
      uint32_t s = w->stk[i];
      c += gh[s] == b;
      c += s != s0 && gh[b] == s;
    }
    return c;
  }
  for (uint32_t j = b; j < x; j++)
    c += gh[j] == s0;
  uint32_t h = gh[s0];
  bool in_buf = b != x && h >= b && h < x;
  if (t == T_LEFT) {
    uint32_t s1 = p->sp >= 2 ? w->stk[p->sp - 2] : x;
    c += h == s1 || (in_buf && h != b);
  } else {
    c += in_buf;
  }
  return c;
}

struct ptrain {
  const struct corpus *c;
  struct lin *arc, *lab;
  uint32_t *gh; /* gold heads, work indexes */
  uint8_t *gr;
  unsigned epoch;
  uint64_t *rng;
};

static void train_parse_sentence(struct ptrain *t, size_t si,
                                 struct nkg_syn_work *sw) {
  struct nkg_syn_sent s;
  sent_view(t->c, si, &s);
  struct work w;
  if (!work_bind(sw, s.n, &w))
    return;
  prepare_words(&w, &s);
  size_t f0 = t->c->tb->s[si].first;
  for (uint32_t j = 0; j < s.n + 4; j++)
    t->gh[j] = 0, t->gr[j] = REL_NONE;
  for (uint32_t i = 0; i < s.n; i++) {
    const struct nkg_cu_word *g = &t->c->tb->w[f0 + i];
    w.tg[i + 2] = t->c->ptag[f0 + i];
    t->gh[i + 2] = g->head == NKG_NO_HEAD ? 1 : g->head + 2;
    t->gr[i + 2] = g->rel;
  }
  struct pstate p;
  pstate_init(&p, &w, s.n);
  uint64_t f[MAXF];
  float sc[NTRANS];
  while (!pstate_done(&p)) {
    int nf = parse_feats(&p, f);
    lin_score(t->arc, f, nf, sc);
    int pred = best_valid(&p, sc), gold = -1, cs[NTRANS], minc = 1 << 30;
    for (int k = 0; k < NTRANS; k++) {
      cs[k] = valid(&p, k) ? cost(&p, k, t->gh) : -1;
      if (cs[k] >= 0 && cs[k] < minc)
        minc = cs[k];
    }
    for (int k = 0; k < NTRANS; k++)
      if (cs[k] == minc && (gold < 0 || sc[k] > sc[gold]))
        gold = k;
    if (cs[pred] > minc) {
      lin_update(t->arc, f, nf, (uint32_t)gold, 1);
      lin_update(t->arc, f, nf, (uint32_t)pred, -1);
    }
    t->arc->steps++;
    /* error exploration: after the first epoch follow the model's own
       (possibly wrong) choice most of the time, so it learns to recover */
    int next = gold;
    if (t->epoch > 0 && cs[pred] > minc && rng_next(t->rng) % 10 < 9)
      next = pred;
    apply(&p, next, t->lab, t->gh, t->gr);
  }
}

static void log_line(FILE *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void log_line(FILE *log, const char *fmt, ...) {
  if (!log)
    return;
  va_list ap;
  va_start(ap, fmt);
  vfprintf(log, fmt, ap);
  va_end(ap);
  fputc('\n', log);
  fflush(log);
}

enum { TAG_BITS = 20, ARC_BITS = 22, LAB_BITS = 18 };

newskg_status nkg_syn_train(const struct nkg_treebank *train,
                            const struct nkg_treebank *dev,
                            const struct nkg_syn_train_opts *o,
                            unsigned char **bytes, size_t *len) {
  *bytes = NULL, *len = 0;
  unsigned tag_epochs = o->tag_epochs ? o->tag_epochs : 12;
  unsigned parse_epochs = o->parse_epochs ? o->parse_epochs : 12;
  unsigned folds = o->folds ? o->folds : 10;
  uint64_t rng = o->seed ? o->seed : 20141;
  if (train->ns == 0)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "the training treebank is empty");
  struct corpus c = {train, NULL, NULL, NULL, NULL};
  size_t nw = train->nw, ns = train->ns;
  c.form = malloc(nw * sizeof *c.form);
  c.flen = malloc(nw * sizeof *c.flen);
  c.upos = malloc(nw);
  c.ptag = malloc(nw);
  size_t *order = malloc(ns * sizeof *order);
  uint32_t maxn = 0;
  for (size_t i = 0; i < ns; i++)
    if (train->s[i].n > maxn)
      maxn = train->s[i].n;
  uint32_t *gh = malloc(((size_t)maxn + 4) * sizeof *gh);
  uint8_t *gr = malloc((size_t)maxn + 4);
  struct lin tag = {0}, arc = {0}, lab = {0};
  struct sbuf lem = {0};
  struct nkg_syn_work sw;
  nkg_syn_work_init(&sw);
  newskg_status st = NEWSKG_OK;
  unsigned char *best = NULL;
  size_t best_len = 0;
  if (!c.form || !c.flen || !c.upos || !c.ptag || !order || !gh || !gr ||
      !lin_train_init(&tag, TAG_BITS, NKG_UPOS_COUNT)) {
    st = NEWSKG_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < nw; i++) {
    c.form[i] = train->w[i].form, c.flen[i] = train->w[i].flen;
    c.upos[i] = c.ptag[i] = train->w[i].upos;
  }
  if ((st = train_lemmas(train, &lem)) != NEWSKG_OK)
    goto done;
  log_line(o->log, "lemmas: %zu bytes of rules and exceptions", lem.n);

  /* the parser learns from tags as good as the tagger's on unseen text:
     each fold is tagged by a tagger trained on the other folds */
  if (folds > 1) {
    for (unsigned k = 0; k < folds; k++) {
      size_t n = 0;
      for (size_t i = 0; i < ns; i++)
        if (i % folds != k)
          order[n++] = i;
      lin_free(&tag);
      if (!lin_train_init(&tag, TAG_BITS, NKG_UPOS_COUNT)) {
        st = NEWSKG_ERR_NOMEM;
        goto done;
      }
      if ((st = train_tag_epochs(&tag, &c, order, n, tag_epochs, &rng, &sw)))
        goto done;
      lin_average(&tag);
      size_t ok = 0, all = 0;
      for (size_t i = k; i < ns; i += folds) {
        struct nkg_syn_sent s;
        sent_view(&c, i, &s);
        struct work w;
        if (!work_bind(&sw, s.n, &w)) {
          st = NEWSKG_ERR_NOMEM;
          goto done;
        }
        prepare_words(&w, &s);
        tag_words(&tag, &w, s.n, NULL);
        for (uint32_t j = 0; j < s.n; j++) {
          c.ptag[train->s[i].first + j] = w.tg[j + 2];
          ok += w.tg[j + 2] == c.upos[train->s[i].first + j];
          all++;
        }
      }
      log_line(o->log, "jackknife fold %u/%u: UPOS %.2f", k + 1, folds,
               all ? 100.0 * (double)ok / (double)all : 0.0);
    }
  }
  lin_free(&tag);
  if (!lin_train_init(&tag, TAG_BITS, NKG_UPOS_COUNT)) {
    st = NEWSKG_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < ns; i++)
    order[i] = i;
  if ((st = train_tag_epochs(&tag, &c, order, ns, tag_epochs, &rng, &sw)))
    goto done;
  tag.q = lin_quantize(&tag);
  free(tag.w), free(tag.u);
  tag.w = NULL, tag.u = NULL;
  if (!tag.q || !lin_train_init(&arc, ARC_BITS, NTRANS) ||
      !lin_train_init(&lab, LAB_BITS, NKG_DEP_COUNT)) {
    st = NEWSKG_ERR_NOMEM;
    goto done;
  }
  log_line(o->log, "tagger trained (%u epochs)", tag_epochs);

  struct ptrain pt = {&c, &arc, &lab, gh, gr, 0, &rng};
  double best_las = -1;
  for (unsigned e = 0; e < parse_epochs; e++) {
    pt.epoch = e;
    shuffle(order, ns, &rng);
    for (size_t i = 0; i < ns; i++)
      train_parse_sentence(&pt, order[i], &sw);
    /* the epoch's averaged model, as it will be written */
    struct lin qa = arc, ql = lab;
    qa.q = lin_quantize(&arc);
    ql.q = lin_quantize(&lab);
    const struct lin *tabs[3] = {&tag, &qa, &ql};
    unsigned char *b = NULL;
    size_t bl = 0;
    if (!qa.q || !ql.q)
      st = NEWSKG_ERR_NOMEM;
    else
      st = model_bytes(tabs, lem.s ? lem.s : "", lem.n, &b, &bl);
    free(qa.q), free(ql.q);
    if (st != NEWSKG_OK)
      goto done;
    double las = 0;
    if (dev && dev->nw) {
      struct nkg_syn_model *m;
      struct nkg_syn_scores sc;
      if ((st = nkg_syn_model_load(b, bl, "(training)", &m)) != NEWSKG_OK) {
        free(b);
        goto done;
      }
      st = nkg_syn_eval(m, dev, &sc);
      nkg_syn_model_free(m);
      if (st != NEWSKG_OK) {
        free(b);
        goto done;
      }
      las = 100.0 * (double)sc.label_ok / (double)sc.words;
      log_line(o->log,
               "parser epoch %u: dev UPOS %.2f UAS %.2f LAS %.2f (%zu bytes)",
               e + 1, 100.0 * (double)sc.upos_ok / (double)sc.words,
               100.0 * (double)sc.head_ok / (double)sc.words, las, bl);
    } else {
      log_line(o->log, "parser epoch %u (%zu bytes)", e + 1, bl);
    }
    if (!dev || !dev->nw || las > best_las) {
      free(best);
      best = b, best_len = bl, best_las = las;
    } else {
      free(b);
    }
  }
  *bytes = best, *len = best_len;
  best = NULL;
done:
  free(best);
  free(c.form), free(c.flen), free(c.upos), free(c.ptag), free(order);
  free(gh), free(gr), free(lem.s);
  lin_free(&tag), lin_free(&arc), lin_free(&lab);
  nkg_syn_work_free(&sw);
  return st;
}
