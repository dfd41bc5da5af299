// The peer of issue #16's ingest benchmark: wink-nlp with its English lite web model reads
// the same files claimgraph ingests (tokens, sentences, named entities; no POS, sentiment or
// negation, so the peer does no more than it must) and reports MB of text per CPU second,
// in the `name: value unit` lines bench/run.sh collects.
//   node bench/wink/peer.mjs DIR [--label L] [--min-seconds S]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

function parseArgs(argv) {
  const args = { dir: null, label: 'peer', minSeconds: 2 };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--label') args.label = argv[++i];
    else if (argv[i] === '--min-seconds') args.minSeconds = Number(argv[++i]);
    else if (!args.dir) args.dir = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!args.dir) throw new Error('usage: node peer.mjs DIR [--label L] [--min-seconds S]');
  return args;
}

// Every .md, .wiki, .wikitext and .mediawiki file under dir, as text, in name order.
function readTexts(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...readTexts(path));
    else if (/\.(md|wiki|wikitext|mediawiki)$/.test(name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

// One pass over every text: the counts show the work was done, not optimised away.
function pass(nlp, texts) {
  const counts = { tokens: 0, sentences: 0, entities: 0 };
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    counts.tokens += doc.tokens().length();
    counts.sentences += doc.sentences().length();
    counts.entities += doc.entities().length();
  }
  return counts;
}

const args = parseArgs(process.argv.slice(2));
const texts = readTexts(args.dir);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const nlp = winkNLP(model, ['sbd', 'ner']);
let best = Infinity, counts = null, spent = 0;
while (spent < args.minSeconds || counts === null) {
  const t0 = cpuSeconds();
  counts = pass(nlp, texts);
  const t = cpuSeconds() - t0;
  best = Math.min(best, t);
  spent += t;
}
const l = args.label;
console.log(`wink_${l}_bytes: ${bytes} B`);
console.log(`wink_${l}_files: ${texts.length} files`);
console.log(`wink_${l}_tokens: ${counts.tokens} tokens`);
console.log(`wink_${l}_sentences: ${counts.sentences} sentences`);
console.log(`wink_${l}_entities: ${counts.entities} entities`);
console.log(`wink_${l}_cpu_s: ${best.toFixed(3)} s`);
console.log(`wink_${l}_mb_per_cpu_s: ${(bytes / 1e6 / best).toFixed(2)} MB/cpu-s`);
