/*
 * newskg extract's input side (see run.h).
 *
 * Order and memory.  Items — documents, and the one-line messages of
 * records that could not be read — come out of the source in input order
 * and are written in that order, whatever -j says, so the output is the
 * same bytes for any number of threads.  With -j N the main thread reads
 * into a ring of 4×N slots; N workers take slots in order and extract
 * (and, for N-Triples/N-Quads, serialize to memory); the main thread
 * writes the oldest slot once it is done, then reads one more.  At most
 * 4×N documents and their graphs are alive at any time.
 *
 * Standard error: one line per failed document (the CLI's contract);
 * progress and the summary only on a terminal (or --verbose for the
 * summary), never with --quiet.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "run.h"

#define WINDOW_PER_JOB 4    /* slots in flight per worker */
#define PROGRESS_EVERY 0.25 /* seconds between progress refreshes */
#define MAX_DEPTH 64        /* directory nesting walked */

/* ---- directory walk ----
   Arguments in the order given; a directory is walked depth-first, its
   entries sorted by name (bytes, not locale) so output order does not
   depend on the file system.  In directories only regular files whose
   name announces an input format are taken; names starting with '.' and
   special files (FIFOs, devices, sockets: a read could block forever or
   never end) are skipped.  A symbolic link to a file is read; a link to
   a directory is not followed unless --follow-links (a link into a
   mounted /proc once walked the whole file system).  No file or
   directory is read twice, however it is reached (links, hard links,
   the same path given twice): the walk remembers the device and inode
   of each, 16 bytes apiece.  Memory otherwise: the sorted names of the
   directories on the current path, not of the whole tree. */

/* A set of (device, inode) pairs: open addressing, grown at half full. */
struct seen {
  struct seen_key {
    dev_t dev;
    ino_t ino;
  } *k;
  size_t n, cap; /* cap a power of two, or 0 */
};

static size_t seen_slot(const struct seen *S, dev_t dev, ino_t ino) {
  uint64_t h = ((uint64_t)ino * 0x9E3779B97F4A7C15ULL) ^ (uint64_t)dev;
  h ^= h >> 29;
  return (size_t)h & (S->cap - 1);
}

/* Adds the pair; false if it was there already.  On out of memory it
   answers true (read it): a second read is the lesser harm. */
static bool seen_add(struct seen *S, dev_t dev, ino_t ino) {
  if (2 * (S->n + 1) > S->cap) {
    size_t cap = S->cap ? S->cap * 2 : 256;
    struct seen_key *k = calloc(cap, sizeof *k);
    if (!k)
      return true;
    struct seen old = *S;
    S->k = k, S->cap = cap;
    for (size_t i = 0; i < old.cap; i++)
      if (old.k[i].ino || old.k[i].dev) {
        size_t j = seen_slot(S, old.k[i].dev, old.k[i].ino);
        while (S->k[j].ino || S->k[j].dev)
          j = (j + 1) & (cap - 1);
        S->k[j] = old.k[i];
      }
    free(old.k);
  }
  size_t j = seen_slot(S, dev, ino);
  while (S->k[j].ino || S->k[j].dev) {
    if (S->k[j].dev == dev && S->k[j].ino == ino)
      return false;
    j = (j + 1) & (S->cap - 1);
  }
  S->k[j].dev = dev, S->k[j].ino = ino;
  S->n++;
  return true;
}

struct frame {
  char *dir;
  char **names;
  size_t n, i;
  dev_t dev;
  ino_t ino;
};

struct walk {
  char *const *args;
  int nargs, next;
  bool follow_links; /* --follow-links: enter links to directories */
  struct frame st[MAX_DEPTH];
  int depth;
  struct seen files, dirs; /* read or entered so far */
};

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void frame_free(struct frame *f) {
  for (size_t i = 0; i < f->n; i++)
    free(f->names[i]);
  free(f->names);
  free(f->dir);
}

static char *join(const char *dir, const char *name) {
  size_t dl = strlen(dir), nl = strlen(name);
  bool slash = dl > 0 && dir[dl - 1] == '/';
  char *p = malloc(dl + nl + 2);
  if (p) {
    memcpy(p, dir, dl);
    if (!slash)
      p[dl++] = '/';
    memcpy(p + dl, name, nl + 1);
  }
  return p;
}

/* Pushes a directory; on failure writes a message to `msg`. */
static bool walk_push(struct walk *w, const char *dir, const struct stat *sb,
                      char *msg, size_t cap) {
  if (!seen_add(&w->dirs, sb->st_dev, sb->st_ino))
    return true; /* entered already (a link up the tree or to a sibling) */
  if (w->depth == MAX_DEPTH) {
    snprintf(msg, cap, "newskg: cannot open '%s': directories nested too deep",
             dir);
    return false;
  }
  DIR *d = opendir(dir);
  if (!d) {
    snprintf(msg, cap, "newskg: cannot open '%s': %s", dir, strerror(errno));
    return false;
  }
  struct frame f = {.dev = sb->st_dev, .ino = sb->st_ino};
  size_t cap_names = 0;
  bool ok = (f.dir = strdup(dir)) != NULL;
  struct dirent *e;
  while (ok && (e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    if (f.n == cap_names) {
      cap_names = cap_names ? cap_names * 2 : 64;
      char **nn = realloc(f.names, cap_names * sizeof *nn);
      if (!nn) {
        ok = false;
        break;
      }
      f.names = nn;
    }
    if (!(f.names[f.n] = strdup(e->d_name)))
      ok = false;
    else
      f.n++;
  }
  closedir(d);
  if (!ok) {
    frame_free(&f);
    snprintf(msg, cap, "newskg: cannot open '%s': out of memory", dir);
    return false;
  }
  if (f.n)
    qsort(f.names, f.n, sizeof *f.names, by_name);
  w->st[w->depth++] = f;
  return true;
}

/* The next file: 1 and *path (malloc'd; "-" for standard input), with
   *in_dir when it came from a directory; 0 at the end; -1 with a message
   in `msg` for a directory that cannot be read. */
static int walk_next(struct walk *w, char **path, bool *in_dir, char *msg,
                     size_t cap) {
  struct stat sb;
  for (;;) {
    if (w->depth > 0) {
      struct frame *f = &w->st[w->depth - 1];
      if (f->i == f->n) {
        frame_free(f);
        w->depth--;
        continue;
      }
      char *p = join(f->dir, f->names[f->i++]);
      if (!p) {
        snprintf(msg, cap, "newskg: cannot open '%s': out of memory", f->dir);
        return -1;
      }
      if (lstat(p, &sb) != 0) {
        free(p); /* vanished: nothing to read */
        continue;
      }
      if (S_ISLNK(sb.st_mode)) {
        struct stat tb;
        if (stat(p, &tb) != 0 || (S_ISDIR(tb.st_mode) && !w->follow_links)) {
          free(p); /* dangling, or a directory link not to be followed */
          continue;
        }
        sb = tb;
      }
      if (S_ISDIR(sb.st_mode)) {
        bool ok = walk_push(w, p, &sb, msg, cap);
        free(p);
        if (!ok)
          return -1;
        continue;
      }
      if (!S_ISREG(sb.st_mode) ||
          newskg_input_format_of_name(p) == NEWSKG_INPUT_AUTO ||
          !seen_add(&w->files, sb.st_dev, sb.st_ino)) {
        free(p);
        continue;
      }
      *path = p;
      *in_dir = true;
      return 1;
    }
    if (w->next == w->nargs)
      return 0;
    const char *a = w->args[w->next++];
    /* a FILE named on the command line is read whatever it is (a FIFO
       from <(...) included): the user asked for it; once, though */
    if (strcmp(a, "-") != 0 && stat(a, &sb) == 0) {
      if (S_ISDIR(sb.st_mode)) {
        if (!walk_push(w, a, &sb, msg, cap))
          return -1;
        continue;
      }
      if (S_ISREG(sb.st_mode) && !seen_add(&w->files, sb.st_dev, sb.st_ino))
        continue;
    }
    if (!(*path = strdup(a))) {
      snprintf(msg, cap, "newskg: cannot open '%s': out of memory", a);
      return -1;
    }
    *in_dir = false;
    return 1;
  }
}

static void walk_free(struct walk *w) {
  while (w->depth > 0)
    frame_free(&w->st[--w->depth]);
  free(w->files.k);
  free(w->dirs.k);
  memset(&w->files, 0, sizeof w->files);
  memset(&w->dirs, 0, sizeof w->dirs);
}

/* The bytes the walk will read, for the ETA; false if unknown (standard
   input from a pipe). */
static bool total_bytes(char *const *args, int nargs, bool follow_links,
                        unsigned long long *total) {
  struct walk w = {.args = args, .nargs = nargs, .follow_links = follow_links};
  char *p, msg[64];
  bool in_dir, known = true;
  int k;
  *total = 0;
  while ((k = walk_next(&w, &p, &in_dir, msg, sizeof msg)) != 0) {
    if (k < 0)
      continue;
    struct stat sb;
    if (strcmp(p, "-") == 0
            ? fstat(STDIN_FILENO, &sb) == 0 && S_ISREG(sb.st_mode)
            : stat(p, &sb) == 0)
      *total += (unsigned long long)sb.st_size;
    else if (strcmp(p, "-") == 0)
      known = false;
    free(p);
  }
  walk_free(&w);
  return known;
}

/* ---- document ids seen ----
   Two inputs with one id would be one document IRI, and their facts one
   merged tangle (two dates, two places) with no warning.  Files cannot
   collide (the id is the path, and a file is read once), but records
   can: a JSON Lines id or a URL given twice, a page crawled twice.  The
   later one fails, naming the earlier.  Cost: the ids and input names of
   the run, about 100 bytes a document. */
struct ids {
  struct id_entry {
    char *id, *where; /* one allocation: id, then where */
    uint64_t h;
  } *e;
  size_t n, cap;
};

static uint64_t id_hash(const char *s) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 0x100000001B3ULL;
  return h;
}

/* The input that had `id` before, or NULL (then `id` is recorded as
   `where`'s).  On out of memory nothing is recorded: no false alarm. */
static const char *ids_add(struct ids *S, const char *id, const char *where) {
  if (2 * (S->n + 1) > S->cap) {
    size_t cap = S->cap ? S->cap * 2 : 256;
    struct id_entry *e = calloc(cap, sizeof *e);
    if (!e)
      return NULL;
    for (size_t i = 0; i < S->cap; i++)
      if (S->e[i].id) {
        size_t j = (size_t)S->e[i].h & (cap - 1);
        while (e[j].id)
          j = (j + 1) & (cap - 1);
        e[j] = S->e[i];
      }
    free(S->e);
    S->e = e, S->cap = cap;
  }
  uint64_t h = id_hash(id);
  size_t j = (size_t)h & (S->cap - 1);
  for (; S->e[j].id; j = (j + 1) & (S->cap - 1))
    if (S->e[j].h == h && strcmp(S->e[j].id, id) == 0)
      return S->e[j].where;
  size_t il = strlen(id) + 1, wl = strlen(where) + 1;
  char *m = malloc(il + wl);
  if (!m)
    return NULL;
  memcpy(m, id, il);
  memcpy(m + il, where, wl);
  S->e[j] = (struct id_entry){.id = m, .where = m + il, .h = h};
  S->n++;
  return NULL;
}

static void ids_free(struct ids *S) {
  for (size_t i = 0; i < S->cap; i++)
    free(S->e[i].id);
  free(S->e);
  memset(S, 0, sizeof *S);
}

/* ---- the run ---- */

enum item_kind { ITEM_DOC, ITEM_FAIL, ITEM_WARN };

/* One document (or message) on its way from the source to the output. */
struct job {
  enum item_kind kind;
  newskg_document doc; /* views: into `mem` (threads) or the reader */
  const char *name;    /* the record, for messages */
  char *mem;           /* owned copy of the document (threads) */
  bool stream;         /* longer than a window: extracted and written by
                          job_emit, window by window (see there) */
  bool done;           /* extracted (guarded by the run's lock) */
  bool failed;         /* extraction failed: msg says why */
  bool out_failed;     /* serializing failed: msg says why */
  char *msg;           /* one line without "\n"; owned */
  newskg_graph *g;     /* owned; kept for the writer or --explain */
  char *out;           /* serialized graph (worker writers); owned */
  size_t out_len;
  size_t nsent, nparsed; /* the graph's sentences; those parsed */
};

struct worker {
  struct run *run;
  pthread_t thread;
  FILE *mem;     /* open_memstream; NULL without worker writers */
  char *mem_buf; /* its buffer */
  size_t mem_len;
  newskg_writer *w;
};

struct run {
  const struct run_options *o;
  /* source */
  struct walk walk;
  newskg_reader *reader;
  FILE *in;
  bool reader_from_dir;
  unsigned long long bytes_done; /* of the readers closed so far */
  /* counts */
  unsigned long long docs, extracted, failed, skipped;
  unsigned long long sentences, parsed; /* of the documents extracted */
  struct ids ids; /* document ids written so far */
  /* standard error */
  bool progress, summary, line_shown;
  unsigned long long total;
  bool total_known;
  double t0, last;
  bool collided; /* a document failed for an id already used */
  /* threads */
  pthread_mutex_t lock;
  pthread_cond_t work, done;
  struct job *ring;
  size_t window;
  unsigned long long head, tail, next; /* write, read, extract positions */
  bool quit;
};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned long long bytes_read(const struct run *R) {
  return R->bytes_done + (R->reader ? newskg_reader_bytes(R->reader) : 0);
}

/* Clears the progress line before anything else goes to stderr. */
static void clear_line(struct run *R) {
  if (R->line_shown) {
    fputs("\r\033[K", stderr);
    R->line_shown = false;
  }
}

static void say(struct run *R, const char *line) {
  clear_line(R);
  fprintf(stderr, "%s\n", line);
}

static char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (s) {
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  return s;
}

static void progress(struct run *R, bool force) {
  if (!R->progress)
    return;
  double t = now();
  if (!force && t - R->last < PROGRESS_EVERY)
    return;
  R->last = t;
  double mb = (double)bytes_read(R) / 1e6, dt = t - R->t0;
  double rate = dt > 0 ? mb / dt : 0;
  char eta[48] = "";
  if (R->total_known && R->total > 0 && rate > 0) {
    double left = ((double)R->total / 1e6 - mb) / rate;
    if (left < 0)
      left = 0;
    unsigned s = (unsigned)(left + 0.5);
    snprintf(eta, sizeof eta, ", %.0f%%, ETA %u:%02u:%02u",
             100.0 * mb * 1e6 / (double)R->total, s / 3600, s / 60 % 60,
             s % 60);
  }
  fprintf(stderr, "\rnewskg: %llu document%s, %.1f MB, %.1f MB/s%s\033[K",
          R->docs, R->docs == 1 ? "" : "s", mb, rate, eta);
  R->line_shown = true;
}

/* The next item of the input: ITEM_DOC with j->doc and j->name viewing
   the reader's record, ITEM_FAIL/ITEM_WARN with j->msg; false at the end. */
static bool source_next(struct run *R, struct job *j) {
  const struct run_options *o = R->o;
  memset(j, 0, sizeof *j);
  for (;;) {
    if (!R->reader) {
      char *path = NULL, msg[4200];
      int k = walk_next(&R->walk, &path, &R->reader_from_dir, msg, sizeof msg);
      if (k == 0)
        return false;
      if (k < 0) {
        j->kind = ITEM_FAIL;
        j->msg = strdup(msg);
        return true;
      }
      bool is_stdin = strcmp(path, "-") == 0;
      FILE *f = is_stdin ? stdin : fopen(path, "rb");
      if (!f) {
        j->kind = ITEM_FAIL;
        j->msg = format("newskg: cannot open '%s': %s", path, strerror(errno));
        free(path);
        return true;
      }
      newskg_input_format fmt = o->input_format;
      newskg_status st =
          newskg_reader_open(f, is_stdin ? "stdin" : path, fmt, &R->reader);
      if (st != NEWSKG_OK) {
        const char *d = newskg_errmsg();
        j->kind = ITEM_FAIL;
        j->msg = format("newskg: cannot read '%s': %s%s%s", path,
                        newskg_strerror(st), *d ? ": " : "", d);
        if (!is_stdin)
          fclose(f);
        free(path);
        return true;
      }
      R->in = is_stdin ? NULL : f;
      free(path);
    }
    const newskg_document *d = NULL;
    newskg_status st = newskg_reader_next(R->reader, &d);
    if (st != NEWSKG_OK) {
      newskg_input_format f = newskg_reader_format(R->reader);
      bool archive = f == NEWSKG_INPUT_JSONL || f == NEWSKG_INPUT_WARC;
      if (st == NEWSKG_ERR_LIMIT && archive) {
        /* a crawl holds the odd huge page: skipped, not a failure */
        j->kind = ITEM_WARN;
        j->msg = format("newskg: warning: skipped %s", newskg_errmsg());
      } else {
        j->kind = ITEM_FAIL;
        j->msg = format("newskg: cannot read %s", newskg_errmsg());
      }
      return true;
    }
    if (!d) {
      R->bytes_done += newskg_reader_bytes(R->reader);
      newskg_reader_free(R->reader);
      R->reader = NULL;
      if (R->in)
        fclose(R->in);
      R->in = NULL;
      continue;
    }
    j->kind = ITEM_DOC;
    j->doc = *d;
    j->stream = d->len > NEWSKG_WINDOW_BYTES;
    j->name = newskg_reader_where(R->reader);
    /* --date: the date of a text or HTML file; an archive's records keep
       their own and take it only when they have none */
    newskg_input_format f = newskg_reader_format(R->reader);
    if (o->date &&
        (f == NEWSKG_INPUT_TEXT || f == NEWSKG_INPUT_HTML || !d->date))
      j->doc.date = o->date;
    return true;
  }
}

/* Copies a document the reader lends into memory the job owns. */
static bool job_own(struct job *j) {
  size_t id = j->doc.id ? strlen(j->doc.id) + 1 : 0;
  size_t url = j->doc.url ? strlen(j->doc.url) + 1 : 0;
  size_t date = j->doc.date ? strlen(j->doc.date) + 1 : 0;
  size_t name = strlen(j->name) + 1;
  char *m = malloc(j->doc.len + 1 + id + url + date + name);
  if (!m)
    return false;
  char *p = m;
  if (j->doc.len)
    memcpy(p, j->doc.text, j->doc.len);
  p[j->doc.len] = '\0';
  j->doc.text = p;
  p += j->doc.len + 1;
#define OWN(field, n)                                                          \
  if (n) {                                                                     \
    memcpy(p, field, n);                                                       \
    field = p;                                                                 \
    p += n;                                                                    \
  }
  OWN(j->doc.id, id)
  OWN(j->doc.url, url)
  OWN(j->doc.date, date)
  OWN(j->name, name)
#undef OWN
  j->mem = m;
  return true;
}

static void job_clear(struct job *j) {
  newskg_graph_free(j->g);
  free(j->msg);
  free(j->out);
  free(j->mem);
  memset(j, 0, sizeof *j);
}

/* Extracts a document; with a worker writer, also serializes it. */
static void job_run(struct run *R, struct job *j, struct worker *wk) {
  if (j->stream)
    return; /* job_emit's, in input order */
  newskg_graph *g = NULL;
  newskg_status st = newskg_pipeline_extract(R->o->p, &j->doc, &g);
  if (st != NEWSKG_OK) {
    const char *d = newskg_errmsg();
    j->failed = true;
    /* a binary file in a folder of articles: a warning that names it; it
       counts as failed, and the run goes on */
    if (st == NEWSKG_ERR_NOT_TEXT)
      j->msg = format("newskg: warning: skipped '%s': not text: %s", j->name, d);
    else
      j->msg = format("newskg: cannot extract '%s': %s%s%s", j->name,
                      newskg_strerror(st), *d ? ": " : "", d);
    return;
  }
  j->g = g;
  j->nsent = newskg_graph_sentence_count(g);
  j->nparsed = newskg_graph_parsed_sentence_count(g);
  if (!wk || !wk->w)
    return;
  st = newskg_writer_add(wk->w, g);
  if (st == NEWSKG_OK && fflush(wk->mem) != 0)
    st = NEWSKG_ERR_NOMEM;
  off_t n = st == NEWSKG_OK ? ftello(wk->mem) : -1;
  if (n >= 0 && (j->out = malloc((size_t)n + 1)) != NULL) {
    memcpy(j->out, wk->mem_buf, (size_t)n);
    j->out_len = (size_t)n;
    rewind(wk->mem);
  } else {
    j->out_failed = true;
    j->msg = format("newskg: cannot write output: %s",
                    newskg_strerror(st != NEWSKG_OK ? st : NEWSKG_ERR_NOMEM));
  }
  if (!R->o->explain) {
    newskg_graph_free(j->g);
    j->g = NULL;
  }
}

/* A document longer than a window, extracted here on the main thread
   when its turn to be written comes, and written window by window to the
   run's writer as each is made: memory holds one window's graph, never
   the document's (a 50 MB single line had a 2.7 GB graph), and the bytes
   are the same for any -j, because it goes the same way for every -j.
   The workers meanwhile extract the documents after it.  Returns false
   when the output failed (reported). */
static bool job_stream(struct run *R, struct job *j) {
  const struct run_options *o = R->o;
  if (o->explain)
    clear_line(R);
  newskg_status st = newskg_pipeline_extract_to(o->p, &j->doc, o->w,
                                                o->explain ? stderr : NULL, NULL);
  if (st == NEWSKG_OK) {
    R->extracted++;
    return true;
  }
  const char *d = newskg_errmsg();
  char *m;
  if (st == NEWSKG_ERR_IO || st == NEWSKG_ERR_RDF || st == NEWSKG_ERR_XML) {
    clear_line(R);
    fprintf(stderr, "newskg: cannot write output: %s%s%s\n",
            newskg_strerror(st), *d ? ": " : "", d);
    return false;
  }
  R->failed++;
  j->failed = true;
  if (st == NEWSKG_ERR_NOT_TEXT)
    m = format("newskg: warning: skipped '%s': not text: %s", j->name, d);
  else
    m = format("newskg: cannot extract '%s': %s%s%s", j->name,
               newskg_strerror(st), *d ? ": " : "", d);
  say(R, m ? m : "newskg: out of memory");
  free(m);
  return true;
}

/* Reports and writes one finished item, in input order.  Returns false
   when the output failed (reported). */
static bool job_emit(struct run *R, struct job *j) {
  const struct run_options *o = R->o;
  if (j->kind == ITEM_WARN) {
    R->skipped++;
    say(R, j->msg ? j->msg : "newskg: warning: out of memory");
    return true;
  }
  R->docs++;
  if (j->kind == ITEM_FAIL || j->failed) {
    R->failed++;
    say(R, j->msg ? j->msg : "newskg: out of memory");
    return true;
  }
  if (j->out_failed) {
    say(R, j->msg ? j->msg : "newskg: cannot write output: out of memory");
    return false;
  }
  /* here, on the main thread in input order, so the same input fails
     whatever -j says */
  const char *first = j->doc.id ? ids_add(&R->ids, j->doc.id, j->name) : NULL;
  if (first) {
    R->failed++;
    R->collided = true;
    char *m = format("newskg: cannot extract '%s': its document id '%s' is "
                     "already that of '%s' (one IRI for two inputs)",
                     j->name, j->doc.id, first);
    say(R, m ? m : "newskg: cannot extract: document id used twice");
    free(m);
    return true;
  }
  newskg_status st = NEWSKG_OK;
  if (j->stream)
    return job_stream(R, j);
  if (o->explain) {
    clear_line(R);
    st = newskg_graph_explain(j->g, stderr);
  }
  if (st == NEWSKG_OK) {
    if (j->out)
      st = fwrite(j->out, 1, j->out_len, o->out) == j->out_len ? NEWSKG_OK
                                                               : NEWSKG_ERR_IO;
    else
      st = newskg_writer_add(o->w, j->g);
  }
  if (st != NEWSKG_OK) {
    /* the writer's detail, if it was the writer that failed */
    const char *d = j->out ? "" : newskg_errmsg();
    clear_line(R);
    fprintf(stderr, "newskg: cannot write output: %s%s%s\n",
            newskg_strerror(st), *d ? ": " : "", d);
    return false;
  }
  R->extracted++;
  R->sentences += j->nsent;
  R->parsed += j->nparsed;
  return true;
}

/* -j 1: read, extract, write, one document at a time, no threads. */
static int run_serial(struct run *R) {
  int rc = RUN_OK;
  struct job j;
  while (source_next(R, &j)) {
    if (j.kind == ITEM_DOC)
      job_run(R, &j, NULL);
    bool ok = job_emit(R, &j);
    if (j.kind == ITEM_FAIL || j.failed)
      rc = RUN_FAIL; /* after: a streamed document fails as it is written */
    job_clear(&j);
    if (!ok)
      return RUN_OUTPUT_FAILED;
    progress(R, false);
  }
  return rc;
}

static void *worker_main(void *arg) {
  struct worker *wk = arg;
  struct run *R = wk->run;
  pthread_mutex_lock(&R->lock);
  for (;;) {
    while (!R->quit && R->next == R->tail)
      pthread_cond_wait(&R->work, &R->lock);
    if (R->next == R->tail)
      break; /* quit, and nothing left */
    unsigned long long at = R->next++;
    struct job *j = &R->ring[at % R->window];
    /* A message needs no worker, so the writer can retire it (and clear
       its slot, which then reads as an undone document) before a busy
       worker gets here: positions behind head are gone.  Running one
       extracted an empty document that nobody freed (ASan, about one
       corpus.parallel_identical run in ten). */
    if (at < R->head || j->kind != ITEM_DOC || j->done)
      continue; /* a message: nothing to extract */
    pthread_mutex_unlock(&R->lock);
    job_run(R, j, wk);
    pthread_mutex_lock(&R->lock);
    j->done = true;
    pthread_cond_signal(&R->done);
  }
  pthread_mutex_unlock(&R->lock);
  return NULL;
}

/* -j N: the main thread reads and writes, N workers extract. */
static int run_parallel(struct run *R) {
  const struct run_options *o = R->o;
  int n = o->jobs, started = 0, rc = RUN_OK;
  R->window = (size_t)n * WINDOW_PER_JOB;
  R->ring = calloc(R->window, sizeof *R->ring);
  struct worker *wk = calloc((size_t)n, sizeof *wk);
  if (!R->ring || !wk) {
    free(R->ring);
    free(wk);
    fprintf(stderr, "newskg: cannot start: out of memory\n");
    return RUN_OUTPUT_FAILED;
  }
  pthread_mutex_init(&R->lock, NULL);
  pthread_cond_init(&R->work, NULL);
  pthread_cond_init(&R->done, NULL);
  for (int i = 0; i < n; i++) {
    wk[i].run = R;
    if (o->new_writer) {
      wk[i].mem = open_memstream(&wk[i].mem_buf, &wk[i].mem_len);
      /* only its worker touches the stream: without stdio's per-call
         lock, which a threaded process otherwise takes on every byte the
         serializer writes (a third of the run in a profile) */
      if (wk[i].mem)
        __fsetlocking(wk[i].mem, FSETLOCKING_BYCALLER);
      if (!wk[i].mem ||
          o->new_writer(o->writer_ctx, wk[i].mem, &wk[i].w) != NEWSKG_OK)
        wk[i].w = NULL; /* this worker hands graphs to the main thread */
    }
    if (pthread_create(&wk[i].thread, NULL, worker_main, &wk[i]) != 0)
      break;
    started++;
  }
  if (started == 0) {
    fprintf(stderr, "newskg: cannot start worker threads\n");
    rc = RUN_OUTPUT_FAILED;
  }
  bool input_end = started == 0, out_ok = started > 0;
  /* the output is the main thread's alone, too (Turtle and GraphML are
     serialized here byte by byte) */
  int locking = __fsetlocking(o->out, FSETLOCKING_BYCALLER);
  for (;;) {
    while (!input_end && R->tail - R->head < R->window) {
      struct job *j = &R->ring[R->tail % R->window];
      if (!source_next(R, j)) {
        input_end = true;
        break;
      }
      if (j->kind == ITEM_DOC && !job_own(j)) {
        j->kind = ITEM_FAIL;
        j->msg = format("newskg: cannot read %s: out of memory", j->name);
      }
      j->done = j->kind != ITEM_DOC || j->stream; /* no worker's */
      pthread_mutex_lock(&R->lock);
      R->tail++;
      pthread_cond_signal(&R->work);
      pthread_mutex_unlock(&R->lock);
    }
    if (R->head == R->tail)
      break;
    struct job *j = &R->ring[R->head % R->window];
    pthread_mutex_lock(&R->lock);
    while (!j->done)
      pthread_cond_wait(&R->done, &R->lock);
    pthread_mutex_unlock(&R->lock);
    if (out_ok) {
      if (!job_emit(R, j)) {
        out_ok = false;
        input_end = true; /* stop reading; let the workers finish */
        rc = RUN_OUTPUT_FAILED;
      } else if (j->kind == ITEM_FAIL || j->failed) {
        rc = RUN_FAIL; /* after: a streamed document fails as written */
      }
      progress(R, false);
    }
    job_clear(j);
    /* A message (no extraction) can be written before any worker reached
       its slot; the slot then takes a new document.  The workers' claim
       position must not lag behind: a worker would take the new document
       by its old number, and another by its new one, twice at once (a
       data race and a leaked output, seen under load). */
    pthread_mutex_lock(&R->lock);
    R->head++;
    if (R->next < R->head)
      R->next = R->head;
    pthread_mutex_unlock(&R->lock);
  }
  __fsetlocking(o->out, locking);
  pthread_mutex_lock(&R->lock);
  R->quit = true;
  pthread_cond_broadcast(&R->work);
  pthread_mutex_unlock(&R->lock);
  for (int i = 0; i < started; i++)
    pthread_join(wk[i].thread, NULL);
  for (int i = 0; i < n; i++) {
    newskg_writer_free(wk[i].w);
    if (wk[i].mem)
      fclose(wk[i].mem);
    free(wk[i].mem_buf);
  }
  free(wk);
  free(R->ring);
  pthread_cond_destroy(&R->done);
  pthread_cond_destroy(&R->work);
  pthread_mutex_destroy(&R->lock);
  return rc;
}

int run_extract(const struct run_options *o, char *const *paths, int npaths) {
  static char *const stdin_only[] = {"-"};
  struct run R = {.o = o};
  if (npaths == 0) {
    paths = stdin_only;
    npaths = 1;
  }
  /* Without a FILE on a terminal the tool would wait for typed input in
     silence, which looks like a hang: say what it is doing. */
  if (!o->quiet && isatty(STDIN_FILENO) && isatty(STDERR_FILENO))
    for (int i = 0; i < npaths; i++)
      if (strcmp(paths[i], "-") == 0) {
        fputs("newskg: reading standard input (end it with Ctrl-D; "
              "'newskg --help' for usage)\n",
              stderr);
        break;
      }
  R.walk.args = paths;
  R.walk.nargs = npaths;
  R.walk.follow_links = o->follow_links;
  bool tty = isatty(STDERR_FILENO);
  R.progress = tty && !o->quiet;
  R.summary = !o->quiet && (tty || o->verbose);
  if (R.progress)
    R.total_known = total_bytes(paths, npaths, o->follow_links, &R.total);
  R.t0 = R.last = now();
  int rc = o->jobs > 1 ? run_parallel(&R) : run_serial(&R);
  if (R.reader) {
    newskg_reader_free(R.reader);
    if (R.in)
      fclose(R.in);
  }
  walk_free(&R.walk);
  ids_free(&R.ids);
  if (R.collided && rc == RUN_OK)
    rc = RUN_FAIL;
  clear_line(&R);
  if (o->extracted)
    *o->extracted = R.extracted;
  if (R.summary) {
    double dt = now() - R.t0, mb = (double)bytes_read(&R) / 1e6;
    fprintf(stderr, "newskg: %llu document%s read, %llu extracted, %llu failed",
            R.docs, R.docs == 1 ? "" : "s", R.extracted, R.failed);
    if (R.skipped)
      fprintf(stderr, ", %llu record%s skipped", R.skipped,
              R.skipped == 1 ? "" : "s");
    /* the share parsed is most of the time a document takes */
    fprintf(stderr,
            " (%.1f MB in %.1f s, %.1f MB/s; %llu sentence%s, %llu parsed, "
            "%.1f%%)\n",
            mb, dt, dt > 0 ? mb / dt : 0.0, R.sentences,
            R.sentences == 1 ? "" : "s", R.parsed,
            R.sentences ? 100.0 * (double)R.parsed / (double)R.sentences
                        : 0.0);
  }
  return rc;
}
