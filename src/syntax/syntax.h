/*
 * Syntax stage: universal POS tags, lemmas and a labelled dependency tree
 * (Universal Dependencies relations) for the sentences of a document.
 *
 * Sits between text and entities/events.  The model (tagger, parser,
 * lemma table) is loaded once per pipeline and only read afterwards, so
 * worker threads share it.  Per-document results live in the document's
 * arena and are indexed by *document* token index, so later stages read
 * them next to struct nkg_token without translating indexes.
 *
 * Only sentences that can hold a meeting are parsed (see the trigger gate
 * in the pipeline); `sent_parsed` says which.  For a sentence that was not
 * parsed every field of its tokens is zero / NKG_NO_HEAD.
 */
#ifndef NKG_SYNTAX_SYNTAX_H
#define NKG_SYNTAX_SYNTAX_H

#include <stdbool.h>
#include <stdint.h>

#include "nkg.h"
#include "text/text.h"

/* Universal POS tags, in UD's order; the names are UD's. */
#define NKG_UPOS_LIST(X)                                                        \
  X(ADJ) X(ADP) X(ADV) X(AUX) X(CCONJ) X(DET) X(INTJ) X(NOUN) X(NUM) X(PART)   \
  X(PRON) X(PROPN) X(PUNCT) X(SCONJ) X(SYM) X(VERB) X(X)

enum nkg_upos {
#define NKG_UPOS_ENUM(n) NKG_UPOS_##n,
  NKG_UPOS_LIST(NKG_UPOS_ENUM)
#undef NKG_UPOS_ENUM
  NKG_UPOS_COUNT
};

/* UD relations with the subtypes UD English EWT uses.  NKG_DEP_DEP is
   UD's catch-all "dep" and stands for any label not listed. */
#define NKG_DEPREL_LIST(X)                                                      \
  X(ROOT, "root") X(DEP, "dep") X(NSUBJ, "nsubj") X(NSUBJ_PASS, "nsubj:pass")   \
  X(NSUBJ_OUTER, "nsubj:outer") X(OBJ, "obj") X(IOBJ, "iobj")                   \
  X(CSUBJ, "csubj") X(CSUBJ_PASS, "csubj:pass") X(CSUBJ_OUTER, "csubj:outer")   \
  X(CCOMP, "ccomp") X(XCOMP, "xcomp") X(OBL, "obl") X(OBL_AGENT, "obl:agent")   \
  X(OBL_UNMARKED, "obl:unmarked") X(OBL_TMOD, "obl:tmod")                       \
  X(OBL_NPMOD, "obl:npmod") X(VOCATIVE, "vocative") X(EXPL, "expl")             \
  X(DISLOCATED, "dislocated") X(ADVCL, "advcl") X(ADVCL_RELCL, "advcl:relcl")   \
  X(ADVMOD, "advmod") X(DISCOURSE, "discourse") X(AUX, "aux")                   \
  X(AUX_PASS, "aux:pass") X(COP, "cop") X(MARK, "mark") X(NMOD, "nmod")         \
  X(NMOD_POSS, "nmod:poss") X(NMOD_UNMARKED, "nmod:unmarked")                   \
  X(NMOD_DESC, "nmod:desc") X(NMOD_TMOD, "nmod:tmod")                           \
  X(NMOD_NPMOD, "nmod:npmod") X(APPOS, "appos") X(NUMMOD, "nummod")             \
  X(ACL, "acl") X(ACL_RELCL, "acl:relcl") X(AMOD, "amod") X(DET, "det")         \
  X(DET_PREDET, "det:predet") X(CLF, "clf") X(CASE, "case") X(CONJ, "conj")     \
  X(CC, "cc") X(CC_PRECONJ, "cc:preconj") X(FIXED, "fixed") X(FLAT, "flat")     \
  X(COMPOUND, "compound") X(COMPOUND_PRT, "compound:prt") X(LIST, "list")       \
  X(PARATAXIS, "parataxis") X(ORPHAN, "orphan") X(GOESWITH, "goeswith")         \
  X(REPARANDUM, "reparandum") X(PUNCT, "punct")

enum nkg_deprel {
#define NKG_DEPREL_ENUM(n, s) NKG_DEP_##n,
  NKG_DEPREL_LIST(NKG_DEPREL_ENUM)
#undef NKG_DEPREL_ENUM
  NKG_DEP_COUNT
};

#define NKG_NO_HEAD UINT32_MAX

/* One document's syntax, arrays of t->ntok entries (arena). */
struct nkg_syntax {
  uint8_t *upos;       /* enum nkg_upos */
  uint8_t *rel;        /* enum nkg_deprel: relation to the head */
  uint32_t *head;      /* document token index of the head; NKG_NO_HEAD
                          for the sentence root (rel NKG_DEP_ROOT) */
  const char **lemma;  /* lower-case lemma, NUL-terminated (arena or model) */
  bool *sent_parsed;   /* per sentence (t->nsent entries) */
};

const char *nkg_upos_name(uint8_t upos);       /* "NOUN"; "X" if out of range */
const char *nkg_deprel_name(uint8_t rel);      /* "obl:agent"; "dep" if out of range */
bool nkg_upos_from_name(const char *s, uint8_t *out);
/* Labels not listed map to NKG_DEP_DEP (returns false for them). */
bool nkg_deprel_from_name(const char *s, uint8_t *out);

#endif /* NKG_SYNTAX_SYNTAX_H */
