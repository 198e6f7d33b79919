// Search: our engine (NocWidget.search in the page, i.e. the wasm) vs MiniSearch, FlexSearch and
// Fuse.js over the same full NOC 2021 title index (EN and FR) in the same headless Chromium.
// Per engine and language: index build time (fetch + parse/decode + build, fresh page, median of
// BUILD_RUNS), query latency p50/p95 over the quality query set, recall@1/@5 with the expected codes
// of crates/noc-search/tests/quality.tsv, and brotli bytes shipped (code + index data).
import { copyFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, STAGE } from './lib/paths.mjs';
import { peerDocs, qualityCases, recall } from './lib/noc-data.mjs';
import { coldPage, servedBrotli, hostPage } from './lib/browser.mjs';
import { brotli, median, quantile, mean } from './lib/stats.mjs';

const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS || 3);
const NM = join(ROOT, 'node_modules');

/** Peer engines: the file a site would ship, and the settings (accent-folding, prefix, typo tolerance). */
export const PEERS = {
  minisearch: { file: 'minisearch/dist/umd/index.js', as: 'minisearch.js', label: 'MiniSearch', settings: 'fields title+codes, prefix, fuzzy 0.2, accents folded' },
  flexsearch: { file: 'flexsearch/dist/flexsearch.bundle.module.min.mjs', as: 'flexsearch.mjs', label: 'FlexSearch', settings: 'Index, tokenize "forward", Charset.LatinBalance, suggest' },
  fuse: { file: 'fuse.js/dist/fuse.min.mjs', as: 'fuse.mjs', label: 'Fuse.js', settings: 'keys title+codes, threshold 0.3, ignoreLocation, ignoreDiacritics' },
};

function versionOf(pkg) {
  try {
    return JSON.parse(readText(join(NM, pkg, 'package.json'))).version;
  } catch { return '?'; }
}
import { readFileSync } from 'node:fs';
const readText = (p) => readFileSync(p, 'utf8');

/** Writes the peer libraries and the title JSON files into the stage directory. */
export function stageSearch() {
  mkdirSync(join(STAGE, 'peers'), { recursive: true });
  for (const p of Object.values(PEERS)) copyFileSync(join(NM, p.file), join(STAGE, 'peers', p.as));
  const docs = {};
  for (const lang of ['en', 'fr']) {
    docs[lang] = peerDocs(lang);
    writeFileSync(join(STAGE, `titles-${lang}.json`), JSON.stringify(docs[lang]));
  }
  return docs;
}

/** Query sets per index language: English and code queries on the English index, French on the French. */
function querySets() {
  const cases = qualityCases();
  return { en: cases.filter((c) => c.lang !== 'fr'), fr: cases.filter((c) => c.lang === 'fr') };
}

// ---------------------------------------------------------------- in-page code

/** Runs in the page: builds the engine, returns { buildMs, results: [codes…] per query, latMs: [...] }. */
async function inPage({ engine, lang, libUrl, dataUrl, queries, measureLatency, buildOnly }) {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const uniqueCodes = (codes) => [...new Set(codes)].slice(0, 10);
  let search;
  let buildMs;
  if (engine === 'ours') {
    await window.NocWidget.ready;
    if (typeof window.NocWidget.search !== 'function') throw new Error('NocWidget.search is not defined');
    const t0 = performance.now();
    await window.NocWidget.search(queries[0] || 'a', { lang, limit: 10 }); // fetch + decode + build on first use
    buildMs = performance.now() - t0;
    search = async (q) => (await window.NocWidget.search(q, { lang, limit: 10 })).map((h) => h.code);
  } else {
    let lib;
    if (engine === 'minisearch') {
      await new Promise((ok, fail) => {
        const s = document.createElement('script');
        s.src = libUrl; s.onload = ok; s.onerror = () => fail(new Error('cannot load ' + libUrl));
        document.head.append(s);
      });
      lib = window.MiniSearch;
    } else {
      lib = await import(libUrl);
    }
    const t0 = performance.now();
    const docs = await (await fetch(dataUrl)).json();
    if (engine === 'minisearch') {
      const ms = new lib({ fields: ['title', 'codes'], storeFields: ['code'], processTerm: (t) => fold(t), searchOptions: { prefix: true, fuzzy: 0.2 } });
      ms.addAll(docs);
      search = (q) => uniqueCodes(ms.search(q).slice(0, 200).map((r) => r.code));
    } else if (engine === 'flexsearch') {
      const index = new lib.Index({ tokenize: 'forward', encoder: lib.Charset.LatinBalance });
      for (const d of docs) index.add(d.id, d.title || d.codes);
      search = (q) => uniqueCodes(index.search(q, { limit: 200, suggest: true }).map((id) => docs[id].code));
    } else {
      const Fuse = lib.default;
      const fuse = new Fuse(docs, { keys: ['title', 'codes'], threshold: 0.3, ignoreLocation: true, ignoreDiacritics: true });
      search = (q) => uniqueCodes(fuse.search(q, { limit: 200 }).map((r) => r.item.code));
    }
    buildMs = performance.now() - t0;
  }
  if (buildOnly) return { buildMs, results: [], latMs: [] };
  const results = [];
  for (const q of queries) results.push(await search(q)); // also the warm-up pass
  const latMs = [];
  if (measureLatency) {
    // performance.now() is coarsened to 0.1 ms here: time repeated calls, at least 3 ms or 50 calls per query.
    for (const q of queries) {
      let n = 0;
      const t = performance.now();
      do { await search(q); n++; } while (performance.now() - t < 3 && n < 50);
      latMs.push((performance.now() - t) / n);
    }
  }
  return { buildMs, results, latMs };
}

// ---------------------------------------------------------------- driver

async function runOnce(browser, srv, engine, lang, queries, measureLatency) {
  const { context, page, errors } = await coldPage(browser);
  srv.cdn.log.length = 0;
  srv.site.log.length = 0;
  const url = engine === 'ours' ? `${srv.site.origin}/search-ours.html` : `${srv.site.origin}/blank.html`;
  await page.goto(url);
  const args = {
    engine, lang, queries: queries.map((c) => c.query), measureLatency, buildOnly: !measureLatency,
    libUrl: engine === 'ours' ? null : `${srv.site.origin}/peers/${PEERS[engine].as}`,
    dataUrl: `${srv.site.origin}/titles-${lang}.json`,
  };
  try {
    const out = await page.evaluate(inPage, args);
    const bytes = engine === 'ours'
      ? servedBrotli(srv.cdn.log)
      : servedBrotli(srv.site.log, (p) => p.startsWith('/peers/') || p.startsWith('/titles-'));
    const files = (engine === 'ours' ? srv.cdn.log : srv.site.log).filter((r) => r.status === 200).map((r) => r.path);
    const dataBytes = engine === 'ours'
      ? servedBrotli(srv.cdn.log, (p) => p.startsWith('/data/'))
      : servedBrotli(srv.site.log, (p) => p.startsWith('/titles-'));
    return { ...out, bytes, codeBytes: bytes - dataBytes, dataBytes, files, errors };
  } finally {
    await context.close();
  }
}

/** Pages the site server must serve for this benchmark. */
export function searchPages(cdnOrigin) {
  return {
    '/blank.html': '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
    '/search-ours.html': hostPage(cdnOrigin, ''),
  };
}

export async function benchSearch(browser, srv, log = console.log) {
  const sets = querySets();
  const engines = ['ours', ...Object.keys(PEERS)];
  const out = { engines: {}, queries: { en: sets.en.length, fr: sets.fr.length } };
  for (const engine of engines) {
    const label = engine === 'ours' ? 'ours (NocWidget.search, wasm)' : `${PEERS[engine].label} ${versionOf(engine === 'fuse' ? 'fuse.js' : engine)}`;
    const row = { label, settings: engine === 'ours' ? 'as shipped: the language\'s title index with 2021 codes and the 2016 concordance' : PEERS[engine].settings, langs: {} };
    out.engines[engine] = row;
    for (const lang of ['en', 'fr']) {
      const queries = sets[lang];
      try {
        const builds = [];
        let last;
        for (let i = 0; i < BUILD_RUNS; i++) {
          last = await runOnce(browser, srv, engine, lang, queries, i === BUILD_RUNS - 1);
          builds.push(last.buildMs);
        }
        const r1 = queries.map((c, i) => recall(c.expected, last.results[i], 1));
        const r5 = queries.map((c, i) => recall(c.expected, last.results[i], 5));
        row.langs[lang] = {
          buildMs: median(builds), builds,
          p50: quantile(last.latMs, 0.5), p95: quantile(last.latMs, 0.95),
          recall1: mean(r1), recall5: mean(r5), n: queries.length,
          bytes: last.bytes, codeBytes: last.codeBytes, dataBytes: last.dataBytes, files: last.files, errors: last.errors,
          misses: queries.filter((_, i) => r5[i] < 1).map((c, i) => c.query).slice(0, 40),
        };
        log(`[search] ${engine} ${lang}: build ${median(builds).toFixed(1)} ms, p50 ${row.langs[lang].p50.toFixed(3)} ms, p95 ${row.langs[lang].p95.toFixed(3)} ms, r@1 ${mean(r1).toFixed(3)}, r@5 ${mean(r5).toFixed(3)}, ${(last.bytes / 1024).toFixed(1)} KB br`);
      } catch (e) {
        row.langs[lang] = { error: String(e.message || e).split('\n')[0] };
        log(`[search] ${engine} ${lang}: FAILED ${row.langs[lang].error}`);
      }
    }
  }
  // Bytes of each peer's code alone (the index data is the same JSON for all three).
  out.peerCode = Object.fromEntries(Object.entries(PEERS).map(([k, p]) => [k, brotli(readFileSync(join(NM, p.file)))]));
  return out;
}
