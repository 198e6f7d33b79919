// Strict Content-Security-Policy hosts: the widget renders with no violation when the site allows its
// origin and 'wasm-unsafe-eval'; when WebAssembly is refused, each element shows a readable fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, guardedPage, waitForText, waitForLive, strictCsp, useTestLoader, waitForState, DIST } from './helpers.mjs';
import { startServer } from '../../scripts/serve-test.mjs';

const shared = shareBrowser();

test('strict CSP allowing the widget origin: card, search and calculator render, no violation', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.goto(shared.srv.page('/strict.html', `
    <noc-card code="22220"></noc-card>
    <noc-search></noc-search>
    <ee-calculator noc="22220"></ee-calculator>`, { csp: strictCsp(shared.srv.cdn.origin) }));
  await waitForText(page, 'noc-card', 'Computer network and web technicians');
  // Inline style attributes would be reported as violations of style-src; none may appear.
  const styled = await page.evaluate(() =>
    [...document.querySelectorAll('noc-card, noc-search, ee-calculator')]
      .flatMap((el) => [...el.shadowRoot.querySelectorAll('[style]')]).length);
  assert.equal(styled, 0, 'no inline style attributes in the widget');
  // Every element runs (the wasm compiled, hydrated or rendered, styles applied) under the policy.
  for (const tag of ['noc-card', 'noc-search', 'ee-calculator']) await waitForLive(page, tag);
  await page.evaluate(() => new Promise((done) => setTimeout(done))); // violation events are queued as tasks
  guard.check(assert);
  await context.close();
});

test("CSP without 'wasm-unsafe-eval': readable fallback with title, code and link, no uncaught error", async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await useTestLoader(page); // its element states tell when the takeover has failed
  const csp = `default-src 'self' ${shared.srv.cdn.origin}; script-src 'self' ${shared.srv.cdn.origin}; style-src 'self'`;
  // `compact` cards have no pre-rendered paint, so they show the fallback (a full card would show its paint).
  await page.goto(shared.srv.page('/nowasm.html', `
    <noc-card code="22220" compact data-fallback-title="Computer network and web technicians"
              data-fallback-href="https://noc.esdc.gc.ca/Structure/NocProfile?objectid=22220"></noc-card>
    <div data-noc-card="21231" data-compact></div>
    <noc-card id="full" code="21231"></noc-card>`, { csp }));
  const fallback = await page.waitForFunction(() => {
    const shell = document.querySelector('noc-card').shadowRoot.querySelector('.noc-shell');
    return shell && shell.getAttribute('aria-busy') === 'false' ? shell.textContent : null;
  }, null, { timeout: 15000 });
  const text = await fallback.jsonValue();
  assert.match(text, /Computer network and web technicians \(NOC 22220\)/);
  assert.match(text, /could not start/);
  const href = await page.evaluate(() => document.querySelector('noc-card').shadowRoot.querySelector('a').href);
  assert.equal(href, 'https://noc.esdc.gc.ca/Structure/NocProfile?objectid=22220');
  const divText = await page.waitForFunction(() => {
    const shell = document.querySelector('[data-noc-card]').shadowRoot.querySelector('.noc-shell');
    return shell.getAttribute('aria-busy') === 'false' ? shell.textContent : null;
  });
  assert.match(await divText.jsonValue(), /NOC 21231/);
  // A pre-rendered card stays whole and readable when the wasm cannot start.
  await page.locator('#full').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('full').shadowRoot.querySelector('.noc-root:not([hidden]) h2'));
  await waitForState(page, '#full', 'fallback'); // the wasm was refused: the paint stays as it is
  const full = await page.evaluate(() => document.getElementById('full').shadowRoot.querySelector('.noc-root').textContent);
  assert.match(full, /Software engineers and designers/);
  // The refused compile is a CSP violation by design here; nothing else may go wrong.
  guard.check(assert, { allowViolations: true });
  assert.ok(guard.violations.every((v) => v.startsWith('script-src')), guard.violations.join('; '));
  await context.close();
});

test('same-origin site with the exact policy of docs/embedding.md: the demo page works, no violation', async () => {
  const site = await startServer({ root: DIST, csp: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" });
  try {
    const { page, guard, context } = await guardedPage(shared.browser);
    await page.goto(`${site.origin}/index.html`);
    await page.locator('#demo-card').scrollIntoViewIfNeeded();
    await waitForText(page, '#demo-card', 'Computer network and web technicians');
    await page.getByLabel('Français').check();
    await waitForText(page, '#demo-card', 'Techniciens/techniciennes de réseau informatique et Web');
    guard.check(assert);
    await context.close();
  } finally {
    await site.close();
  }
});
