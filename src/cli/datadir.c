/*
 * The data directory of `newskg --data-dir` (see datadir.h).  Paths come
 * from the build (src/CMakeLists.txt): NEWSKG_BIN_TO_DATA, the data
 * directory relative to the installed executable's directory;
 * NEWSKG_BUILD_BINDIR and NEWSKG_SOURCE_DATADIR, the build tree's
 * executable directory and the source ontology/.  The source path is used
 * only by the executable that sits in that build tree, so an installed
 * copy never reports a source tree that happens to exist.
 */
#include "datadir.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Whether dir holds newskg's data (its ontology is the marker). */
static bool is_data_dir(const char *dir) {
  char path[PATH_MAX];
  int k = snprintf(path, sizeof path, "%s/newskg.ttl", dir);
  return k > 0 && (size_t)k < sizeof path && access(path, R_OK) == 0;
}

static char *copy_out(char *buf, size_t n, const char *dir) {
  int k = snprintf(buf, n, "%s", dir);
  return k > 0 && (size_t)k < n ? buf : NULL;
}

char *cli_data_dir(char *buf, size_t n) {
  const char *env = getenv("NEWSKG_DATADIR");
  if (env && *env)
    return is_data_dir(env) ? copy_out(buf, n, env) : NULL;

  /* The directory of the running executable (Linux). */
  char exe[PATH_MAX];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len <= 0)
    return NULL;
  exe[len] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash)
    return NULL;
  *slash = '\0';

  char dir[PATH_MAX];
  int k = snprintf(dir, sizeof dir, "%s/%s", exe, NEWSKG_BIN_TO_DATA);
  if (k > 0 && (size_t)k < sizeof dir && is_data_dir(dir)) {
    char real[PATH_MAX];
    return copy_out(buf, n, realpath(dir, real) ? real : dir);
  }
  char build[PATH_MAX];
  if (realpath(NEWSKG_BUILD_BINDIR, build) && strcmp(build, exe) == 0 &&
      is_data_dir(NEWSKG_SOURCE_DATADIR))
    return copy_out(buf, n, NEWSKG_SOURCE_DATADIR);
  return NULL;
}
