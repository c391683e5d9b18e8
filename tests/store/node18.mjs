// store.node18: the store scripts work on a Node without the global Web
// Crypto API, as Debian 12's Node 18 is (newer Nodes have it).  The global
// is removed first, then lib.mjs (which every store script imports) and
// Oxigraph are loaded the scripts' way, and Oxigraph parses Turtle with a
// blank node and runs a query: the calls that panicked on Node 18.
//
//   node node18.mjs
delete globalThis.crypto;
const { check, done, require } = await import('./lib.mjs');
check(globalThis.crypto && typeof globalThis.crypto.getRandomValues === 'function',
  'lib.mjs did not provide globalThis.crypto');
const ox = require('oxigraph');
try {
  const quads = ox.parse('<http://e/a> <http://e/p> [ <http://e/q> 1 ] .',
    { format: 'text/turtle' });
  check(quads.length === 2, `Oxigraph parsed ${quads.length} triples, want 2`);
  const store = new ox.Store(quads);
  const rows = store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
  check(rows.length === 1 && rows[0].get('n').value === '2',
    'Oxigraph query gave the wrong count');
} catch (e) {
  check(false, `Oxigraph without a global Web Crypto: ${e.message || e}`);
}
done('store.node18');
