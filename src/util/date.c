/*
 * ISO dates ("YYYY-MM-DD") as every stage reads them: options, publication
 * dates, web-page metadata.  One checker, so "2023-02-30" is refused the
 * same way everywhere.
 */
#include <string.h>

#include "nkg.h"

bool nkg_date_from_iso(const char *s, size_t len, struct nkg_date *out) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!s || len < 10 || (len > 10 && s[10] >= '0' && s[10] <= '9'))
    return false;
  int v[3] = {0, 0, 0}, field = 0;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-')
        return false;
      field++;
      continue;
    }
    if (s[i] < '0' || s[i] > '9')
      return false;
    v[field] = v[field] * 10 + (s[i] - '0');
  }
  int y = v[0], m = v[1], d = v[2];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
    return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap)
    return false;
  out->y = (int16_t)y, out->m = (int8_t)m, out->d = (int8_t)d;
  return true;
}

bool newskg_date_is_valid(const char *iso) {
  struct nkg_date d;
  return iso && nkg_date_from_iso(iso, strlen(iso), &d) && strlen(iso) == 10;
}
