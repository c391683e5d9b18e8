/*
 * The classes of the output vocabulary that make a subject a node in the
 * graph views (GraphML, DOT): one table, so the serializers agree on what
 * a meeting, a statement or an entity is and which class names it best.
 */
#ifndef NKG_GRAPH_VOCAB_H
#define NKG_GRAPH_VOCAB_H

#include <stddef.h>
#include <stdint.h>

#include "graph/graph.h"

enum nkg_node_kind { NKG_NODE_ENTITY = 1, NKG_NODE_EVENT, NKG_NODE_STATEMENT };

struct nkg_class {
  const char *local;   /* local name in NKG_NS ("PhoneCall") */
  const char *type;    /* machine value ("phonecall"): GraphML's `type` */
  const char *display; /* for people ("phone call"): DOT's labels */
  uint8_t kind;        /* enum nkg_node_kind */
  uint8_t rank;        /* a subclass (2) names an event better than Meeting */
};

extern const struct nkg_class nkg_classes[];
extern const size_t nkg_nclasses;

/* Index in nkg_classes of an rdf:type object, or -1. */
int nkg_class_of(const struct nkg_term *o);

#endif
