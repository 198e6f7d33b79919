// A lone <noc-card> on a blog whose widget comes from another origin (a CDN): it renders the official
// title, fetches only the files it needs, and nothing leaves localhost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, guardedPage, waitForText, dataFiles, brotliBytes, waitForLive } from './helpers.mjs';

const TITLE_EN = 'Computer network and web technicians';
const TITLE_FR = 'Techniciens/techniciennes de réseau informatique et Web';
const shared = shareBrowser();
let loneCardBytes = null;


test('a lone English card renders 22220 from another origin and fetches no French file nor titles', async () => {
  shared.srv.blog.log.length = 0;
  shared.srv.cdn.log.length = 0;
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.goto(shared.srv.page('/card.html', '<p>Intro.</p><noc-card code="22220"></noc-card>'));
  const text = await waitForText(page, 'noc-card', TITLE_EN);
  assert.match(text, /22220/);
  // Shown pre-rendered at once; what the page downloads in all is counted once the wasm runs it.
  await waitForLive(page, 'noc-card');
  assert.notEqual(new URL(shared.srv.blog.origin).port, new URL(shared.srv.cdn.origin).port, 'page and widget on two origins');

  const files = dataFiles(shared.srv.cdn.log);
  assert.ok(files.length > 0, 'the card fetched its data');
  assert.deepEqual(files.filter((f) => f.startsWith('fr/')), [], 'no French file');
  assert.deepEqual(files.filter((f) => /titles|directory/.test(f)), [], 'no titles nor directory file');
  assert.equal(new Set(files).size, files.length, 'each file fetched once');
  const wasm = shared.srv.cdn.log.filter((r) => r.path.endsWith('.wasm')).map((r) => r.path);
  assert.deepEqual(wasm, ['/noc-widget-card_bg.wasm'], 'the card-only build, once');
  loneCardBytes = brotliBytes(shared.srv.cdn.log);
  console.log(`# lone <noc-card>: ${(loneCardBytes / 1024).toFixed(1)} KB brotli from the CDN (${files.join(', ')})`);
  guard.check(assert);
  await context.close();
});

// Met by the card-only build (noc-widget-card*) and per-unit-group data files; budget.test.mjs
// (budgets.json) catches smaller regressions. Issue 24's target: 200 KB in all, with the routes
// (issue 23) and similar-skills (issue 25) sections on the card. A card page fetches no directory:
// each card file carries the titles it shows.
test('a lone card page downloads less than 200 KB (brotli)', () => {
  assert.ok(loneCardBytes !== null, 'measured by the test above');
  assert.ok(loneCardBytes < 200 * 1024, `lone card downloads ${loneCardBytes} bytes (brotli), guard 200 KB`);
});

test('lang="fr" on an ancestor renders the French card', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.goto(shared.srv.page('/fr.html', '<div lang="fr-CA"><noc-card code="22220"></noc-card></div>'));
  await waitForText(page, 'noc-card', TITLE_FR);
  guard.check(assert);
  await context.close();
});
