/*
 * The reader behind the public newskg_reader handle: one stream, one
 * format, one record at a time.  reader.c opens, detects the format and
 * reads the single-document formats (text, HTML); jsonl.c and warc.c
 * read the archive formats.  A record's storage lives until the next
 * record, so the document view handed out stays valid exactly that long.
 */
#ifndef NKG_INPUT_READER_H
#define NKG_INPUT_READER_H

#include <stdint.h>

#include "input/input.h"
#include "input/stream.h"

#define NKG_WHERE_BYTES 512

struct newskg_reader {
  struct nkg_stream s;
  FILE *own;                  /* opened by newskg_reader_open_path; closed */
  char *name;                 /* as given ("stdin" for NULL); owned */
  char *stem;                 /* the document id of the file: its path
                                 as given, normalised (see id_of); owned */
  newskg_input_format format; /* resolved at open */
  size_t max_record;          /* NEWSKG_MAX_DOCUMENT_BYTES (tests lower it) */
  bool done;                  /* no more records */
  uint64_t count;             /* lines (JSON Lines) or records (WARC) seen */
  char where[NKG_WHERE_BYTES];

  /* the current record; cleared by nkg_reader_clear() */
  newskg_document doc;
  newskg_input *page; /* a page taken apart by the HTML reader */
  void *json;         /* the parsed JSON line (json_t *) */
  char *id;           /* owned ids and URLs built for the record */
  char *url;
  char date[11];
  char *buf; /* record bytes (WARC block, text file); owned, reused */
  size_t buf_cap;
};

/* Frees what the current record holds and resets the document view. */
void nkg_reader_clear(newskg_reader *r);

/* Records "where: detail" for newskg_errmsg() and returns `st`. */
newskg_status nkg_reader_fail(newskg_reader *r, newskg_status st,
                              const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Ends the reader on a failed stream: reports the stream's error (if
   any), else returns NEWSKG_OK with the end of input. */
newskg_status nkg_reader_stream_end(newskg_reader *r);

/* Makes r->buf hold at least `n` bytes. */
newskg_status nkg_reader_reserve(newskg_reader *r, size_t n);

/* Takes a saved page apart into r->page; its text, date and URL fill the
   document view (date and URL only where the record had none). */
newskg_status nkg_reader_html(newskg_reader *r, const char *html, size_t len);

/* The format readers: the next record, as newskg_reader_next(). */
newskg_status nkg_jsonl_next(newskg_reader *r, const newskg_document **doc);
newskg_status nkg_warc_next(newskg_reader *r, const newskg_document **doc);

/* For tests: lower the per-record limit (bytes). */
void nkg_reader_set_max_record(newskg_reader *r, size_t max);

#endif /* NKG_INPUT_READER_H */
