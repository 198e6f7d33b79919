// MiniSearch (same settings as bench/search.mjs) on the realistic job-title set, natively in Node,
// for scale next to our engine's figures from `cargo test -p noc-search --test realistic`.
// `node bench/realistic-minisearch.mjs` prints recall@1/@5 per half and page language.
import { createRequire } from 'node:module';
import { peerDocs, realisticCases, recall } from './lib/noc-data.mjs';

const MiniSearch = createRequire(import.meta.url)('minisearch');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const engines = {};
for (const lang of ['en', 'fr']) {
  const ms = new MiniSearch({ fields: ['title', 'codes'], storeFields: ['code'], processTerm: (t) => fold(t), searchOptions: { prefix: true, fuzzy: 0.2 } });
  ms.addAll(peerDocs(lang));
  engines[lang] = ms;
}
const rows = [];
for (const half of ['tuning', 'check']) {
  for (const page of ['en', 'fr']) {
    const cases = realisticCases().filter((c) => c.half === half && c.page === page);
    let r1 = 0, r5 = 0;
    for (const c of cases) {
      const codes = [...new Set(engines[page].search(c.query).map((h) => h.code))].slice(0, 10);
      r1 += recall(c.expected, codes, 1);
      r5 += recall(c.expected, codes, 5);
    }
    rows.push(`| MiniSearch | ${half} | ${page} | ${cases.length} | ${(r1 / cases.length).toFixed(3)} | ${(r5 / cases.length).toFixed(3)} |`);
  }
}
console.log('| engine | half | page | n | recall@1 | recall@5 |\n|---|---|---|---|---|---|\n' + rows.join('\n'));
