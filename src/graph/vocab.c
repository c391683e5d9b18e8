/* The node classes of the output vocabulary (see vocab.h). */
#include <string.h>

#include "graph/vocab.h"

const struct nkg_class nkg_classes[] = {
    {"Person", "person", "person", NKG_NODE_ENTITY, 1},
    {"Country", "country", "country", NKG_NODE_ENTITY, 1},
    {"City", "city", "city", NKG_NODE_ENTITY, 1},
    {"Region", "region", "region", NKG_NODE_ENTITY, 1},
    {"Organization", "organization", "organization", NKG_NODE_ENTITY, 1},
    {"Meeting", "meeting", "meeting", NKG_NODE_EVENT, 1},
    {"Talks", "talks", "talks", NKG_NODE_EVENT, 2},
    {"Summit", "summit", "summit", NKG_NODE_EVENT, 2},
    {"Visit", "visit", "visit", NKG_NODE_EVENT, 2},
    {"Negotiation", "negotiation", "negotiation", NKG_NODE_EVENT, 2},
    {"PhoneCall", "phonecall", "phone call", NKG_NODE_EVENT, 2},
    {"Statement", "statement", "statement", NKG_NODE_STATEMENT, 1},
};
const size_t nkg_nclasses = sizeof nkg_classes / sizeof nkg_classes[0];

int nkg_class_of(const struct nkg_term *o) {
  size_t ns = strlen(NKG_NS);
  if (o->kind != NKG_IRI || strncmp(o->value, NKG_NS, ns) != 0)
    return -1;
  for (size_t i = 0; i < nkg_nclasses; i++)
    if (strcmp(o->value + ns, nkg_classes[i].local) == 0)
      return (int)i;
  return -1;
}
