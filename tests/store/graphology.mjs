// store.graphology: every GraphML file newskg writes loads in graphology
// (graphology-graphml) with what Gephi and graphology users rely on, and
// the actors view agrees with the RDF of the same run.
//
//   node graphology.mjs WORK
// Events view (*.graphml): a directed graph; every node has a label and a
// type, Wikidata-linked nodes their QID, every edge its role as label.
// Actors view (*.actors.graphml): an undirected graph of people, countries
// and organizations; weight = number of meetings = the meeting IRIs listed;
// dates sorted, start/end the first and last day.  all.actors.graphml must
// have exactly one edge per pair of actors that took part in the same
// meeting that happened in all.nq (same run), weighted by their number.
import fs from 'node:fs';
import path from 'node:path';
import { check, done, read, require, NKG, RDF } from './lib.mjs';

const Graph = require('graphology');
const graphml = require('graphology-graphml');
const N3 = require('n3');

const work = process.argv[2];
const files = fs.readdirSync(work).filter((f) => f.endsWith('.graphml')).sort();
check(files.length >= 10, `only ${files.length} GraphML files in ${work}`);
const actorTypes = new Set(['person', 'country', 'organization']);
let actorsAll = null;

for (const f of files) {
  let g;
  try {
    g = graphml.parse(Graph, read(path.join(work, f)));
  } catch (e) {
    check(false, `${f}: graphology-graphml cannot parse it: ${e.message}`);
    continue;
  }
  const actors = f.endsWith('.actors.graphml');
  check(g.order > 0, `${f}: no nodes`);
  g.forEachNode((n, a) => {
    check(a.label, `${f}: node ${n} has no label`);
    check(a.type, `${f}: node ${n} has no type`);
    if (a.iri && a.iri.startsWith('http://www.wikidata.org/entity/'))
      check(a.wikidata === a.iri.slice(31), `${f}: node ${n} lacks its QID`);
    if (actors) check(actorTypes.has(a.type), `${f}: node ${n} of type ${a.type}`);
  });
  g.forEachEdge((e, a, s, t, sa, ta, undirected) => {
    check(a.label, `${f}: edge ${e} has no label`);
    check(Number(a.weight) > 0, `${f}: edge ${e} weight ${a.weight}`);
    check(actors === undirected, `${f}: edge ${e} ${undirected ? 'un' : ''}directed`);
    if (!actors) return;
    const meetings = a.meetings.split(' ');
    check(meetings.length === Number(a.weight),
      `${f}: edge ${e} weight ${a.weight} but ${meetings.length} meetings`);
    const dates = a.dates ? a.dates.split(';') : [];
    check(dates.join(';') === [...dates].sort().join(';'), `${f}: edge ${e} dates unsorted`);
    if (a.start) check(a.start <= a.end, `${f}: edge ${e} starts after it ends`);
  });
  console.log(`${f}: ${g.order} nodes, ${g.size} ${actors ? 'undirected' : 'directed'} edges`);
  if (f === 'all.actors.graphml') actorsAll = g;
}

// The actors view against the RDF of the same run.
if (check(actorsAll, 'all.actors.graphml missing')) {
  const quads = new N3.Parser({ format: 'N-Quads' }).parse(read(path.join(work, 'all.nq')));
  const types = new Map(), parts = new Map(), planned = new Set(), meetings = new Set();
  for (const q of quads) {
    const s = q.subject.value, p = q.predicate.value, o = q.object.value;
    if (p === RDF + 'type' && o.startsWith(NKG)) {
      const local = o.slice(NKG.length).toLowerCase();
      if (actorTypes.has(local)) types.set(s, local);
      if (local === 'meeting') meetings.add(s);
    } else if (p === NKG + 'participant') {
      if (!parts.has(s)) parts.set(s, new Set());
      parts.get(s).add(o);
    } else if (p === NKG + 'planned' && o === 'true') planned.add(s);
  }
  const want = new Map();
  for (const m of meetings) {
    if (planned.has(m) || !parts.has(m)) continue;
    const ps = [...parts.get(m)].filter((x) => types.has(x)).sort();
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const k = `${ps[i]} ${ps[j]}`;
        want.set(k, (want.get(k) || 0) + 1);
      }
  }
  const got = new Map();
  actorsAll.forEachEdge((e, a, s, t, sa, ta) => {
    const k = [sa.iri, ta.iri].sort().join(' ');
    check(!got.has(k), `all.actors.graphml: two edges for ${k}`);
    got.set(k, Number(a.weight));
  });
  for (const [k, n] of want)
    check(got.get(k) === n, `all.actors.graphml: ${k} weight ${got.get(k)}, the RDF says ${n}`);
  for (const k of got.keys()) check(want.has(k), `all.actors.graphml: ${k} met in no meeting`);
  console.log(`all.actors.graphml: ${got.size} pairs, as the RDF of the same run says`);
}
done('store.graphology');
