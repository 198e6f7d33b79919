// Regenerates the README's figures block from bench/REPORT.md (its `<!-- figures {...} -->` line), so
// the README's size, speed and accuracy figures are never typed by hand. Only the text between
// `<!-- figures:start -->` and `<!-- figures:end -->` in README.md is replaced.
//   node scripts/readme-figures.mjs [--check]   (--check: exit 1 when the README block is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const pct = (n) => `${(n * 100).toFixed(0)} %`;

export function figuresBlock(f) {
  const rows = [];
  if (f.embedBrotli != null) rows.push(`- **Size:** the widget code (loader + glue + wasm) is ${kb(f.embedBrotli)} brotli` +
    (f.cardEmbedBrotli != null ? ` (${kb(f.cardEmbedBrotli)} for pages with cards only)` : '') +
    (f.cardDownload != null ? `; a page with one \`<noc-card>\` shows the card after ${f.cardBytesBeforeScreen != null ? kb(f.cardBytesBeforeScreen) : '?'} (its pre-rendered paint, no WebAssembly) and downloads ${kb(f.cardDownload)} in all once the wasm arrives at idle time (the card's raw data alone, compressed, is ${kb(f.cardFloor)})` : '') +
    (f.widgetDownload != null ? `; a full \`<noc-widget>\` ${kb(f.widgetDownload)}` +
      (f.widgetSearchDownload != null ? ` (${kb(f.widgetSearchDownload)} once the reader searches)` : '') + '.' : '.'));
  if (f.ttfcMs != null) rows.push(`- **Speed:** first card on screen in ${f.ttfcMs.toFixed(0)} ms with a cold cache (a static HTML page with the same card: ${f.ttfcStaticMs.toFixed(0)} ms, ${f.ttfcRatio.toFixed(1)}×` +
    (f.snippetMs != null ? `; the \`noc show --html\` block: ${f.snippetMs.toFixed(0)} ms, ${f.snippetRatio.toFixed(1)}×)` : ')') +
    (f.searchP50Ms?.en != null ? `; a search answers in ${f.searchP50Ms.en.toFixed(2)} ms (median)` : '') +
    (f.suggestMsBrowser != null ? `; CRS suggestions in ${f.suggestMsBrowser.toFixed(2)} ms` : '') +
    (f.assessPerSec != null ? `; the rules engine assesses ${Math.round(f.assessPerSec).toLocaleString('en-US')} profiles per second natively.` : '.'));
  const rt = f.realTitles;
  if (rt?.ours?.check) {
    const c = rt.ours.check, b = rt.baseline.check, m = rt.minisearch.check;
    const p1 = (v) => `${v.toFixed(0)} %`;
    rows.push(`- **Accuracy:** on ${c.n.toLocaleString('en-US')} real job titles written by ${c.people.toLocaleString('en-US')} people and coded by professional coders, which the search was never tuned on (check half, bench/real-titles.md), the right unit group comes first for ${p1(c.first)} of titles (${p1(c.first_people)} of people) and in the top five for ${p1(c.top5)} (${p1(c.top5_people)}); a linear SVM trained on the NOC index: ${p1(b.first)} / ${p1(b.top5)} per title; MiniSearch: ${p1(m.first)} / ${p1(m.top5)}.`);
  } else if (f.searchRecall5?.en != null) rows.push(`- **Accuracy:** search finds the expected occupation in the top 5 for ${pct(f.searchRecall5.en)} of English and ${pct(f.searchRecall5.fr)} of French test queries (first place: ${pct(f.searchRecall1.en)} / ${pct(f.searchRecall1.fr)}); best of MiniSearch, FlexSearch and Fuse.js on the same set: ${pct(f.bestPeerRecall5.en)} / ${pct(f.bestPeerRecall5.fr)}.`);
  rows.push(`- Measured ${f.date} on ${f.machine}; details and method: [bench/REPORT.md](bench/REPORT.md) (\`make bench\`).`);
  return rows.join('\n');
}

export function figuresFromReport(text) {
  const m = /<!-- figures (\{.*\}) -->/.exec(text);
  if (!m) throw new Error('bench/REPORT.md has no figures line: run make bench');
  return JSON.parse(m[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = figuresFromReport(readFileSync(join(ROOT, 'bench', 'REPORT.md'), 'utf8'));
  // The real-titles section (bench/real-titles/run.sh), when the bench had the shared folder.
  try {
    figures.realTitles = JSON.parse(readFileSync(join(ROOT, 'bench', 'real-titles.json'), 'utf8'));
  } catch {
    // absent: the accuracy line stays on the project's own test set
  }
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) {
    console.log(`[readme-figures] README.md has no ${START} … ${END} block: nothing to update`);
    process.exit(0);
  }
  const next = `${readme.slice(0, a + START.length)}\n${figuresBlock(figures)}\n${readme.slice(b)}`;
  if (process.argv.includes('--check')) {
    if (next !== readme) { console.error('[readme-figures] README figures are stale: run node scripts/readme-figures.mjs'); process.exit(1); }
    process.exit(0);
  }
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(`[readme-figures] README.md figures ${next === readme ? 'already up to date' : 'updated'}`);
}
