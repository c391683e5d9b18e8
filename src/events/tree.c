/*
 * Meeting frames over the dependency tree.  For every token of a parsed
 * sentence whose lemma and tag open a lexicon entry (ontology/frames.lex),
 * the entry's paths are walked from the trigger; where a path lands, the
 * node is mapped to an entity mention (or, through apposition, a group
 * noun or a relative pronoun, to the mention it stands for) and every
 * conjunct of it gets the same role.  Status comes from the trigger's own
 * dependents, never from elsewhere in the sentence.  Pronouns and group
 * nouns without a complement are resolved from the article afterwards
 * (events/discourse.c), which also merges one meeting told twice.
 *
 * Everything the matcher allocates lives in the document's arena; the
 * per-document child index is built once (no per-token malloc, no
 * quadratic scans: a node's children are a CSR slice).
 */
#include <string.h>

#include "events/tree.h"

#define NO_ENTITY UINT32_MAX
#define MAX_REACH 32 /* nodes one path may reach */
#define MAX_ARGS 16  /* arguments one role line may collect */

static const char *const how_name[] = {"", " +conj", " ~appos", " ~group",
                                       " ~relpron", " ~pron"};

static const char *lemma(const struct nkg_tree *t, uint32_t i) {
  return nkg_tree_lemma(t, i);
}

static bool rel_ok(const struct nkg_tree *t, uint8_t rel, const struct nkg_fl_step *s) {
  if (s->rel == NKG_FL_ANY_REL || rel == s->rel)
    return true;
  return s->subtypes && rel < NKG_FL_REL_COUNT && t->lx->rel_base[rel] == s->rel;
}

/* Has node n a case/mark dependent with a lemma in the set?  The marker
   may also hang on another word of the phrase: a name's other tokens, or
   a pre-modifier ("with [African Union] Chairperson Faki" where the parser
   made "African Union" a compound of the name and gave it the "with"). */
static bool case_here(const struct nkg_tree *t, uint32_t n, uint16_t set1) {
  for (uint32_t k = t->cstart[n]; k < t->cstart[n + 1]; k++) {
    uint32_t ch = t->child[k];
    uint8_t r = t->rel[ch];
    if ((r == NKG_DEP_CASE || r == NKG_DEP_MARK) &&
        nkg_fl_in_set(t->lx, set1, lemma(t, ch)))
      return true;
  }
  return false;
}

static bool case_ok(const struct nkg_tree *t, uint32_t n, uint16_t set1) {
  if (!set1)
    return true;
  if (case_here(t, n, set1))
    return true;
  const struct nkg_mention *m = nkg_mention_at(t->c->e, n);
  if (m)
    for (uint32_t tok = m->tok_beg; tok < m->tok_end; tok++)
      if (tok != n && case_here(t, tok, set1))
        return true;
  for (uint32_t k = t->cstart[n]; k < t->cstart[n + 1]; k++) {
    uint32_t ch = t->child[k];
    uint8_t r = t->rel[ch];
    if (ch < n && (r == NKG_DEP_COMPOUND || r == NKG_DEP_NMOD_DESC ||
                   r == NKG_DEP_AMOD || r == NKG_DEP_FLAT) &&
        case_here(t, ch, set1))
      return true;
  }
  return false;
}

static bool lemma_ok(const struct nkg_tree *t, uint32_t n, const struct nkg_fl_step *s) {
  if (!s->lemmas)
    return true;
  return nkg_fl_in_set(t->lx, s->lemmas, lemma(t, n)) != s->neg_lemmas;
}

/* Relations a `>>` step does not cross: each opens a clause or an
   unrelated phrase of its own, whose phrases are not the trigger's. */
static bool clause_edge(uint8_t r) {
  switch (r) {
  case NKG_DEP_ACL: case NKG_DEP_ACL_RELCL: case NKG_DEP_ADVCL:
  case NKG_DEP_ADVCL_RELCL: case NKG_DEP_CCOMP: case NKG_DEP_XCOMP:
  case NKG_DEP_CSUBJ: case NKG_DEP_CSUBJ_PASS: case NKG_DEP_PARATAXIS:
  case NKG_DEP_NSUBJ: case NKG_DEP_NSUBJ_PASS: case NKG_DEP_PUNCT:
    return true;
  default:
    return false;
  }
}

static void walk(const struct nkg_tree *t, uint32_t n, const struct nkg_fl_path *p,
                 uint8_t k, uint32_t *out, uint32_t *nout);
/* A `>>` step: every descendant of n within its clause (in token order
   of the tree walk, at most 4 edges down) that the step's relation,
   marker and lemma tests admit. */
static void walk_deep(const struct nkg_tree *t, uint32_t n, const struct nkg_fl_path *p,
                      uint8_t k, uint32_t *out, uint32_t *nout, uint32_t depth) {
  const struct nkg_fl_step *s = &p->s[k];
  for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
    uint32_t v = t->child[q];
    if (clause_edge(t->rel[v]))
      continue;
    if (rel_ok(t, t->rel[v], s) && case_ok(t, v, s->cases) && lemma_ok(t, v, s))
      walk(t, v, p, (uint8_t)(k + 1), out, nout);
    if (depth < 4)
      walk_deep(t, v, p, k, out, nout, depth + 1);
  }
}

/* Walks steps k.. of path p from node n, appending reached nodes. */
static void walk(const struct nkg_tree *t, uint32_t n, const struct nkg_fl_path *p,
                 uint8_t k, uint32_t *out, uint32_t *nout) {
  if (k == p->n) {
    for (uint32_t i = 0; i < *nout; i++)
      if (out[i] == n)
        return;
    if (*nout < MAX_REACH)
      out[(*nout)++] = n;
    return;
  }
  const struct nkg_fl_step *s = &p->s[k];
  if (s->deep) {
    walk_deep(t, n, p, k, out, nout, 1);
    return;
  }
  if (s->up) {
    uint32_t h = t->head[n];
    if (h != NKG_NO_HEAD && rel_ok(t, t->rel[n], s) &&
        case_ok(t, n, s->cases) && lemma_ok(t, h, s))
      walk(t, h, p, (uint8_t)(k + 1), out, nout);
    return;
  }
  for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
    uint32_t ch = t->child[q];
    if (rel_ok(t, t->rel[ch], s) && case_ok(t, ch, s->cases) &&
        lemma_ok(t, ch, s))
      walk(t, ch, p, (uint8_t)(k + 1), out, nout);
  }
}

static bool line_matches(const struct nkg_tree *t, uint32_t trig,
                         const struct nkg_fl_line *ln, uint8_t *alt) {
  for (uint8_t i = 0; i < ln->nalt; i++) {
    uint32_t reach[MAX_REACH], n = 0;
    walk(t, trig, &ln->alt[i], 0, reach, &n);
    if (n) {
      *alt = i;
      return true;
    }
  }
  return false;
}

static bool type_ok(uint16_t types, uint8_t etype) {
  return !(types & NKG_FT_ENTITY_TYPES) || (types & (1u << etype));
}

/* Is m a person's name, and may a person fill a role of these types? */
static bool person_for(const struct nkg_tree *t, const struct nkg_mention *m,
                       uint16_t types) {
  return m && m->kind == NKG_M_NAME &&
         t->c->e->ent[m->entity].type == NKG_E_PERSON &&
         type_ok(types, NKG_E_PERSON);
}

static void add_arg(struct nkg_tree_arg *args, uint32_t *nargs, struct nkg_tree_arg a) {
  for (uint32_t i = 0; i < *nargs; i++)
    if (args[i].tok == a.tok ||
        (a.entity != NO_ENTITY && args[i].entity == a.entity))
      return;
  if (*nargs < MAX_ARGS)
    args[(*nargs)++] = a;
}

/* The entity of the mention covering n, if it may fill the role. */
static bool mention_arg(const struct nkg_tree *t, uint32_t n, uint16_t types,
                        bool demonym_ok, uint32_t *ent) {
  const struct nkg_mention *m = nkg_mention_at(t->c->e, n);
  if (!m || m->kind == NKG_M_QUALIFIER ||
      (m->kind == NKG_M_DEMONYM && !demonym_ok))
    return false;
  if (!type_ok(types, t->c->e->ent[m->entity].type))
    return false;
  *ent = m->entity;
  return true;
}

/* A plural noun form: the lemmatizer's lemma is shorter than the form
   ("Palestinians" -> "palestinian", "Swiss" stays); without a lemma, a
   final 's'. */
static bool plural_form(const struct nkg_tree *t, uint32_t n, const struct nkg_token *tk) {
  const char *l = t->syn->lemma[n];
  if (l && *l)
    return strlen(l) < tk->fold_len && strncmp(l, tk->fold, strlen(l)) == 0;
  return tk->fold_len > 3 && tk->fold[tk->fold_len - 1] == 's';
}

/* Is some word of mention p a neighbour of node n in the tree (its
   dependent, its head, or a dependent of its head)? */
static bool tree_near(const struct nkg_tree *t, uint32_t n, const struct nkg_mention *p) {
  uint32_t hn = t->head[n];
  for (uint32_t k = p->tok_beg; k < p->tok_end; k++)
    if (t->head[k] == n || k == hn ||
        (hn != NKG_NO_HEAD && t->head[k] == hn))
      return true;
  return false;
}

/* Token span of the subtree under n, bounded in depth. */
static void subtree_span(const struct nkg_tree *t, uint32_t n, uint32_t *beg,
                         uint32_t *end) {
  uint32_t stack[64], sp = 0;
  stack[sp++] = n;
  while (sp) {
    uint32_t v = stack[--sp];
    if (v < *beg)
      *beg = v;
    if (v + 1 > *end)
      *end = v + 1;
    for (uint32_t q = t->cstart[v]; q < t->cstart[v + 1] && sp < 64; q++)
      stack[sp++] = t->child[q];
  }
}

/* Steps 1-4 of landing (the lexicon header): a mention, an apposition, a
   group noun's countries, a relative pronoun's antecedent. */
static bool land_one(const struct nkg_tree *t, uint32_t n, uint16_t types,
                     uint8_t how, struct nkg_tree_arg *args, uint32_t *nargs, int depth) {
  uint32_t ent;
  /* a demonym heading its own phrase stands for its side ("Israel and the
     Palestinians agreed"); as an adjective it only qualifies */
  const struct nkg_token *tk = &t->c->t->tok[n];
  bool demonym_noun = (t->syn->upos[n] == NKG_UPOS_NOUN ||
                       t->syn->upos[n] == NKG_UPOS_PROPN) &&
                      plural_form(t, n, tk);
  if (mention_arg(t, n, types, demonym_noun, &ent)) {
    add_arg(args, nargs, (struct nkg_tree_arg){ent, n, how, false});
    return true;
  }
  if (depth > 2)
    return false;
  /* "Joseph R. Biden, Jr. met": the suffix the parser made the subject
     stands for the person named just before it, a neighbour in the tree */
  if (t->lx->suffix && !nkg_mention_at(t->c->e, n) && n >= 1) {
    char w[8];
    size_t wl = tk->fold_len;
    if (wl && tk->fold[wl - 1] == '.')
      wl--;
    uint32_t p = nkg_tok_punct(t->c->t, n - 1, ',') && n >= 2 ? n - 2 : n - 1;
    const struct nkg_mention *pm = nkg_mention_at(t->c->e, p);
    if (wl && wl < sizeof w && pm && pm->tok_end == p + 1 &&
        person_for(t, pm, types) && tree_near(t, n, pm)) {
      memcpy(w, tk->fold, wl), w[wl] = 0;
      if (nkg_fl_in_set(t->lx, t->lx->suffix, w)) {
        add_arg(args, nargs, (struct nkg_tree_arg){pm->entity, p, L_APPOS, false});
        return true;
      }
    }
  }
  /* "his counterpart, John Smith": the apposition names the same one */
  for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
    uint32_t ch = t->child[q];
    uint8_t r = t->rel[ch];
    if ((r == NKG_DEP_APPOS || r == NKG_DEP_FLAT) &&
        land_one(t, ch, types, L_APPOS, args, nargs, depth + 1))
      return true;
  }
  /* "Rt Hon Hilary Benn MP", "Minister Kishida": a person's name inside
     the phrase, under an honorific or title head (through name-internal
     relations, a few levels down) */
  {
    uint32_t queue[16], qh = 0, qt = 0;
    queue[qt++] = n;
    while (qh < qt) {
      uint32_t v = queue[qh++];
      for (uint32_t q = t->cstart[v]; q < t->cstart[v + 1]; q++) {
        uint32_t ch = t->child[q];
        uint8_t r = t->rel[ch];
        if (r != NKG_DEP_COMPOUND && r != NKG_DEP_FLAT && r != NKG_DEP_NMOD_DESC &&
            r != NKG_DEP_LIST)
          continue;
        const struct nkg_mention *m = nkg_mention_at(t->c->e, ch);
        if (person_for(t, m, types)) {
          add_arg(args, nargs, (struct nkg_tree_arg){m->entity, ch, L_APPOS, false});
          return true;
        }
        if (qt < 16)
          queue[qt++] = ch;
      }
    }
  }
  /* "the President of the United States, Joe Biden": a title or a word
     for an office holder followed by a comma and a name is that name,
     whether the parser made it an apposition or not */
  const struct nkg_mention *self = nkg_mention_at(t->c->e, n);
  if (!self || self->kind == NKG_M_QUALIFIER || self->kind == NKG_M_TITLE) {
    uint32_t b = n, e = n + 1;
    subtree_span(t, n, &b, &e);
    const struct nkg_text *x = t->c->t;
    /* an optional comma, then a title: ", Trade Minister Milan Sato";
       "Prime Minister Hiroshi Sato" when the parser split title and name */
    uint32_t k = e < x->ntok && nkg_tok_punct(x, e, ',') ? e + 1 : e;
    while (k < x->ntok && k < e + 5 && (x->tok[k].flags & NKG_TF_CAP) &&
           !nkg_mention_at(t->c->e, k))
      k++;
    if (k < x->ntok) {
      const struct nkg_mention *m = nkg_mention_at(t->c->e, k);
      if (person_for(t, m, types) && m->tok_beg == k &&
          (self || (t->lx->group && nkg_fl_in_set(t->lx, t->lx->group, lemma(t, n))))) {
        add_arg(args, nargs, (struct nkg_tree_arg){m->entity, k, L_APPOS, false});
        return true;
      }
    }
  }
  /* "the leaders of A", "the Japanese delegation", "A's envoy" */
  if (t->lx->group && nkg_fl_in_set(t->lx, t->lx->group, lemma(t, n))) {
    bool found = false;
    /* "his counterpart, X" whatever relation the parser gave X: a person
       named after a group noun without a preposition is that person */
    for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
      uint32_t ch = t->child[q];
      const struct nkg_mention *m = nkg_mention_at(t->c->e, ch);
      bool marked = false;
      for (uint32_t z = t->cstart[ch]; z < t->cstart[ch + 1]; z++)
        marked |= t->rel[t->child[z]] == NKG_DEP_CASE;
      if (ch > n && !marked && person_for(t, m, types)) {
        add_arg(args, nargs, (struct nkg_tree_arg){m->entity, ch, L_APPOS, false});
        return true;
      }
    }
    for (uint32_t q = t->cstart[n]; q < t->cstart[n + 1]; q++) {
      uint32_t ch = t->child[q];
      uint8_t r = t->rel[ch];
      bool of = r == NKG_DEP_NMOD && case_here(t, ch, t->lx->groupof);
      if (!(of || r == NKG_DEP_NMOD_POSS || r == NKG_DEP_AMOD ||
            r == NKG_DEP_COMPOUND))
        continue;
      if (mention_arg(t, ch, types, true, &ent)) {
        add_arg(args, nargs, (struct nkg_tree_arg){ent, ch, L_GROUP, false});
        found = true;
        /* "the French and German ministers", "leaders of A and B" */
        for (uint32_t z = t->cstart[ch]; z < t->cstart[ch + 1]; z++) {
          uint32_t cj = t->child[z];
          if (t->rel[cj] == NKG_DEP_CONJ &&
              mention_arg(t, cj, types, true, &ent))
            add_arg(args, nargs, (struct nkg_tree_arg){ent, cj, L_GROUP, false});
        }
      } else if (of && land_one(t, ch, types, L_GROUP, args, nargs, depth + 1)) {
        found = true; /* "heads of the delegations of A" */
      }
    }
    if (found)
      return true;
  }
  /* "Y, whom X met": the clause's antecedent */
  if (t->lx->relpron && t->syn->upos[n] == NKG_UPOS_PRON &&
      nkg_fl_in_set(t->lx, t->lx->relpron, lemma(t, n))) {
    uint32_t h = n, hops = 0;
    while (h != NKG_NO_HEAD && hops++ < 4 && t->rel[h] != NKG_DEP_ACL_RELCL)
      h = t->head[h];
    if (h != NKG_NO_HEAD && t->rel[h] == NKG_DEP_ACL_RELCL &&
        t->head[h] != NKG_NO_HEAD)
      return land_one(t, t->head[h], types, L_RELPRON, args, nargs,
                      depth + 1);
  }
  return false;
}

/* "Japan-Australia talks", "the EU-China summit": two sides written as
   one hyphenated word, whichever of them the parser made the head. */
static void hyphen_pair(const struct nkg_tree *t, uint32_t n,
                        const struct nkg_mention *m,
                        const struct nkg_fl_line *ln, struct nkg_tree_arg *args,
                        uint32_t *nargs) {
  const struct nkg_text *x = t->c->t;
  const struct nkg_mention *p[2] = {NULL, NULL};
  /* the hyphen may be the text's last token: nothing follows it */
  if (nkg_tok_punct(x, m->tok_end, '-') && m->tok_end + 1 < x->ntok)
    p[0] = nkg_mention_at(t->c->e, m->tok_end + 1);
  if (m->tok_beg >= 2 && nkg_tok_punct(x, m->tok_beg - 1, '-'))
    p[1] = nkg_mention_at(t->c->e, m->tok_beg - 2);
  for (int k = 0; k < 2; k++) {
    const struct nkg_mention *o = p[k];
    if (!o || o == m || o->kind != NKG_M_NAME || o->entity == m->entity ||
        (k == 0 ? o->tok_beg != m->tok_end + 1 : o->tok_end != m->tok_beg - 1) ||
        !tree_near(t, n, o))
      continue;
    uint32_t ent;
    if (mention_arg(t, o->tok_beg, ln->types, false, &ent))
      add_arg(args, nargs, (struct nkg_tree_arg){ent, o->tok_beg, L_CONJ, false});
  }
}

/* Spreads a role over the conjuncts of node n.  UD hangs every conjunct
   on the first, but a name is several tokens (EWT heads a flat name on its
   first word) and parsers often hang the next conjunct on the name's last
   word, so the conjuncts of every token of the mention count. */
static void spread(const struct nkg_tree *t, uint32_t n, const struct nkg_fl_line *ln,
                   struct nkg_tree_arg *args, uint32_t *nargs, int depth) {
  uint32_t b = n, e = n + 1;
  const struct nkg_mention *m = nkg_mention_at(t->c->e, n);
  if (m)
    b = m->tok_beg, e = m->tok_end;
  for (uint32_t tok = b; tok < e; tok++)
    for (uint32_t q = t->cstart[tok]; q < t->cstart[tok + 1]; q++) {
      uint32_t cj = t->child[q];
      if (t->rel[cj] != NKG_DEP_CONJ || t->syn->upos[cj] == NKG_UPOS_VERB ||
          t->syn->upos[cj] == NKG_UPOS_AUX || (cj >= b && cj < e))
        continue;
      uint32_t before = *nargs;
      land_one(t, cj, ln->types, L_CONJ, args, nargs, 0);
      for (uint32_t i = before; i < *nargs; i++)
        args[i].how = L_CONJ;
      if (depth < 6)
        spread(t, cj, ln, args, nargs, depth + 1); /* chained conjuncts */
    }
  if (m && depth == 0)
    hyphen_pair(t, n, m, ln, args, nargs);
  /* "A's minister X and B's minister Y": a parser that misses the "and"
     hangs X's name as a compound of Y's; a person's name can be no
     modifier of another person's */
  if (!m || t->c->e->ent[m->entity].type != NKG_E_PERSON || depth > 0)
    return;
  for (uint32_t tok = b; tok < e; tok++)
    for (uint32_t q = t->cstart[tok]; q < t->cstart[tok + 1]; q++) {
      uint32_t ch = t->child[q];
      uint8_t r = t->rel[ch];
      const struct nkg_mention *o = nkg_mention_at(t->c->e, ch);
      if ((r == NKG_DEP_COMPOUND || r == NKG_DEP_FLAT) && o != m &&
          person_for(t, o, ln->types) && o->entity != m->entity)
        add_arg(args, nargs, (struct nkg_tree_arg){o->entity, ch, L_CONJ, false});
    }
}

/* Lands node n and spreads over its conjuncts. */
static void land(const struct nkg_tree *t, uint32_t n, const struct nkg_fl_line *ln,
                 struct nkg_tree_arg *args, uint32_t *nargs) {
  uint32_t before = *nargs;
  bool ok = land_one(t, n, ln->types, L_DIRECT, args, nargs, 0);
  bool plural;
  if (!ok && (ln->types & NKG_FT_PRON) && nkg_discourse_pronoun(t, n, &plural))
    add_arg(args, nargs, (struct nkg_tree_arg){NO_ENTITY, n, L_PRON, plural});
  if (ln->flags & NKG_FF_NOCONJ)
    return;
  spread(t, n, ln, args, nargs, 0);
  /* and over the conjuncts of the word the argument was found on ("Defence
     Minister [Mariam Nkosi] and Trade Minister ..." with the conjunct on
     the name under the title) */
  uint32_t after = *nargs;
  for (uint32_t i = before; i < after && i < MAX_ARGS; i++)
    if (args[i].tok != n && args[i].entity != NO_ENTITY)
      spread(t, args[i].tok, ln, args, nargs, 0);
}

/* The arguments of a role line: the first alternative that yields any. */
static uint32_t role_args(const struct nkg_tree *t, uint32_t trig,
                          const struct nkg_fl_line *ln, struct nkg_tree_arg *args,
                          uint8_t *alt) {
  uint32_t nargs = 0;
  for (uint8_t i = 0; i < ln->nalt && !nargs; i++) {
    uint32_t reach[MAX_REACH], n = 0;
    walk(t, trig, &ln->alt[i], 0, reach, &n);
    for (uint32_t k = 0; k < n; k++)
      if (reach[k] != trig)
        land(t, reach[k], ln, args, &nargs);
    *alt = i;
  }
  return nargs;
}

static const char *fact_rule(const struct nkg_tree *t, const struct nkg_fl_entry *e,
                             const struct nkg_fl_line *ln, uint8_t alt,
                             uint8_t how) {
  return nkg_arena_printf(t->a, "%s %s:%u %s%s", e->name, t->lx->file, ln->line,
                          ln->alt_src[alt], how_name[how]);
}

/* Does entry e apply at trig, and if so what event does it give?
   Returns false when the entry does not apply (try the next sense);
   *keep says whether the applying entry yields an event (cues may veto). */
static bool apply(const struct nkg_tree *t, uint32_t trig, uint32_t si,
                  const struct nkg_fl_entry *e, uint32_t ei,
                  struct nkg_tree_cand *cd, struct nkg_tree_arg *each, uint32_t *neach,
                  const char **each_rule, bool *keep) {
  (void)ei;
  const struct nkg_framelex *lx = t->lx;
  memset(cd, 0, sizeof *cd);
  struct nkg_event *ev = &cd->ev;
  ev->kind = e->kind;
  ev->location = NO_ENTITY;
  ev->sent = si;
  ev->trigger = trig;
  ev->merged_into = UINT32_MAX;
  ev->rule = nkg_arena_printf(t->a, "%s %s:%u", e->name, lx->file, e->line);
  *neach = 0;
  *keep = true;
  uint8_t alt;
  /* sense tests first: need / not */
  for (uint32_t i = 0; i < e->nlines; i++) {
    const struct nkg_fl_line *ln = &lx->lines[e->first + i];
    if (ln->what == NKG_FL_NEED && !line_matches(t, trig, ln, &alt))
      return false;
    if (ln->what == NKG_FL_NOT && line_matches(t, trig, ln, &alt))
      return false;
  }
  bool future = false;
  int date_rank = NKG_DATE_NONE;
  for (uint32_t i = 0; i < e->nlines; i++) {
    const struct nkg_fl_line *ln = &lx->lines[e->first + i];
    if (ln->what == NKG_FL_PLANNED && line_matches(t, trig, ln, &alt)) {
      future = true;
      ev->planned = true;
      ev->planned_rule = nkg_arena_printf(t->a, "%s %s:%u %s", e->name,
                                          lx->file, ln->line, ln->alt_src[alt]);
    } else if ((ln->what == NKG_FL_NEG || ln->what == NKG_FL_OFF) &&
               line_matches(t, trig, ln, &alt)) {
      *keep = false;
    }
  }
  for (uint32_t i = 0; i < e->nlines; i++) {
    const struct nkg_fl_line *ln = &lx->lines[e->first + i];
    if (ln->what > NKG_FL_DATE)
      continue;
    if (ln->what == NKG_FL_DATE) {
      /* every subtree the date paths reach; the most precise date wins
         ("this evening [Wednesday 26 February]"), the first of equals */
      for (uint8_t k = 0; k < ln->nalt; k++) {
        uint32_t reach[MAX_REACH], n = 0;
        walk(t, trig, &ln->alt[k], 0, reach, &n);
        for (uint32_t r = 0; r < n; r++) {
          if (reach[r] == trig)
            continue;
          uint32_t b = reach[r], en = reach[r] + 1, db, de;
          subtree_span(t, reach[r], &b, &en);
          const char *drule;
          struct nkg_date d;
          int rank = nkg_date_find(t->c, b, en, future, &d, &db, &de, &drule);
          if (rank == NKG_DATE_NONE)
            continue;
          if (rank > date_rank) {
            date_rank = rank;
            ev->date = d;
            ev->date_rule = nkg_arena_printf(t->a, "%s %s:%u %s (%s)", e->name,
                                             lx->file, ln->line,
                                             ln->alt_src[k], drule);
          }
        }
      }
      continue;
    }
    struct nkg_tree_arg args[MAX_ARGS];
    uint32_t nargs = role_args(t, trig, ln, args, &alt);
    if (!nargs && (ln->flags & NKG_FF_REQ))
      return false;
    if (ln->flags & NKG_FF_EACH) {
      for (uint32_t k = 0; k < nargs && *neach < MAX_ARGS; k++)
        if (args[k].entity != NO_ENTITY)
          each[(*neach)++] = args[k];
      if (nargs)
        *each_rule = fact_rule(t, e, ln, alt, L_DIRECT);
      continue;
    }
    for (uint32_t k = 0; k < nargs; k++) {
      const struct nkg_tree_arg *g = &args[k];
      if (g->entity == NO_ENTITY) {
        if (cd->npron < 4 && (ln->what == NKG_FL_PART || ln->what == NKG_FL_HOST)) {
          cd->pron_rule[cd->npron] = fact_rule(t, e, ln, alt, g->how);
          cd->pron_guest[cd->npron] = ln->what == NKG_FL_PART && e->host_event;
          cd->pron[cd->npron++] = *g;
        }
        continue;
      }
      const char *rule = fact_rule(t, e, ln, alt, g->how);
      switch (ln->what) {
      case NKG_FL_PART:
      case NKG_FL_HOST:
        if (ln->what == NKG_FL_PART && e->host_event)
          cd->nhostguest++;
        nkg_role_add(ev->part, &ev->npart, ev->part_rule, g->entity, rule);
        break;
      case NKG_FL_MED:
        nkg_role_add(ev->med, &ev->nmed, ev->med_rule, g->entity, rule);
        break;
      case NKG_FL_PLACE:
        if (ev->location == NO_ENTITY)
          ev->location = g->entity, ev->loc_rule = rule;
        break;
      default:
        break;
      }
    }
  }
  if (e->host_event)
    ev->host_visit = true;
  return true;
}

/* Finishes a candidate: discourse, mediator/participant exclusivity, the
   minimum number of sides, planned-by-date; pushes it (or its partner
   copies). */
static newskg_status finish(const struct nkg_tree *t, struct nkg_tree_cand *cd,
                            const struct nkg_fl_entry *e, struct nkg_tree_arg *each,
                            uint32_t neach, const char *each_rule,
                            struct nkg_events *out, size_t *cap) {
  struct nkg_event *ev = &cd->ev;
  const struct nkg_event_ctx *c = t->c;
  nkg_discourse_resolve(t, cd, out);
  if (e->upos == NKG_UPOS_VERB)
    nkg_discourse_list_subject(t, ev);
  for (uint8_t k = 0; k < ev->nmed; k++)
    nkg_role_remove(ev->part, &ev->npart, ev->part_rule, ev->med[k]);
  /* "X hosted A and B": a host of two guests brings them together */
  if (e->host_event && cd->nhostguest >= 2 && ev->npart > cd->nhostguest) {
    uint32_t host = ev->part[0];
    const char *r = ev->part_rule[0];
    nkg_role_remove(ev->part, &ev->npart, ev->part_rule, host);
    nkg_role_add(ev->med, &ev->nmed, ev->med_rule, host, r);
    ev->host_visit = false;
  }
  if (ev->kind == NKG_K_CALL)
    ev->location = NO_ENTITY; /* a call happens on the line */
  if (c->pub.y && ev->date.y && ev->date.d &&
      nkg_date_days(ev->date) > nkg_date_days(c->pub) && !ev->planned) {
    ev->planned = true;
    ev->planned_rule = "date after publication";
  }
  newskg_status st;
  if (neach) {
    for (uint32_t k = 0; k < neach; k++) {
      struct nkg_event one = *ev;
      nkg_role_add(one.part, &one.npart, one.part_rule, each[k].entity, each_rule);
      if (one.npart >= 2)
        TRY(st, nkg_events_push(t->a, out, cap, &one));
    }
    return NEWSKG_OK;
  }
  /* "the talks took place in Geneva": a definite event noun is the
     event already told, and gives it its place and date; with a date,
     place or status of its own it is a further round of the one just
     told ("the talks will resume in Nairobi") */
  if (e->upos == NKG_UPOS_NOUN &&
      nkg_discourse_definite(t, ev, out) == NKG_DISC_ATTACHED)
    return NEWSKG_OK;
  if (ev->npart < e->min)
    return NEWSKG_OK;
  /* one side only (a forum's summit): it must be told as an event of its
     own, with a place, a date or an announcement, not only named */
  if (ev->npart < 2 && !ev->planned && ev->location == NO_ENTITY && !ev->date.y)
    return NEWSKG_OK;
  /* a call between one caller and several others is one call each */
  if (ev->kind == NKG_K_CALL && ev->npart > 2) {
    for (uint8_t k = 1; k < ev->npart; k++) {
      struct nkg_event one = *ev;
      one.npart = 2;
      one.part[1] = ev->part[k], one.part_rule[1] = ev->part_rule[k];
      TRY(st, nkg_events_push(t->a, out, cap, &one));
    }
    return NEWSKG_OK;
  }
  return nkg_events_push(t->a, out, cap, ev);
}

/* Is the mention covering token i a person's name? */
static bool is_person_name(const struct nkg_entities *e, uint32_t i) {
  const struct nkg_mention *m = nkg_mention_at(e, i);
  return m && m->kind == NKG_M_NAME && e->ent[m->entity].type == NKG_E_PERSON;
}

/* How argument-like a relation is, for the word that stands for a name. */
static int nominal_rank(uint8_t rel) {
  switch (rel) {
  case NKG_DEP_NSUBJ: case NKG_DEP_NSUBJ_PASS: case NKG_DEP_OBJ:
  case NKG_DEP_IOBJ: case NKG_DEP_OBL: case NKG_DEP_OBL_AGENT:
  case NKG_DEP_OBL_UNMARKED: case NKG_DEP_NMOD: case NKG_DEP_NMOD_POSS:
  case NKG_DEP_APPOS: case NKG_DEP_CONJ: case NKG_DEP_ROOT:
  case NKG_DEP_LIST: case NKG_DEP_CSUBJ: case NKG_DEP_CSUBJ_PASS:
    return 2;
  case NKG_DEP_COMPOUND: case NKG_DEP_FLAT: case NKG_DEP_NMOD_DESC:
  case NKG_DEP_AMOD: case NKG_DEP_NMOD_UNMARKED:
    return 1;
  default:
    return 0;
  }
}

/* The nominal relation a clausal one on a name stands for. */
static uint8_t nominal_rel(uint8_t rel) {
  switch (rel) {
  case NKG_DEP_CSUBJ: return NKG_DEP_NSUBJ;
  case NKG_DEP_CSUBJ_PASS: return NKG_DEP_NSUBJ_PASS;
  case NKG_DEP_CCOMP: case NKG_DEP_XCOMP: return NKG_DEP_OBJ;
  case NKG_DEP_ADVCL: return NKG_DEP_OBL;
  default: return rel;
  }
}

newskg_status nkg_events_extract_tree(struct nkg_arena *a,
                                      struct nkg_event_ctx *c,
                                      struct nkg_events *out, size_t *cap) {
  const struct nkg_syntax *syn = c->syn;
  const struct nkg_framelex *lx = nkg_framelex_builtin();
  if (!syn)
    return NEWSKG_OK;
  if (!lx)
    return nkg_fail(NEWSKG_ERR_BAD_INPUT, "%s", nkg_framelex_builtin_error());
  const struct nkg_text *x = c->t;
  struct nkg_tree t = {.a = a, .c = c, .syn = syn, .lx = lx};
  t.cstart = nkg_arena_calloc(a, (size_t)x->ntok + 2, sizeof *t.cstart);
  t.child = nkg_arena_calloc(a, (size_t)x->ntok + 1, sizeof *t.child);
  if (!t.cstart || !t.child)
    return NEWSKG_ERR_NOMEM;
  /* Names as single nodes.  A parser trained on treebank text errs most
     inside and around multiword names (a conjunct or a "with" hung on the
     wrong word of a name); the entity stage knows the names, so each
     mention becomes one node: its representative is the word whose head
     lies outside the name (the first such), every edge inside the name
     disappears, and the name's other words hand their outside dependents
     to the representative. */
  t.head = nkg_arena_alloc(a, ((size_t)x->ntok + 1) * sizeof *t.head);
  t.rel = nkg_arena_alloc(a, (size_t)x->ntok + 1);
  uint32_t *rep = nkg_arena_alloc(a, ((size_t)x->ntok + 1) * sizeof *rep);
  if (!t.head || !t.rel || !rep)
    return NEWSKG_ERR_NOMEM;
  for (uint32_t i = 0; i < x->ntok; i++)
    rep[i] = i;
  for (uint32_t k = 0; k < c->e->nmen; k++) {
    const struct nkg_mention *m = &c->e->men[k];
    if (m->tok_end - m->tok_beg < 2 || m->tok_end > x->ntok)
      continue;
    /* the word with an outside head and the most nominal relation */
    uint32_t r = UINT32_MAX;
    int best = -1;
    for (uint32_t i = m->tok_beg; i < m->tok_end; i++)
      if (syn->head[i] == NKG_NO_HEAD || syn->head[i] < m->tok_beg ||
          syn->head[i] >= m->tok_end) {
        int rank = nominal_rank(syn->rel[i]);
        if (rank > best)
          best = rank, r = i;
      }
    if (r == UINT32_MAX)
      continue; /* a cycle cannot happen in a tree; keep the words */
    for (uint32_t i = m->tok_beg; i < m->tok_end; i++)
      rep[i] = r;
  }
  for (uint32_t i = 0; i < x->ntok; i++) {
    uint32_t h = syn->head[i];
    t.rel[i] = syn->rel[i];
    /* a name is a nominal: a clausal relation on it is a tagging error */
    const struct nkg_mention *m = nkg_mention_at(c->e, i);
    if (m && m->kind == NKG_M_NAME)
      t.rel[i] = nominal_rel(t.rel[i]);
    if (rep[i] != i) {
      t.head[i] = NKG_NO_HEAD; /* an inner word of a name: no edges */
      continue;
    }
    t.head[i] = h == NKG_NO_HEAD || h >= x->ntok ? NKG_NO_HEAD : rep[h];
    if (t.head[i] == i)
      t.head[i] = NKG_NO_HEAD;
  }
  /* A preposition heads no nominal in UD; a parser that made one do so
     ("met in X [with] -> obj Mugabe") is repaired: the nominal takes the
     preposition's place under its head, the preposition becomes its case
     marker. */
  for (uint32_t i = 0; i < x->ntok; i++) {
    uint32_t h = t.head[i];
    if (h == NKG_NO_HEAD || syn->upos[h] != NKG_UPOS_ADP ||
        (t.rel[i] != NKG_DEP_OBJ && t.rel[i] != NKG_DEP_OBL &&
         t.rel[i] != NKG_DEP_NMOD && t.rel[i] != NKG_DEP_NSUBJ))
      continue;
    uint32_t g = t.head[h];
    if (g == i)
      continue;
    t.head[i] = g;
    t.rel[i] = g != NKG_NO_HEAD && (syn->upos[g] == NKG_UPOS_VERB ||
                                    syn->upos[g] == NKG_UPOS_AUX)
                   ? NKG_DEP_OBL : NKG_DEP_NMOD;
    t.head[h] = i;
    t.rel[h] = NKG_DEP_CASE;
  }
  /* "The talks, which included A and B, ended in Geneva", "Talks between
     A and B, mediated by C, opened in X": a parser that found no main verb
     makes the noun the root and the verb after the relative or participle
     clause a conjunct of the clause's verb.  A root noun whose clause has
     a verb conjunct with no subject of its own is that verb's subject. */
  for (uint32_t r = 0; r < x->ntok; r++) {
    uint32_t n = t.head[r];
    if ((t.rel[r] != NKG_DEP_ACL_RELCL && t.rel[r] != NKG_DEP_ACL) ||
        n == NKG_NO_HEAD ||
        t.head[n] != NKG_NO_HEAD ||
        (syn->upos[n] != NKG_UPOS_NOUN && syn->upos[n] != NKG_UPOS_PROPN))
      continue;
    for (uint32_t v = r + 1; v < x->ntok && v < r + 40; v++) {
      if (t.head[v] != r || t.rel[v] != NKG_DEP_CONJ ||
          syn->upos[v] != NKG_UPOS_VERB)
        continue;
      bool subj = false;
      for (uint32_t i = r + 1; i < x->ntok && i < r + 40; i++)
        subj |= t.head[i] == v && (t.rel[i] == NKG_DEP_NSUBJ ||
                                   t.rel[i] == NKG_DEP_NSUBJ_PASS);
      if (subj)
        break;
      t.head[v] = NKG_NO_HEAD, t.rel[v] = NKG_DEP_ROOT;
      t.head[n] = v, t.rel[n] = NKG_DEP_NSUBJ;
      break;
    }
  }
  /* "On 3 March, at 10 p.m., Mr. A, Prime Minister of X, held a call":
     after a long fronted phrase the parser hangs the subject, with its
     apposition, on that phrase and leaves the verb without one.  A verb
     with no subject whose left neighbour (past a comma) lies in a
     person's name phrase takes that person as its subject. */
  for (uint32_t v = 1; v < x->ntok; v++) {
    /* a main verb (a participle or adverbial clause has no subject of
       its own to lose) */
    if (syn->upos[v] != NKG_UPOS_VERB || !nkg_tok_punct(x, v - 1, ',') ||
        (t.rel[v] != NKG_DEP_ROOT && t.rel[v] != NKG_DEP_CONJ &&
         t.rel[v] != NKG_DEP_PARATAXIS))
      continue;
    bool subj = false;
    uint32_t sb = 0, date_subj = NKG_NO_HEAD;
    while (sb + 1 < x->nsent && x->sent[sb + 1].tok_beg <= v)
      sb++;
    /* a date made subject ("On 5 March, ..., Mr. A held") is none */
    for (uint32_t i = x->sent[sb].tok_beg; i < x->sent[sb].tok_end; i++) {
      struct nkg_date d;
      uint32_t db, de;
      const char *dr;
      if (t.head[i] != v || (t.rel[i] != NKG_DEP_NSUBJ &&
                             t.rel[i] != NKG_DEP_NSUBJ_PASS &&
                             t.rel[i] != NKG_DEP_EXPL))
        continue;
      if (nkg_date_find(c, i >= 2 ? i - 2 : 0, i + 1, false, &d, &db, &de,
                        &dr) != NKG_DATE_NONE &&
          db <= i && i < de)
        date_subj = i;
      else
        subj = true;
    }
    if (subj || v < 2 || x->sent[sb].tok_beg + 1 >= v)
      continue;
    uint32_t r = rep[v - 2];
    for (int hops = 0; hops < 4 && r != NKG_NO_HEAD; hops++) {
      /* the person is the node reached or, past a title apposition ("...,
         Mr. A, Foreign Minister of X,"), an apposition of it */
      uint32_t who = is_person_name(c->e, r) && t.rel[r] != NKG_DEP_CONJ
                         ? r : NKG_NO_HEAD;
      for (uint32_t i = x->sent[sb].tok_beg; i < v && who == NKG_NO_HEAD; i++)
        if (t.head[i] == r && t.rel[i] == NKG_DEP_APPOS && is_person_name(c->e, i))
          who = i;
      if (who != NKG_NO_HEAD) {
        if (t.head[who] != v) {
          t.head[who] = v;
          t.rel[who] = NKG_DEP_NSUBJ;
        }
        if (date_subj != NKG_NO_HEAD)
          t.rel[date_subj] = NKG_DEP_OBL; /* the fronted date it is */
        break;
      }
      if (nominal_rank(t.rel[r]) == 0 || t.rel[r] == NKG_DEP_CONJ ||
          t.rel[r] == NKG_DEP_ROOT || t.head[r] == NKG_NO_HEAD || t.head[r] > v)
        break;
      r = t.head[r];
    }
  }
  /* outside dependents of a name's inner words go to the representative */
  for (uint32_t i = 0; i < x->ntok; i++) {
    uint32_t h = syn->head[i];
    if (rep[i] == i && h != NKG_NO_HEAD && h < x->ntok && rep[h] != h &&
        rep[h] != i)
      t.head[i] = rep[h];
  }
  /* CSR child index: counts, prefix sums, fill (children in token order) */
  for (uint32_t i = 0; i < x->ntok; i++)
    if (t.head[i] != NKG_NO_HEAD)
      t.cstart[t.head[i] + 1]++;
  for (uint32_t i = 0; i < x->ntok; i++)
    t.cstart[i + 1] += t.cstart[i];
  t.cstart[x->ntok + 1] = t.cstart[x->ntok];
  uint32_t *fill = nkg_arena_calloc(a, (size_t)x->ntok + 1, sizeof *fill);
  if (!fill)
    return NEWSKG_ERR_NOMEM;
  for (uint32_t i = 0; i < x->ntok; i++) {
    uint32_t h = t.head[i];
    if (h != NKG_NO_HEAD)
      t.child[t.cstart[h] + fill[h]++] = i;
  }
  newskg_status st;
  for (uint32_t si = 0; si < x->nsent; si++) {
    if (!syn->sent_parsed[si])
      continue;
    const struct nkg_sentence *s = &x->sent[si];
    uint32_t first = out->nev;
    for (uint32_t trig = s->tok_beg; trig < s->tok_end; trig++) {
      /* the lemmatizer's lemma, else the trigger lemma the form inflects
         (an unseen form can get a wrong lemma: "reconvene" -> "reconve") */
      const char *tl = lemma(&t, trig);
      uint32_t row = nkg_fl_first_trigger(lx, tl);
      if (row == UINT32_MAX && x->tok[trig].kind == NKG_TOK_WORD &&
          (tl = nkg_fl_form_lemma(lx, x->tok[trig].fold, x->tok[trig].fold_len)))
        row = nkg_fl_first_trigger(lx, tl);
      for (; row != UINT32_MAX && row < lx->ntrig &&
             strcmp(lx->trig[row].lemma, tl) == 0;
           row++) {
        const struct nkg_fl_entry *e = &lx->ent[lx->trig[row].entry];
        /* a noun capitalised at the start of a sentence or in a headline
           is often tagged PROPN ("Talks between ..."); outside a name it
           is the noun */
        uint8_t up = syn->upos[trig];
        if (up == NKG_UPOS_PROPN && !nkg_mention_at(c->e, trig))
          up = NKG_UPOS_NOUN;
        if (e->upos != up)
          continue;
        struct nkg_tree_cand cd;
        struct nkg_tree_arg each[MAX_ARGS];
        uint32_t neach = 0;
        const char *each_rule = NULL;
        bool keep;
        if (!apply(&t, trig, si, e, lx->trig[row].entry, &cd, each, &neach,
                   &each_rule, &keep))
          continue;
        if (keep)
          TRY(st, finish(&t, &cd, e, each, neach, each_rule, out, cap));
        break; /* the first sense that applies wins */
      }
    }
    nkg_discourse_subsume(out, first);
  }
  return NEWSKG_OK;
}
