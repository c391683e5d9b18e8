/*
 * Loader of the frame lexicon (grammar: the header of ontology/frames.lex).
 * One directive per line, fields split on blanks; a path never holds a
 * blank.  Every malformed line is an error naming file and line: a
 * lexicon that loads is a lexicon whose every line means something.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "events/events.h"
#include "events/framelex.h"
#include "syntax/syntax.h"

/* The relation names, from the shared list (our own copy of the lookup so
   the lexicon does not depend on the parser's object files). */
static const char *const rel_names[] = {
#define NKG_FL_REL_NAME(n, s) s,
    NKG_DEPREL_LIST(NKG_FL_REL_NAME)
#undef NKG_FL_REL_NAME
};
static const char *const upos_names[] = {
#define NKG_FL_UPOS_NAME(n) #n,
    NKG_UPOS_LIST(NKG_FL_UPOS_NAME)
#undef NKG_FL_UPOS_NAME
};

static const struct {
  const char *word;
  uint8_t what;
} whats[] = {
    {"part", NKG_FL_PART},       {"host", NKG_FL_HOST},
    {"med", NKG_FL_MED},         {"place", NKG_FL_PLACE},
    {"date", NKG_FL_DATE},       {"event", NKG_FL_EVENT},
    {"planned", NKG_FL_PLANNED}, {"neg", NKG_FL_NEG},
    {"off", NKG_FL_OFF},         {"need", NKG_FL_NEED},
    {"not", NKG_FL_NOT},
};

static const struct {
  const char *word;
  uint16_t bits;
} types[] = {
    {"person", 1u << NKG_E_PERSON},
    {"country", 1u << NKG_E_COUNTRY},
    {"city", 1u << NKG_E_CITY},
    {"region", 1u << NKG_E_REGION},
    {"org", 1u << NKG_E_ORG},
    {"party", (1u << NKG_E_PERSON) | (1u << NKG_E_COUNTRY) | (1u << NKG_E_ORG)},
    {"place", (1u << NKG_E_CITY) | (1u << NKG_E_REGION)},
    {"pron", NKG_FT_PRON},
    {"event", NKG_FT_EVENT},
};

static const char *const kinds[] = {"meeting", "talks", "summit", "visit",
                                    "negotiation", "call"};

#define MAX_MACROS 32

struct ld {
  struct nkg_framelex *lx;
  struct {
    const char *name, *text; /* `paths NAME ALT|...` (arena) */
    size_t name_len, text_len;
  } macro[MAX_MACROS];
  uint32_t nmacro;
  const char *name;
  uint32_t line;
  char *err;
  size_t errlen;
  size_t cap_sets, cap_ent, cap_lines, cap_forms;
};

static newskg_status bad(struct ld *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static newskg_status bad(struct ld *d, const char *fmt, ...) {
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (d->err && d->errlen)
    snprintf(d->err, d->errlen, "%s:%u: %s", d->name, d->line, msg);
  return NEWSKG_ERR_BAD_INPUT;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds a set from a comma list (words lower-cased); returns id + 1. */
static newskg_status add_set(struct ld *d, const char *name, const char *list,
                             size_t len, uint16_t *id1) {
  struct nkg_framelex *lx = d->lx;
  if (len == 0)
    return bad(d, "empty word list");
  uint32_t n = 1;
  for (size_t i = 0; i < len; i++)
    n += list[i] == ',';
  const char **w = nkg_arena_calloc(&lx->arena, n, sizeof *w);
  if (!w)
    return NEWSKG_ERR_NOMEM;
  uint32_t k = 0;
  for (size_t i = 0; i <= len;) {
    size_t j = i;
    while (j < len && list[j] != ',')
      j++;
    if (j == i)
      return bad(d, "empty word in list '%.*s'", (int)len, list);
    char *s = nkg_arena_strndup(&lx->arena, list + i, j - i);
    if (!s)
      return NEWSKG_ERR_NOMEM;
    for (char *p = s; *p; p++) {
      *p = (char)tolower((unsigned char)*p);
      if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '\'')
        return bad(d, "bad character in word '%s'", s);
    }
    w[k++] = s;
    i = j + 1;
  }
  qsort(w, k, sizeof *w, cmp_str);
  void *items = lx->sets;
  newskg_status st;
  TRY(st, nkg_arena_grow(&lx->arena, &items, &d->cap_sets, sizeof *lx->sets,
                         lx->nsets + 1));
  lx->sets = items;
  lx->sets[lx->nsets] = (struct nkg_fl_set){.name = name, .w = w, .n = k};
  if (lx->nsets >= 0xFFFE)
    return bad(d, "too many word sets");
  *id1 = (uint16_t)(++lx->nsets);
  return NEWSKG_OK;
}

static int32_t find_set(const struct nkg_framelex *lx, const char *s, size_t n) {
  for (uint32_t i = 0; i < lx->nsets; i++) {
    const char *nm = lx->sets[i].name;
    if (nm && strlen(nm) == n && memcmp(nm, s, n) == 0)
      return (int32_t)i;
  }
  return -1;
}

/* "a,b,c", "$NAME" or a mix ("$TRAVEL,visit") -> set id + 1.  A mix is
   expanded into a fresh set. */
static newskg_status word_list(struct ld *d, const char *s, size_t len,
                               uint16_t *id1) {
  if (!memchr(s, '$', len))
    return add_set(d, NULL, s, len, id1);
  if (s[0] == '$' && !memchr(s, ',', len)) {
    int32_t k = find_set(d->lx, s + 1, len - 1);
    if (k < 0)
      return bad(d, "unknown set '%.*s'", (int)len, s);
    *id1 = (uint16_t)(k + 1);
    return NEWSKG_OK;
  }
  char buf[2048];
  size_t n = 0;
  for (size_t i = 0; i <= len;) {
    size_t j = i;
    while (j < len && s[j] != ',')
      j++;
    const char *w = s + i;
    size_t wl = j - i;
    if (wl && w[0] == '$') {
      int32_t k = find_set(d->lx, w + 1, wl - 1);
      if (k < 0)
        return bad(d, "unknown set '%.*s'", (int)wl, w);
      const struct nkg_fl_set *set = &d->lx->sets[k];
      for (uint32_t q = 0; q < set->n; q++) {
        size_t ql = strlen(set->w[q]);
        if (n + ql + 1 >= sizeof buf)
          return bad(d, "word list too long");
        if (n)
          buf[n++] = ',';
        memcpy(buf + n, set->w[q], ql), n += ql;
      }
    } else {
      if (n + wl + 1 >= sizeof buf)
        return bad(d, "word list too long");
      if (n)
        buf[n++] = ',';
      memcpy(buf + n, w, wl), n += wl;
    }
    i = j + 1;
  }
  return add_set(d, NULL, buf, n, id1);
}

static newskg_status parse_rel(struct ld *d, const char *s, size_t len,
                               struct nkg_fl_step *st) {
  if (len == 1 && s[0] == '*') {
    st->rel = NKG_FL_ANY_REL;
    return NEWSKG_OK;
  }
  if (len > 2 && s[len - 2] == ':' && s[len - 1] == '*') {
    st->subtypes = true;
    len -= 2;
  }
  for (size_t i = 0; i < NKG_COUNT(rel_names); i++)
    if (strlen(rel_names[i]) == len && memcmp(rel_names[i], s, len) == 0) {
      st->rel = (uint8_t)i;
      return NEWSKG_OK;
    }
  return bad(d, "unknown relation '%.*s'", (int)len, s);
}

/* One alternative: STEP STEP* */
static newskg_status parse_alt(struct ld *d, const char *s, size_t len,
                               struct nkg_fl_path *p) {
  size_t i = 0;
  newskg_status st;
  p->n = 0;
  if (len == 0)
    return bad(d, "empty path");
  while (i < len) {
    if (s[i] != '>' && s[i] != '<')
      return bad(d, "a step starts with '>' or '<': '%.*s'", (int)len, s);
    if (p->n == NKG_FL_MAX_HOPS)
      return bad(d, "path over %d steps: '%.*s'", NKG_FL_MAX_HOPS, (int)len, s);
    struct nkg_fl_step *sp = &p->s[p->n++];
    memset(sp, 0, sizeof *sp);
    sp->up = s[i++] == '<';
    if (!sp->up && i < len && s[i] == '>')
      sp->deep = true, i++;
    size_t r = i;
    while (i < len && s[i] != '[' && s[i] != '{' && s[i] != '<' && s[i] != '>')
      i++;
    TRY(st, parse_rel(d, s + r, i - r, sp));
    if (i < len && s[i] == '[') {
      size_t b = ++i;
      while (i < len && s[i] != ']')
        i++;
      if (i == len)
        return bad(d, "unclosed '[' in '%.*s'", (int)len, s);
      TRY(st, word_list(d, s + b, i - b, &sp->cases));
      i++;
    }
    if (i < len && s[i] == '{') {
      size_t b = ++i;
      if (i < len && s[i] == '!')
        sp->neg_lemmas = true, b = ++i;
      while (i < len && s[i] != '}')
        i++;
      if (i == len)
        return bad(d, "unclosed '{' in '%.*s'", (int)len, s);
      TRY(st, word_list(d, s + b, i - b, &sp->lemmas));
      i++;
    }
  }
  return NEWSKG_OK;
}

static bool word_is(const char *w, size_t n, const char *lit) {
  return strlen(lit) == n && memcmp(w, lit, n) == 0;
}

/* Splits a line into at most 16 blank-separated fields. */
static uint32_t split(const char *s, size_t len, const char **f, size_t *fl,
                      uint32_t max) {
  uint32_t n = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
      i++;
    if (i == len)
      break;
    size_t b = i;
    while (i < len && s[i] != ' ' && s[i] != '\t')
      i++;
    if (n == max)
      return max + 1;
    f[n] = s + b, fl[n] = i - b, n++;
  }
  return n;
}

static newskg_status frame_line(struct ld *d, const char **f, size_t *fl,
                                uint32_t nf) {
  struct nkg_framelex *lx = d->lx;
  newskg_status st;
  if (nf < 5)
    return bad(d, "frame NAME LEMMAS UPOS KIND [min=N] [host]");
  struct nkg_fl_entry e = {.min = 2, .line = d->line, .first = lx->nlines};
  if (!(e.name = nkg_arena_strndup(&lx->arena, f[1], fl[1])))
    return NEWSKG_ERR_NOMEM;
  for (uint32_t i = 0; i < lx->nent; i++)
    if (strcmp(lx->ent[i].name, e.name) == 0)
      return bad(d, "duplicate frame name '%s' (line %u)", e.name,
                 lx->ent[i].line);
  TRY(st, word_list(d, f[2], fl[2], &e.lemmas));
  bool ok = false;
  for (size_t i = 0; i < NKG_COUNT(upos_names) && !ok; i++)
    if (word_is(f[3], fl[3], upos_names[i]))
      e.upos = (uint8_t)i, ok = true;
  if (!ok)
    return bad(d, "unknown UPOS '%.*s'", (int)fl[3], f[3]);
  ok = false;
  for (size_t i = 0; i < NKG_COUNT(kinds) && !ok; i++)
    if (word_is(f[4], fl[4], kinds[i]))
      e.kind = (uint8_t)i, ok = true;
  if (!ok)
    return bad(d, "unknown event kind '%.*s'", (int)fl[4], f[4]);
  for (uint32_t i = 5; i < nf; i++) {
    if (fl[i] == 5 && memcmp(f[i], "min=", 4) == 0 && f[i][4] >= '1' &&
        f[i][4] <= '4')
      e.min = (uint8_t)(f[i][4] - '0');
    else if (word_is(f[i], fl[i], "host"))
      e.host_event = true;
    else
      return bad(d, "unknown frame option '%.*s'", (int)fl[i], f[i]);
  }
  void *items = lx->ent;
  TRY(st, nkg_arena_grow(&lx->arena, &items, &d->cap_ent, sizeof *lx->ent,
                         lx->nent + 1));
  lx->ent = items;
  lx->ent[lx->nent++] = e;
  return NEWSKG_OK;
}

/* Appends the alternatives of `s` (ALT|ALT...; an ALT `@NAME` stands for
   the alternatives of `paths NAME`) to the line. */
static newskg_status add_alts(struct ld *d, struct nkg_fl_line *ln,
                              const char *s, size_t len, int depth) {
  struct nkg_framelex *lx = d->lx;
  newskg_status st;
  for (size_t i = 0; i <= len;) {
    size_t j = i;
    while (j < len && s[j] != '|')
      j++;
    if (j > i && s[i] == '@') {
      uint32_t k = 0;
      while (k < d->nmacro && !(d->macro[k].name_len == j - i - 1 &&
                                memcmp(d->macro[k].name, s + i + 1, j - i - 1) == 0))
        k++;
      if (k == d->nmacro)
        return bad(d, "unknown paths '%.*s'", (int)(j - i), s + i);
      if (depth > 2)
        return bad(d, "paths nested too deep: '%.*s'", (int)(j - i), s + i);
      TRY(st, add_alts(d, ln, d->macro[k].text, d->macro[k].text_len, depth + 1));
    } else {
      if (ln->nalt == NKG_FL_MAX_ALTS)
        return bad(d, "over %d alternatives", NKG_FL_MAX_ALTS);
      if (!(ln->alt_src[ln->nalt] = nkg_arena_strndup(&lx->arena, s + i, j - i)))
        return NEWSKG_ERR_NOMEM;
      TRY(st, parse_alt(d, s + i, j - i, &ln->alt[ln->nalt++]));
    }
    i = j + 1;
  }
  return NEWSKG_OK;
}

/* `forms LEMMA f1,f2,...`: word forms the suffix rules cannot undo. */
static newskg_status forms_line(struct ld *d, const char **f, size_t *fl,
                                uint32_t nf) {
  struct nkg_framelex *lx = d->lx;
  newskg_status st;
  if (nf != 3)
    return bad(d, "forms LEMMA f1,f2,...");
  uint16_t set1;
  TRY(st, add_set(d, NULL, f[2], fl[2], &set1));
  char *lemma = nkg_arena_strndup(&lx->arena, f[1], fl[1]);
  if (!lemma)
    return NEWSKG_ERR_NOMEM;
  const struct nkg_fl_set *set = &lx->sets[set1 - 1];
  void *items = lx->irreg;
  TRY(st, nkg_arena_grow(&lx->arena, &items, &d->cap_forms, sizeof *lx->irreg,
                         lx->nirreg + set->n));
  lx->irreg = items;
  for (uint32_t k = 0; k < set->n; k++)
    lx->irreg[lx->nirreg++] = (struct nkg_fl_irreg){set->w[k], lemma};
  return NEWSKG_OK;
}

/* `paths NAME ALT|...`: checked now, expanded where `@NAME` is used. */
static newskg_status paths_line(struct ld *d, const char **f, size_t *fl,
                                uint32_t nf) {
  if (nf != 3)
    return bad(d, "paths NAME ALT|ALT...");
  for (uint32_t k = 0; k < d->nmacro; k++)
    if (d->macro[k].name_len == fl[1] && memcmp(d->macro[k].name, f[1], fl[1]) == 0)
      return bad(d, "duplicate paths '%.*s'", (int)fl[1], f[1]);
  if (d->nmacro == MAX_MACROS)
    return bad(d, "over %d paths directives", MAX_MACROS);
  struct nkg_fl_line scratch = {.line = d->line};
  newskg_status st;
  TRY(st, add_alts(d, &scratch, f[2], fl[2], 0));
  char *name = nkg_arena_strndup(&d->lx->arena, f[1], fl[1]);
  char *text = nkg_arena_strndup(&d->lx->arena, f[2], fl[2]);
  if (!name || !text)
    return NEWSKG_ERR_NOMEM;
  d->macro[d->nmacro].name = name, d->macro[d->nmacro].name_len = fl[1];
  d->macro[d->nmacro].text = text, d->macro[d->nmacro].text_len = fl[2];
  d->nmacro++;
  return NEWSKG_OK;
}

static newskg_status role_line(struct ld *d, uint8_t what, const char **f,
                               size_t *fl, uint32_t nf) {
  struct nkg_framelex *lx = d->lx;
  newskg_status st;
  if (!lx->nent)
    return bad(d, "'%.*s' line before any frame", (int)fl[0], f[0]);
  if (nf < 2)
    return bad(d, "'%.*s' without a path", (int)fl[0], f[0]);
  struct nkg_fl_line ln = {.what = what, .line = d->line};
  TRY(st, add_alts(d, &ln, f[1], fl[1], 0));
  bool role = what <= NKG_FL_EVENT;
  for (uint32_t i = 2; i < nf; i++) {
    if (role && fl[i] > 5 && memcmp(f[i], "type=", 5) == 0) {
      const char *s = f[i] + 5;
      size_t n = fl[i] - 5;
      for (size_t a = 0; a <= n;) {
        size_t b = a;
        while (b < n && s[b] != ',')
          b++;
        bool ok = false;
        for (size_t k = 0; k < NKG_COUNT(types) && !ok; k++)
          if (word_is(s + a, b - a, types[k].word))
            ln.types |= types[k].bits, ok = true;
        if (!ok)
          return bad(d, "unknown type '%.*s'", (int)(b - a), s + a);
        a = b + 1;
      }
    } else if (role && word_is(f[i], fl[i], "req")) {
      ln.flags |= NKG_FF_REQ;
    } else if (role && word_is(f[i], fl[i], "each")) {
      ln.flags |= NKG_FF_EACH;
    } else if (role && word_is(f[i], fl[i], "noconj")) {
      ln.flags |= NKG_FF_NOCONJ;
    } else {
      return bad(d, "unknown option '%.*s'", (int)fl[i], f[i]);
    }
  }
  void *items = lx->lines;
  TRY(st, nkg_arena_grow(&lx->arena, &items, &d->cap_lines, sizeof *lx->lines,
                         lx->nlines + 1));
  lx->lines = items;
  lx->lines[lx->nlines++] = ln;
  lx->ent[lx->nent - 1].nlines++;
  return NEWSKG_OK;
}

static int cmp_trig(const void *a, const void *b) {
  const struct nkg_fl_trig *x = a, *y = b;
  int c = strcmp(x->lemma, y->lemma);
  return c ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

_Static_assert(NKG_DEP_COUNT <= NKG_FL_REL_COUNT, "rel_base too small");

static uint16_t named_set(const struct nkg_framelex *lx, const char *name) {
  for (uint32_t i = 0; i < lx->nsets; i++)
    if (lx->sets[i].name && strcmp(lx->sets[i].name, name) == 0)
      return (uint16_t)(i + 1);
  return 0;
}

static newskg_status build_forms(struct nkg_framelex *lx);

static newskg_status finish(struct ld *d) {
  struct nkg_framelex *lx = d->lx;
  uint32_t n = 0;
  for (size_t i = 0; i < NKG_COUNT(rel_names); i++) {
    const char *colon = strchr(rel_names[i], ':');
    lx->rel_base[i] = (uint8_t)i;
    for (size_t k = 0; colon && k < NKG_COUNT(rel_names); k++)
      if (strlen(rel_names[k]) == (size_t)(colon - rel_names[i]) &&
          memcmp(rel_names[k], rel_names[i], (size_t)(colon - rel_names[i])) == 0)
        lx->rel_base[i] = (uint8_t)k;
  }
  lx->group = named_set(lx, "GROUP");
  lx->relpron = named_set(lx, "RELPRON");
  lx->groupof = named_set(lx, "GROUPOF");
  lx->suffix = named_set(lx, "NAMESUFFIX");
  lx->plural = named_set(lx, "PLURALPRON");
  lx->single = named_set(lx, "SINGLEPRON");
  lx->defdet = named_set(lx, "DEFDET");
  lx->evdet = named_set(lx, "EVDET");
  lx->wepron = named_set(lx, "WEPRON");
  lx->say = named_set(lx, "SAY");
  lx->countryg = named_set(lx, "COUNTRYG");
  for (uint32_t i = 0; i < lx->nent; i++) {
    if (!lx->ent[i].nlines) {
      d->line = lx->ent[i].line;
      return bad(d, "frame '%s' has no role lines", lx->ent[i].name);
    }
    n += lx->sets[lx->ent[i].lemmas - 1].n;
  }
  lx->trig = nkg_arena_calloc(&lx->arena, n ? n : 1, sizeof *lx->trig);
  if (!lx->trig)
    return NEWSKG_ERR_NOMEM;
  for (uint32_t i = 0; i < lx->nent; i++) {
    const struct nkg_fl_set *s = &lx->sets[lx->ent[i].lemmas - 1];
    for (uint32_t k = 0; k < s->n; k++)
      lx->trig[lx->ntrig++] = (struct nkg_fl_trig){s->w[k], i};
  }
  qsort(lx->trig, lx->ntrig, sizeof *lx->trig, cmp_trig);
  for (uint32_t i = 0; i < lx->nirreg; i++) {
    uint32_t row = nkg_fl_first_trigger(lx, lx->irreg[i].lemma);
    if (row == UINT32_MAX)
      return bad(d, "forms of '%s', which no frame has as trigger",
                 lx->irreg[i].lemma);
    lx->irreg[i].lemma = lx->trig[row].lemma;
  }
  return build_forms(lx);
}

newskg_status nkg_framelex_parse(const char *buf, size_t len, const char *name,
                                 struct nkg_framelex *out, char *err,
                                 size_t errlen) {
  memset(out, 0, sizeof *out);
  nkg_arena_init(&out->arena);
  struct ld d = {.lx = out, .name = name, .err = err, .errlen = errlen};
  newskg_status st = NEWSKG_OK;
  if (err && errlen)
    err[0] = 0;
  out->file = nkg_arena_strndup(&out->arena, name, strlen(name));
  if (!out->file)
    st = NEWSKG_ERR_NOMEM;
  for (size_t i = 0; i < len && st == NEWSKG_OK;) {
    size_t e = i;
    while (e < len && buf[e] != '\n')
      e++;
    d.line++;
    size_t n = e - i;
    for (size_t k = 0; k < n; k++)
      if (buf[i + k] == '#') {
        n = k;
        break;
      }
    while (n && (buf[i + n - 1] == ' ' || buf[i + n - 1] == '\t' ||
                 buf[i + n - 1] == '\r'))
      n--;
    const char *f[16];
    size_t fl[16];
    uint32_t nf = split(buf + i, n, f, fl, 16);
    i = e + 1;
    if (nf == 0)
      continue;
    if (nf > 16) {
      st = bad(&d, "too many fields");
    } else if (word_is(f[0], fl[0], "set")) {
      uint16_t id;
      char *nm;
      if (nf != 3)
        st = bad(&d, "set NAME w1,w2,...");
      else if (!(nm = nkg_arena_strndup(&out->arena, f[1], fl[1])))
        st = NEWSKG_ERR_NOMEM;
      else {
        for (uint32_t k = 0; k < out->nsets && st == NEWSKG_OK; k++)
          if (out->sets[k].name && strcmp(out->sets[k].name, nm) == 0)
            st = bad(&d, "duplicate set '%s'", nm);
        if (st == NEWSKG_OK)
          st = add_set(&d, nm, f[2], fl[2], &id);
      }
    } else if (word_is(f[0], fl[0], "frame")) {
      st = frame_line(&d, f, fl, nf);
    } else if (word_is(f[0], fl[0], "paths")) {
      st = paths_line(&d, f, fl, nf);
    } else if (word_is(f[0], fl[0], "forms")) {
      st = forms_line(&d, f, fl, nf);
    } else {
      bool ok = false;
      for (size_t k = 0; k < NKG_COUNT(whats) && !ok; k++)
        if (word_is(f[0], fl[0], whats[k].word)) {
          ok = true;
          st = role_line(&d, whats[k].what, f, fl, nf);
        }
      if (!ok)
        st = bad(&d, "unknown directive '%.*s'", (int)fl[0], f[0]);
    }
  }
  if (st == NEWSKG_OK)
    st = finish(&d);
  if (st != NEWSKG_OK) {
    if (st == NEWSKG_ERR_NOMEM && err && errlen)
      snprintf(err, errlen, "%s: out of memory", name);
    nkg_framelex_free(out);
  }
  return st;
}

void nkg_framelex_free(struct nkg_framelex *lx) {
  nkg_arena_free(&lx->arena);
  memset(lx, 0, sizeof *lx);
}

bool nkg_fl_in_set(const struct nkg_framelex *lx, uint16_t set1,
                   const char *lemma) {
  if (!set1 || !lemma)
    return false;
  const struct nkg_fl_set *s = &lx->sets[set1 - 1];
  uint32_t lo = 0, hi = s->n;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    int c = strcmp(s->w[mid], lemma);
    if (c == 0)
      return true;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return false;
}

uint32_t nkg_fl_first_trigger(const struct nkg_framelex *lx,
                              const char *lemma) {
  if (!lemma)
    return UINT32_MAX;
  uint32_t lo = 0, hi = lx->ntrig;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (strcmp(lx->trig[mid].lemma, lemma) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < lx->ntrig && strcmp(lx->trig[lo].lemma, lemma) == 0 ? lo
                                                                   : UINT32_MAX;
}

bool nkg_fl_is_trigger(const struct nkg_framelex *lx, const char *lemma) {
  return nkg_fl_first_trigger(lx, lemma) != UINT32_MAX;
}

/* The trigger lemma the folded word form `w` could inflect, or NULL.
   English inflection endings and the lexicon's `forms`; used before
   tagging (the parser's sentence gate) and when the lemmatizer's guess is
   no trigger lemma. */
static const struct {
  const char *end, *add;
} endings[] = {{"ies", "y"}, {"es", ""}, {"s", ""},  {"ied", "y"},
               {"ed", ""},   {"ed", "e"}, {"ing", ""}, {"ing", "e"}};

static const char *form_lemma_rules(const struct nkg_framelex *lx,
                                    const char *w, size_t n) {
  char b[48];
  if (n == 0 || n + 2 >= sizeof b)
    return NULL;
  memcpy(b, w, n);
  b[n] = 0;
  uint32_t row = nkg_fl_first_trigger(lx, b);
  if (row != UINT32_MAX)
    return lx->trig[row].lemma;
  for (uint32_t i = 0; i < lx->nirreg; i++)
    if (strcmp(b, lx->irreg[i].form) == 0)
      return lx->irreg[i].lemma;
  const __typeof__(endings[0]) *rules = endings;
  for (size_t i = 0; i < NKG_COUNT(endings); i++) {
    size_t el = strlen(rules[i].end);
    if (n <= el + 1 || memcmp(b + n - el, rules[i].end, el) != 0)
      continue;
    char c[48];
    size_t stem = n - el;
    memcpy(c, b, stem);
    strcpy(c + stem, rules[i].add);
    if ((row = nkg_fl_first_trigger(lx, c)) != UINT32_MAX)
      return lx->trig[row].lemma;
    /* "conferred", "chatting": a doubled final consonant */
    if (!rules[i].add[0] && stem >= 3 && c[stem - 1] == c[stem - 2]) {
      c[stem - 1] = 0;
      if ((row = nkg_fl_first_trigger(lx, c)) != UINT32_MAX)
        return lx->trig[row].lemma;
    }
  }
  return NULL;
}

uint32_t nkg_fl_hash(const char *w, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h ^ (h >> 15);
}

static const struct nkg_fl_form *form_find(const struct nkg_framelex *lx,
                                           const char *w, size_t n) {
  if (!lx->form_slot)
    return NULL;
  uint32_t h = nkg_fl_hash(w, n);
  for (uint32_t i = h & lx->form_mask;; i = (i + 1) & lx->form_mask) {
    uint32_t k = lx->form_slot[i];
    if (!k)
      return NULL;
    const struct nkg_fl_form *f = &lx->forms[k - 1];
    if (f->hash == h && f->len == n && memcmp(f->form, w, n) == 0)
      return f;
  }
}

const char *nkg_fl_form_lemma(const struct nkg_framelex *lx, const char *w,
                              size_t n) {
  if (!lx->form_slot)
    return form_lemma_rules(lx, w, n);
  const struct nkg_fl_form *f = form_find(lx, w, n);
  return f ? f->lemma : NULL;
}

bool nkg_fl_wants_form(const struct nkg_framelex *lx, const char *w,
                       size_t n) {
  return nkg_fl_form_lemma(lx, w, n) != NULL;
}

uint8_t nkg_fl_gate_word(const struct nkg_framelex *lx, const char *w,
                         size_t n) {
  const struct nkg_fl_form *f = form_find(lx, w, n);
  return f ? f->gate : 0;
}

/* ---- the gate's word table ---- */

struct forms_build {
  struct nkg_framelex *lx;
  uint32_t cap;
};

/* Adds `w` with its gate bits (merged into an entry already there). */
static newskg_status form_add(struct forms_build *b, const char *w, size_t n,
                              const char *lemma, uint8_t gate) {
  struct nkg_framelex *lx = b->lx;
  if (n == 0 || n > UINT16_MAX)
    return NEWSKG_OK;
  uint32_t h = nkg_fl_hash(w, n);
  uint32_t i = h & lx->form_mask;
  for (; lx->form_slot[i]; i = (i + 1) & lx->form_mask) {
    struct nkg_fl_form *f = &lx->forms[lx->form_slot[i] - 1];
    if (f->hash == h && f->len == n && memcmp(f->form, w, n) == 0) {
      f->gate |= gate;
      if (!f->lemma)
        f->lemma = lemma;
      return NEWSKG_OK;
    }
  }
  if (lx->nforms == b->cap)
    return NEWSKG_ERR_INTERNAL; /* sized before: cannot happen */
  char *c = nkg_arena_strndup(&lx->arena, w, n);
  if (!c)
    return NEWSKG_ERR_NOMEM;
  lx->forms[lx->nforms] = (struct nkg_fl_form){c, lemma, h, (uint16_t)n, gate};
  lx->form_slot[i] = ++lx->nforms;
  return NEWSKG_OK;
}

/* Adds `w` if the ending rules take it for a trigger's inflection, with
   the lemma they give (so the table answers as the rules would). */
static newskg_status form_try(struct forms_build *b, const char *w, size_t n) {
  const char *l = form_lemma_rules(b->lx, w, n);
  return l ? form_add(b, w, n, l, NKG_FL_GATE_TRIGGER) : NEWSKG_OK;
}

/* Every form the rules map to trigger lemma `l`: each rule read
   backwards (a form is its stem, the rule's ending; the stem is the
   lemma less what the rule adds), doubled consonants, irregulars. */
static newskg_status trigger_forms(struct forms_build *b, const char *l) {
  size_t n = strlen(l);
  char f[64];
  newskg_status st;
  if (n == 0 || n + 8 > sizeof f)
    return NEWSKG_OK;
  TRY(st, form_try(b, l, n));
  for (uint32_t i = 0; i < b->lx->nirreg; i++)
    if (strcmp(b->lx->irreg[i].lemma, l) == 0)
      TRY(st, form_try(b, b->lx->irreg[i].form, strlen(b->lx->irreg[i].form)));
  for (size_t i = 0; i < NKG_COUNT(endings); i++) {
    size_t al = strlen(endings[i].add), el = strlen(endings[i].end);
    if (al > n || memcmp(l + n - al, endings[i].add, al) != 0)
      continue;
    size_t stem = n - al;
    memcpy(f, l, stem);
    memcpy(f + stem, endings[i].end, el);
    TRY(st, form_try(b, f, stem + el));
    if (!al) { /* "conferred": the final consonant doubled */
      f[stem] = l[n - 1];
      memcpy(f + stem + 1, endings[i].end, el);
      TRY(st, form_try(b, f, stem + 1 + el));
    }
  }
  return NEWSKG_OK;
}

/* A group noun and its plural ("minister", "ministers", "parties"). */
static newskg_status group_forms(struct forms_build *b, const char *w) {
  size_t n = strlen(w);
  char f[64];
  newskg_status st;
  if (n == 0 || n + 3 > sizeof f)
    return NEWSKG_OK;
  const uint8_t many = NKG_FL_GATE_GROUP | NKG_FL_GATE_PLURAL;
  TRY(st, form_add(b, w, n, NULL, NKG_FL_GATE_GROUP));
  memcpy(f, w, n);
  f[n] = 's';
  TRY(st, form_add(b, f, n + 1, NULL, many));
  memcpy(f + n, "es", 2);
  TRY(st, form_add(b, f, n + 2, NULL, many));
  if (n > 1 && w[n - 1] == 'y') {
    memcpy(f + n - 1, "ies", 3);
    TRY(st, form_add(b, f, n + 2, NULL, many));
  }
  return NEWSKG_OK;
}

static newskg_status build_forms(struct nkg_framelex *lx) {
  /* at most 1 + 2 per ending per trigger, the irregulars, 4 per group
     noun */
  uint32_t cap = lx->ntrig * (1 + 2 * (uint32_t)NKG_COUNT(endings)) +
                 lx->nirreg;
  if (lx->group)
    cap += 4 * lx->sets[lx->group - 1].n;
  if (lx->plural)
    cap += lx->sets[lx->plural - 1].n;
  if (lx->single)
    cap += lx->sets[lx->single - 1].n;
  uint32_t slots = 16;
  while (slots < 2 * cap + 2)
    slots *= 2;
  lx->forms = nkg_arena_calloc(&lx->arena, cap ? cap : 1, sizeof *lx->forms);
  uint32_t *slot = nkg_arena_calloc(&lx->arena, slots, sizeof *slot);
  if (!lx->forms || !slot)
    return NEWSKG_ERR_NOMEM;
  lx->form_slot = slot, lx->form_mask = slots - 1;
  struct forms_build b = {lx, cap};
  newskg_status st;
  for (uint32_t i = 0; i < lx->ntrig; i++)
    if (i == 0 || strcmp(lx->trig[i].lemma, lx->trig[i - 1].lemma) != 0)
      TRY(st, trigger_forms(&b, lx->trig[i].lemma));
  for (uint32_t i = 0; lx->group && i < lx->sets[lx->group - 1].n; i++)
    TRY(st, group_forms(&b, lx->sets[lx->group - 1].w[i]));
  for (uint32_t i = 0; lx->plural && i < lx->sets[lx->plural - 1].n; i++) {
    const char *w = lx->sets[lx->plural - 1].w[i];
    TRY(st, form_add(&b, w, strlen(w), NULL, NKG_FL_GATE_PLURAL));
  }
  for (uint32_t i = 0; lx->single && i < lx->sets[lx->single - 1].n; i++) {
    const char *w = lx->sets[lx->single - 1].w[i];
    TRY(st, form_add(&b, w, strlen(w), NULL, NKG_FL_GATE_SINGLE));
  }
  return NEWSKG_OK;
}

/* ---- the built-in lexicon (not in the build-time checker) ---- */
#ifndef NKG_FRAMELEX_CHECKER

extern const unsigned char nkg_builtin_frames[];
extern const size_t nkg_builtin_frames_len;

static struct nkg_framelex builtin;
static bool builtin_ok;
static char builtin_err[320];
static once_flag builtin_once = ONCE_FLAG_INIT;

static void load_builtin(void) {
  builtin_ok = nkg_framelex_parse((const char *)nkg_builtin_frames,
                                  nkg_builtin_frames_len, "ontology/frames.lex",
                                  &builtin, builtin_err,
                                  sizeof builtin_err) == NEWSKG_OK;
}

const struct nkg_framelex *nkg_framelex_builtin(void) {
  call_once(&builtin_once, load_builtin);
  return builtin_ok ? &builtin : NULL;
}

/* The built-in lexicon lives as long as the library; it is returned when
   the library is unloaded or the process ends, so a leak checker (the CLI
   runs under valgrind in CI) sees every block freed.  The arena of a
   lexicon that was never loaded is empty. */
__attribute__((destructor)) static void free_builtin(void) {
  nkg_framelex_free(&builtin);
}

const char *nkg_framelex_builtin_error(void) {
  call_once(&builtin_once, load_builtin);
  return builtin_err;
}
#endif
