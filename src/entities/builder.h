/* The gazetteer builder: Wikidata truthy N-Triples dumps -> gazetteer TSV
   rows (newskg_gazetteer_build).  Internal: the class table, exposed so
   tests can check it row by row. */
#ifndef NKG_ENTITIES_BUILDER_H
#define NKG_ENTITIES_BUILDER_H

#include "entities/entities.h"

/* What a value of instance-of (P31) says about an entity. */
enum nkg_class_kind {
  NKG_CLASS_UNMAPPED = -1, /* not in the table: neither helps nor hurts */
  NKG_CLASS_VETO = -2,     /* excludes the entity ("historical country") */
};

/* The enum nkg_etype a P31 class ("Q6256") maps to, or an enum
   nkg_class_kind value. */
int nkg_builder_class(const char *qid, size_t len);

#endif /* NKG_ENTITIES_BUILDER_H */
