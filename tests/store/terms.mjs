// store.terms: ontology/newskg.ttl parses (N3.js and Oxigraph, strict) and
// declares every term newskg's output uses from its own namespace (nkg:)
// and the external ones it writes (NIF, ITS RDF): each predicate and each
// class (object of rdf:type) of every article's output, and every nkg:
// term ontology/shapes.ttl names.  nkg: terms must also carry an
// rdfs:label and an rdfs:comment, as the contract promises.
//
//   node terms.mjs WORK
import path from 'node:path';
import { check, done, outputs, read, require, root, NIF, NKG, RDF, RDFS } from './lib.mjs';

const N3 = require('n3');
const ox = require('oxigraph');
const OWL = 'http://www.w3.org/2002/07/owl#';
const ITS = 'http://www.w3.org/2005/11/its/rdf#';
const checked = [NKG, NIF, ITS];

const ontoFile = path.join(root, 'ontology', 'newskg.ttl');
const text = read(ontoFile);
const onto = new N3.Parser({ format: 'Turtle' }).parse(text);
try {
  ox.parse(text, { format: 'text/turtle' });
} catch (e) {
  check(false, `Oxigraph rejects ontology/newskg.ttl: ${e.message || e}`);
}
const declaring = new Set(['Class', 'ObjectProperty', 'DatatypeProperty',
  'AnnotationProperty'].map((t) => OWL + t).concat([RDF + 'Property', RDFS + 'Class']));
const declared = new Set(onto.filter((q) => q.predicate.value === RDF + 'type' &&
  declaring.has(q.object.value)).map((q) => q.subject.value));
const has = (s, p) => onto.some((q) => q.subject.value === s && q.predicate.value === p);
console.log(`ontology/newskg.ttl: ${onto.length} triples, ${declared.size} declared terms`);

const used = new Map(); // term -> where first seen
const note = (iri, where) => {
  if (checked.some((ns) => iri.startsWith(ns)) && !used.has(iri)) used.set(iri, where);
};
for (const { name, file } of outputs(path.resolve(process.argv[2]), '.nt')) {
  for (const q of new N3.Parser({ format: 'N-Triples' }).parse(read(file))) {
    note(q.predicate.value, name);
    if (q.predicate.value === RDF + 'type') note(q.object.value, name);
  }
}
const shapes = new N3.Parser({ format: 'Turtle' }).parse(
  read(path.join(root, 'ontology', 'shapes.ttl')));
for (const q of shapes)
  for (const t of [q.subject, q.predicate, q.object])
    if (t.termType === 'NamedNode' && t.value.startsWith(NKG)) note(t.value, 'shapes.ttl');

for (const [term, where] of [...used].sort()) {
  check(declared.has(term), `${term} (used in ${where}) is not declared in ontology/newskg.ttl`);
  check(has(term, RDFS + 'label'), `${term} has no rdfs:label in ontology/newskg.ttl`);
  if (term.startsWith(NKG))
    check(has(term, RDFS + 'comment'), `${term} has no rdfs:comment in ontology/newskg.ttl`);
}
console.log(`${used.size} terms used by the output and the shapes: ${[...used.keys()]
  .map((t) => t.replace(NKG, 'nkg:').replace(NIF, 'nif:').replace(ITS, 'itsrdf:')).join(' ')}`);
done('store.terms');
