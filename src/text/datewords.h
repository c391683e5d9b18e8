/* Date vocabulary (text/datewords.c), looked up by a token's fold and hash. */
#ifndef NKG_TEXT_DATEWORDS_H
#define NKG_TEXT_DATEWORDS_H

#include <stdbool.h>
#include <stdint.h>

struct nkg_token;
int nkg_month_of(const struct nkg_token *k);   /* 1..12, 0 if not a month */
int nkg_weekday_of(const struct nkg_token *k); /* 0 = Monday, -1 if not */
bool nkg_relative_day(const struct nkg_token *k, int *offset);
bool nkg_month_qualifier(const struct nkg_token *k);

#endif
