// wink-nlp with its lite web model: readDoc(text).entities() of every
// article of a JSON Lines corpus, up to MAX_MB megabytes of it.  Prints
// one line: "wink-nlp <bytes> <seconds> <MB/s> <entities>"; the time
// covers the articles only, not node's start-up or loading the model.
//   node peer_wink.js CORPUS.jsonl [MAX_MB]
'use strict';
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

async function main() {
  const [file, maxMb] = process.argv.slice(2);
  const max = maxMb ? Number(maxMb) * 1e6 : Infinity;
  const nlp = winkNLP(model);
  const its = nlp.its;
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
    items += nlp.readDoc(text).entities().out(its.detail).length;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`wink-nlp ${bytes} ${s.toFixed(3)} ${(bytes / 1e6 / s).toFixed(3)} ${items}`);
}
main();
