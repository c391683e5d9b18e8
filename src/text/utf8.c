/*
 * UTF-8 validation, decoding and folding.  Folding (case fold + strip
 * combining marks) goes through utf8proc so it follows Unicode's tables
 * rather than a hand-made list; ASCII, the common case, never leaves the
 * fast path.
 */
#include <string.h>
#include <utf8proc.h>

#include "text/text.h"

/* Bytes of the well-formed, non-NUL sequence at s[i], or 0. */
static size_t sequence_at(const unsigned char *s, size_t len, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80)
    return c != 0;
  size_t n;
  uint32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2, cp = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF)
    n = 3, cp = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4)
    n = 4, cp = c & 0x07, min = 0x10000;
  else
    return 0;
  if (len - i < n)
    return 0;
  for (size_t k = 1; k < n; k++) {
    if ((s[i + k] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

/* Noncharacters: U+FDD0-U+FDEF and the last two code points of each
   plane.  Well-formed UTF-8, but never text: XML 1.0 forbids U+FFFE and
   U+FFFF, and raptor2's Turtle writer cuts a literal short at any of
   them (issue 13 #5), so they are repaired like bad bytes. */
static bool noncharacter_at(const unsigned char *s, size_t n) {
  if (n == 3 && s[0] == 0xEF && s[1] == 0xB7 && s[2] >= 0x90 && s[2] <= 0xAF)
    return true; /* U+FDD0-U+FDEF */
  if (n == 3)
    return s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF);
  /* U+xFFFE, U+xFFFF of planes 1-16: F0-F4, then ?F BF BE/BF */
  return n == 4 && (s[1] & 0x0F) == 0x0F && s[2] == 0xBF &&
         (s[3] == 0xBE || s[3] == 0xBF);
}

newskg_status nkg_utf8_check(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  for (size_t i = 0, n; i < len; i += n) {
    if ((n = sequence_at(s, len, i)) == 0)
      return s[i] ? nkg_fail(NEWSKG_ERR_BAD_INPUT, "invalid UTF-8 at byte %zu", i)
                  : nkg_fail(NEWSKG_ERR_BAD_INPUT, "NUL byte at byte %zu", i);
    if (n >= 3 && noncharacter_at(s + i, n))
      return nkg_fail(NEWSKG_ERR_BAD_INPUT,
                      "Unicode noncharacter at byte %zu", i);
  }
  return NEWSKG_OK;
}

size_t nkg_utf8_repair(const char *str, size_t len, char *out) {
  const unsigned char *s = (const unsigned char *)str;
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    size_t n = sequence_at(s, len, i);
    if (n >= 3 && noncharacter_at(s + i, n)) {
      memcpy(out + o, "\xEF\xBF\xBD", 3); /* one U+FFFD for the character */
      o += 3, i += n;
    } else if (n) {
      memcpy(out + o, s + i, n);
      o += n, i += n;
    } else {
      memcpy(out + o, "\xEF\xBF\xBD", 3); /* U+FFFD */
      o += 3, i++;
    }
  }
  return o;
}

int nkg_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp) {
  unsigned char c = s[0];
  int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if ((size_t)n > len) {
    *cp = 0xFFFD;
    return 1;
  }
  uint32_t v = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (int k = 1; k < n; k++)
    v = (v << 6) | (s[k] & 0x3Fu);
  *cp = v;
  return n;
}

char *nkg_fold(struct nkg_arena *a, const char *s, size_t len,
               uint16_t *out_len) {
  if (len > 0xFFFF / 4)
    len = 0xFFFF / 4; /* a "word" this long is noise; keep it bounded */
  bool ascii = true;
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    char *out = nkg_arena_alloc(a, len + 1);
    if (!out)
      return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
      char c = s[i];
      if (c == '.')
        continue; /* "U.S." folds to "us", "E.U." to "eu" */
      out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[n] = '\0';
    *out_len = (uint16_t)n;
    return out;
  }
  /* Decomposition can expand a code point; 4 code points per input byte is
     beyond anything Unicode's tables produce for folding. */
  utf8proc_int32_t buf[1024];
  utf8proc_ssize_t ncp = utf8proc_decompose(
      (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, buf, NKG_COUNT(buf),
      UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE |
          UTF8PROC_COMPAT);
  if (ncp < 0 || (size_t)ncp > NKG_COUNT(buf))
    ncp = 0;
  char *out = nkg_arena_alloc(a, (size_t)ncp * 4 + 1);
  if (!out)
    return NULL;
  size_t n = 0;
  for (utf8proc_ssize_t i = 0; i < ncp; i++) {
    utf8proc_int32_t c = buf[i];
    if (c == '.')
      continue;
    if (c == 0x2019 || c == 0x2018)
      c = '\'';
    n += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + n);
  }
  out[n] = '\0';
  *out_len = (uint16_t)n;
  return out;
}
