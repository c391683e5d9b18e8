// Helpers shared by the store.* Node scripts: the npm packages pinned in
// tests/store/package.json (installed into tests/store/node_modules by
// `npm ci`, see .ci/run), the fixture directory written by generate.cmake,
// and the comparison of SPARQL answers with expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { webcrypto } from 'node:crypto';
import { fileURLToPath } from 'node:url';

// Node 18 (Debian 12's nodejs) has no global Web Crypto API unless asked;
// Oxigraph's WebAssembly draws random blank node ids from it and panics
// ("Web Crypto API is unavailable").  Every script imports this module
// before it loads Oxigraph, so the polyfill is in place in time.
globalThis.crypto ??= webcrypto;

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const require = createRequire(path.join(here, 'package.json'));

let failures = 0;

/** Records a failed check (the script exits 1 at the end). */
export function fail(msg) {
  failures++;
  console.error(`FAIL: ${msg}`);
}

export function check(cond, msg) {
  if (!cond) fail(msg);
  return cond;
}

/** Ends the script: exit 1 if any check failed. */
export function done(what) {
  if (failures) {
    console.error(`${what}: ${failures} check(s) failed`);
    process.exit(1);
  }
  console.log(`${what}: all checks passed`);
}

/** The fixture files of `ext` in `work`, by article name (no extension). */
export function outputs(work, ext) {
  const files = fs.readdirSync(work).filter(
    (f) => f.endsWith(ext) && !f.startsWith('all.') && !f.endsWith('.actors' + ext));
  files.sort();
  return files.map((f) => ({ name: f.slice(0, -ext.length), file: path.join(work, f) }));
}

export function read(file) {
  return fs.readFileSync(file, 'utf8');
}

export const NKG = 'https://w3id.org/newskg/ontology#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';

/** A term (RDF/JS, from N3.js or Oxigraph) as one comparable string. */
export function termKey(t) {
  if (t.termType === 'Literal')
    return `L|${t.value}|${t.language || ''}|${t.language ? '' : t.datatype.value}`;
  if (t.termType === 'DefaultGraph') return 'D|';
  return `${t.termType[0]}|${t.value}`;
}

export function tripleKey(q) {
  return [q.subject, q.predicate, q.object].map(termKey).join('\t');
}

// ---- expected answers ---------------------------------------------------

export function expectations() {
  const exp = JSON.parse(read(path.join(here, 'expected.json')));
  const expand = (v) => {
    if (v === null || typeof v !== 'string') return v;
    const m = /^([a-z]+):(.*)$/s.exec(v);
    return m && exp.prefixes[m[1]] !== undefined && !v.includes(' ')
      ? exp.prefixes[m[1]] + m[2] : v;
  };
  for (const q of Object.values(exp.queries)) q.rows = q.rows.map((r) => r.map(expand));
  return exp;
}

export function queryText(name) {
  return read(path.join(root, 'ontology', 'queries', name));
}

/** One SPARQL value as expected.json writes it: IRI or lexical form,
    xsd:boolean as true/false (Virtuoso answers 1/0), null if unbound. */
export function plain(value, datatype) {
  if (value === undefined || value === null) return null;
  if (datatype === XSD + 'boolean')
    return value === '1' || value === 'true' ? 'true' : 'false';
  return value;
}

/** Compares answer rows (arrays of plain values, in `spec.columns` order)
    with the expectation; reports differences under `label`. */
export function compare(label, rows, spec) {
  const key = (r) => JSON.stringify(r);
  const got = new Set(rows.map(key));
  const want = new Set(spec.rows.map(key));
  let ok = true;
  for (const w of want)
    if (!got.has(w)) ok = check(false, `${label}: missing row ${w}`) && ok;
  if (spec.match === 'exact') {
    for (const g of got)
      if (!want.has(g)) ok = check(false, `${label}: unexpected row ${g}`) && ok;
  } else if (spec.min_rows !== undefined) {
    ok = check(got.size >= spec.min_rows,
      `${label}: ${got.size} distinct rows, want at least ${spec.min_rows}`) && ok;
  }
  if (ok) console.log(`${label}: ${got.size} row(s) as expected`);
  return ok;
}
