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

/* Universal POS tags, in UD's order; the names are UD's.  The lists'
   parameter is M, not X: X(X) would expand its own argument. */
#define NKG_UPOS_LIST(M)                                                        \
  M(ADJ) M(ADP) M(ADV) M(AUX) M(CCONJ) M(DET) M(INTJ) M(NOUN) M(NUM) M(PART)   \
  M(PRON) M(PROPN) M(PUNCT) M(SCONJ) M(SYM) M(VERB) M(X)

enum nkg_upos {
#define NKG_UPOS_ENUM(n) NKG_UPOS_##n,
  NKG_UPOS_LIST(NKG_UPOS_ENUM)
#undef NKG_UPOS_ENUM
  NKG_UPOS_COUNT
};

/* UD relations with the subtypes UD English EWT uses.  NKG_DEP_DEP is
   UD's catch-all "dep" and stands for any label not listed. */
#define NKG_DEPREL_LIST(M)                                                      \
  M(ROOT, "root") M(DEP, "dep") M(NSUBJ, "nsubj") M(NSUBJ_PASS, "nsubj:pass")   \
  M(NSUBJ_OUTER, "nsubj:outer") M(OBJ, "obj") M(IOBJ, "iobj")                   \
  M(CSUBJ, "csubj") M(CSUBJ_PASS, "csubj:pass") M(CSUBJ_OUTER, "csubj:outer")   \
  M(CCOMP, "ccomp") M(XCOMP, "xcomp") M(OBL, "obl") M(OBL_AGENT, "obl:agent")   \
  M(OBL_UNMARKED, "obl:unmarked") M(OBL_TMOD, "obl:tmod")                       \
  M(OBL_NPMOD, "obl:npmod") M(VOCATIVE, "vocative") M(EXPL, "expl")             \
  M(DISLOCATED, "dislocated") M(ADVCL, "advcl") M(ADVCL_RELCL, "advcl:relcl")   \
  M(ADVMOD, "advmod") M(DISCOURSE, "discourse") M(AUX, "aux")                   \
  M(AUX_PASS, "aux:pass") M(COP, "cop") M(MARK, "mark") M(NMOD, "nmod")         \
  M(NMOD_POSS, "nmod:poss") M(NMOD_UNMARKED, "nmod:unmarked")                   \
  M(NMOD_DESC, "nmod:desc") M(NMOD_TMOD, "nmod:tmod")                           \
  M(NMOD_NPMOD, "nmod:npmod") M(APPOS, "appos") M(NUMMOD, "nummod")             \
  M(ACL, "acl") M(ACL_RELCL, "acl:relcl") M(AMOD, "amod") M(DET, "det")         \
  M(DET_PREDET, "det:predet") M(CLF, "clf") M(CASE, "case") M(CONJ, "conj")     \
  M(CC, "cc") M(CC_PRECONJ, "cc:preconj") M(FIXED, "fixed") M(FLAT, "flat")     \
  M(COMPOUND, "compound") M(COMPOUND_PRT, "compound:prt") M(LIST, "list")       \
  M(PARATAXIS, "parataxis") M(ORPHAN, "orphan") M(GOESWITH, "goeswith")         \
  M(REPARANDUM, "reparandum") M(PUNCT, "punct")

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

struct nkg_syn_model; /* syntax/model.h */

/* The gate: true if sentence `s` of `t` may hold a meeting and is worth
   parsing: a trigger word of the frame lexicon and two candidate sides
   (stage.c). */
bool nkg_sentence_wanted(const struct nkg_text *t, uint32_t s);

/* Fills `out` for the document (arrays in `a`): parses every sentence
   when `all`, else those nkg_sentence_wanted() picks.  Linear in the
   document's tokens; scratch memory is one block per call. */
newskg_status nkg_syntax_parse(struct nkg_arena *a,
                               const struct nkg_syn_model *m,
                               const struct nkg_text *t, bool all,
                               struct nkg_syntax *out);

#endif /* NKG_SYNTAX_SYNTAX_H */
