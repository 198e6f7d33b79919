// One engine everywhere (issue 22): NocWidget.search in the browser (WebAssembly) ranks exactly as the
// native engine does, on 500 queries made from the NOC's own titles (as written, in capitals, cut
// while typing, with a typo, with an employer after a dash, two roles), codes and 2016 codes, on English
// and French pages. The native side is the `ranks` example (the same `Store::search_index` and
// fallback as `noc search`), checked against `noc search --json` itself on a few queries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openPage, closePage, runNoc, ROOT } from './helpers.mjs';
import { titles } from '../../bench/lib/noc-data.mjs';

function queries() {
  const out = [];
  for (const lang of ['en', 'fr']) {
    const list = titles(lang);
    const step = Math.floor(list.length / 200);
    for (let i = 0; out.filter((q) => q.lang === lang).length < 240; i += step) {
      const t = list[(i * 7919) % list.length].title;
      const k = out.length % 6;
      const words = t.split(' ');
      const q = k === 0 ? t
        : k === 1 ? t.toUpperCase()
        : k === 2 ? t.slice(0, Math.max(3, Math.ceil(t.length * 0.6)))
        : k === 3 ? t.replace(/([a-z])([a-z])([a-z]{3,})/, '$2$1$3')
        : k === 4 ? `${t} - ${lang === 'en' ? 'city of Ottawa' : 'ville de Laval'}`
        : `${words[0]} / ${list[(i * 31) % list.length].title}`;
      out.push({ lang, q });
    }
  }
  for (const q of ['22220', '2281', '2171', '6322', '62020', 'luthier', 'Food service supervisors', 'truck driver', 'camionneur', 'xqzvw']) {
    out.push({ lang: 'en', q });
    out.push({ lang: 'fr', q });
  }
  return out.slice(0, 500);
}

let browser, srv, page, guard, context;
before(async () => {
  ({ browser, srv, page, guard, context } = await openPage('/parity.html', '<noc-search id="s"></noc-search>'));
});
after(() => closePage({ context, browser, srv }));

test('NocWidget.search ranks as the native engine on 500 queries, in both languages', async () => {
  const list = queries();
  assert.equal(list.length, 500);
  const native = execFileSync('cargo', ['run', '-q', '--release', '-p', 'noc-search', '--example', 'ranks'], {
    cwd: ROOT, encoding: 'utf8', input: list.map((x) => `${x.lang}\t${x.q}`).join('\n') + '\n', maxBuffer: 1 << 24,
  }).replace(/\n$/, '').split('\n');
  assert.equal(native.length, list.length);
  const browserRanks = await page.evaluate(async (qs) => {
    const out = [];
    for (const { lang, q } of qs) {
      const hits = await window.NocWidget.search(q, { lang, limit: 10 });
      out.push(hits.map((h) => h.code).join(','));
    }
    return out;
  }, list);
  const differ = list.map((x, i) => ({ ...x, native: native[i], wasm: browserRanks[i] })).filter((x) => x.native !== x.wasm);
  assert.deepEqual(differ, [], `${differ.length} queries rank differently`);
  // Most queries find something (a parity of empty lists would prove little).
  assert.ok(native.filter((r) => r).length > 450, 'too few queries found anything');
  guard.check(assert);
});

test('the ranks example agrees with noc search --json; luthier is found on an English page', () => {
  for (const [lang, q] of [['en', 'luthier'], ['en', 'Food service supervisors'], ['fr', 'truck driver'], ['en', 'cook / dishwasher']]) {
    const json = JSON.parse(runNoc(['search', q, '--lang', lang, '--limit', '10', '--json']));
    const native = execFileSync('cargo', ['run', '-q', '--release', '-p', 'noc-search', '--example', 'ranks'], {
      cwd: ROOT, encoding: 'utf8', input: `${lang}\t${q}\n`,
    }).trim();
    assert.equal(json.hits.map((h) => h.code).join(','), native, `${lang} ${q}`);
    if (q === 'luthier') assert.equal(json.hits[0]?.code, '53124');
    if (q === 'Food service supervisors') assert.equal(json.hits[0]?.code, '62020');
  }
});
