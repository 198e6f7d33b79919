// What a page downloads (brotli, as a CDN would send it) for a lone <noc-widget>: target 450 KB.
// (The lone <noc-card> target, 200 KB, is in card.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, guardedPage, shadowText, dataFiles, brotliBytes } from './helpers.mjs';

const shared = shareBrowser();

let widgetBytes = null;

test('a lone <noc-widget> page: measure what it downloads', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  shared.srv.cdn.log.length = 0;
  await page.goto(shared.srv.page('/widget.html', '<noc-widget code="22220"></noc-widget>'));
  await shadowText(page, 'noc-widget');
  await page.waitForLoadState('networkidle');
  widgetBytes = brotliBytes(shared.srv.cdn.log);
  console.log(`# lone <noc-widget>: ${(widgetBytes / 1024).toFixed(1)} KB brotli (${dataFiles(shared.srv.cdn.log).join(', ')})`);
  assert.ok(widgetBytes > 0);
  guard.check(assert);
  await context.close();
});

// Met while the search data (~320 KB brotli) waits for the reader's first search; fails if it is
// fetched up front again.
test('a lone <noc-widget> page downloads less than 450 KB (brotli) before any search', () => {
  assert.ok(widgetBytes !== null, 'measured by the test above');
  assert.ok(widgetBytes < 450 * 1024, `widget downloads ${widgetBytes} bytes (brotli), target 450 KB`);
});
