// "Other routes to permanent residence" on the card and the search by route: the card shows the
// lists that name the occupation, the programs open to its TEER and the closed streams, from its own
// data files only (no other request); the province filter is a select a keyboard works; the
// reader's clock decides the "check the official page" note; print keeps the routes and says which
// province the filter shows; axe finds nothing in the section with a filter set (the whole card, in
// both languages, themes and widths, is audited by a11y.test.mjs, filter state included). In <noc-search>, choosing a program limits the
// results to the occupations it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, openPage, waitForText, dataFiles, waitForLive, shadowText } from './helpers.mjs';
import { AXE_SOURCE } from './a11y-states.mjs';

const shared = shareBrowser();

/** `data-route` ids in the card's routes section (in the order shown). */
function shownRoutes(page, host = 'noc-card') {
  return page.evaluate((h) => [...document.querySelector(h).shadowRoot.querySelectorAll('.nw-routes [data-route]')]
    .map((li) => li.dataset.route), host);
}

/**
 * A guarded page holding one card (`body`), opened once `needle` is on it; `clock` fixes the reader's
 * date, `live` waits for the WebAssembly to take the card over (the pre-rendered card has no filter).
 */
async function openCard(path, body, needle, { lang = 'en', clock, live = true } = {}) {
  const prepare = clock && ((page) => page.clock.install({ time: new Date(clock) }));
  const opened = await openPage(path, body, { shared, lang, prepare });
  await waitForText(opened.page, 'noc-card', needle);
  if (live) await waitForLive(opened.page, 'noc-card');
  return opened;
}

test('a card shows its routes from its own data files and filters them by province with the keyboard', async () => {
  shared.srv.cdn.log.length = 0;
  const { page, guard, context } = await openCard('/routes-card.html', '<noc-card code="33102"></noc-card>',
    'Other routes to permanent residence');
  const all = await shownRoutes(page);
  // Named first (data/routes/pe-occupations-in-demand.toml, page line 27 of the PEI crawl), then by TEER.
  assert.ok(all.indexOf('pe-occupations-in-demand') < all.indexOf('on-workforce-priority'), all.join());
  assert.ok(all.includes('bc-pnp-care-health') && all.includes('qc-pstq-stream-2'), all.join());
  const files = dataFiles(shared.srv.cdn.log);
  assert.deepEqual(files.sort(), ['en/cards-33102.bin', 'facts-33102.bin', 'facts.bin'],
    'no request beyond the card\'s own data');

  // Keyboard: focus the select, pick Prince Edward Island with the arrow keys.
  const select = page.locator('noc-card select[id^="nw-routes-pick"]');
  await select.focus();
  const options = await select.evaluate((s) => [...s.options].map((o) => o.value));
  const steps = options.indexOf('PE');
  assert.ok(steps > 0, options.join());
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => {
    const ids = [...document.querySelector('noc-card').shadowRoot.querySelectorAll('.nw-routes [data-route]')].map((li) => li.dataset.route);
    // Each arrow press picks the next province (NL first): wait for the last one, PEI.
    return ids.includes('pe-occupations-in-demand') && ids.every((id) => id.startsWith('pe-') || id.startsWith('fed-'));
  }, null, { timeout: 10000 });
  assert.deepEqual(await shownRoutes(page), ['pe-occupations-in-demand', 'fed-aip']);

  // axe on the filtered section (the full card is audited in a11y.test.mjs).
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => window.axe.run(document.querySelector('noc-card'), {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);

  // Print: the routes stay, and the filter stays as a line saying which province is shown (a page
  // printed after choosing PEI must not read as if PEI's routes were all the routes).
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('noc-card').shadowRoot;
    const vis = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    const select = root.querySelector('.nw-routes-filter select');
    return {
      routes: [...root.querySelectorAll('.nw-routes [data-route]')].filter(vis).map((li) => li.dataset.route),
      filter: vis(root.querySelector('.nw-routes-filter')),
      chosen: select.selectedOptions[0].textContent,
      boxed: getComputedStyle(select).borderTopStyle !== 'none',
    };
  });
  assert.deepEqual(shown, { routes: ['pe-occupations-in-demand', 'fed-aip'], filter: true, chosen: 'Prince Edward Island', boxed: false });
  guard.check(assert);
  await context.close();
});

test('the French card says it in French, and old facts ask to check the official page on the reader\'s clock', async () => {
  // Six months after the June 2026 reads (data/routes read_date), the notes appear.
  const { page, guard, context } = await openCard('/routes-fr.html', '<noc-card code="31301" lang="fr"></noc-card>',
    'Autres voies vers la résidence permanente', { lang: 'fr', clock: '2027-03-01T12:00:00Z' });
  await shadowText(page, 'noc-card', '.nw-route-stale', 10000);
  const text = await shadowText(page, 'noc-card', '.nw-routes');
  assert.match(text, /Vérifiez la page officielle : les règles changent souvent\./);
  assert.match(text, /liste compilée, non vérifiée ligne par ligne/);
  assert.match(text, /Listes qui nomment cette profession/);
  guard.check(assert);
  await context.close();
});

test('the card of an occupation whose stream closed says only when it closed', async () => {
  const { page, guard, context } = await openCard('/routes-closed.html', '<noc-card code="44101"></noc-card>',
    'Limits and closed streams', { live: false });
  const note = await shadowText(page, 'noc-card', '.nw-routes [data-route="on-in-demand-skills"]');
  assert.match(note, /Closed on 2026-06-26/);
  guard.check(assert);
  await context.close();
});

test('search by route: a program chosen in the select limits the results to the occupations it names', async () => {
  const { page, guard, context } = await openPage('/routes-search.html', '<noc-search></noc-search>', { shared });
  const select = page.locator('noc-search select.nw-route-select');
  await select.waitFor({ timeout: 20000 });
  await select.focus();
  await page.waitForFunction(() => document.querySelector('noc-search').shadowRoot
    .querySelector('select.nw-route-select option[value="bc-pnp-care-health"]'), null, { timeout: 20000 });
  await select.selectOption('bc-pnp-care-health');
  // Every listed occupation is a button that shows its card.
  await page.waitForFunction(() => document.querySelectorAll('noc-search').length
    && document.querySelector('noc-search').shadowRoot.querySelectorAll('.nw-route-codes li').length === 31, null, { timeout: 10000 });
  const input = page.locator('noc-search input[role="combobox"]');
  await input.click();
  await input.fill('nurse');
  await page.waitForFunction(() => document.querySelector('noc-search').shadowRoot.querySelector('[role="option"]'), null, { timeout: 20000 });
  const codes = await page.evaluate(() => [...document.querySelector('noc-search').shadowRoot
    .querySelectorAll('[role="option"]')].map((o) => o.dataset.code));
  // data/routes/bc-pnp-care-health.toml: 31102? no; 31300, 31301, 31302, 32101, 33102 (crawl lines 87–102).
  assert.ok(codes.length > 0);
  const list = new Set(['30010', '31100', '31101', '31102', '31110', '31112', '31120', '31121', '31200', '31201', '31202',
    '31203', '31204', '31209', '31300', '31301', '31302', '31303', '32101', '32102', '32103', '32111', '32112', '32120',
    '32121', '32122', '32123', '32200', '33101', '33102', '41300']);
  assert.deepEqual(codes.filter((c) => !list.has(c)), [], codes.join());
  assert.ok(codes.includes('31301'), codes.join());
  guard.check(assert);
  await context.close();
});
