// The offline single file opened from disk, with every network request blocked: search, card and
// calculator all work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, guardedPage, waitForText, DIST } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('dist/noc-widget-offline.html works from file:// with no network', async () => {
  const { page, guard, context } = await guardedPage(browser, { offline: true });
  await context.setOffline(true);
  await page.goto(pathToFileURL(join(DIST, 'noc-widget-offline.html')).href);
  await waitForText(page, 'noc-card', 'Computer network and web technicians');
  await page.locator('noc-search input').first().fill('software engineer');
  await page.locator('noc-search [role="option"]').first().waitFor({ timeout: 15000 });
  assert.match(await page.evaluate(() => document.querySelector('noc-search').shadowRoot.textContent), /21231/);
  await page.locator('ee-calculator').scrollIntoViewIfNeeded();
  await waitForText(page, 'ee-calculator', 'CRS');
  assert.ok(guard.requests.every((url) => url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')),
    guard.requests.join('\n'));
  guard.check(assert);
  await context.close();
});
