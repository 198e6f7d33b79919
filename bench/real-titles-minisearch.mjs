// MiniSearch (same settings as bench/search.mjs) on the real coded job titles of
// ../shared/data/real-titles/ (no licence: read, never copied), natively in Node, English titles.
// `node bench/real-titles-minisearch.mjs [OUT.json]`: first / top five per title and per person, per
// half (FNV-1a of the title: even = fit, odd = check). Prints "skipped" when the folder is absent.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fnv1a, peerDocs } from './lib/noc-data.mjs';

const file = fileURLToPath(new URL('../../shared/data/real-titles/survey-titles-tuning.tsv', import.meta.url));
const path = process.env.REAL_TITLES || file;
if (!existsSync(path)) {
  console.log(`MiniSearch real titles: skipped (${path} is absent)`);
  process.exit(0);
}
const MiniSearch = createRequire(import.meta.url)('minisearch');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const ms = new MiniSearch({ fields: ['title', 'codes'], storeFields: ['code'], processTerm: (t) => fold(t), searchOptions: { prefix: true, fuzzy: 0.2 } });
ms.addAll(peerDocs('en'));
const tally = { fit: {}, check: {} };
for (const t of Object.values(tally)) Object.assign(t, { n: 0, people: 0, first: 0, top5: 0, first_people: 0, top5_people: 0 });
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [title, codes, , people] = line.split('\t');
  const want = codes.split(',');
  const got = [...new Set(ms.search(title).map((h) => h.code))].slice(0, 5);
  const rank = got.findIndex((c) => want.includes(c));
  const t = tally[fnv1a(title) % 2 ? 'check' : 'fit'];
  const p = Number(people) || 1;
  t.n += 1; t.people += p;
  if (rank === 0) { t.first += 1; t.first_people += p; }
  if (rank >= 0) { t.top5 += 1; t.top5_people += p; }
}
const pct = (a, b) => Math.round((10000 * a) / Math.max(b, 1)) / 100;
const out = {};
for (const [half, t] of Object.entries(tally)) {
  out[half] = { n: t.n, people: t.people, first: pct(t.first, t.n), first_people: pct(t.first_people, t.people), top5: pct(t.top5, t.n), top5_people: pct(t.top5_people, t.people) };
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out) + '\n');
console.log(`MiniSearch fit: ${JSON.stringify(out.fit)}`);
