// The other side of `cargo bench -p ponte-core --bench search_vs_minisearch`: MiniSearch
// configured as Integreat's app searches (fields title and content, title boost 2, fuzzy,
// prefix), one index per language holding the person's language and Italian, timed query by
// query. Reads the documents and queries the Rust side wrote; prints one JSON line.
//
// node bench.mjs DOCS_DIR QUERIES_JSON RUNS   (MiniSearch resolved through NODE_PATH)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MiniSearch = require('minisearch');

const [docsDir, queriesFile, runsText] = process.argv.slice(2);
const runs = Number(runsText);
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
const byLanguage = new Map();
for (const q of queries) {
  if (!byLanguage.has(q.language)) byLanguage.set(q.language, []);
  byLanguage.get(q.language).push(q);
}
const results = [];
for (const [language, group] of byLanguage) {
  const docs = JSON.parse(fs.readFileSync(path.join(docsDir, `${language}.json`), 'utf8'));
  const index = new MiniSearch({
    fields: ['title', 'content'],
    storeFields: [],
    searchOptions: { boost: { title: 2 }, fuzzy: true, prefix: true },
  });
  const started = process.hrtime.bigint();
  index.addAll(docs);
  const indexMs = Number(process.hrtime.bigint() - started) / 1e6;
  for (const q of group) {
    let hits = 0;
    for (let i = 0; i < Math.min(runs, 20); i++) index.search(q.text); // warm-up
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      hits = index.search(q.text).length;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    results.push({ text: q.text, language, hits, times_ms: times, index_ms: indexMs });
  }
}
process.stdout.write(JSON.stringify(results) + '\n');
