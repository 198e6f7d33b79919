// Fault isolation: if the shared WebAssembly instance traps anyway, the loader rejects the call that
// trapped, starts a fresh instance and re-mounts every element (the calculator with its entries), so
// the rest of the page keeps working; after three traps within a minute it stops and shows each
// element's readable fallback. Runs on the test bundle (`make dist-test`), whose full build has
// `NocWidget.testTrap()` / `testTrapLater()` (cargo feature test-hooks, never in dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, callApi, PROFILE, closePage, waitForText, waitForLive, DIST, DIST_TEST } from './helpers.mjs';

let browser, srv, page, guard, context;
before(async () => {
  assert.ok(existsSync(join(DIST_TEST, 'noc-widget-app_bg.wasm')), 'dist-test/ is not built: run `make dist-test`');
  ({ browser, srv, page, guard, context } = await openPage('/restart.html', `
      <noc-card id="c1" code="22220"></noc-card>
      <noc-card id="c2" code="21231"></noc-card>
      <noc-search id="s"></noc-search>
      <ee-calculator id="calc"></ee-calculator>`, { dist: DIST_TEST }));
  await page.evaluate(() => window.NocWidget.ready);
  await waitForText(page, '#c1', 'Computer network and web technicians');
  await waitForText(page, '#c2', 'Software engineers and designers');
  await page.waitForFunction(() => document.querySelector('#calc').shadowRoot.querySelector('#ee-age'));
  // These tests are about restarts: they start once the calculator runs (takeover is takeover.test.mjs's).
  await waitForLive(page, '#calc');
  assert.equal(await page.evaluate(() => NocWidget.__state(document.querySelector('#calc'))), 'live', 'the test build of the loader');
});
after(() => closePage({ context, browser, srv }));

const call = (method, ...args) => callApi(page, method, args);

/** Marks the current rendered roots, so a test can wait for new ones (a re-mount). */
const markRoots = () => page.evaluate(() => {
  window.__roots = ['#c1', '#c2', '#s', '#calc'].map((s) => document.querySelector(s).shadowRoot.querySelector('.noc-root'));
});
const remounted = () => page.waitForFunction(() => ['#c1', '#c2', '#s', '#calc'].every((s, i) => {
  const root = document.querySelector(s).shadowRoot.querySelector('.noc-root');
  return root && root !== window.__roots[i] && !root.hidden && root.textContent.trim().length > 20;
}), null, { timeout: 20000 });

async function everythingAnswers(label) {
  await remounted();
  await waitForText(page, '#c1', 'Computer network and web technicians');
  const assessed = await call('assess', PROFILE);
  assert.ok(!assessed.error, `${label}: assess: ${JSON.stringify(assessed.error)}`);
  const found = await call('search', 'registered nurse', { limit: 3 });
  assert.ok(found.value?.some((hit) => hit.code === '31301'), `${label}: search`);
  // The search element answers a query typed into it.
  await page.locator('#s input').first().fill('web technician');
  await waitForText(page, '#s', '22220');
}

test('the release bundle has no test hook', async () => {
  if (!existsSync(join(DIST, 'noc-widget-app.js'))) return;
  const { readFileSync } = await import('node:fs');
  assert.doesNotMatch(readFileSync(join(DIST, 'noc-widget-app.js'), 'utf8'), /testTrap/);
  assert.match(readFileSync(join(DIST_TEST, 'noc-widget-app.js'), 'utf8'), /testTrap/);
});

test('a trap rejects its call, the widget restarts, and every element answers again', async () => {
  // The reader's entries: they must survive the restart.
  await page.locator('#calc #ee-age').fill('41');
  await page.evaluate(() => NocWidget.__settled()); // yew has rendered it, and its effects kept the state
  await markRoots();
  const r = await call('testTrap');
  assert.ok(r.error?.isError, 'testTrap() rejects with an Error');
  assert.equal(r.error.code, 'internal_failure');
  assert.match(r.error.message, /internal failure.*restarted/);
  await everythingAnswers('after a trap in a call');
  assert.equal(await page.locator('#calc #ee-age').inputValue(), '41', 'the calculator keeps its entries');
  // Attributes still drive the re-mounted elements.
  await page.evaluate(() => document.querySelector('#c2').setAttribute('code', '31301'));
  await waitForText(page, '#c2', 'Registered nurses');
});

test('a trap inside an async task is caught the same way', async () => {
  await markRoots();
  const r = await call('testTrapLater');
  assert.equal(r.error?.code, 'internal_failure', JSON.stringify(r));
  await everythingAnswers('after a trap in a task');
  assert.equal(await page.locator('#calc #ee-age').inputValue(), '41');
});

test('a third trap within a minute stops the restarts: readable fallbacks, calls refused', async () => {
  const r = await call('testTrap');
  assert.equal(r.error?.code, 'internal_failure');
  assert.match(r.error.message, /stopped/);
  const shells = await page.waitForFunction(() => {
    const all = ['#c1', '#c2', '#s', '#calc'].map((s) => {
      const shadow = document.querySelector(s).shadowRoot;
      const shell = shadow.querySelector('.noc-shell');
      const root = shadow.querySelector('.noc-root');
      return shell && !shell.hidden && root.hidden && shell.getAttribute('role') === 'note' ? shell.textContent : null;
    });
    return all.every(Boolean) ? all : null;
  }, null, { timeout: 10000 }).then((h) => h.jsonValue());
  assert.match(shells[0], /NOC 22220/);
  assert.match(shells[1], /NOC 31301/);
  assert.match(shells[3], /Express Entry calculator/);
  const wasmBefore = srv.cdn.log.filter((l) => l.path.endsWith('.wasm')).length;
  const refused = await call('assess', PROFILE);
  assert.match(refused.error?.message || '', /stopped/);
  // A new element shows its fallback too, and nothing is downloaded again.
  await page.evaluate(() => { const c = document.createElement('noc-card'); c.id = 'late'; c.setAttribute('code', '72400'); document.body.prepend(c); });
  await page.waitForFunction(() => {
    const shell = document.querySelector('#late').shadowRoot?.querySelector('.noc-shell');
    return shell && shell.getAttribute('role') === 'note';
  });
  assert.equal(srv.cdn.log.filter((l) => l.path.endsWith('.wasm')).length, wasmBefore);
});

test('the only uncaught error is the trap inside the async task', () => {
  assert.ok(guard.errors.length <= 1 && guard.errors.every((e) => /RuntimeError|unreachable/.test(e)), JSON.stringify(guard.errors));
  guard.errors.length = 0;
  guard.check(assert);
});
