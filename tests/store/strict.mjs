// store.strict: every RDF syntax newskg writes passes two strict parsers
// besides raptor2 -- N3.js (Turtle, N-Triples, N-Quads) and Oxigraph
// (those three and RDF/XML) -- and all of them read the same triples.
// The odd article (tests/data/odd/) must come through with its names and
// text intact: quotes, a backslash, '<...>', a tab, Cyrillic, Arabic, CJK,
// and a document IRI made from a file name with spaces, '#' and '%'.
//
//   node strict.mjs WORK
import {
  check, done, outputs, read, require, tripleKey, NIF, NKG, RDF, RDFS,
} from './lib.mjs';

const N3 = require('n3');
const ox = require('oxigraph');

const n3Formats = { ttl: 'Turtle', nt: 'N-Triples', nq: 'N-Quads' };
const oxFormats = {
  ttl: 'text/turtle', nt: 'application/n-triples', nq: 'application/n-quads',
  rdf: 'application/rdf+xml',
};

function parse(which, ext, file) {
  try {
    return which === 'n3'
      ? new N3.Parser({ format: n3Formats[ext] }).parse(read(file))
      : ox.parse(read(file), { format: oxFormats[ext] });
  } catch (e) {
    check(false, `${which} rejects ${file}: ${e.message || e}`);
    return null;
  }
}

const work = process.argv[2];
const articles = outputs(work, '.nt');
check(articles.length >= 4, `only ${articles.length} articles in ${work}`);

const literals = new Map(); // article -> Set of "predicate\tvalue\tlang"
for (const { name } of articles) {
  const base = `${work}/${name}`;
  const lines = read(`${base}.nt`).split('\n').filter((l) => l.trim() !== '');
  let reference = null;
  for (const [which, exts] of [['n3', ['nt', 'ttl', 'nq']], ['oxigraph', ['nt', 'ttl', 'nq', 'rdf']]]) {
    for (const ext of exts) {
      const quads = parse(which, ext, `${base}.${ext}`);
      if (!quads) continue;
      const keys = new Set(quads.map(tripleKey));
      check(keys.size === quads.length, `${which} ${name}.${ext}: repeated triples`);
      check(keys.size === lines.length,
        `${which} ${name}.${ext}: ${keys.size} triples, the N-Triples file has ${lines.length} lines`);
      if (ext === 'nq') {
        const graphs = new Set(quads.map((q) => q.graph.value));
        const ctx = quads.find((q) => q.predicate.value === RDF + 'type' &&
          q.object.value === NIF + 'Context');
        check(graphs.size === 1 && ctx && ctx.subject.value.startsWith([...graphs][0] + '#char=0,'),
          `${which} ${name}.nq: graphs ${[...graphs].join(' ')} are not the one document`);
      }
      if (!reference) {
        reference = keys;
        literals.set(name, new Set(quads.filter((q) => q.object.termType === 'Literal')
          .map((q) => `${q.predicate.value}\t${q.object.value}\t${q.object.language}`)));
        continue;
      }
      const missing = [...reference].filter((k) => !keys.has(k));
      check(missing.length === 0,
        `${which} ${name}.${ext} differs from N-Triples, e.g. ${missing[0]}`);
    }
  }
  console.log(`${name}: ${lines.length} triples alike in N3.js and Oxigraph`);
}

// What the odd article must keep, character for character.
const odd = [...literals.keys()].find((n) => n.startsWith('odd names'));
if (check(odd !== undefined, 'the odd article is missing')) {
  const have = literals.get(odd);
  const want = [
    [RDFS + 'label', 'The "Blue\\Green" Dialogue Center', 'en'],
    [RDFS + 'label', 'عبد الله الراشد', 'en'],
    [RDFS + 'label', '王小明', 'en'],
    [RDFS + 'label', 'Олег Мирошниченко', 'en'],
    [RDFS + 'label', "Zoë O'Brien-Łukasiewicz", 'en'],
    [NKG + 'quote', 'useful, \\ not <final>', ''],
  ];
  for (const [p, v, l] of want)
    check(have.has(`${p}\t${v}\t${l}`), `${odd}: literal ${JSON.stringify(v)} not read back`);
  const anchors = [...have].filter((k) => k.startsWith(NIF + 'anchorOf\t'));
  check(anchors.some((k) => k.includes('Thursday,\ta meeting')), `${odd}: the tab in a sentence is lost`);
  const text = [...have].find((k) => k.startsWith(NIF + 'isString\t'));
  check(text && text.includes('\n\n') && text.includes('lake shore,\nhad'),
    `${odd}: the document text lost its line breaks`);
  const nq = parse('oxigraph', 'nq', `${work}/${odd}.nq`) || [];
  check(nq.length && nq[0].graph.value === 'https://w3id.org/newskg/data/doc/odd/odd%20names%20%231%2050%25.txt',
    `${odd}: graph name ${nq.length && nq[0].graph.value}`);
}
done('store.strict');
