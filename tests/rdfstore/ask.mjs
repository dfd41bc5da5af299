// Loads claimgraph's N-Quads export into Oxigraph (a real RDF store, in memory) and asks the
// SPARQL questions of docs/RDF.md, read from that file so that the documentation and the test
// cannot drift: who claimed "589 billion", and the sources of one claim. The store must give the
// same claims, claimants and sources as the command line's --json answers.
// Usage: node ask.mjs CLAIMS.nq RDF.md WHO_CLAIMED.json SOURCES.json
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import oxigraph from "oxigraph";

const [nquads, doc, whoFile, sourcesFile] = process.argv.slice(2);
const base = "https://example.org/claimgraph/";
const queries = [...readFileSync(doc, "utf8").matchAll(/```sparql\n([\s\S]*?)```/g)].map((m) => m[1]);
const store = new oxigraph.Store();
let started = performance.now();
store.load(readFileSync(nquads, "utf8"), { format: "application/n-quads" });
const loadMs = performance.now() - started;

const local = (term) => term.value.startsWith(base) ? term.value.slice(base.length) : term.value;
const rows = (sparql) => store.query(sparql).map((binding) => binding);

// who-claimed "589 billion": claim -> {claimants, sources}
started = performance.now();
const fromStore = new Map();
for (const row of rows(queries[0])) {
  const id = local(row.get("claim"));
  if (!fromStore.has(id)) fromStore.set(id, { claimants: new Set(), sources: new Set() });
  if (row.get("claimant")) fromStore.get(id).claimants.add(row.get("claimant").value);
  if (row.get("source")) fromStore.get(id).sources.add(local(row.get("source")));
}
const queryMs = performance.now() - started;
const fromCli = new Map();
for (const r of JSON.parse(readFileSync(whoFile, "utf8")).results)
  fromCli.set(r.claim.id, { claimants: new Set(r.claimants.map((c) => c.name)), sources: new Set(r.sources.map((s) => s.id)) });
assert.deepEqual([...fromStore.keys()].sort(), [...fromCli.keys()].sort(), "the same claims");
for (const [id, expected] of fromCli) assert.deepEqual(fromStore.get(id), expected, `claimants and sources of ${id}`);

// The sources of one claim, field by field.
const sources = JSON.parse(readFileSync(sourcesFile, "utf8")).sources;
const answered = rows(queries[1]).map((row) => ({
  ref: Number(row.get("ref").value), publisher: row.get("publisher")?.value ?? null, title: row.get("title")?.value ?? null,
  date: row.get("date")?.value ?? null, url: row.get("url")?.value ?? null,
}));
assert.deepEqual(answered, sources.map(({ ref, publisher, title, date, url }) => ({ ref, publisher, title, date, url })));
console.log(`oxigraph: ${store.size} quads loaded in ${loadMs.toFixed(0)} ms; who-claimed "589 billion" in ` +
            `${queryMs.toFixed(1)} ms: ${fromCli.size} claims, the same as the CLI's; sources of one claim: the same ${sources.length}`);
