// The demo pages shipped in dist/: every element starts, the language and theme switches work, and the
// blog example (hostile-ish theme, div fallback) renders, with no error and nothing leaving localhost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, guardedPage, waitForText } from './helpers.mjs';

const shared = shareBrowser();

async function mountAll(page, selector) {
  const count = await page.locator(selector).count();
  for (let i = 0; i < count; i++) {
    await page.locator(selector).nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction(([s, n]) => {
      const root = document.querySelectorAll(s)[n].shadowRoot.querySelector('.noc-root');
      return root && !root.hidden && root.textContent.trim().length > 0;
    }, [selector, i], { timeout: 15000 });
  }
  return count;
}

test('index.html: every element renders; language and theme switches apply', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.goto(`${shared.srv.cdn.origin}/index.html`);
  const n = await mountAll(page, 'noc-search, noc-card, ee-calculator, noc-widget, [data-noc-card]');
  assert.ok(n >= 5, `${n} elements`);
  await page.locator('#demo-card').scrollIntoViewIfNeeded();
  await waitForText(page, '#demo-card', 'Computer network and web technicians');
  await page.getByLabel('Français').check();
  await waitForText(page, '#demo-card', 'Techniciens/techniciennes de réseau informatique et Web');
  await page.getByLabel('dark').check();
  const theme = await page.evaluate(() => document.getElementById('demo-card').shadowRoot.querySelector('.noc-root').dataset.theme);
  assert.equal(theme, 'dark');
  guard.check(assert);
  await context.close();
});

test('blog-example.html renders the card, search, calculator and the div fallback', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.goto(`${shared.srv.cdn.origin}/blog-example.html`);
  await mountAll(page, 'noc-card, noc-search, ee-calculator, [data-noc-card]');
  await waitForText(page, 'noc-card', 'Computer network and web technicians');
  await waitForText(page, '[data-noc-card]', 'User support technicians');
  guard.check(assert);
  await context.close();
});
