// store.shacl: newskg's output conforms to ontology/shapes.ttl under a
// real SHACL engine (rdf-validate-shacl), article by article and all
// articles together; and tests/store/invalid.ttl does not, with a
// violation at each of its ex:bad-* nodes and none at its ex:good-* nodes
// (so the shapes are known to check something).
//
//   node shacl.mjs WORK
import path from 'node:path';
import { check, done, outputs, read, require, root } from './lib.mjs';

const N3 = require('n3');
const { default: SHACLValidator } = await import(
  require.resolve('rdf-validate-shacl'));
const rdf = (await import(require.resolve('rdf-validate-shacl/src/defaultEnv.js'))).default;

function dataset(quads) {
  // the validator reads the default graph: drop the N-Quads graph names
  return rdf.dataset(quads.map((q) =>
    rdf.quad(q.subject, q.predicate, q.object)));
}

function parseFile(file, format) {
  return new N3.Parser({ format, baseIRI: 'file://' + file }).parse(read(file));
}

const shapes = dataset(parseFile(path.join(root, 'ontology', 'shapes.ttl'), 'Turtle'));

async function validate(label, quads) {
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(dataset(quads));
  return report;
}

function describe(r) {
  const v = (t) => (t ? t.value : '');
  return `${v(r.focusNode)} ${v(r.path)}: ${r.message.map(v).join('; ')} ` +
    `(${v(r.sourceConstraintComponent).replace(/.*#/, '')})`;
}

const work = process.argv[2];
const all = [];
for (const { name, file } of outputs(work, '.nq')) {
  const quads = parseFile(file, 'N-Quads');
  all.push(...quads);
  const report = await validate(name, quads);
  if (check(report.conforms, `${name} does not conform:`))
    console.log(`${name}: ${quads.length} triples conform`);
  else
    for (const r of report.results) console.error(`  ${describe(r)}`);
}
const report = await validate('all', all);
if (check(report.conforms, 'all articles together do not conform:'))
  console.log(`all articles together: ${all.length} triples conform`);
else
  for (const r of report.results) console.error(`  ${describe(r)}`);

const bad = parseFile(path.join(path.dirname(new URL(import.meta.url).pathname), 'invalid.ttl'), 'Turtle');
const r2 = await validate('invalid.ttl', bad);
const focus = new Set(r2.results.map((r) => r.focusNode.value));
const nodes = new Set(bad.map((q) => q.subject.value));
check(!r2.conforms, 'invalid.ttl conforms');
for (const n of nodes) {
  const isBad = /\/bad-|Q12x$/.test(n), isGood = /\/good-/.test(n);
  if (isBad) check(focus.has(n), `invalid.ttl: no violation at ${n}`);
  if (isGood) check(!focus.has(n), `invalid.ttl: a violation at the valid ${n}: ` +
    r2.results.filter((r) => r.focusNode.value === n).map(describe).join(' | '));
}
console.log(`invalid.ttl: ${r2.results.length} violations at ${focus.size} nodes`);
done('store.shacl');
