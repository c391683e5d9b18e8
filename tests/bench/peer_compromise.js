// compromise (rule-based NLP): people, places and organizations of every
// article of a JSON Lines corpus, up to MAX_MB megabytes of it.  Prints
// one line: "compromise <bytes> <seconds> <MB/s> <entities>"; the time
// covers the articles only, not node's start-up or loading the library.
//   node peer_compromise.js CORPUS.jsonl [MAX_MB]
'use strict';
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const [file, maxMb] = process.argv.slice(2);
  const max = maxMb ? Number(maxMb) * 1e6 : Infinity;
  const texts = [];
  let bytes = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file) });
  for await (const line of rl) {
    const n = Buffer.byteLength(line) + 1;
    if (bytes + n > max) break;
    bytes += n;
    texts.push(JSON.parse(line).text || '');
  }
  rl.close();
  const t0 = process.hrtime.bigint();
  let items = 0;
  for (const text of texts) {
    const doc = nlp(text);
    items += doc.people().out('array').length;
    items += doc.places().out('array').length;
    items += doc.organizations().out('array').length;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`compromise ${bytes} ${s.toFixed(3)} ${(bytes / 1e6 / s).toFixed(3)} ${items}`);
}
main();
