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

static const char *const predicates[] = {
    [NKG_V_TYPE] = NKG_RDF "type",
    [NKG_V_LABEL] = NKG_RDFS "label",
    [NKG_V_SAMEAS] = NKG_OWL "sameAs",
    [NKG_V_PARTICIPANT] = NKG_NS "participant",
    [NKG_V_MEDIATOR] = NKG_NS "mediator",
    [NKG_V_LOCATION] = NKG_NS "location",
    [NKG_V_SPEAKER] = NKG_NS "speaker",
    [NKG_V_ABOUT] = NKG_NS "about",
    [NKG_V_DATE] = NKG_NS "date",
    [NKG_V_PLANNED] = NKG_NS "planned",
    [NKG_V_CAMEO] = NKG_NS "cameoCode",
    [NKG_V_QUOTE] = NKG_NS "quote",
};

/* Done once per triple, when it is added: a dozen short compares, the
   price of never comparing IRIs in the writers. */
uint8_t nkg_voc_predicate(const char *iri) {
  for (uint8_t v = NKG_V_TYPE; v < NKG_V_CLASS; v++)
    if (strcmp(iri, predicates[v]) == 0)
      return v;
  return NKG_V_NONE;
}

uint8_t nkg_voc_class(const char *iri) {
  size_t ns = strlen(NKG_NS);
  if (strncmp(iri, NKG_NS, ns) != 0)
    return NKG_V_NONE;
  for (size_t i = 0; i < nkg_nclasses; i++)
    if (strcmp(iri + ns, nkg_classes[i].local) == 0)
      return (uint8_t)(NKG_V_CLASS + i);
  return NKG_V_NONE;
}

const char *nkg_voc_role(uint8_t voc) {
  return voc >= NKG_V_PARTICIPANT && voc <= NKG_V_ABOUT
             ? predicates[voc] + strlen(NKG_NS)
             : NULL;
}
