/*
 * Where the CLI's data (ontology, shapes, queries, the tables and the
 * parser model, for reference: the library embeds its own copies) is:
 * `newskg --data-dir` prints it, so scripts need not know the prefix.
 */
#ifndef NKG_CLI_DATADIR_H
#define NKG_CLI_DATADIR_H

#include <stddef.h>

/* Writes the data directory into buf (size n) and returns buf, or returns
   NULL when none is found: $NEWSKG_DATADIR when set; else the installed
   layout relative to the executable (<bindir>/../share/newskg, so an
   installed tree can be moved); else, for the executable of a build tree,
   the source tree's ontology/. */
char *cli_data_dir(char *buf, size_t n);

#endif
