// Rounds of invitations in the widget, on the dist/ build: rounds.bin is fetched by the calculator and
// by no card; the calculator draws the cut-offs of the last 24 months (PNP apart) with the reader's
// score, says where the reader stands in the pool on the latest distribution's date, states the
// newest round and, on a clock more than 30 days later, links to IRCC's page; the card draws wages as
// ranges with Canada first and a province the reader can pick. No inline styles, both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, openPage, LOOPBACK_OK, waitForText, waitForLive, dataFiles } from './helpers.mjs';

const shared = shareBrowser({ args: [LOOPBACK_OK] });

/** A page holding `body`, the CDN's log emptied before it loads; `now` fixes the reader's clock. */
async function open(body, { lang = 'en', now } = {}) {
  const path = `/rounds-${Math.random().toString(36).slice(2)}.html`;
  const { page, guard, context } = await openPage(path, body, { shared, lang, prepare: async (page) => {
    if (now) await page.clock.setFixedTime(new Date(now));
    shared.srv.cdn.log.length = 0;
  } });
  return { page, guard, context };
}

const inShadow = (page, tag, fn, arg) =>
  page.evaluate(([t, f, a]) => new Function('root', 'arg', f)(document.querySelector(t).shadowRoot, a), [tag, fn, arg]);

// A CEC candidate of 470 points or so: the default form plus Canadian experience (from a share link is
// simpler, but the default profile is enough to be in the pool here).
test('calculator: charts, pool position, tie-breaks and a dated freshness note (clock 2026-12-02)', async () => {
  const { page, guard, context } = await open('<ee-calculator></ee-calculator>', { now: '2026-12-02T12:00:00Z' });
  // The first paint may be pre-rendered (on the day of make dist): wait until the wasm runs it, with
  // its own rounds file and the page's clock.
  await waitForLive(page, 'ee-calculator');
  const text = await waitForText(page, 'ee-calculator', 'Newest round held here');
  assert.match(text, /Newest round held here: #447 of 2026-10-01\./);
  assert.match(text, /Newer rounds may exist since then: IRCC’s rounds of invitations\./);
  const link = await inShadow(page, 'ee-calculator', "const a = root.querySelector('.ee-fresh a'); return a && a.href;");
  assert.equal(link, 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html');
  assert.ok(dataFiles(shared.srv.cdn.log).includes('rounds.bin'), 'the calculator fetched rounds.bin');

  const chart = await inShadow(page, 'ee-calculator', `
    const svgs = [...root.querySelectorAll('.ee-chart-cutoffs svg.ee-chart-svg')];
    const main = svgs[0];
    const groups = [...main.querySelectorAll('.ee-series')].map((g) => g.dataset.group);
    const marks = [...main.querySelectorAll('.ee-series-mark')].map((p) => (p.getAttribute('d').match(/M/g) || []).length);
    return {
      charts: svgs.length,
      groups,
      marks: marks.reduce((a, b) => a + b, 0),
      you: main.querySelectorAll('.ee-chart-you').length,
      pnpGroups: [...svgs[1].querySelectorAll('.ee-series')].map((g) => g.dataset.group),
      label: main.getAttribute('role') + ' ' + !!main.querySelector('desc').textContent,
      styles: root.querySelectorAll('[style]').length,
    };`);
  assert.equal(chart.charts, 2, 'main chart and the PNP chart apart');
  assert.ok(chart.groups.includes('canadian_experience_class'), JSON.stringify(chart.groups));
  assert.ok(!chart.groups.includes('provincial_nominee_program'), 'PNP is not on the main chart');
  assert.deepEqual(chart.pnpGroups, ['provincial_nominee_program']);
  assert.equal(chart.you, 1, 'the reader’s score is one line');
  assert.equal(chart.label, 'img true');
  assert.equal(chart.styles, 0, 'no inline style attributes (strict CSP)');

  // The table lists the same 24 months of rounds, with IRCC's tie-break times.
  const table = await inShadow(page, 'ee-calculator', `
    const rows = [...root.querySelectorAll('.ee-draws-table tbody tr')];
    return rows.map((r) => [...r.cells].map((c) => c.textContent));`);
  assert.deepEqual(table[0].slice(0, 1), ['2026-10-01']);
  assert.equal(table[0][4], '2026-05-28 16:55:23');
  const pnpRounds = table.filter((r) => r[1].startsWith('Provincial Nominee Program')).length;
  assert.ok(table.length > 90 && pnpRounds > 20, `${table.length} rows, ${pnpRounds} PNP`);

  // Pool: the latest distribution (2026-09-27, wide bands only), the reader's band marked.
  const pool = await inShadow(page, 'ee-calculator', `
    return { text: root.querySelector('.ee-pool-position').textContent,
             bands: root.querySelectorAll('.ee-chart-pool .ee-pool-band').length,
             you: root.querySelectorAll('.ee-chart-pool .ee-pool-you').length,
             rows: root.querySelectorAll('.ee-pool-table tbody tr').length };`);
  assert.match(pool.text, /profiles in the pool had a score at or above yours on 2026-09-27\./);
  assert.match(pool.text, /of 229,904 profiles/);
  assert.match(pool.text, /Your score falls in IRCC’s band \d+–\d+\./);
  assert.equal(pool.bands, 7, 'the wide bands: our copy of #447 has no ten-point bands');
  assert.equal(pool.you, 1);
  assert.equal(pool.rows, 8, 'the table: seven bands and the total');
  guard.check(assert);
  await context.close();
});

test('calculator in French, clock 10 days after the newest round: no staleness note', async () => {
  const { page, guard, context } = await open('<ee-calculator lang="fr"></ee-calculator>', { lang: 'fr', now: '2026-10-11T12:00:00Z' });
  // On another day than the paints' (make dist), the paint states the paints' day until the wasm takes
  // over (hydrating with that day) and moves to the reader's: read it once live.
  await waitForLive(page, 'ee-calculator');
  await page.waitForFunction(() => /Imprimé le 2026-10-11/.test(document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-print-only')?.textContent || ''), null, { timeout: 10000 });
  const text = await waitForText(page, 'ee-calculator', 'Ronde la plus récente ici');
  assert.match(text, /Ronde la plus récente ici : no 447 du 2026-10-01\./);
  assert.doesNotMatch(text, /Des rondes plus récentes peuvent exister/);
  assert.match(text, /Votre place dans le bassin/);
  assert.match(text, /profils du bassin avaient un score égal ou supérieur au vôtre le 2026-09-27/);
  guard.check(assert);
  await context.close();
});

test('card: wage ranges, Canada first, a province can be picked; no rounds fetched', async () => {
  const { page, guard, context } = await open('<noc-card code="21231"></noc-card>');
  await waitForText(page, 'noc-card', 'Software engineers');
  await page.waitForFunction(() => document.querySelector('noc-card').shadowRoot.querySelector('.nw-wage-chart svg'), null, { timeout: 15000 });
  const before = await inShadow(page, 'noc-card', `
    const rows = [...root.querySelectorAll('.nw-wage-chart .nw-wage-row')];
    return { first: rows[0].textContent, national: rows[0].classList.contains('nw-wage-national'), n: rows.length,
             medians: root.querySelectorAll('.nw-wage-chart .nw-wage-median').length,
             styles: root.querySelectorAll('[style]').length };`);
  assert.equal(before.first, 'Canada');
  assert.ok(before.national && before.n >= 8, JSON.stringify(before));
  assert.ok(before.medians >= 8);
  assert.equal(before.styles, 0);
  // Pick Ontario by keyboard: focus the select and choose it.
  const select = page.locator('noc-card .nw-wage-pick select');
  await select.focus();
  await select.selectOption({ label: 'Ontario' });
  await page.waitForFunction(() => document.querySelector('noc-card').shadowRoot.querySelector('.nw-wage-you'), null, { timeout: 5000 });
  const picked = await inShadow(page, 'noc-card', "return root.querySelector('.nw-wage-you').textContent;");
  assert.equal(picked, 'Ontario');
  assert.ok(!dataFiles(shared.srv.cdn.log).includes('rounds.bin'), 'a card does not fetch the rounds');
  guard.check(assert);
  await context.close();
});
