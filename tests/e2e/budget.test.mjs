// Size budgets (budgets.json): the brotli size of the embed (loader + glue + wasm) and of the data a
// lone <noc-card> loads may not grow more than `tolerance` (5%) over the recorded budget. Raise a
// budget only on purpose: `node scripts/check-budgets.mjs --record NAME "why"`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, servers, guardedPage, waitForText, dataFiles, requireDist } from './helpers.mjs';
import { readBudgets, currentSizes, overBudget } from '../../scripts/check-budgets.mjs';

const budgets = readBudgets();
let browser;
let srv;
before(async () => {
  requireDist();
  browser = await launch();
  srv = await servers();
  srv.page('/budget.html', '<noc-card code="22220"></noc-card>');
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

test('every budget is recorded with a reason', () => {
  for (const [name, b] of Object.entries(budgets.budgets)) {
    assert.ok(b.bytes > 0, `${name}: no budget recorded (node scripts/check-budgets.mjs --record ${name} "why")`);
    assert.ok(b.why && !/placeholder/i.test(b.why), `${name}: the budget needs a "why"`);
  }
  assert.ok(budgets.tolerance > 0 && budgets.tolerance <= 0.05, 'tolerance is at most 5%');
});

test('the embed and the lone card data in dist/ are within budget (brotli)', () => {
  const sizes = currentSizes(budgets);
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`# ${name}: ${s.bytes} bytes brotli (budget ${budgets.budgets[name].bytes})`);
  }
  assert.deepEqual(overBudget(budgets, sizes), []);
});

test('a lone English <noc-card> fetches exactly the budgeted data files, within budget', async () => {
  const { page, guard, context } = await guardedPage(browser);
  srv.cdn.log.length = 0;
  await page.goto(`${srv.blog.origin}/budget.html`);
  await waitForText(page, 'noc-card', 'Computer network and web technicians');
  await page.waitForLoadState('networkidle');
  const fetched = dataFiles(srv.cdn.log).map((f) => `data/${f}`).sort();
  const budget = budgets.budgets['card-data'];
  assert.deepEqual(fetched, [...budget.files].sort(), 'the files a lone card loads changed: update budgets.json on purpose');
  const bytes = srv.cdn.log.filter((r) => r.status === 200 && r.path.startsWith('/data/')).reduce((n, r) => n + r.brotli, 0);
  const limit = Math.floor(budget.bytes * (1 + budgets.tolerance));
  assert.ok(bytes <= limit, `a lone card loads ${bytes} bytes of data (brotli) > ${limit} (budget ${budget.bytes} + ${budgets.tolerance * 100}%)`);
  guard.check(assert);
  await context.close();
});
