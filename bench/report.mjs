// Writes bench/REPORT.md from bench/results.json. The "figures" JSON comment at the end is what
// scripts/readme-figures.mjs reads to regenerate the README's figures block.
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';

const kb = (n) => (n == null || Number.isNaN(n) ? '–' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n, d = 1) => (n == null || Number.isNaN(n) ? '–' : `${n.toFixed(d)} ms`);
const pct = (n) => (n == null || Number.isNaN(n) ? '–' : `${(n * 100).toFixed(1)} %`);
const x = (n) => (n == null || !Number.isFinite(n) ? '–' : `${n.toFixed(2)}×`);
const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));

function searchSection(s) {
  if (!s) return ['_Not run._'];
  const lines = [];
  const ours = s.engines.ours?.langs ?? {};
  for (const lang of ['en', 'fr']) {
    const o = ours[lang] && !ours[lang].error ? ours[lang] : null;
    lines.push(`### ${lang === 'en' ? 'English index (English and code queries' : 'French index (French queries'}, n = ${s.queries[lang]})`, '');
    lines.push('| engine | index build | query p50 | query p95 | recall@1 | recall@5 | bytes shipped (br) | code + data | build ratio | p50 ratio | bytes ratio |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const [key, e] of Object.entries(s.engines)) {
      const r = e.langs[lang];
      if (!r || r.error) { lines.push(`| ${e.label} | not measured: ${r?.error ?? '–'} | | | | | | | | | |`); continue; }
      const ratio = (a, b) => (o && key !== 'ours' ? x(a / b) : key === 'ours' ? '1' : '–');
      lines.push(`| ${e.label} | ${ms(r.buildMs)} | ${ms(r.p50, 3)} | ${ms(r.p95, 3)} | ${pct(r.recall1)} | ${pct(r.recall5)} | ${kb(r.bytes)} | ${r.codeBytes != null ? `${kb(r.codeBytes)} + ${kb(r.dataBytes)}` : '–'} | ${ratio(r.buildMs, o?.buildMs)} | ${ratio(r.p50, o?.p50)} | ${ratio(r.bytes, o?.bytes)} |`);
    }
    lines.push('');
  }
  lines.push('Ratios are peer ÷ ours (above 1: ours is faster or smaller). Settings of each engine:', '');
  for (const e of Object.values(s.engines)) lines.push(`- ${e.label}: ${e.settings}`);
  lines.push('', `Peer code alone (brotli): ${Object.entries(s.peerCode).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}; the rest of a peer's bytes is the title index as JSON (the same file for all three).`);
  lines.push('Our bytes are everything the page fetched for a first search: loader, glue, wasm (the whole widget, cards and calculator included) and the search data files it fetched (titles, directory, 2016 concordance).');
  lines.push('', '**Read with care.** The quality set was written while our engine was tuned, so it favours ours; the peers run with sensible as-you-type settings (above), not tuned per query. Our index build includes fetching and decoding the binary data files and building the index in wasm; a peer\'s includes fetching and parsing its JSON and building its index. Latencies below ~0.1 ms are near the timer\'s resolution (repeated calls, see above).');
  const misses = Object.entries(s.engines).flatMap(([k, e]) => ['en', 'fr'].map((l) => [k, l, e.langs[l]?.misses]).filter(([, , m]) => m?.length));
  if (misses.length) {
    lines.push('', '<details><summary>Queries missed at 5 (per engine, first 40)</summary>', '');
    for (const [k, l, m] of misses) lines.push(`- ${k} ${l}: ${m.map((q) => `“${q}”`).join(', ')}`);
    lines.push('', '</details>');
  }
  return lines;
}

/** As-you-type in the real `<noc-search>` (bench/search-typing.mjs). */
function typingLines(t) {
  if (!t) return [];
  const held = (lang) => (t[lang]?.framed ?? '?');
  const row = (lang) => {
    const v = t[lang];
    if (!v || v.error) return `| ${lang} | ${v?.error ?? 'not run'} | | | | | | | |`;
    const b = v.backToBack;
    if (!b) return `| ${lang} | ${v.keystrokes} (${v.queries} queries) | ${ms(v.p50, 2)} | **${ms(v.p95, 2)}** | – | – | – | – | ${ms(v.firstMs, 0)} |`;
    const framed = `${b.framed} (${Math.round((100 * b.framed) / b.keystrokes)} %)`;
    const loads = v.runs ? `${v.runs} × ${v.queries} queries` : `${v.queries} queries`;
    const perLoad = v.runP95 ? v.runP95.map((p) => ms(p, 2)).join(', ') : '–';
    return `| ${lang} | ${v.keystrokes} (${loads}) | ${ms(v.p50, 2)} | **${ms(v.p95, 2)}** | ${perLoad} | ${ms(b.p95, 2)} | ${framed} | ${b.p95NoFrame == null ? '–' : ms(b.p95NoFrame, 2)} | ${ms(v.firstMs, 0)} |`;
  };
  return [`As you type in the real widget (\`bench/search-typing.mjs\`): a \`<noc-search>\` on a host page, each of 40 quality queries typed one letter at a time, on ${t.en?.runs ?? 1} fresh page loads per language whose keystrokes are pooled (one load's p95 is its 30th slowest keystroke and moves by a few tenths of a millisecond from load to load; each load's own p95 is shown too); a keystroke is timed from its \`input\` event until yew has rendered the new results (issue 22 asks p95 < 2 ms). The first letter loads the titles and builds the index (incl. the letters' n-grams) and is timed apart (median of the loads). **As typed** (the headline): each letter waits until the browser has rendered a frame, as a person's keystrokes are always several 60 Hz frames apart, so the frame that shows the results comes after the keystroke and is not counted in it (in this run ${held('en')} English and ${held('fr')} French keystrokes still held one). **Back to back** (the measure before 2026-12-06, kept for comparison): letters about a millisecond apart, so 5–8 % of keystrokes hold one of the page's frames (about 2 ms of main thread for this page: style, layout, paint); their p95 without those is shown too.`, '',
    'What was learned on 2026-12-06 by timing both ways: a keystroke typed after a frame costs about twice one typed back to back (p50 1.2–1.5 against 0.5–0.7 ms), in the search as much as in yew and the DOM (`NocWidget.search` alone: p50 0.7 against 0.3 ms, English). Back to back, writing 8 MB of memory before each keystroke (evicting the caches) slows it just as much (p50 1.2–1.4 ms), while forcing a layout before each does not (0.7 ms): a keystroke after a frame starts with cold caches (the frame\'s own work pushes the search\'s tables and code out), so what a keystroke costs a reader is mostly the memory it reads. The back-to-back loop therefore flattered the work of a keystroke, while blaming its p95 on frames that a person\'s keystrokes never hold. The clock also now starts at the `input` event, after the field\'s value is set (the browser\'s editing writes it before the event; 0.1–0.2 ms was being counted before). The same day the letters\' similarity got cheaper (pieces found in more than a tenth of the titles left out, as scikit-learn\'s `max_df` does, and its sums kept per unit group in reused buffers; native keystroke mean −24 % English, −34 % French; real titles\' top five per title 72.9 → 73.0 % on both halves: docs/search-model.md), which took the back-to-back p95 without a frame from 1.5 to about 1.1 ms. The slowest keystrokes as typed are the first letter of a query (one letter reaches thousands of titles and the eight options are created anew; mean 1.9 ms English, 2.3 ms French) and the first query after the page loads (its code not yet optimised by the browser: up to 10 ms for one French keystroke). The p95 moves by about ±0.3 ms between runs on this machine (two cores shared with other processes).', '',
    'Later on 2026-12-06: the first letter is answered from the 26 one-letter rankings made at the first one (docs/search.md, "Speed as you type"), and the search crate is compiled for speed (`opt-level = 3`, +10 KB brotli of WebAssembly). In an experiment outside this bench that also called `NocWidget.search` between keystrokes (two passes per language), a first letter went from a mean of 2.0–2.6 ms to 1.1–1.4 ms and every keystroke from 1.4 to 1.0–1.1 ms (p95 of those runs 1.5 English, 1.8 French). Typed as here, with nothing between keystrokes but the frame, the p95 stays about 2 ms: what is left is the search reading its tables back into cold caches (the frame\'s work evicts them) and yew updating eight options. The pooling over three loads was added the same day, when five single-load runs of one build gave p95s from 1.8 to 2.6 ms.', '',
    '| page language | keystrokes | p50 as typed | p95 as typed | p95 as typed, each load | p95 back to back | back to back, holding a frame | back to back, p95 of the others | first letter (load + build) |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|', row('en'), row('fr'), ''];
}

function ttfcSection(t) {
  if (!t) return ['_Not run._'];
  if (t.error) return [`Not measured: ${t.error}`];
  const dom = (r) => (r.inDom ? `${ms(r.inDom.widget)} vs ${ms(r.inDom.static)}, ${x(r.inDom.ratio)}` : '–');
  const s = t.snippet;
  return [
    `| page (cold cache) | card on screen, median | p95 | ratio to static | title in the DOM (widget vs static, ratio) |`, '|---|---:|---:|---:|---|',
    `| \`<noc-card code="22220">\` (loader, then its pre-rendered paint and the stylesheet, from a CDN origin; the wasm only on interaction or idle) | ${ms(t.widget.median)} | ${ms(t.widget.p95)} | **${x(t.ratio)}** | ${dom(t)} |`,
    ...(s && !s.error ? [`| the \`noc show 22220 --html\` block pasted in the page (declarative shadow root, stylesheet from the CDN), plus the loader | ${ms(s.widget.median)} | ${ms(s.widget.p95)} | **${x(s.ratio)}** | ${dom(s)} |`] : []),
    `| static HTML page with the same card markup and CSS | ${ms(t.static.median)} | ${ms(t.static.p95)} | 1 | |`,
    ...(t.widget.phases ? ['', `Widget page, median times from navigation start: loader downloaded ${ms(t.widget.phases.loader)}, ${t.widget.phases.wasm ? `wasm downloaded ${ms(t.widget.phases.wasm)}, last data file downloaded ${ms(t.widget.phases.data)}` : 'no wasm or data file downloaded yet'}, card on screen ${ms(t.widget.median)}.`] : []),
    ...(t.widget.phases?.bytesBeforeCard != null ? ['', `Downloaded before the card was on screen: **${(t.widget.phases.bytesBeforeCard / 1024).toFixed(1)} KB** brotli (${t.widget.filesBeforeCard.join(', ')}); WebAssembly requested before the card was on screen in ${t.widget.wasmBeforeCardRuns} of ${t.runs} runs. The pre-rendered card needs none; the loader asks for the wasm on interaction or when the page is idle, and the main thread can be idle after laying out and painting the card but before the browser presents that frame.`] : []),
    '', `${t.runs} runs each, alternating, each in a fresh browser context (empty cache). **On screen** = the browser's paint timing: the first \`first-contentful-paint\` or \`largest-contentful-paint\` entry at or after the card title (“${t.title}”) reached the DOM; both pages report the same largest element, of the same size. **In the DOM** = performance.now() at the first animation frame whose DOM holds the title; a static page gets there while its parser is still reading, well before anything is painted, so that clock flatters the static page (it was this report's only clock until 2026-12-02).`,
    ...calculatorLines(t),
  ];
}

function calculatorLines(t) {
  const c = t.calculator;
  const k = t.keystroke;
  const lines = [];
  if (c) {
    lines.push('', '### Calculator', '',
      `| page (cold cache) | form on screen, median | p95 | ratio to static | heading in the DOM (widget vs static, ratio) |`, '|---|---:|---:|---:|---|',
      `| \`<ee-calculator>\` (its pre-rendered starting form) | ${ms(c.widget.median)} | ${ms(c.widget.p95)} | **${x(c.ratio)}** | ${c.inDom ? `${ms(c.inDom.widget)} vs ${ms(c.inDom.static)}, ${x(c.inDom.ratio)}` : '–'} |`,
      `| static HTML page with the same form markup and CSS | ${ms(c.static.median)} | ${ms(c.static.p95)} | 1 | |`,
      '', `Same clocks as the card's, with the form's heading (“${c.title}”); ${c.runs} runs each, alternating. Downloaded before it: ${(c.widget.phases.bytesBeforeCard / 1024).toFixed(1)} KB brotli; WebAssembly requested before it was on screen in ${c.widget.wasmBeforeCardRuns} of ${c.runs} runs (at idle time, as for the card; the form's paint takes longer to present).`);
  }
  if (k) {
    lines.push('', `First entry to updated total, after takeover (an \`input\` event on the age field until the new CRS total is in the DOM, then the next frame): median **${ms(k.median)}**, p95 ${ms(k.p95)}, max ${ms(k.max)} over ${k.runs} entries.`);
  }
  return lines;
}

function sizeSection(sz) {
  if (!sz) return ['_Not run._'];
  const lines = ['| element | downloaded (br) | code | data | floor: raw fields (br) | ratio |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of Object.values(sz)) {
    if (r.error) { lines.push(`| \`<${r.tag}>\` | not measured: ${r.error} | | | | |`); continue; }
    lines.push(`| ${r.label ?? `\`<${r.tag}>\``} | ${kb(r.total)} | ${kb(r.code)} | ${kb(r.data)} | ${kb(r.floor)} | ${x(r.ratio)} |`);
  }
  lines.push('', 'Floor: brotli of the data the element shows as plain JSON (the card from `NocWidget.occupation`, plus the title, duty and concordance lists when the element fetched the search files). Files served:', '');
  for (const r of Object.values(sz)) {
    if (r.error) continue;
    lines.push(`- ${r.label ?? `\`<${r.tag}>\``}: ${r.served.map((f) => `${f.path.replace(/^\//, '')} ${kb(f.brotli)}`).join(', ')}`);
  }
  return lines;
}

function rulesSection(r) {
  if (!r) return ['_Not run._'];
  const n = r.native ?? {};
  const b = r.browser ?? {};
  const lines = ['| measure | value |', '|---|---:|'];
  if (n.error) lines.push(`| native | not measured: ${n.error} |`);
  else {
    lines.push(`| native \`assess\` (profile already parsed) | ${int(n.assessPerSec)} profiles/s |`);
    lines.push(`| native parse JSON + \`assess\` | ${int(n.parseAssessPerSec)} profiles/s |`);
    lines.push(`| native \`suggest\` | ${n.suggestUs} µs per call |`);
  }
  if (b.error) lines.push(`| browser | not measured: ${b.error} |`);
  else {
    lines.push(`| browser \`NocWidget.suggest\` (wasm, JS object in and out) | ${ms(b.suggestMs, 3)} per call (${b.suggestions} suggestions) |`);
    lines.push(`| browser \`NocWidget.assess\` | ${int(b.assessPerSec)} profiles/s |`);
  }
  lines.push('', 'Native: `cargo run --release -p ee-rules --example bench`. Browser: the seed profile fuzz/seeds/profile/contract_example.json, median of 15 batches.');
  return lines;
}

function distSection(d) {
  if (!d) return [];
  return ['| budget group | brotli | files |', '|---|---:|---|',
    ...Object.entries(d).map(([k, v]) => `| ${k} | ${kb(v.bytes)} | ${Object.entries(v.files).map(([f, b]) => `${f} ${kb(b)}`).join(', ')} |`)];
}

/** The few figures the README shows. */
export function keyFigures(r) {
  const ours = r.search?.engines?.ours?.langs ?? {};
  const peers = Object.entries(r.search?.engines ?? {}).filter(([k]) => k !== 'ours');
  const best = (lang, key, better) => peers.map(([, e]) => e.langs[lang]?.[key]).filter((v) => v != null).reduce((a, v) => (a == null || better(v, a) ? v : a), null);
  return {
    date: r.machine?.date?.slice(0, 10),
    machine: r.machine ? `${r.machine.nproc} × ${r.machine.cpu}, Chromium ${r.machine.chromium}` : null,
    embedBrotli: r.dist?.embed?.bytes ?? null,
    cardEmbedBrotli: r.dist?.['card-embed']?.bytes ?? null,
    cardDownload: r.size?.card?.total ?? null,
    cardFloor: r.size?.card?.floor ?? null,
    widgetDownload: r.size?.widget?.total ?? null,
    widgetSearchDownload: r.size?.widgetSearch?.total ?? null,
    ttfcMs: r.ttfc?.widget?.median ?? null,
    ttfcStaticMs: r.ttfc?.static?.median ?? null,
    ttfcRatio: r.ttfc?.ratio ?? null,
    snippetMs: r.ttfc?.snippet?.widget?.median ?? null,
    snippetRatio: r.ttfc?.snippet?.ratio ?? null,
    cardBytesBeforeScreen: r.ttfc?.widget?.phases?.bytesBeforeCard ?? null,
    searchRecall5: { en: ours.en?.recall5 ?? null, fr: ours.fr?.recall5 ?? null },
    searchRecall1: { en: ours.en?.recall1 ?? null, fr: ours.fr?.recall1 ?? null },
    searchP50Ms: { en: ours.en?.p50 ?? null, fr: ours.fr?.p50 ?? null },
    bestPeerRecall5: { en: best('en', 'recall5', (a, b) => a > b), fr: best('fr', 'recall5', (a, b) => a > b) },
    assessPerSec: r.rules?.native?.assessPerSec ?? null,
    suggestMsBrowser: r.rules?.browser?.suggestMs ?? null,
  };
}

export const realisticFile = join(ROOT, 'bench', 'realistic-search.md');
export function writeReport(r, path) {
  const m = r.machine ?? {};
  const fuzzFile = join(ROOT, 'bench', 'FUZZING.md');
  const lines = [
    '# Benchmark report', '',
    '_Generated by `make bench` (scripts/bench.sh → bench/run.mjs); do not edit by hand. Raw numbers: bench/results.json._', '',
    '## Machine', '',
    `- date: ${m.date}`, `- commit: ${m.commit}`, `- CPU: ${m.nproc} × ${m.cpu}`, `- memory: ${m.memoryGiB} GiB`,
    `- browser: headless Chromium ${m.chromium} (playwright-core)`, `- Node ${m.node}, ${m.os}`,
    '- All browser figures come from one run of one browser on this machine, with localhost servers (no network latency; brotli sizes computed as a CDN would send each file).', '',
    '## Search: ours vs MiniSearch, FlexSearch, Fuse.js', '',
    'Same full NOC 2021 title index (unit-group titles, illustrative examples, all examples, inclusions; 2021 and 2016 codes) for every engine, same query set (crates/noc-search/tests/quality.tsv) and expected codes, same headless Chromium. Index build = fetch + parse/decode + build in a fresh page (median of the runs); latency = per query, mean of repeated calls, then p50/p95 over the queries.', '',
    ...searchSection(r.search), '',
    ...typingLines(r.searchTyping),
    ...(r.searchNative ? ['Native (same engine, `cargo run --release -p noc-search --example bench`):', '', '```', r.searchNative, '```', ''] : []),
    '## Time to first card', '', ...ttfcSection(r.ttfc), '',
    '## Size: what a page downloads vs the floor', '', ...sizeSection(r.size), '',
    'Budgeted groups straight from dist/ (budgets.json, checked in make test):', '', ...distSection(r.dist), '',
    '## Rules engine', '', ...rulesSection(r.rules), '',
    '## Fuzzing', '',
    existsSync(fuzzFile) ? 'See [FUZZING.md](FUZZING.md) (targets, duration, result of the last `make fuzz`).' : 'Not recorded yet.', '',
    ...(existsSync(realisticFile) ? [readFileSync(realisticFile, 'utf8').trim(), ''] : []),
    // Written by bench/real-titles/run.sh when ../shared/data/real-titles/ is present.
    ...(existsSync(join(ROOT, 'bench', 'real-titles.md')) ? [readFileSync(join(ROOT, 'bench', 'real-titles.md'), 'utf8').trim(), ''] : []),
    // Written by bench/real-titles/saturation.sh (not part of `make bench`: about 5 minutes).
    ...(existsSync(join(ROOT, 'bench', 'real-titles-saturation.md'))
      ? [readFileSync(join(ROOT, 'bench', 'real-titles-saturation.md'), 'utf8').trim().replace(/^## /, '### '), '',
        'Read with docs/search-model.md ("What else the NOC\'s data adds: the plateau").', '']
      : []),
    `<!-- figures ${JSON.stringify(keyFigures(r))} -->`, '',
  ];
  writeFileSync(path, lines.join('\n'));
}

// `node bench/report.mjs` re-renders REPORT.md from results.json.
if (process.argv[1] && process.argv[1].endsWith('report.mjs')) {
  const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8'));
  writeReport(results, join(ROOT, 'bench', 'REPORT.md'));
}
