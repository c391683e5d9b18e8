// Runs ontology/queries/*.rq against newskg's N-Quads in a triplestore and
// asserts the answers of expected.json, and checks that every article's
// named graph holds exactly its N-Quads.
//
//   node queries.mjs oxigraph WORK
//       loads WORK/*.nq (one file, one named graph per article) into an
//       Oxigraph Store, checks, then drops each article's graph (SPARQL
//       DROP GRAPH), checks it is gone and the others intact, reloads it
//       and checks again.
//   node queries.mjs endpoint URL WORK [--without NAME]
//       the same checks against a SPARQL endpoint (Virtuoso's /sparql,
//       driven by virtuoso.sh); --without: article NAME has been deleted.
//
// Queries see all named graphs at once: Oxigraph through
// use_default_graph_as_union, Virtuoso by default.
import {
  check, compare, done, expectations, outputs, plain, queryText, read, require, NKG,
} from './lib.mjs';

const exp = expectations();

/** Each article: its graph name and its number of quads (one per line). */
function articles(work) {
  return outputs(work, '.nq').map(({ name, file }) => {
    const lines = read(file).split('\n').filter((l) => l.trim() !== '');
    const m = /<([^>]*)> \.$/.exec(lines[0]);
    return { name, file, graph: m[1], count: lines.length };
  });
}

// A store answers `select(query)` with rows of {var: {value, datatype}}.

function oxigraphStore() {
  const ox = require('oxigraph');
  const store = new ox.Store();
  return {
    store,
    load(file) {
      store.load(read(file), { format: 'application/n-quads' });
    },
    async select(q) {
      return store.query(q, { use_default_graph_as_union: true }).map((b) => {
        const row = {};
        for (const [k, t] of b)
          row[k] = { value: t.value, datatype: t.datatype && t.datatype.value };
        return row;
      });
    },
    async update(u) {
      store.update(u);
    },
  };
}

function endpointStore(url) {
  return {
    async select(q) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/sparql-results+json',
        },
        body: new URLSearchParams({ query: q }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}: ${text.slice(0, 500)}`);
      return JSON.parse(text).results.bindings.map((b) => {
        const row = {};
        for (const [k, v] of Object.entries(b)) row[k] = { value: v.value, datatype: v.datatype };
        return row;
      });
    },
  };
}

async function graphCount(store, graph) {
  const rows = await store.select(
    `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
  return Number(rows[0].n.value);
}

async function checkCounts(store, arts, without) {
  for (const a of arts) {
    const n = await graphCount(store, a.graph);
    const want = a.name === without ? 0 : a.count;
    check(n === want, `graph of ${a.name} (${a.graph}) holds ${n} triples, want ${want}`);
  }
}

async function checkQueries(store, label) {
  for (const [name, spec] of Object.entries(exp.queries)) {
    let rows;
    try {
      rows = await store.select(queryText(name));
    } catch (e) {
      check(false, `${label} ${name}: ${e.message || e}`);
      continue;
    }
    compare(`${label} ${name}`, rows.map((r) => spec.columns.map((c) =>
      r[c] ? plain(r[c].value, r[c].datatype) : null)), spec);
  }
}

/** After deleting one article: its meetings are gone from who met whom,
    the other articles' are all there. */
async function checkWithout(store, arts, name, label) {
  await checkCounts(store, arts, name);
  const spec = exp.queries['who-met-whom.rq'];
  const rows = await store.select(queryText('who-met-whom.rq'));
  const got = new Set(rows.map((r) => `${r.a.value} ${r.b.value}`));
  const art = arts.find((a) => a.name === name);
  const left = await store.select(`PREFIX nkg: <${NKG}>
    SELECT (COUNT(*) AS ?n) WHERE { ?m nkg:evidence ?s .
      FILTER (STRSTARTS(STR(?s), "${art.graph}#")) }`);
  check(Number(left[0].n.value) === 0, `${label}: evidence of ${name} left after deletion`);
  check(got.size < spec.rows.length,
    `${label}: who-met-whom still has all ${spec.rows.length} pairs without ${name}`);
}

async function main() {
  const [mode, a1, a2, flag, flagArg] = process.argv.slice(2);
  if (mode === 'oxigraph' && a1) {
    const arts = articles(a1);
    const store = oxigraphStore();
    for (const a of arts) store.load(a.file);
    await checkCounts(store, arts);
    await checkQueries(store, 'oxigraph');
    for (const a of arts) {
      await store.update(`DROP GRAPH <${a.graph}>`);
      await checkWithout(store, arts, a.name, `oxigraph without ${a.name}`);
      store.load(a.file);
      await checkCounts(store, arts);
    }
    await checkQueries(store, 'oxigraph after reloading every article');
    // Every shipped query parses in Oxigraph too.  Run on an empty store,
    // the federated one never reaches its SERVICE (nothing to join), so no
    // network is used; a syntax error would throw.
    const fs = await import('node:fs');
    const empty = require('oxigraph');
    for (const f of fs.readdirSync(new URL('../../ontology/queries/', import.meta.url))
      .filter((n) => n.endsWith('.rq'))) {
      try {
        new empty.Store().query(queryText(f));
        console.log(`oxigraph parses ${f}`);
      } catch (e) {
        check(false, `oxigraph cannot parse ${f}: ${e.message || e}`);
      }
    }
    done('store.oxigraph');
  } else if (mode === 'endpoint' && a1 && a2) {
    const arts = articles(a2);
    const store = endpointStore(a1);
    if (flag === '--without') {
      await checkWithout(store, arts, flagArg, `endpoint without ${flagArg}`);
    } else {
      await checkCounts(store, arts);
      await checkQueries(store, 'endpoint');
    }
    done(`queries at ${a1}${flag ? ` ${flag} ${flagArg}` : ''}`);
  } else {
    console.error('usage: queries.mjs oxigraph WORK | endpoint URL WORK [--without NAME]');
    process.exit(2);
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
