/*
 * newskg — the command-line client.  A thin layer over the public API:
 * options, files, exit codes.  Commands: `extract` (articles to a
 * graph), `gazetteer build` (a Wikidata dump to a gazetteer table),
 * `parse` (articles to CoNLL-U, or --eval against a treebank) and
 * `train-parser` (a treebank to a syntax model).
 * Output to -o goes to a temporary file in the same directory and is
 * renamed into place only on success, so a failed run never leaves a
 * partial file behind.
 */
#include <errno.h>
#include <stdint.h>
#include <getopt.h>
#include <libgen.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newskg/newskg.h"
#include "datadir.h"
#include "run.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

#define MAX_GAZETTEERS 16

static const char usage_text[] =
    "Usage: newskg extract [OPTIONS] [FILE|-]...\n"
    "       newskg gazetteer build [-o OUT] [DUMP|-]\n"
    "       newskg parse [--model FILE] [-o OUT] [FILE|-]...\n"
    "       newskg parse [--model FILE] --eval GOLD.conllu\n"
    "       newskg train-parser --train T.conllu [--dev D.conllu] -o OUT\n"
    "Extract meetings (who met whom, where, when, mediated by whom) from news\n"
    "articles into a knowledge graph linked to Wikidata.\n"
    "\n"
    "Options of extract:\n"
    "  -f, --format FMT        turtle (default), ntriples, nquads, rdfxml, graphml,\n"
    "                          dot (Graphviz: the meetings and who took part)\n"
    "      --graph VIEW        GraphML view: events (default: entities and meetings\n"
    "                          as nodes, roles as edges) or actors (who met whom,\n"
    "                          weighted by the number of meetings)\n"
    "  -d, --date YYYY-MM-DD   publication date; relative dates resolve against it\n"
    "      --today YYYY-MM-DD  processing date (default: the clock); pins the year\n"
    "                          of \"Thursday, May 25\" in undated articles\n"
    "      --provenance LEVEL  facts (default: each event's and statement's\n"
    "                          evidence sentence as a NIF span), mentions (also\n"
    "                          the text, every name mention and the rule behind\n"
    "                          each fact) or none (the facts alone)\n"
    "  -b, --base IRI          base IRI for documents, events, unlinked entities\n"
    "                          (default https://w3id.org/newskg/data/)\n"
    "  -g, --gazetteer FILE    add a gazetteer TSV to the built-in one (repeatable)\n"
    "      --input-format F    auto (default: by extension, then content), text,\n"
    "                          html (a saved web page: its article text), jsonl\n"
    "                          (one article per line), warc (a web crawl)\n"
    "      --strict-utf8       fail a document with invalid UTF-8, NUL bytes or\n"
    "                          Unicode noncharacters\n"
    "                          (default: each bad byte becomes U+FFFD)\n"
    "      --max-mentions N    fail a document one of whose 64 KiB windows names\n"
    "                          more than N mentions (default 50000)\n"
    "      --follow-links      walk into symbolic links to directories (default:\n"
    "                          skipped; no file is read twice either way)\n"
    "      --syntax-model FILE a syntax model from train-parser instead of the\n"
    "                          built-in one (UD English EWT)\n"
    "      --frames MODE       which frames find meetings: backfill (default:\n"
    "                          surface frames, then tree frames for sentences\n"
    "                          they leave empty), surface (parses nothing:\n"
    "                          fastest), tree, hybrid (tree, then surface)\n"
    "  -j, --jobs N            extract on N threads (0: one per core; default 1);\n"
    "                          the output is the same bytes for any N\n"
    "  -q, --quiet             no progress line or summary on stderr\n"
    "  -v, --verbose           the summary even when stderr is not a terminal\n"
    "  -e, --explain           print each fact with its rule and text to stderr\n"
    "  -o, --output FILE       write to FILE (atomically) instead of stdout\n"
    "  -h, --help              show this help and exit\n"
    "  -V, --version           show version information and exit\n"
    "      --data-dir          print the directory of newskg's data (ontology,\n"
    "                          SHACL shapes, SPARQL queries) and exit\n"
    "\n";
/* Two literals: C11 guarantees string literals of 4095 bytes only. */
static const char usage_more[] =
    "Each FILE is one article (UTF-8 text or an HTML page), a JSON Lines file\n"
    "(.jsonl: id, text or html, date, url per line) or a WARC file (.warc,\n"
    ".warc.gz); gzip is read directly.  A directory is walked recursively in name\n"
    "order, taking .txt, .html, .htm, .jsonl and .warc files (also .gz); links\n"
    "to directories only with --follow-links, each file once.  '-' or no FILE\n"
    "reads standard input.  --date overrides the date of text and HTML files\n"
    "and is the default of JSON Lines and WARC records without one.  A file's\n"
    "document IRI is BASE/doc/ and its path as given; a record's, its id or URL.\n"
    "\n"
    "gazetteer build reads a Wikidata truthy N-Triples dump (latest-truthy.nt,\n"
    "plain or gzip; '-' or none: standard input) and writes a gazetteer TSV for\n"
    "-g: politicians and office holders, countries, cities, regions and\n"
    "organizations with English labels.  -o, --output FILE writes atomically.\n"
    "\n"
    "parse writes CoNLL-U (UPOS, lemma, head, relation) for every sentence of\n"
    "the articles, tokenized and split as extract does; --input-format,\n"
    "--strict-utf8 and -o as for extract.  With --eval GOLD it tags and parses\n"
    "the gold words of a CoNLL-U file and prints UPOS, UAS and LAS (percent of\n"
    "words, punctuation included) and words/s, one per line.  --model FILE (or\n"
    "--syntax-model) uses another model.\n"
    "\n"
    "train-parser builds a model from a UD treebank: --train FILE, --dev FILE\n"
    "(picks the best parser epoch), -o OUT, --tag-epochs N, --parse-epochs N,\n"
    "--folds N, --seed N, -q (no progress).  Same data and options, same bytes.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  input, processing or output failure (unreadable file, malformed\n"
    "     record, invalid UTF-8 with --strict-utf8, write error)\n"
    "  2  usage error (unknown option, bad value)\n";

static void print_usage(void) {
  fputs(usage_text, stdout);
  fputs(usage_more, stdout);
}

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "newskg: %s '%s' (try 'newskg --help')\n", what, arg);
  return EXIT_USAGE;
}

static int fail(const char *what, const char *name, newskg_status st) {
  const char *detail = newskg_errmsg();
  if (name)
    fprintf(stderr, "newskg: %s '%s': %s%s%s\n", what, name, newskg_strerror(st),
            *detail ? ": " : "", detail);
  else
    fprintf(stderr, "newskg: %s: %s%s%s\n", what, newskg_strerror(st),
            *detail ? ": " : "", detail);
  return EXIT_FAIL;
}

/* The file name without directory ("stdin" for '-'); malloc'd. */
static char *file_name(const char *path) {
  if (strcmp(path, "-") == 0)
    return strdup("stdin");
  char *copy = strdup(path);
  if (!copy)
    return NULL;
  char *base = strdup(basename(copy));
  free(copy);
  return base;
}

/* Where a command writes: stdout, or -o OUT through a temporary file
   beside OUT that output_close() renames into place only on success.  An
   OUT that exists and is no regular file (/dev/null, a FIFO, a terminal)
   is written directly: renaming over it would replace the device. */
struct output {
  FILE *f;          /* stdout, OUT itself or the temporary file */
  const char *path; /* OUT, or NULL for stdout */
  char *tmp;        /* the temporary file's name, malloc'd; NULL if none */
};

/* The temporary file of the open output, for the signal handler: an
   interrupted run (Ctrl-C, kill) must not leave OUT.XXXXXX behind.  Set
   only while the file exists; the handler reads it once. */
static char *volatile signal_tmp;

/* SIGINT, SIGTERM, SIGHUP: remove the temporary file, then die of the
   same signal (default action), so the parent sees the usual status
   (128 + signal in a shell).  unlink, signal and raise are
   async-signal-safe. */
static void on_signal(int sig) {
  char *tmp = signal_tmp;
  if (tmp)
    unlink(tmp);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void cleanup_on_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
    struct sigaction old;
    /* a signal ignored by whoever started us (nohup, a background job)
       stays ignored */
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    (void)sigaction(sigs[i], &sa, NULL);
  }
}

/* Opens the output; on failure prints why and returns EXIT_FAIL. */
static int output_open(struct output *o, const char *path) {
  o->f = stdout;
  o->path = path;
  o->tmp = NULL;
  if (!path)
    return EXIT_OK;
  struct stat sb;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    o->f = fopen(path, "wb");
    if (!o->f) {
      fprintf(stderr, "newskg: cannot open '%s': %s\n", path, strerror(errno));
      return EXIT_FAIL;
    }
    return EXIT_OK;
  }
  size_t n = strlen(path) + 16;
  o->tmp = malloc(n);
  if (!o->tmp)
    return fail("cannot start", NULL, NEWSKG_ERR_NOMEM);
  snprintf(o->tmp, n, "%s.XXXXXX", path);
  cleanup_on_signals();
  /* no signal between making the file and telling the handler its name */
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  sigprocmask(SIG_BLOCK, &block, &old);
  int fd = mkstemp(o->tmp);
  if (fd >= 0)
    signal_tmp = o->tmp;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (fd >= 0) {
    /* mkstemp makes 0600; the result should get the usual mode a new file
       gets (0666 less the umask) */
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
  }
  o->f = fd >= 0 ? fdopen(fd, "wb") : NULL;
  if (!o->f) {
    fprintf(stderr, "newskg: cannot create '%s': %s\n", path, strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(o->tmp);
    }
    signal_tmp = NULL;
    free(o->tmp);
    return EXIT_FAIL;
  }
  return EXIT_OK;
}

/* Finishes the output of a run that ended with `rc`: on success closes
   (checked) and renames the temporary file onto OUT, or flushes stdout;
   on any failure removes the temporary file.  Returns the final status. */
static int output_close(struct output *o, int rc) {
  if (o->path) {
    int closed = fclose(o->f);
    if (rc == EXIT_OK && closed != 0)
      rc = fail("cannot write output", o->path, NEWSKG_ERR_IO);
    if (rc == EXIT_OK && o->tmp && rename(o->tmp, o->path) != 0) {
      fprintf(stderr, "newskg: cannot write '%s': %s\n", o->path,
              strerror(errno));
      rc = EXIT_FAIL;
    }
    if (rc != EXIT_OK && o->tmp)
      unlink(o->tmp);
    /* cleared after the rename: a signal in between unlinks a name that
       is gone, which is harmless; cleared before, it would leave the file */
    signal_tmp = NULL;
    free(o->tmp);
  } else if (fflush(stdout) != 0 || ferror(stdout)) {
    if (rc == EXIT_OK)
      rc = fail("cannot write output", NULL, NEWSKG_ERR_IO);
  }
  return rc;
}

static char *today_from_clock(char *buf, size_t n) {
  time_t now = time(NULL);
  struct tm tm;
  if (!localtime_r(&now, &tm) || !strftime(buf, n, "%Y-%m-%d", &tm))
    return NULL;
  return buf;
}

/* How the run's writers are made: the one on the output, and, with -j
   and a format written graph by graph, one per worker thread that
   serializes to memory.  Every option that shapes the output belongs
   here, so that all of them get it. */
struct writer_conf {
  const newskg_pipeline *p;
  newskg_format format;
  newskg_graph_view view;
};

static newskg_status make_writer(void *ctx, FILE *f, newskg_writer **w) {
  const struct writer_conf *c = ctx;
  newskg_status st = newskg_writer_new(c->p, c->format, f, w);
  if (st == NEWSKG_OK && c->view != NEWSKG_VIEW_EVENTS &&
      (st = newskg_writer_set_graph_view(*w, c->view)) != NEWSKG_OK) {
    newskg_writer_free(*w);
    *w = NULL;
  }
  return st;
}

/* -j N: 0 is one thread per core */
static bool parse_jobs(const char *s, int *out) {
  char *end;
  errno = 0;
  long n = strtol(s, &end, 10);
  if (errno || end == s || *end || n < 0 || n > 256)
    return false;
  if (n == 0) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    n = cores < 1 ? 1 : cores > 256 ? 256 : cores;
  }
  *out = (int)n;
  return true;
}

static int extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"graph", required_argument, NULL, 'G'},
      {"date", required_argument, NULL, 'd'},
      {"today", required_argument, NULL, 'T'},
      {"base", required_argument, NULL, 'b'},
      {"gazetteer", required_argument, NULL, 'g'},
      {"input-format", required_argument, NULL, 'I'},
      {"strict-utf8", no_argument, NULL, 'U'},
      {"max-mentions", required_argument, NULL, 'M'},
      {"syntax-model", required_argument, NULL, 'S'},
      {"provenance", required_argument, NULL, 'P'},
      {"frames", required_argument, NULL, 'F'},
      {"jobs", required_argument, NULL, 'j'},
      {"follow-links", no_argument, NULL, 'L'},
      {"quiet", no_argument, NULL, 'q'},
      {"verbose", no_argument, NULL, 'v'},
      {"explain", no_argument, NULL, 'e'},
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  newskg_format format = NEWSKG_FORMAT_TURTLE;
  newskg_graph_view view = NEWSKG_VIEW_EVENTS;
  bool view_given = false;
  const char *date = NULL, *out_path = NULL;
  const char *gaz[MAX_GAZETTEERS];
  int ngaz = 0, explain = 0, jobs = 1;
  bool quiet = false, verbose = false, follow_links = false;
  newskg_input_format input_format = NEWSKG_INPUT_AUTO;
  char clock_today[16];
  newskg_options opts = {0};
  opts.today = today_from_clock(clock_today, sizeof clock_today);
  int c;
  optind = 1;
  opterr = 0; /* our own one-line messages, not getopt's */
  while ((c = getopt_long(argc, argv, ":f:d:b:g:eo:hVj:qv", longopts, NULL)) != -1) {
    switch (c) {
    case 'f':
      if (newskg_format_from_name(optarg, &format) != NEWSKG_OK)
        return usage_error("unknown format", optarg);
      break;
    case 'G':
      if (strcmp(optarg, "events") == 0)
        view = NEWSKG_VIEW_EVENTS;
      else if (strcmp(optarg, "actors") == 0)
        view = NEWSKG_VIEW_ACTORS;
      else
        return usage_error("unknown graph view (events, actors):", optarg);
      view_given = true;
      break;
    case 'd':
      if (!newskg_date_is_valid(optarg))
        return usage_error("invalid date (want YYYY-MM-DD):", optarg);
      date = optarg;
      break;
    case 'T':
      if (!newskg_date_is_valid(optarg))
        return usage_error("invalid date (want YYYY-MM-DD):", optarg);
      opts.today = optarg;
      break;
    case 'b':
      opts.base_iri = optarg;
      break;
    case 'g':
      if (ngaz == MAX_GAZETTEERS)
        return usage_error("too many gazetteers, at most 16; rejected", optarg);
      gaz[ngaz++] = optarg;
      break;
    case 'I':
      if (newskg_input_format_from_name(optarg, &input_format) != NEWSKG_OK)
        return usage_error(
            "unsupported input format (auto, text, html, jsonl, warc):", optarg);
      break;
    case 'j':
      if (!parse_jobs(optarg, &jobs))
        return usage_error("invalid number of jobs (0-256):", optarg);
      break;
    case 'U':
      opts.strict_utf8 = true;
      break;
    case 'S':
      opts.syntax_model = optarg;
      break;
    case 'M': {
      char *end;
      errno = 0;
      unsigned long long n = strtoull(optarg, &end, 10);
      if (errno || end == optarg || *end || n == 0 || optarg[0] == '-' ||
          n > SIZE_MAX)
        return usage_error("invalid number of mentions (1 or more):", optarg);
      opts.max_mentions = (size_t)n;
      break;
    }
    case 'P':
      if (newskg_provenance_from_name(optarg, &opts.provenance) != NEWSKG_OK)
        return usage_error("unknown provenance level (facts, mentions, none):",
                           optarg);
      break;
    case 'F':
      if (newskg_frames_from_name(optarg, &opts.frames) != NEWSKG_OK)
        return usage_error(
            "unknown frame mode (surface, tree, backfill, hybrid):", optarg);
      break;
    case 'L':
      follow_links = true;
      break;
    case 'q':
      quiet = true;
      break;
    case 'v':
      verbose = true;
      break;
    case 'e':
      explain = 1;
      break;
    case 'o':
      out_path = optarg;
      break;
    case 'h':
      print_usage();
      return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
    case 'V':
      printf("newskg %s\n", newskg_version());
      return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
    case ':':
      return usage_error("missing value for option", argv[optind - 1]);
    default:
      return usage_error("unknown option", argv[optind - 1]);
    }
  }
  if (view_given && format != NEWSKG_FORMAT_GRAPHML)
    return usage_error("--graph needs --format graphml; got --graph",
                       view == NEWSKG_VIEW_ACTORS ? "actors" : "events");
  newskg_pipeline *p = NULL;
  newskg_status st = newskg_pipeline_new(&opts, &p);
  if (st != NEWSKG_OK) {
    if (st == NEWSKG_ERR_BAD_ARG) {
      fprintf(stderr, "newskg: %s (try 'newskg --help')\n", newskg_errmsg());
      return EXIT_USAGE;
    }
    return fail("cannot start", NULL, st);
  }
  for (int i = 0; i < ngaz; i++) {
    st = newskg_pipeline_add_gazetteer(p, gaz[i]);
    if (st != NEWSKG_OK) {
      newskg_pipeline_free(p);
      return fail("cannot load gazetteer", gaz[i], st);
    }
  }
  struct output out;
  int rc = output_open(&out, out_path);
  if (rc != EXIT_OK) {
    newskg_pipeline_free(p);
    return rc;
  }
  newskg_writer *w = NULL;
  struct writer_conf wc = {.p = p, .format = format, .view = view};
  st = make_writer(&wc, out.f, &w);
  if (st != NEWSKG_OK)
    rc = fail("cannot start output", NULL, st);
  /* A document that cannot be read or extracted is reported and skipped,
     so one bad file in an archive loses nothing else; the run still exits
     1.  An output error stops everything. */
  bool out_ok = w != NULL;
  if (out_ok) {
    /* formats written graph by graph are serialized on the workers */
    bool per_graph =
        format == NEWSKG_FORMAT_NTRIPLES || format == NEWSKG_FORMAT_NQUADS;
    struct run_options ro = {
        .p = p, .w = w, .out = out.f,
        .new_writer = per_graph ? make_writer : NULL, .writer_ctx = &wc,
        .date = date, .input_format = input_format, .jobs = jobs,
        .explain = explain, .quiet = quiet, .verbose = verbose,
        .follow_links = follow_links,
    };
    unsigned long long written = 0;
    ro.extracted = &written;
    int r = run_extract(&ro, argv + optind, argc - optind);
    if (r != RUN_OK)
      rc = EXIT_FAIL;
    out_ok = r != RUN_OUTPUT_FAILED;
    /* Every input failed: finishing would still write the format's
       header (Turtle prefixes, an empty GraphML), a document of nothing
       that a pipeline would take for a result.  Write nothing. */
    if (r == RUN_FAIL && written == 0)
      out_ok = false;
  }
  if (out_ok && (st = newskg_writer_finish(w)) != NEWSKG_OK)
    rc = fail("cannot write output", NULL, st);
  newskg_writer_free(w);
  newskg_pipeline_free(p);
  return output_close(&out, rc);
}

/* newskg parse --eval GOLD: the scores, one "NAME: VALUE" per line. */
static int parse_eval(const newskg_pipeline *p, const char *gold) {
  newskg_parse_scores sc;
  newskg_status st = newskg_pipeline_evaluate_syntax(p, gold, &sc);
  if (st != NEWSKG_OK)
    return fail("cannot evaluate", gold, st);
  printf("UPOS: %.2f\nUAS: %.2f\nLAS: %.2f\nwords/s: %.0f\n", sc.upos, sc.uas,
         sc.las, sc.seconds > 0 ? (double)sc.words / sc.seconds : 0.0);
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}

/* newskg parse: each document of each FILE as CoNLL-U. */
static int parse_files(const newskg_pipeline *p, char **paths, int npaths,
                       newskg_input_format fmt, FILE *out) {
  static char *const stdin_only[] = {"-"};
  if (npaths == 0)
    paths = (char **)stdin_only, npaths = 1;
  int rc = EXIT_OK;
  for (int i = 0; i < npaths; i++) {
    newskg_reader *r = NULL;
    newskg_status st = strcmp(paths[i], "-") == 0
                           ? newskg_reader_open(stdin, "stdin", fmt, &r)
                           : newskg_reader_open_path(paths[i], fmt, &r);
    if (st != NEWSKG_OK) {
      rc = fail("cannot read", paths[i], st);
      continue;
    }
    for (;;) {
      const newskg_document *doc = NULL;
      st = newskg_reader_next(r, &doc);
      if (st != NEWSKG_OK) {
        rc = fail("skipped", newskg_reader_where(r), st);
        continue;
      }
      if (!doc)
        break;
      st = newskg_pipeline_parse(p, doc, out);
      if (st == NEWSKG_ERR_IO) {
        newskg_reader_free(r);
        return fail("cannot write output", NULL, st);
      }
      if (st != NEWSKG_OK)
        rc = fail("cannot parse", newskg_reader_where(r), st);
    }
    newskg_reader_free(r);
  }
  return rc;
}

/* newskg parse [--model FILE] [--eval GOLD | FILE...] */
static int parse(int argc, char **argv) {
  static const struct option longopts[] = {
      {"model", required_argument, NULL, 'm'},
      {"syntax-model", required_argument, NULL, 'm'},
      {"eval", required_argument, NULL, 'E'},
      {"input-format", required_argument, NULL, 'I'},
      {"strict-utf8", no_argument, NULL, 'U'},
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  newskg_options opts = {0};
  /* parsing names nothing: the gazetteer would only cost start-up */
  opts.no_builtin_gazetteer = true;
  const char *gold = NULL, *out_path = NULL;
  newskg_input_format fmt = NEWSKG_INPUT_AUTO;
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'm':
      opts.syntax_model = optarg;
      break;
    case 'E':
      gold = optarg;
      break;
    case 'I':
      if (newskg_input_format_from_name(optarg, &fmt) != NEWSKG_OK)
        return usage_error(
            "unsupported input format (auto, text, html, jsonl, warc):", optarg);
      break;
    case 'U':
      opts.strict_utf8 = true;
      break;
    case 'o':
      out_path = optarg;
      break;
    case 'h':
      print_usage();
      return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
    case ':':
      return usage_error("missing value for option", argv[optind - 1]);
    default:
      return usage_error("unknown option", argv[optind - 1]);
    }
  }
  if (gold && optind < argc)
    return usage_error("--eval reads one treebank; extra argument",
                       argv[optind]);
  newskg_pipeline *p = NULL;
  newskg_status st = newskg_pipeline_new(&opts, &p);
  if (st != NEWSKG_OK)
    return fail("cannot start", NULL, st);
  int rc;
  if (gold) {
    rc = parse_eval(p, gold);
  } else {
    struct output out;
    rc = output_open(&out, out_path);
    if (rc == EXIT_OK)
      rc = output_close(
          &out, parse_files(p, argv + optind, argc - optind, fmt, out.f));
  }
  newskg_pipeline_free(p);
  return rc;
}

static bool parse_count(const char *s, unsigned *out) {
  char *end;
  errno = 0;
  unsigned long n = strtoul(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-' || n > 100000)
    return false;
  *out = (unsigned)n;
  return true;
}

/* newskg train-parser --train T [--dev D] -o OUT */
static int train_parser(int argc, char **argv) {
  static const struct option longopts[] = {
      {"train", required_argument, NULL, 't'},
      {"dev", required_argument, NULL, 'D'},
      {"output", required_argument, NULL, 'o'},
      {"tag-epochs", required_argument, NULL, 'T'},
      {"parse-epochs", required_argument, NULL, 'P'},
      {"folds", required_argument, NULL, 'F'},
      {"seed", required_argument, NULL, 's'},
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  newskg_syntax_training o = {0};
  o.log = stderr;
  const char *train = NULL, *out_path = NULL;
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:qh", longopts, NULL)) != -1) {
    unsigned *count = NULL;
    switch (c) {
    case 't':
      train = optarg;
      break;
    case 'D':
      o.dev = optarg;
      break;
    case 'o':
      out_path = optarg;
      break;
    case 'T':
      count = &o.tag_epochs;
      break;
    case 'P':
      count = &o.parse_epochs;
      break;
    case 'F':
      count = &o.folds;
      break;
    case 's':
      count = &o.seed;
      break;
    case 'q':
      o.log = NULL;
      break;
    case 'h':
      print_usage();
      return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
    case ':':
      return usage_error("missing value for option", argv[optind - 1]);
    default:
      return usage_error("unknown option", argv[optind - 1]);
    }
    if (count && !parse_count(optarg, count))
      return usage_error("invalid number", optarg);
  }
  if (!train || !out_path)
    return usage_error("train-parser needs --train FILE and -o OUT; got",
                       train ? "no -o" : "no --train");
  if (optind < argc)
    return usage_error("unexpected argument", argv[optind]);
  struct output out;
  int rc = output_open(&out, out_path);
  if (rc != EXIT_OK)
    return rc;
  newskg_status st = newskg_syntax_train(train, &o, out.f);
  if (st != NEWSKG_OK)
    rc = fail("cannot train", NULL, st);
  return output_close(&out, rc);
}

/* newskg gazetteer build [-o OUT] [DUMP|-] */
static int gazetteer_build(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *out_path = NULL;
  int c;
  optind = 1;
  opterr = 0; /* our own one-line messages, not getopt's */
  while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o':
      out_path = optarg;
      break;
    case 'h':
      print_usage();
      return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
    case ':':
      return usage_error("missing value for option", argv[optind - 1]);
    default:
      return usage_error("unknown option", argv[optind - 1]);
    }
  }
  if (argc - optind > 1)
    return usage_error("gazetteer build reads one dump; extra argument",
                       argv[optind + 1]);
  const char *path = optind < argc ? argv[optind] : "-";
  FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "newskg: cannot open '%s': %s\n", path, strerror(errno));
    return EXIT_FAIL;
  }
  char *name = file_name(path);
  struct output out;
  int rc = name ? output_open(&out, out_path)
                : fail("cannot start", NULL, NEWSKG_ERR_NOMEM);
  if (rc == EXIT_OK) {
    size_t n = 0;
    newskg_status st = newskg_gazetteer_build(in, name, out.f, &n);
    if (st != NEWSKG_OK)
      rc = fail("cannot build gazetteer", NULL, st);
    rc = output_close(&out, rc);
  }
  if (in != stdin)
    fclose(in);
  free(name);
  return rc;
}

static int gazetteer(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "newskg: missing gazetteer command, e.g. 'build' "
                    "(try 'newskg --help')\n");
    return EXIT_USAGE;
  }
  if (strcmp(argv[1], "build") == 0)
    return gazetteer_build(argc - 1, argv + 1);
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    print_usage();
    return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
  }
  return usage_error("unknown gazetteer command", argv[1]);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "newskg: missing command (try 'newskg --help')\n");
    return EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    print_usage();
    return EXIT_OK;
  }
  if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
    printf("newskg %s\n", newskg_version());
    return EXIT_OK;
  }
  if (strcmp(argv[1], "--data-dir") == 0) {
    char dir[4096];
    if (!cli_data_dir(dir, sizeof dir)) {
      const char *env = getenv("NEWSKG_DATADIR");
      if (env && *env)
        fprintf(stderr, "newskg: NEWSKG_DATADIR '%s' holds no newskg.ttl\n", env);
      else
        fprintf(stderr, "newskg: no data directory found (install newskg, or set "
                        "NEWSKG_DATADIR)\n");
      return EXIT_FAIL;
    }
    printf("%s\n", dir);
    return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
  }
  if (strcmp(argv[1], "extract") == 0)
    return extract(argc - 1, argv + 1);
  if (strcmp(argv[1], "gazetteer") == 0)
    return gazetteer(argc - 1, argv + 1);
  if (strcmp(argv[1], "parse") == 0)
    return parse(argc - 1, argv + 1);
  if (strcmp(argv[1], "train-parser") == 0)
    return train_parser(argc - 1, argv + 1);
  fprintf(stderr, "newskg: unknown command '%s' (try 'newskg --help')\n", argv[1]);
  return EXIT_USAGE;
}
