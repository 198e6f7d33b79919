// What a page downloads (brotli, as a CDN would send it) for a lone <noc-widget>: budget 450 KB.
// (The lone <noc-card> budget, 200 KB, is checked in card.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, servers, guardedPage, shadowText, dataFiles, brotliBytes } from './helpers.mjs';

let browser;
let srv;
before(async () => {
  browser = await launch();
  srv = await servers();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

test('a lone <noc-widget> stays within 450 KB (brotli)', async () => {
  const { page, guard, context } = await guardedPage(browser);
  srv.cdn.log.length = 0;
  await page.goto(srv.page('/widget.html', '<noc-widget code="22220"></noc-widget>'));
  await shadowText(page, 'noc-widget');
  await page.waitForLoadState('networkidle');
  const bytes = brotliBytes(srv.cdn.log);
  console.log(`# lone <noc-widget>: ${(bytes / 1024).toFixed(1)} KB brotli (${dataFiles(srv.cdn.log).join(', ')})`);
  assert.ok(bytes < 450 * 1024, `widget downloads ${bytes} bytes (brotli), budget 450 KB`);
  guard.check(assert);
  await context.close();
});
