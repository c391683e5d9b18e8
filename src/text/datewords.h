/* Date vocabulary (events/datewords.c). Arguments are folded words. */
#ifndef NKG_TEXT_DATEWORDS_H
#define NKG_TEXT_DATEWORDS_H

#include <stdbool.h>
#include <stdint.h>

int nkg_month_of(const char *fold);    /* 1..12, 0 if not a month */
int nkg_weekday_of(const char *fold);  /* 0 = Monday, -1 if not a weekday */
bool nkg_relative_day(const char *fold, int *offset);
bool nkg_month_qualifier(const char *fold);

#endif
