/*
 * newskg — news articles in, a knowledge graph of who met whom out.
 *
 * The whole public API.  A pipeline holds what is read once (gazetteer,
 * options); documents are extracted into graphs, one per document; a writer
 * serializes any number of graphs to one stream in one format.
 *
 * Ownership rules, stated once (functions only note exceptions):
 *  1. Anything returned through a `**out` by a `_new` or `_extract` call
 *     belongs to the caller and is released with the matching `_free`.
 *  2. Every `_free(NULL)` is a no-op.
 *  3. Pointers returned by getters are borrowed from their owner and stay
 *     valid until that owner is freed.
 *  4. No function keeps a pointer to a caller's buffer after it returns.
 *  5. Strings are UTF-8; lengths are bytes.  Offsets published in the graph
 *     (NIF spans) count Unicode code points, as NIF 2.0 does.
 *
 * Threads: a pipeline is read-only after set-up, so newskg_pipeline_extract
 * may run on one pipeline from many threads at once.  Graphs, writers and
 * readers belong to one thread at a time.
 */
#ifndef NEWSKG_NEWSKG_H
#define NEWSKG_NEWSKG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define NEWSKG_API __attribute__((visibility("default")))
#define NEWSKG_NODISCARD __attribute__((warn_unused_result))
#else
#define NEWSKG_API
#define NEWSKG_NODISCARD
#endif

#define NEWSKG_VERSION_MAJOR 0
#define NEWSKG_VERSION_MINOR 1
#define NEWSKG_VERSION_PATCH 0

/** Status codes.  New codes are added last; values never change. */
typedef enum newskg_status {
  NEWSKG_OK = 0,
  NEWSKG_ERR_NOMEM,     /**< an allocation failed */
  NEWSKG_ERR_IO,        /**< reading or writing a stream failed */
  NEWSKG_ERR_BAD_ARG,   /**< an argument is invalid (NULL, unknown name) */
  NEWSKG_ERR_BAD_INPUT, /**< input is malformed (invalid UTF-8, bad date) */
  NEWSKG_ERR_LIMIT,     /**< input exceeds a documented limit */
  NEWSKG_ERR_RDF,       /**< raptor2 reported an error */
  NEWSKG_ERR_XML,       /**< libxml2 reported an error */
  NEWSKG_ERR_INTERNAL,  /**< a bug: please report it */
  NEWSKG_ERR_NOT_TEXT,  /**< input is mostly not text (a binary file) */
  NEWSKG_STATUS_LAST    /**< never returned */
} newskg_status;

/** Output formats. */
typedef enum newskg_format {
  NEWSKG_FORMAT_TURTLE = 0,
  NEWSKG_FORMAT_NTRIPLES,
  NEWSKG_FORMAT_NQUADS, /**< one named graph per document */
  NEWSKG_FORMAT_RDFXML,
  NEWSKG_FORMAT_GRAPHML, /**< Gephi, networkx; see newskg_graph_view */
  NEWSKG_FORMAT_DOT,     /**< Graphviz: meetings, statements and the
                              entities they name, roles as edges */
  NEWSKG_FORMAT_LAST     /**< never a valid format */
} newskg_format;

/** What the nodes and edges of a GraphML file are. */
typedef enum newskg_graph_view {
  /** Entities and meetings are nodes, roles (participant, mediator,
      location, ...) are directed edges.  The default. */
  NEWSKG_VIEW_EVENTS = 0,
  /** People, countries and organizations only: one undirected edge per
      pair that took part in the same meeting (announced meetings left
      out), weighted by the number of meetings, with their dates. */
  NEWSKG_VIEW_ACTORS,
  NEWSKG_VIEW_LAST /**< never a valid view */
} newskg_graph_view;

/** How much provenance a graph carries (the contract's levels). */
typedef enum newskg_provenance {
  /** The default: entities (type, label, Wikidata IRI), events and
      statements with every role, and for each event and statement the
      evidence sentence as one NIF span with offsets into the text. */
  NEWSKG_PROVENANCE_FACTS = 0,
  /** Also the document's whole text (nif:isString), every name mention as
      a nif:Phrase linked with itsrdf:taIdentRef, and the rule behind each
      fact (nkg:rule): about ten times the bytes of FACTS. */
  NEWSKG_PROVENANCE_MENTIONS,
  /** The facts alone: no NIF at all, no nkg:evidence. */
  NEWSKG_PROVENANCE_NONE,
  NEWSKG_PROVENANCE_LAST /**< never a valid level */
} newskg_provenance;

/** Which frames find the meetings (README, "Frames"). */
typedef enum newskg_frames {
  /** NEWSKG_FRAMES_BACKFILL, unless the environment variable NEWSKG_FRAMES
      names another mode (surface, tree, backfill, hybrid): kept so that
      scripts written before this option still measure what they ask. */
  NEWSKG_FRAMES_DEFAULT = 0,
  /** Frames over the surface tokens only; no sentence is parsed, so this
      is the fastest mode. */
  NEWSKG_FRAMES_SURFACE,
  /** Frames over the dependency tree (ontology/frames.lex) only. */
  NEWSKG_FRAMES_TREE,
  /** Surface frames, then tree frames for the sentences they leave empty. */
  NEWSKG_FRAMES_BACKFILL,
  /** Tree frames, then surface frames for the sentences they leave empty. */
  NEWSKG_FRAMES_HYBRID,
  NEWSKG_FRAMES_LAST /**< never a valid mode */
} newskg_frames;

/** Opaque handles. */
typedef struct newskg_pipeline newskg_pipeline;
typedef struct newskg_graph newskg_graph;
typedef struct newskg_writer newskg_writer;

/** Pipeline options; zero-initialise, then set what you need. */
typedef struct newskg_options {
  /** Base IRI for documents, events and unlinked entities; NULL selects
      "https://w3id.org/newskg/data/".  Copied. */
  const char *base_iri;
  /** The processing date, "YYYY-MM-DD": a weekday with a day and month but
      no publication date ("Thursday, May 25") takes the latest matching
      year not after it.  NULL: the year is left open.  Copied. */
  const char *today;
  /** Skip the gazetteer compiled into the library (tests, custom sets). */
  bool no_builtin_gazetteer;
  /** Reject a document holding invalid UTF-8 or NUL bytes
      (NEWSKG_ERR_BAD_INPUT).  Default: each such byte becomes U+FFFD, so
      one stray byte from a crawler does not cost the article; offsets are
      those of the text with the replacements (nif:isString). */
  bool strict_utf8;
  /** Most name mentions one window of a document (about 64 KiB of text:
      long documents are extracted window by window) may hold before the
      document fails with NEWSKG_ERR_LIMIT; 0 selects
      NEWSKG_DEFAULT_MAX_MENTIONS, which no window of real text reaches
      (so no document under NEWSKG_MAX_DOCUMENT_BYTES is refused for its
      names by default). */
  size_t max_mentions;
  /** A syntax model file (tagger, lemmatizer and dependency parser, as
      `newskg train-parser` writes) to use instead of the one compiled into
      the library (UD English EWT, ontology/models/).  Read by
      newskg_pipeline_new(), which fails with NEWSKG_ERR_IO (unreadable) or
      NEWSKG_ERR_BAD_INPUT (not a model, another model version, truncated
      or corrupt: newskg_errmsg() names the file and the fault).  NULL: the
      built-in model.  Copied. */
  const char *syntax_model;
  /** Provenance level of every graph; 0 is NEWSKG_PROVENANCE_FACTS. */
  newskg_provenance provenance;
  /** Which frames run; 0 is NEWSKG_FRAMES_DEFAULT. */
  newskg_frames frames;
} newskg_options;

/** One input document.  All fields are borrowed for the call only. */
typedef struct newskg_document {
  const char *text; /**< UTF-8 article text; need not be NUL-terminated */
  size_t len;       /**< bytes in `text` */
  const char *id;   /**< document id, names the document IRI; NULL: a hash
                         of the text */
  const char *date; /**< publication date "YYYY-MM-DD", or NULL */
  const char *url;  /**< source URL (nif:sourceUrl), or NULL */
} newskg_document;

/** Longest document accepted, in bytes: a hostile input cannot make one
    document take unbounded memory. */
#define NEWSKG_MAX_DOCUMENT_BYTES ((size_t)64 * 1024 * 1024)

/** A document whose characters are this many percent (or more) not text
    — U+FFFD for bytes that are not UTF-8, NUL, C0 controls — is a binary
    file, not an article: NEWSKG_ERR_NOT_TEXT.  Measured: random bytes,
    executables, PDF, gzip, fonts 47-70%; UTF-16 text 50%; Russian in
    Windows-1251 85%; a Latin-1 French article 8%, German 4%; an article
    with a few bad bytes under 5%. */
#define NEWSKG_NOT_TEXT_PERCENT 20

/** Text per window, in bytes: a longer document is extracted window by
    window (cut at a paragraph break, a line break or a sentence end), each
    in memory of its own; an article is one window. */
#define NEWSKG_WINDOW_BYTES ((size_t)64 * 1024)

/** Default of newskg_options.max_mentions: a long news article names a few
    hundred, and a 64 KiB window cannot hold 50,000. */
#define NEWSKG_DEFAULT_MAX_MENTIONS ((size_t)50000)

/**
   Create a pipeline.

   @param opts  May be NULL for defaults.
   @param out   Receives the pipeline; free with newskg_pipeline_free().
   @return NEWSKG_OK, NEWSKG_ERR_NOMEM or NEWSKG_ERR_BAD_ARG (malformed
           `today` or `base_iri`).
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_pipeline_new(const newskg_options *opts, newskg_pipeline **out);

/**
   Add the entities of a gazetteer file (the TSV format of
   ontology/gazetteer.tsv) to the pipeline.  Call before the first extract.

   @return NEWSKG_OK, NEWSKG_ERR_IO (unreadable file), NEWSKG_ERR_BAD_INPUT
           (malformed row; newskg_errmsg() names the line) or
           NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_pipeline_add_gazetteer(newskg_pipeline *p, const char *path);

/** Free a pipeline.  Graphs and writers made from it must be freed first. */
NEWSKG_API void newskg_pipeline_free(newskg_pipeline *p);

/** Longest line of a Wikidata dump newskg_gazetteer_build() accepts, in
    bytes: raptor2 buffers a whole line, so this bounds its memory. */
#define NEWSKG_MAX_DUMP_LINE_BYTES ((size_t)1024 * 1024)

/**
   Build a gazetteer table from a Wikidata "truthy" N-Triples dump
   (latest-truthy.nt or .nt.gz from dumps.wikimedia.org): every item with
   an English label that is an instance (P31) of a country, city, region or
   organization class the builder maps, or a human who held a position
   (P39) or works as a politician or diplomat, becomes one row of the TSV
   format newskg_pipeline_add_gazetteer() reads, after a header row.  Rows
   follow the dump's order.

   The dump is streamed, gzip or not (told by its first bytes), and memory
   stays bounded by one entity whatever the dump's size: the published
   dumps list each subject's triples together (a subject whose triples are
   split up yields one row per run, which the loader merges).  Labels and
   aliases over 256 bytes are dropped, descriptions cut to 256 bytes,
   aliases capped at 32 per entity.  Offices are written as "positions:
   Q..." without years (the truthy dump has no qualifiers), which title
   resolution cannot use.  Thread-safe: each call has its own state.

   @param in           Borrowed; read to its end, not closed.
   @param source_name  Names the input in error messages and in the source
                       column ("wikidata-truthy-dump:<source_name>"); NULL
                       reads as "-".
   @param out          Borrowed; not closed; flushed on success.  On error
                       it may hold a partial table (the CLI's -o writes to
                       a temporary file for that reason).
   @param entities_written  Receives the number of rows written, also on
                       error; may be NULL.
   @return NEWSKG_OK, NEWSKG_ERR_BAD_ARG (`in` or `out` NULL),
           NEWSKG_ERR_BAD_INPUT (malformed N-Triples, invalid UTF-8 in a
           literal or corrupt gzip data; newskg_errmsg() names the input
           and the line, "dump.nt:12: ..."), NEWSKG_ERR_LIMIT (a line over
           NEWSKG_MAX_DUMP_LINE_BYTES), NEWSKG_ERR_IO (reading `in` or
           writing `out` failed), NEWSKG_ERR_RDF (raptor2 could not start)
           or NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_gazetteer_build(FILE *in, const char *source_name, FILE *out,
                       size_t *entities_written);

/**
   Extract the entities, meetings and provenance of one document.
   Thread-safe for one pipeline shared by many threads.

   @param out  Receives the graph; free with newskg_graph_free().  Set to
               NULL on failure.
   @return NEWSKG_OK, NEWSKG_ERR_BAD_INPUT (invalid UTF-8, malformed date;
           see newskg_errmsg()), NEWSKG_ERR_NOT_TEXT (a binary file: at
           least NEWSKG_NOT_TEXT_PERCENT percent of its characters, and at
           least 16, are U+FFFD after repair, NUL or other C0 controls
           than tab, line feed, vertical tab, form feed and carriage
           return), NEWSKG_ERR_LIMIT (longer than
           NEWSKG_MAX_DOCUMENT_BYTES) or NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_pipeline_extract(const newskg_pipeline *p, const newskg_document *doc,
                        newskg_graph **out);

/**
   Extract one document and write its graph to `w` as it is made, window
   by window (NEWSKG_WINDOW_BYTES of text each): memory is one window's
   working memory and graph plus the document-level state (its IRIs and
   one IRI per entity described), not the document's whole graph, so a
   document of any length up to NEWSKG_MAX_DOCUMENT_BYTES streams.  A
   document of one window is written byte for byte as
   newskg_pipeline_extract() and newskg_writer_add() write it; a longer one
   has the same triples, in the same order, added to `w` one window at a
   time (Turtle: a block per window, each with its @prefix lines; GraphML
   and DOT: the nodes and edges of each window in turn).  Thread-safe as
   newskg_pipeline_extract(); `w` belongs to the calling thread.

   @param w        The writer; a failure writing (NEWSKG_ERR_IO,
                   NEWSKG_ERR_RDF, NEWSKG_ERR_XML) leaves it accepting only
                   newskg_writer_free(), as newskg_writer_add() does.
   @param explain  If not NULL, each window's newskg_graph_explain() lines
                   go there before the window is written.
   @param events   If not NULL, receives the number of meeting events
                   written (also on failure: those of the windows written).
   @return As newskg_pipeline_extract() and newskg_writer_add().  When
           extraction fails after the first window (out of memory, a
           window over newskg_options.max_mentions) the windows before it
           are already written; the checks of the whole document (length,
           UTF-8, date, not text) come before any output.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_pipeline_extract_to(const newskg_pipeline *p, const newskg_document *doc,
                           newskg_writer *w, FILE *explain, size_t *events);

/** Number of meeting events in a graph. */
NEWSKG_API size_t newskg_graph_event_count(const newskg_graph *g);

/** Number of distinct entities in a graph. */
NEWSKG_API size_t newskg_graph_entity_count(const newskg_graph *g);

/** Number of RDF triples the graph serializes to. */
NEWSKG_API size_t newskg_graph_triple_count(const newskg_graph *g);

/** Number of sentences of the document, and how many of them the
    dependency parser read: only sentences that may hold a meeting are
    parsed (README, "Throughput"), none with NEWSKG_FRAMES_SURFACE. */
NEWSKG_API size_t newskg_graph_sentence_count(const newskg_graph *g);
NEWSKG_API size_t newskg_graph_parsed_sentence_count(const newskg_graph *g);

/**
   Print, for every fact of the graph, the rule that produced it and the
   text it came from — one line per fact, for debugging extraction.

   @return NEWSKG_OK or NEWSKG_ERR_IO.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_graph_explain(const newskg_graph *g, FILE *out);

/** Free a graph. */
NEWSKG_API void newskg_graph_free(newskg_graph *g);

/**
   Open a writer that serializes graphs to `out` in `format`.
   Every format is written as each graph is added (Turtle as a block of
   its own per graph, with the same @prefix lines), so memory does not
   grow with the batch, except: GraphML and DOT remember the nodes and
   edges they wrote (an IRI and an id each), so a meeting two documents
   report is drawn once, and GraphML's actors view keeps every meeting's
   participants until newskg_writer_finish(), which writes it.

   @param p    Borrowed; must outlive the writer.
   @param out  Borrowed; never closed by the writer.
   @return NEWSKG_OK, NEWSKG_ERR_BAD_ARG, NEWSKG_ERR_RDF or NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_writer_new(const newskg_pipeline *p, newskg_format format, FILE *out,
                  newskg_writer **w);

/**
   Choose the view a GraphML writer writes (NEWSKG_VIEW_EVENTS unless set).
   Call before the first newskg_writer_add().  The actors view is
   aggregated over every graph added, so it is written only by
   newskg_writer_finish().

   @return NEWSKG_OK, or NEWSKG_ERR_BAD_ARG (`w` NULL, an unknown view, a
           writer that is not GraphML, or graphs already added); the
           writer stays usable either way.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_writer_set_graph_view(newskg_writer *w, newskg_graph_view view);

/**
   Serialize one graph.  Graphs are written in the order they are added.

   @return NEWSKG_OK, NEWSKG_ERR_IO, NEWSKG_ERR_RDF, NEWSKG_ERR_XML or
           NEWSKG_ERR_NOMEM.  After an error the writer only accepts
           newskg_writer_free().
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_writer_add(newskg_writer *w, const newskg_graph *g);

/**
   Finish the document (closing elements, buffered formats) and flush `out`.

   @return NEWSKG_OK or an error as for newskg_writer_add().
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_writer_finish(newskg_writer *w);

/** Free a writer (finished or not). */
NEWSKG_API void newskg_writer_free(newskg_writer *w);

/** Parse a provenance level name ("facts", "mentions", "none").
    @return NEWSKG_OK or NEWSKG_ERR_BAD_ARG. */
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_provenance_from_name(const char *name, newskg_provenance *out);

/** Parse a frame mode name ("surface", "tree", "backfill", "hybrid").
    @return NEWSKG_OK or NEWSKG_ERR_BAD_ARG. */
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_frames_from_name(const char *name, newskg_frames *out);

/** Parse a format name ("turtle", "ntriples", "nquads", "rdfxml",
    "graphml", "dot").  @return NEWSKG_OK or NEWSKG_ERR_BAD_ARG. */
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_format_from_name(const char *name, newskg_format *out);

/** True if `iso` is a calendar date written "YYYY-MM-DD" (so
    "2023-02-30" is not). */
NEWSKG_API bool newskg_date_is_valid(const char *iso);

/** A static English description of a status. */
NEWSKG_API const char *newskg_strerror(newskg_status st);

/** The detail of the last error on the calling thread ("invalid UTF-8 at
    byte 12"), or "" if none.  Valid until the thread's next newskg call. */
NEWSKG_API const char *newskg_errmsg(void);

/** An extracted document: a saved web page's article text and metadata
    (owned; free with newskg_input_free()). */
typedef struct newskg_input newskg_input;

/** True if `buf` looks like an HTML page rather than plain text: after an
    optional UTF-8 BOM and whitespace it opens with "<!doctype html",
    "<html", "<head", "<body", "<article" or "<?xml" with "<html" later,
    or "<html" occurs in its first 1 KiB (ASCII case ignored).  `buf` may
    be NULL (false). */
NEWSKG_API bool newskg_looks_like_html(const char *buf, size_t len);

/**
   Extract the article text and metadata of a saved web page, with
   libxml2's HTML parser (recovering from broken markup; nothing is
   fetched from the network).

   The text is that of the first <article>, itemprop="articleBody" or
   <main> element that is not inside page furniture, else the <body>,
   without scripts, navigation, headers and footers of the page, asides,
   forms, captions or elements whose class or id names boilerplate
   ("cookie-banner", "ad-slot", "comments").  Block elements become line
   breaks ("\n\n" after paragraphs and headings), other whitespace one
   space.  The title is og:title, else <title>, else the first <h1>; the
   date the first valid one of article:published_time, <meta name="date">
   (and "pubdate", "publishdate", "dc.date", "DC.date.issued"),
   itemprop="datePublished", JSON-LD "datePublished", the article's first
   <time datetime>; the URL <link rel="canonical">, else og:url (absolute
   http(s) only).

   @param html  The page, in its declared encoding (UTF-8 when the bytes
                are valid UTF-8); need not be NUL-terminated.
   @param out   Receives the document; free with newskg_input_free().
                Set to NULL on failure.
   @return NEWSKG_OK, NEWSKG_ERR_BAD_ARG (`html` or `out` NULL),
           NEWSKG_ERR_BAD_INPUT (not parseable, or no text in the page),
           NEWSKG_ERR_LIMIT (page or text over NEWSKG_MAX_DOCUMENT_BYTES)
           or NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_input_from_html(const char *html, size_t len, newskg_input **out);

/** The document view, ready for newskg_pipeline_extract(): text (valid
    UTF-8, NUL-terminated), date ("YYYY-MM-DD" or NULL), url (or NULL);
    id NULL.  Borrowed from `in`; NULL if `in` is NULL. */
NEWSKG_API const newskg_document *
newskg_input_document(const newskg_input *in);

/** The page title or NULL.  Borrowed from `in`. */
NEWSKG_API const char *newskg_input_title(const newskg_input *in);

/** Free an extracted document. */
NEWSKG_API void newskg_input_free(newskg_input *in);

/** What a reader reads.  New formats are added before the last. */
typedef enum newskg_input_format {
  NEWSKG_INPUT_AUTO = 0, /**< by file name, then by content (see below) */
  NEWSKG_INPUT_TEXT,     /**< the stream is one plain-text article */
  NEWSKG_INPUT_HTML,     /**< the stream is one saved web page */
  NEWSKG_INPUT_JSONL,    /**< JSON Lines: one article per line */
  NEWSKG_INPUT_WARC,     /**< WARC: the HTML pages of response records */
  NEWSKG_INPUT_LAST      /**< never a valid format */
} newskg_input_format;

/** A reader: documents out of a file or stream of any input format. */
typedef struct newskg_reader newskg_reader;

/** Parse an input format name ("auto", "text", "html", "jsonl", "warc").
    @return NEWSKG_OK or NEWSKG_ERR_BAD_ARG. */
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_input_format_from_name(const char *name, newskg_input_format *out);

/** The format a file name announces, ignoring ASCII case and a final
    ".gz": ".txt", ".text" text; ".html", ".htm", ".xhtml" HTML;
    ".jsonl", ".ndjson" JSON Lines; ".warc" WARC.  NEWSKG_INPUT_AUTO when
    the name announces none (or is NULL). */
NEWSKG_API newskg_input_format newskg_input_format_of_name(const char *name);

/**
   Open a reader on `in`.  Gzip data (told by its first bytes, not the
   name) is inflated on the fly, member after member; the stream is read
   once, front to back, so a pipe or standard input works.

   NEWSKG_INPUT_AUTO picks the format the name announces (see
   newskg_input_format_of_name()), else looks at the first bytes: "WARC/"
   is WARC, a "{" first is JSON Lines, HTML by newskg_looks_like_html(),
   anything else plain text.

   Documents and their ids:
   - text, HTML: one document, id the file name without directory and
     extension ("articles/a1.txt" → "a1"); for HTML the text, date and URL
     of newskg_input_from_html().
   - JSON Lines: one document per line, an object with "text" (or "html",
     a saved page, taken apart as above), "id" (string or integer),
     "date" ("YYYY-MM-DD", or an ISO 8601 time starting so) and "url";
     other members are ignored, blank lines skipped.  Without "id" the
     URL is the id, without both "<name>-<line>" ("corpus-12").  Fields
     of the record win over those of its page.
   - WARC (1.0, 1.1): the "response" records whose HTTP response is 2xx
     with Content-Type text/html or application/xhtml+xml (chunked and
     gzip/deflate content encodings undone), and "resource" records
     holding HTML; id and URL the WARC-Target-URI, date the page's, else
     the WARC-Date.  Other records are skipped unread, record by record.

   @param in    Borrowed; read from its current position, never closed.
   @param name  Names the input in ids and messages (a path, or "stdin");
                copied.  NULL reads as "stdin".
   @param out   Receives the reader; free with newskg_reader_free().
   @return NEWSKG_OK, NEWSKG_ERR_BAD_ARG, NEWSKG_ERR_IO (the first read
           failed) or NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_reader_open(FILE *in, const char *name, newskg_input_format format,
                   newskg_reader **out);

/**
   Open a reader on a file: as newskg_reader_open() on fopen(path), the
   file closed by newskg_reader_free().

   @return as newskg_reader_open(), NEWSKG_ERR_IO when the file cannot be
           opened (newskg_errmsg() says why).
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_reader_open_path(const char *path, newskg_input_format format,
                        newskg_reader **out);

/**
   The next document.

   Memory is bounded per record, whatever the input's size: a record
   (a line, a WARC block, a text file) over NEWSKG_MAX_DOCUMENT_BYTES is
   skipped without being held.

   @param doc  Receives a view of the document, valid until the next call
               on `r` or newskg_reader_free(); NULL at the end of the input.
   @return NEWSKG_OK (a document, or the end); otherwise one record was
           skipped and newskg_errmsg() names it ("corpus.jsonl:12: ...",
           "crawl.warc.gz record 3 (https://...): ..."):
           NEWSKG_ERR_BAD_INPUT (malformed record: bad JSON, a missing
           "text", a bad date, a broken HTTP response, a page without text),
           NEWSKG_ERR_LIMIT (record over the limit), NEWSKG_ERR_IO or
           NEWSKG_ERR_NOMEM.  Call again: the reader goes on with the
           next record, or ends (NEWSKG_OK, *doc NULL) when the stream
           itself failed (read error, corrupt gzip data, a WARC record
           cut short).
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_reader_next(newskg_reader *r, const newskg_document **doc);

/** The format being read (AUTO resolved once the first bytes are seen). */
NEWSKG_API newskg_input_format newskg_reader_format(const newskg_reader *r);

/** Names the last record read or skipped, for messages: "a1.txt",
    "corpus.jsonl:12", "crawl.warc record 3".  Borrowed from `r`, valid
    until the next call on it. */
NEWSKG_API const char *newskg_reader_where(const newskg_reader *r);

/** Bytes consumed from the input so far, compressed bytes for gzip: with
    the file's size, the progress of a run. */
NEWSKG_API unsigned long long newskg_reader_bytes(const newskg_reader *r);

/** Free a reader (and close the file newskg_reader_open_path() opened). */
NEWSKG_API void newskg_reader_free(newskg_reader *r);

/**
   Write the syntax of a document as CoNLL-U (universal dependencies):
   the text split into sentences and tokens as newskg_pipeline_extract()
   splits it, every sentence tagged, lemmatized and parsed.  Each sentence
   opens with "# sent_id = ID-N" (ID the document id, "doc" if NULL; N from
   1) and "# text = ..." (line breaks as spaces).  Columns XPOS, FEATS and
   DEPS are "_"; MISC holds SpaceAfter=No where the next token follows
   without a space.  Thread-safe like newskg_pipeline_extract().

   @return NEWSKG_OK, NEWSKG_ERR_BAD_ARG, NEWSKG_ERR_BAD_INPUT (invalid
           UTF-8 with strict_utf8), NEWSKG_ERR_NOT_TEXT (a binary file, as
           for newskg_pipeline_extract(); nothing written), NEWSKG_ERR_LIMIT,
           NEWSKG_ERR_IO (writing `out` failed) or NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_pipeline_parse(const newskg_pipeline *p, const newskg_document *doc,
                      FILE *out);

/** Agreement of the pipeline's syntax model with a gold treebank. */
typedef struct newskg_parse_scores {
  size_t words;     /**< words of the treebank (multiword tokens split) */
  double upos;      /**< percent of words with the gold UPOS */
  double uas;       /**< percent with the gold head */
  double las;       /**< percent with the gold head and relation, subtype
                         included ("obl:agent" is not "obl") */
  double seconds;   /**< CPU time of the calling thread for tagging +
                         parsing (per core, whatever else runs) */
} newskg_parse_scores;

/**
   Tag and parse the gold words of a CoNLL-U file (its own tokenization,
   not newskg's) and score them against its gold UPOS, heads and
   relations; punctuation counts, as in the CoNLL 2018 shared task.

   @return NEWSKG_OK, NEWSKG_ERR_IO (unreadable file), NEWSKG_ERR_BAD_INPUT
           (malformed line: newskg_errmsg() says "FILE:LINE: ...") or
           NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_pipeline_evaluate_syntax(const newskg_pipeline *p, const char *gold,
                                newskg_parse_scores *out);

/** Options of newskg_syntax_train(); zero-initialise for the defaults. */
typedef struct newskg_syntax_training {
  const char *dev;       /**< CoNLL-U file that picks the best parser epoch
                              (NULL: the last epoch) */
  unsigned tag_epochs;   /**< tagger passes over the data (0: 12) */
  unsigned parse_epochs; /**< parser passes (0: 12) */
  unsigned folds;        /**< the parser trains on tags predicted by taggers
                              trained on the other folds (0: 10; 1: gold
                              tags) */
  unsigned seed;         /**< order of the examples (0: a fixed default) */
  FILE *log;             /**< progress, one line per step, or NULL */
} newskg_syntax_training;

/**
   Train a syntax model (tagger, lemmatizer, parser) on a CoNLL-U treebank
   and write it to `out` (see ontology/models/README.md).  Deterministic:
   the same files and options give the same bytes.  Single-threaded; for
   UD English EWT about 3 minutes of CPU time and 540 MB of memory.

   @return NEWSKG_OK, NEWSKG_ERR_BAD_ARG, NEWSKG_ERR_IO,
           NEWSKG_ERR_BAD_INPUT (malformed treebank, "FILE:LINE: ...") or
           NEWSKG_ERR_NOMEM.
*/
NEWSKG_API NEWSKG_NODISCARD newskg_status
newskg_syntax_train(const char *train, const newskg_syntax_training *opts,
                    FILE *out);

/** The library version, "X.Y.Z". */
NEWSKG_API const char *newskg_version(void);

#ifdef __cplusplus
}
#endif

#endif /* NEWSKG_NEWSKG_H */
