/*
 * Input stage: turns what a caller read into a newskg_document.  html.c
 * takes a saved news web page apart with libxml2's HTML parser (never the
 * network): the article's text with paragraph breaks, and its title,
 * publication date and canonical URL.  Nothing here knows about tokens,
 * entities or graphs; the document it yields goes to the pipeline like
 * any plain-text one.
 */
#ifndef NKG_INPUT_INPUT_H
#define NKG_INPUT_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "nkg.h"

/* The extracted document behind the public newskg_input handle.  `doc`
   points into the fields below and lives as long as the handle. */
struct newskg_input {
  newskg_document doc; /* text/len, date, url; id NULL */
  char *text;          /* owned (malloc); NUL-terminated UTF-8 */
  char *title;         /* owned (malloc), or NULL */
  char *url;           /* owned (malloc), or NULL */
  char date[11];       /* "YYYY-MM-DD", or "" when the page has none */
};

/* If `s` (`len` bytes) starts with a real calendar date "YYYY-MM-DD"
   not followed by another digit ("2024-05-16T09:00:00Z" qualifies,
   "2024-02-30" does not), copies those 10 bytes and a NUL to `out` and
   returns true. */
bool nkg_input_iso_date(const char *s, size_t len, char out[11]);

/* Whether a class or id attribute value names page furniture rather
   than article content ("site-nav", "ad-slot", "cookie-banner").  With
   `in_article`, "header" does not count: an <article>'s own header
   holds its headline. */
bool nkg_input_is_boilerplate(const char *value, bool in_article);

#endif /* NKG_INPUT_INPUT_H */
