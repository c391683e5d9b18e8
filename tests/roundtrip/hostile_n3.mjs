// Reads unit.ntriples's hostile.nt and hostile.nq with N3.js (strict
// N-Triples / N-Quads mode) and checks every term, in order, against
// hostile.jsonl, the originals.  Usage: node hostile_n3.mjs N3_DIR DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(path.resolve(process.argv[2]), 'x.js'));
const N3 = require('n3');
const dir = process.argv[3];
const want = fs.readFileSync(path.join(dir, 'hostile.jsonl'), 'utf8')
  .split('\n').filter((l) => l).map((l) => JSON.parse(l));
let failed = false;
for (const [ext, format] of [['nt', 'N-Triples'], ['nq', 'N-Quads']]) {
  const text = fs.readFileSync(path.join(dir, `hostile.${ext}`), 'utf8');
  const quads = new N3.Parser({ format }).parse(text);
  let bad = quads.length === want.length ? 0 : 1;
  if (bad) console.error(`${ext}: ${quads.length} triples read, want ${want.length}`);
  quads.forEach((q, i) => {
    const [s, p, kind, o, dt, lang] = want[i] || [];
    const ok = q.subject.value === s && q.predicate.value === p &&
      (kind === 'iri'
        ? q.object.termType === 'NamedNode' && q.object.value === o
        : q.object.termType === 'Literal' && q.object.value === o &&
          q.object.language === lang.toLowerCase() &&
          (lang || q.object.datatype.value ===
            (dt || 'http://www.w3.org/2001/XMLSchema#string'))) &&
      (ext === 'nt' || q.graph.termType === 'NamedNode');
    if (!ok && bad++ < 3) console.error(`${ext}: triple ${i} differs: ${JSON.stringify(q.object.value)} want ${JSON.stringify(o)}`);
  });
  if (bad) failed = true;
  else console.log(`N3.js: hostile.${ext}: ${quads.length} triples read back exactly`);
}
process.exit(failed ? 1 : 0);
