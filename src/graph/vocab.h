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

/* The vocabulary the graph-view writers read, as ids on terms
   (struct nkg_term.voc): predicates, then one id per node class. */
enum nkg_voc {
  NKG_V_NONE = 0, /* any other IRI, or a literal */
  NKG_V_TYPE,
  NKG_V_LABEL,
  NKG_V_SAMEAS,
  NKG_V_PARTICIPANT, /* the roles, drawn as edges ... */
  NKG_V_MEDIATOR,
  NKG_V_LOCATION,
  NKG_V_SPEAKER,
  NKG_V_ABOUT, /* ... to here */
  NKG_V_DATE,
  NKG_V_PLANNED,
  NKG_V_CAMEO,
  NKG_V_QUOTE,
  NKG_V_CLASS /* NKG_V_CLASS + i: nkg_classes[i] */
};

/* The id of a predicate IRI (NKG_V_NONE if it has none). */
uint8_t nkg_voc_predicate(const char *iri);
/* The id of a class IRI, NKG_V_CLASS + its index in nkg_classes, or
   NKG_V_NONE. */
uint8_t nkg_voc_class(const char *iri);
/* The local name of a role id ("participant"), or NULL if `voc` is none. */
const char *nkg_voc_role(uint8_t voc);

/* Index in nkg_classes of an interned rdf:type object, or -1. */
static inline int nkg_class_of(const struct nkg_term *o) {
  return o->voc >= NKG_V_CLASS ? (int)(o->voc - NKG_V_CLASS) : -1;
}

#endif
