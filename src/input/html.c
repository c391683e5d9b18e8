/*
 * Saved news web pages in, article text and metadata out.  libxml2's HTML
 * parser (recovering, silent, no network) builds the tree; the article
 * is the first <article>, itemprop="articleBody" or <main> that is not
 * itself page furniture, else the <body>.  Its text is collected without
 * scripts, navigation, asides, forms, captions and elements whose class
 * or id names boilerplate ("cookie-banner", "ad-slot"); block elements
 * become line or paragraph breaks so the sentence splitter sees them, and
 * inline whitespace collapses to one space.  Title, publication date and
 * canonical URL come from the usual <meta>/<link>/JSON-LD/<time> places.
 *
 * The walks are iterative (parent pointers), so a deeply nested hostile
 * page cannot exhaust the stack, and the text is re-validated as UTF-8 on
 * the way out: whatever libxml2 hands over, the document is well formed.
 */
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

#include "input/input.h"

/* Recover from broken markup, stay silent, never touch the network.
   HTML_PARSE_NOBLANKS is left out: the walk collapses whitespace itself,
   and dropping whitespace-only nodes could only risk gluing two inline
   words ("<b>Putin</b> <i>met</i>") together. */
#define PARSE_OPTIONS                                                          \
  (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |            \
   HTML_PARSE_NONET | HTML_PARSE_COMPACT)

#define MAX_URL_BYTES 4096
#define MAX_CANDIDATES 8 /* per kind of article root */

/* ---- ASCII helpers (never locale-dependent) ---- */

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool ieq(const char *a, const char *b) {
  while (*a && lower((unsigned char)*a) == lower((unsigned char)*b))
    a++, b++;
  return lower((unsigned char)*a) == lower((unsigned char)*b);
}

/* `s` (`len` bytes) starts with `prefix`, ignoring ASCII case. */
static bool istarts(const char *s, size_t len, const char *prefix) {
  size_t n = strlen(prefix);
  if (len < n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)s[i]) != (unsigned char)prefix[i])
      return false;
  return true;
}

/* First case-insensitive occurrence of lower-case `needle` in `s`. */
static const char *ifind(const char *s, size_t len, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; n <= len && i <= len - n; i++)
    if (istarts(s + i, len - i, needle))
      return s + i;
  return NULL;
}

/* ---- detection ---- */

bool newskg_looks_like_html(const char *buf, size_t len) {
  if (!buf)
    return false;
  const char *p = buf;
  size_t n = len;
  if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
    p += 3, n -= 3;
  while (n && is_space((unsigned char)*p))
    p++, n--;
  static const char *const starts[] = {"<!doctype html", "<html", "<head",
                                       "<body", "<article"};
  for (size_t i = 0; i < NKG_COUNT(starts); i++)
    if (istarts(p, n, starts[i]))
      return true;
  if (istarts(p, n, "<?xml") && ifind(p, n, "<html")) /* XHTML */
    return true;
  return ifind(buf, len < 1024 ? len : 1024, "<html") != NULL;
}

/* ---- dates ---- */

bool nkg_input_iso_date(const char *s, size_t len, char out[11]) {
  struct nkg_date d;
  if (!nkg_date_from_iso(s, len, &d))
    return false;
  memcpy(out, s, 10);
  out[10] = '\0';
  return true;
}

/* A date attribute value: leading blanks are allowed ("  2024-05-16"). */
static bool attr_date(const char *v, char out[11]) {
  if (!v)
    return false;
  while (is_space((unsigned char)*v))
    v++;
  return nkg_input_iso_date(v, strlen(v), out);
}

/* The first `"datePublished": "YYYY-MM-DD..."` of a JSON-LD block.  A
   string scan, not a JSON parser: the key is distinctive enough. */
static bool jsonld_date(const char *s, size_t len, char out[11]) {
  static const char key[] = "\"datePublished\"";
  const char *end = s + len, *p = s;
  while ((size_t)(end - p) >= sizeof key - 1) {
    const char *k = memchr(p, '"', (size_t)(end - p));
    if (!k || (size_t)(end - k) < sizeof key - 1)
      return false;
    p = k + 1;
    if (memcmp(k, key, sizeof key - 1) != 0)
      continue;
    const char *q = k + sizeof key - 1;
    while (q < end && is_space((unsigned char)*q))
      q++;
    if (q == end || *q++ != ':')
      continue;
    while (q < end && is_space((unsigned char)*q))
      q++;
    if (q == end || *q++ != '"')
      continue;
    if (nkg_input_iso_date(q, (size_t)(end - q), out))
      return true;
  }
  return false;
}

/* ---- boilerplate words ---- */

/* Matched anywhere in a class or id, case-insensitively, so "topnav",
   "site-footer" and "cookieConsent" all count. */
static const char *const boiler_words[] = {
    "nav",        /* "main-nav", "navbar", "topnav" */
    "menu",       /* "mega-menu" */
    "footer",     /* "site-footer" */
    "header",     /* "site-header" (not inside an <article>) */
    "comment",    /* "comments-section" (not "commentary") */
    "advert",     /* "advertisement" */
    "sponsor",    /* "sponsored-content" */
    "promo",      /* "promo-box" */
    "share",      /* "share-buttons" */
    "social",     /* "social-links" */
    "related",    /* "related-stories" */
    "newsletter", /* "newsletter-signup" */
    "cookie",     /* "cookie-banner" */
    "breadcrumb", /* "breadcrumbs" */
    "subscribe",  /* "subscribe-box" */
    "sidebar",    /* "sidebar-right" */
    "popup",      /* "popup-modal" */
};

static bool is_alnum(unsigned char c) {
  return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'z');
}

/* "ad" and "ads" count only as a whole segment between separators
   ("ad-slot", "top-ad", "div-gpt-ad-3", "ads"): as a bare substring they
   would hit "lead-paragraph", "read-more" and "head-title". */
static bool has_ad_segment(const char *v) {
  const char *p = v;
  while (*p) {
    while (*p && !is_alnum((unsigned char)*p))
      p++;
    const char *b = p;
    while (*p && is_alnum((unsigned char)*p))
      p++;
    size_t n = (size_t)(p - b);
    if ((n == 2 || n == 3) && istarts(b, n, "ad") &&
        (n == 2 || lower((unsigned char)b[2]) == 's'))
      return true;
  }
  return false;
}

bool nkg_input_is_boilerplate(const char *value, bool in_article) {
  if (!value || !*value)
    return false;
  if (has_ad_segment(value))
    return true;
  size_t len = strlen(value);
  for (size_t i = 0; i < NKG_COUNT(boiler_words); i++) {
    const char *w = boiler_words[i];
    if (in_article && strcmp(w, "header") == 0)
      continue;
    size_t wl = strlen(w);
    for (const char *p = value; (p = ifind(p, len - (size_t)(p - value), w));
         p += wl) {
      /* "commentary" is an article genre, not a comment thread */
      if (strcmp(w, "comment") == 0 &&
          istarts(p + wl, len - (size_t)(p - value) - wl, "ary"))
        continue;
      return true;
    }
  }
  return false;
}

/* ---- text buffer: collapses whitespace, owes separators ---- */

enum gap { GAP_NONE, GAP_SPACE, GAP_LINE, GAP_PARA };

struct tbuf {
  char *s;          /* malloc'd; NUL-terminated once anything is in it */
  size_t len, cap;  /* bytes used / allocated */
  enum gap pending; /* separator owed before the next visible character */
  bool flat;        /* titles: every separator is one space */
  newskg_status st; /* first failure; later appends do nothing */
};

static bool tb_reserve(struct tbuf *b, size_t more) {
  if (b->st != NEWSKG_OK)
    return false;
  if (more > NEWSKG_MAX_DOCUMENT_BYTES - b->len) {
    b->st = nkg_fail(NEWSKG_ERR_LIMIT, "HTML: article text exceeds %zu bytes",
                     (size_t)NEWSKG_MAX_DOCUMENT_BYTES);
    return false;
  }
  size_t need = b->len + more + 1; /* cannot overflow: both are capped */
  if (need <= b->cap)
    return true;
  size_t ncap = b->cap ? b->cap : 4096;
  while (ncap < need)
    ncap *= 2;
  char *ns = realloc(b->s, ncap);
  if (!ns) {
    b->st = NEWSKG_ERR_NOMEM;
    return false;
  }
  b->s = ns;
  b->cap = ncap;
  return true;
}

static void tb_put(struct tbuf *b, const void *s, size_t n) {
  if (!tb_reserve(b, n))
    return;
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void tb_gap(struct tbuf *b, enum gap g) {
  if (g > b->pending)
    b->pending = g;
}

/* Visible bytes: pay the owed separator first, except at the very start
   (no leading blank lines). */
static void tb_visible(struct tbuf *b, const void *s, size_t n) {
  static const char *const sep[] = {"", " ", "\n", "\n\n"};
  if (b->len > 0 && b->pending != GAP_NONE) {
    enum gap g = b->flat ? GAP_SPACE : b->pending;
    tb_put(b, sep[g], strlen(sep[g]));
  }
  b->pending = GAP_NONE;
  tb_put(b, s, n);
}

/* Length of the well-formed UTF-8 sequence at `s` (`n` > 0 bytes left)
   and its code point; 0 if malformed (as nkg_utf8_check judges it). */
static size_t utf8_seq(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned char c = s[0];
  size_t k;
  uint32_t v, min;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF)
    k = 2, v = c & 0x1Fu, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF)
    k = 3, v = c & 0x0Fu, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4)
    k = 4, v = c & 0x07u, min = 0x10000;
  else
    return 0;
  if (n < k)
    return 0;
  for (size_t i = 1; i < k; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3Fu);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return k;
}

enum cp_class { CP_VISIBLE, CP_BLANK, CP_INVISIBLE };

static enum cp_class cp_class(uint32_t c) {
  /* controls (NUL included) and NBSP read as blanks: the text stage
     rejects NUL, and "10&nbsp;May" should split like "10 May" */
  if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0x2028 ||
      c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A))
    return CP_BLANK;
  if (c == 0x200B || c == 0x2060 || c == 0xFEFF) /* zero-width, BOM */
    return CP_INVISIBLE;
  return CP_VISIBLE;
}

/* Appends a text node's content: runs of visible characters go in as
   they are, blanks become one owed space, malformed bytes U+FFFD. */
static void tb_text(struct tbuf *b, const char *text, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < n && b->st == NEWSKG_OK) {
    size_t run = i, k = 0;
    uint32_t c = 0;
    while (i < n && (k = utf8_seq(s + i, n - i, &c)) != 0 &&
           cp_class(c) == CP_VISIBLE)
      i += k;
    if (i > run)
      tb_visible(b, s + run, i - run);
    if (i >= n)
      break;
    if (k == 0) {
      tb_visible(b, "\xEF\xBF\xBD", 3);
      i++;
    } else {
      if (cp_class(c) == CP_BLANK)
        tb_gap(b, GAP_SPACE);
      i += k;
    }
  }
}

/* ---- elements ---- */

enum tag_kind { T_INLINE = 0, T_LINE, T_PARA, T_SKIP };

static const struct {
  const char *name;
  unsigned char kind; /* enum tag_kind */
} tags[] = {
    {"p", T_PARA}, {"h1", T_PARA}, {"h2", T_PARA}, {"h3", T_PARA},
    {"h4", T_PARA}, {"h5", T_PARA}, {"h6", T_PARA}, {"blockquote", T_PARA},
    {"div", T_LINE}, {"section", T_LINE}, {"article", T_LINE},
    {"main", T_LINE}, {"header", T_LINE}, /* kept only inside <article> */
    {"li", T_LINE}, {"ul", T_LINE}, {"ol", T_LINE}, {"dl", T_LINE},
    {"dd", T_LINE}, {"dt", T_LINE}, {"br", T_LINE}, {"hr", T_LINE},
    {"table", T_LINE}, {"tr", T_LINE}, {"td", T_LINE}, {"th", T_LINE},
    {"caption", T_LINE}, {"pre", T_LINE}, {"address", T_LINE},
    {"figure", T_LINE}, {"details", T_LINE}, {"summary", T_LINE},
    {"hgroup", T_LINE}, {"center", T_LINE}, {"body", T_LINE},
    /* never article text */
    {"script", T_SKIP}, {"style", T_SKIP}, {"noscript", T_SKIP},
    {"template", T_SKIP}, {"nav", T_SKIP}, {"footer", T_SKIP},
    {"aside", T_SKIP}, {"form", T_SKIP}, {"iframe", T_SKIP},
    {"svg", T_SKIP}, {"math", T_SKIP}, {"button", T_SKIP},
    {"figcaption", T_SKIP}, /* photo credits and captions */
    {"select", T_SKIP}, {"textarea", T_SKIP}, {"input", T_SKIP},
    {"object", T_SKIP}, {"embed", T_SKIP}, {"canvas", T_SKIP},
    {"video", T_SKIP}, {"audio", T_SKIP}, {"map", T_SKIP},
    {"head", T_SKIP}, {"title", T_SKIP}, {"dialog", T_SKIP},
};

/* ARIA landmarks of page furniture. */
static const char *const skip_roles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search",
    "dialog", "alertdialog", "menu", "menubar",
};

static bool is_tag(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && n->name &&
         ieq((const char *)n->name, name);
}

static enum tag_kind tag_kind(const xmlNode *n) {
  if (n->type != XML_ELEMENT_NODE || !n->name)
    return T_INLINE;
  for (size_t i = 0; i < NKG_COUNT(tags); i++)
    if (ieq((const char *)n->name, tags[i].name))
      return (enum tag_kind)tags[i].kind;
  return T_INLINE;
}

static enum gap gap_of(enum tag_kind k) {
  return k == T_PARA ? GAP_PARA : k == T_LINE ? GAP_LINE : GAP_NONE;
}

/* An attribute's value, borrowed from the tree; "" for a bare attribute
   (<p hidden>), NULL if absent.  The HTML parser stores a value as one
   decoded text node, so no copy (and no allocation to fail) is needed. */
static const char *attr(const xmlNode *n, const char *name) {
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    if (!a->name || !ieq((const char *)a->name, name))
      continue;
    if (!a->children)
      return "";
    if (a->children->type == XML_TEXT_NODE && !a->children->next &&
        a->children->content)
      return (const char *)a->children->content;
    return NULL;
  }
  return NULL;
}

/* Whether a space-separated attribute value has the token `tok`. */
static bool has_token(const char *v, const char *tok) {
  size_t tl = strlen(tok);
  while (v && *v) {
    while (is_space((unsigned char)*v))
      v++;
    const char *b = v;
    while (*v && !is_space((unsigned char)*v))
      v++;
    if ((size_t)(v - b) == tl && istarts(b, tl, tok))
      return true;
  }
  return false;
}

static bool furniture_attrs(const xmlNode *n, bool use_classes,
                            bool in_article) {
  if (attr(n, "hidden"))
    return true;
  const char *v = attr(n, "aria-hidden");
  if (v && ieq(v, "true"))
    return true;
  v = attr(n, "role");
  for (size_t i = 0; v && i < NKG_COUNT(skip_roles); i++)
    if (has_token(v, skip_roles[i]))
      return true;
  return use_classes &&
         (nkg_input_is_boilerplate(attr(n, "class"), in_article) ||
          nkg_input_is_boilerplate(attr(n, "id"), in_article));
}

/* The node after `n` in document order within `top`, descending into
   `n`'s children when `descend` is set; NULL past the end. */
static const xmlNode *next_node(const xmlNode *n, const xmlNode *top,
                                bool descend) {
  if (descend && n->children &&
      (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE ||
       n->type == XML_HTML_DOCUMENT_NODE))
    return n->children;
  while (n && n != top) {
    if (n->next)
      return n->next;
    n = n->parent;
  }
  return NULL;
}

/* ---- the text walk ---- */

struct walk {
  struct tbuf *out;
  bool use_classes;    /* apply the class/id boilerplate rule */
  unsigned in_article; /* <article> elements open around the node */
};

/* Enters `n`: appends a text node, opens an element.  True if `n` is an
   element whose children should be visited (leave() follows). */
static bool enter(struct walk *w, const xmlNode *n) {
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (n->content)
      tb_text(w->out, (const char *)n->content,
              strlen((const char *)n->content));
    return false;
  }
  if (n->type != XML_ELEMENT_NODE)
    return false; /* comments, processing instructions */
  enum tag_kind k = tag_kind(n);
  bool skip = k == T_SKIP || (is_tag(n, "header") && !w->in_article) ||
              furniture_attrs(n, w->use_classes, w->in_article > 0);
  if (skip) {
    /* whatever was cut out, the words around it stay apart */
    enum gap g = k == T_SKIP ? GAP_SPACE : gap_of(k);
    tb_gap(w->out, g > GAP_SPACE ? g : GAP_SPACE);
    return false;
  }
  if (is_tag(n, "article"))
    w->in_article++;
  tb_gap(w->out, gap_of(k));
  return true;
}

static void leave(struct walk *w, const xmlNode *n) {
  if (is_tag(n, "article") && w->in_article)
    w->in_article--;
  tb_gap(w->out, gap_of(tag_kind(n)));
}

static bool inside_article(const xmlNode *n) {
  for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (is_tag(n, "article"))
      return true;
  return false;
}

/* Appends the text under `root` (not `root`'s own attributes: a root is
   chosen, never judged). */
static void walk_text(struct tbuf *out, const xmlNode *root,
                      bool use_classes) {
  struct walk w = {out, use_classes, inside_article(root) ? 1u : 0u};
  const xmlNode *n = root->children;
  while (n && out->st == NEWSKG_OK) {
    bool opened = enter(&w, n);
    if (opened && n->children) {
      n = n->children;
      continue;
    }
    if (opened)
      leave(&w, n);
    while (!n->next) {
      n = n->parent;
      if (!n || n == root)
        return;
      leave(&w, n);
    }
    n = n->next;
  }
}

/* ---- choosing the article ---- */

/* True if an ancestor of `n` (below <body>) is page furniture: a teaser
   <article> in a "related" box or an <aside> is not the story. */
static bool in_furniture(const xmlNode *n) {
  bool header = false; /* a <header> with no <article> above it yet */
  for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE;
       p = p->parent) {
    if (is_tag(p, "body") || is_tag(p, "html"))
      break;
    if (tag_kind(p) == T_SKIP || furniture_attrs(p, true, false))
      return true;
    if (is_tag(p, "header"))
      header = true;
    else if (is_tag(p, "article"))
      header = false;
  }
  return header;
}

struct candidates {
  const xmlNode *node[3][MAX_CANDIDATES]; /* article, articleBody, main */
  size_t n[3];
  size_t checks; /* in_furniture() calls: each costs the node's depth */
  const xmlNode *body;
};

static void add_candidate(struct candidates *c, int kind, const xmlNode *n) {
  /* a hostile page of thousands of nested teasers stays linear */
  if (c->n[kind] < MAX_CANDIDATES && c->checks < 16 * MAX_CANDIDATES) {
    c->checks++;
    if (!in_furniture(n))
      c->node[kind][c->n[kind]++] = n;
  }
}

static void find_candidates(const xmlDoc *doc, struct candidates *c) {
  const xmlNode *top = (const xmlNode *)doc;
  memset(c, 0, sizeof *c);
  for (const xmlNode *n = doc->children; n; n = next_node(n, top, true)) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_tag(n, "article"))
      add_candidate(c, 0, n);
    else if (is_tag(n, "main"))
      add_candidate(c, 2, n);
    else if (is_tag(n, "body") && !c->body)
      c->body = n;
    const char *ip = attr(n, "itemprop");
    if (ip && has_token(ip, "articleBody"))
      add_candidate(c, 1, n);
  }
}

/* Fills `out` with the article text; *root receives the element it came
   from.  The first candidate with any text wins; as a last resort the
   body is read again without the class/id rule, since a page whose
   wrapper is called "has-sidebar" still has a story in it. */
static newskg_status article_text(const xmlDoc *doc, struct tbuf *out,
                                  const xmlNode **root) {
  struct candidates c;
  find_candidates(doc, &c);
  *root = NULL;
  for (int kind = 0; kind < 4; kind++) {
    size_t count = kind < 3 ? c.n[kind] : (c.body ? 2 : 0);
    for (size_t i = 0; i < count; i++) {
      const xmlNode *r = kind < 3 ? c.node[kind][i] : c.body;
      out->len = 0;
      out->pending = GAP_NONE;
      walk_text(out, r, !(kind == 3 && i == 1));
      if (out->st != NEWSKG_OK)
        return out->st;
      if (out->len > 0) {
        *root = r;
        return NEWSKG_OK;
      }
    }
  }
  out->len = 0;
  return NEWSKG_OK;
}

/* ---- metadata ---- */

enum date_source {
  D_PUBLISHED_TIME, /* <meta property="article:published_time"> */
  D_META_NAME,      /* <meta name="date" | "pubdate" | "dc.date" ...> */
  D_ITEMPROP,       /* itemprop="datePublished" */
  D_JSONLD,         /* "datePublished" in application/ld+json */
  D_TIME,           /* first valid <time datetime> in the article */
  D_COUNT
};

static const char *const date_names[] = {"date", "pubdate", "publishdate",
                                         "dc.date", "dc.date.issued"};

struct meta {
  const char *og_title;      /* borrowed from the tree, or NULL */
  const xmlNode *title, *h1; /* <title> in <head>; first <h1> */
  const char *canonical;     /* <link rel="canonical" href> */
  const char *og_url;        /* <meta property="og:url" content> */
  char date[D_COUNT][11];    /* the first valid date of each source */
};

static void set_date(struct meta *m, enum date_source s, const char *v) {
  if (!m->date[s][0])
    (void)attr_date(v, m->date[s]);
}

static bool blank(const char *s) {
  while (s && is_space((unsigned char)*s))
    s++;
  return !s || !*s;
}

static void meta_element(struct meta *m, const xmlNode *n) {
  if (is_tag(n, "meta")) {
    const char *key = attr(n, "property");
    const char *name = attr(n, "name");
    const char *content = attr(n, "content");
    if (!key)
      key = name;
    if (key && ieq(key, "og:title") && !m->og_title && !blank(content))
      m->og_title = content;
    else if (key && ieq(key, "og:url") && !m->og_url)
      m->og_url = content;
    else if (key && ieq(key, "article:published_time"))
      set_date(m, D_PUBLISHED_TIME, content);
    for (size_t i = 0; name && i < NKG_COUNT(date_names); i++)
      if (ieq(name, date_names[i]))
        set_date(m, D_META_NAME, content);
  } else if (is_tag(n, "link")) {
    if (!m->canonical && has_token(attr(n, "rel"), "canonical"))
      m->canonical = attr(n, "href");
  } else if (is_tag(n, "title")) {
    if (!m->title && is_tag(n->parent, "head"))
      m->title = n;
  } else if (is_tag(n, "h1")) {
    if (!m->h1)
      m->h1 = n;
  } else if (is_tag(n, "script")) {
    const char *type = attr(n, "type");
    if (!m->date[D_JSONLD][0] && type && ifind(type, strlen(type), "ld+json"))
      for (const xmlNode *t = n->children; t; t = t->next)
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) &&
            t->content &&
            jsonld_date((const char *)t->content,
                        strlen((const char *)t->content), m->date[D_JSONLD]))
          break;
  }
  const char *ip = attr(n, "itemprop");
  if (ip && has_token(ip, "datePublished")) {
    const char *v = attr(n, "content");
    set_date(m, D_ITEMPROP, v ? v : attr(n, "datetime"));
  }
}

static void find_meta(const xmlDoc *doc, const xmlNode *root,
                      struct meta *m) {
  const xmlNode *top = (const xmlNode *)doc;
  memset(m, 0, sizeof *m);
  for (const xmlNode *n = doc->children; n; n = next_node(n, top, true))
    if (n->type == XML_ELEMENT_NODE)
      meta_element(m, n);
  if (!root)
    return;
  for (const xmlNode *n = root->children; n; n = next_node(n, root, true)) {
    if (is_tag(n, "time") && attr_date(attr(n, "datetime"), m->date[D_TIME]))
      break;
  }
  /* the article's own headline beats a site logo in an <h1> */
  for (const xmlNode *n = root->children; n; n = next_node(n, root, true))
    if (is_tag(n, "h1")) {
      m->h1 = n;
      break;
    }
}

/* A malloc'd copy of `s` with whitespace collapsed and trimmed, or of the
   text under `el`; *out NULL if that is empty. */
static newskg_status flat_text(const char *s, const xmlNode *el, char **out) {
  struct tbuf b = {.flat = true};
  *out = NULL;
  if (s)
    tb_text(&b, s, strlen(s));
  else
    walk_text(&b, el, false);
  if (b.st != NEWSKG_OK || b.len == 0) {
    free(b.s);
    return b.st;
  }
  *out = b.s;
  return NEWSKG_OK;
}

/* A malloc'd copy of an absolute http(s) URL, trimmed; *out NULL if `v`
   is no such URL (relative, "javascript:", spaces or quotes inside). */
static newskg_status copy_url(const char *v, char **out) {
  *out = NULL;
  if (!v)
    return NEWSKG_OK;
  while (is_space((unsigned char)*v))
    v++;
  size_t n = strlen(v);
  while (n && is_space((unsigned char)v[n - 1]))
    n--;
  if (n > MAX_URL_BYTES ||
      !(istarts(v, n, "http://") || istarts(v, n, "https://")) ||
      n <= strlen("https://"))
    return NEWSKG_OK;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)v[i];
    if (c <= 0x20 || c == 0x7F || strchr("<>\"{}|\\^`", c))
      return NEWSKG_OK;
  }
  char *u = malloc(n + 1);
  if (!u)
    return NEWSKG_ERR_NOMEM;
  memcpy(u, v, n);
  u[n] = '\0';
  *out = u;
  return NEWSKG_OK;
}

static newskg_status fill_meta(const xmlDoc *doc, const xmlNode *root,
                               newskg_input *in) {
  struct meta m;
  newskg_status st;
  find_meta(doc, root, &m);
  for (int s = 0; s < D_COUNT && !in->date[0]; s++)
    memcpy(in->date, m.date[s], sizeof in->date);
  if (m.og_title)
    TRY(st, flat_text(m.og_title, NULL, &in->title));
  if (!in->title && m.title)
    TRY(st, flat_text(NULL, m.title, &in->title));
  if (!in->title && m.h1)
    TRY(st, flat_text(NULL, m.h1, &in->title));
  TRY(st, copy_url(m.canonical, &in->url));
  if (!in->url)
    TRY(st, copy_url(m.og_url, &in->url));
  return NEWSKG_OK;
}

/* ---- parsing ---- */

/* libxml2's error handlers are per thread (2.9): swapped for silent ones
   around the parse and restored after, so a page's broken markup never
   reaches stderr or a handler the application installed.  The structured
   one also notices an allocation failure, which RECOVER would hide. */
struct quiet {
  xmlStructuredErrorFunc saved_fn;
  void *saved_ctx;
  xmlGenericErrorFunc saved_gfn;
  void *saved_gctx;
  bool nomem; /* libxml2 reported XML_ERR_NO_MEMORY */
};

#if LIBXML_VERSION >= 21200
static void quiet_error(void *ctx, const xmlError *e)
#else
static void quiet_error(void *ctx, xmlErrorPtr e)
#endif
{
  struct quiet *q = ctx;
  if (q && e && e->code == XML_ERR_NO_MEMORY)
    q->nomem = true;
}

static void quiet_generic(void *ctx, const char *msg, ...) {
  (void)ctx, (void)msg;
}

static void quiet_begin(struct quiet *q) {
  q->saved_fn = xmlStructuredError;
  q->saved_ctx = xmlStructuredErrorContext;
  q->saved_gfn = xmlGenericError;
  q->saved_gctx = xmlGenericErrorContext;
  q->nomem = false;
  xmlSetStructuredErrorFunc(q, quiet_error);
  xmlSetGenericErrorFunc(NULL, quiet_generic);
}

static void quiet_end(struct quiet *q) {
  xmlSetStructuredErrorFunc(q->saved_ctx, q->saved_fn);
  xmlSetGenericErrorFunc(q->saved_gctx, q->saved_gfn);
}

/* libxml2 2.9 reads a page that declares no charset as ISO-8859-1, which
   turns UTF-8 into mojibake.  Valid UTF-8 without NUL bytes is UTF-8
   whatever the page claims (legacy encodings almost never form valid
   multi-byte sequences); anything else is left to the page's <meta
   charset> and BOM, with libxml2's Latin-1 fallback. */
static bool is_utf8(const char *buf, size_t len) {
  const unsigned char *s = (const unsigned char *)buf;
  uint32_t c;
  for (size_t i = 0, k; i < len; i += k)
    if (s[i] == 0 || (k = utf8_seq(s + i, len - i, &c)) == 0)
      return false;
  return true;
}

static newskg_status parse(const char *html, size_t len, xmlDoc **out) {
  *out = NULL;
  xmlInitParser();
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt)
    return NEWSKG_ERR_NOMEM;
  struct quiet q;
  quiet_begin(&q);
  xmlDoc *doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL,
                                   is_utf8(html, len) ? "UTF-8" : NULL,
                                   PARSE_OPTIONS);
  quiet_end(&q);
  newskg_status st = NEWSKG_OK;
  if (q.nomem || ctxt->errNo == XML_ERR_NO_MEMORY)
    st = NEWSKG_ERR_NOMEM;
  else if (!doc || !xmlDocGetRootElement(doc))
    st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "HTML: no document in the page");
  htmlFreeParserCtxt(ctxt);
  if (st != NEWSKG_OK) {
    if (doc)
      xmlFreeDoc(doc);
    return st;
  }
  *out = doc;
  return NEWSKG_OK;
}

/* ---- public API ---- */

newskg_status newskg_input_from_html(const char *html, size_t len,
                                     newskg_input **out) {
  if (!out)
    return NEWSKG_ERR_BAD_ARG;
  *out = NULL;
  if (!html)
    return nkg_fail(NEWSKG_ERR_BAD_ARG, "HTML: no page given");
  nkg_clear_error();
  if (len > NEWSKG_MAX_DOCUMENT_BYTES || len > (size_t)INT_MAX)
    return nkg_fail(NEWSKG_ERR_LIMIT, "HTML: page of %zu bytes exceeds %zu",
                    len, (size_t)NEWSKG_MAX_DOCUMENT_BYTES);
  size_t i = 0;
  while (i < len && is_space((unsigned char)html[i]))
    i++;
  if (i == len)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "HTML: the page is empty");

  xmlDoc *doc = NULL;
  newskg_input *in = NULL;
  struct tbuf text = {0};
  const xmlNode *root = NULL;
  newskg_status st = parse(html, len, &doc);
  if (st != NEWSKG_OK)
    goto done;
  in = calloc(1, sizeof *in);
  if (!in) {
    st = NEWSKG_ERR_NOMEM;
    goto done;
  }
  st = article_text(doc, &text, &root);
  if (st != NEWSKG_OK)
    goto done;
  if (text.len == 0) {
    st = nkg_fail(NEWSKG_ERR_BAD_INPUT, "HTML: no article text in the page");
    goto done;
  }
  st = fill_meta(doc, root, in);
  if (st != NEWSKG_OK)
    goto done;
  in->text = text.s;
  text.s = NULL;
  in->doc.text = in->text;
  in->doc.len = text.len;
  in->doc.date = in->date[0] ? in->date : NULL;
  in->doc.url = in->url;
  *out = in;
  in = NULL;
done:
  free(text.s);
  newskg_input_free(in);
  if (doc)
    xmlFreeDoc(doc);
  return st;
}

const newskg_document *newskg_input_document(const newskg_input *in) {
  return in ? &in->doc : NULL;
}

const char *newskg_input_title(const newskg_input *in) {
  return in ? in->title : NULL;
}

void newskg_input_free(newskg_input *in) {
  if (!in)
    return;
  free(in->text);
  free(in->title);
  free(in->url);
  free(in);
}
