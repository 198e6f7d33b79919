// Headless Chromium and local servers for the benchmark: the same Chromium and flags as the e2e
// tests (tests/e2e/helpers.mjs), a "CDN" serving a snapshot of dist/ and a "site" serving the bench pages and the
// peer libraries. Each server logs what it served with the brotli size a CDN would send.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../tests/e2e/helpers.mjs';
import { startServer } from '../../scripts/serve-test.mjs';
import { DIST_SNAPSHOT, STAGE } from './paths.mjs';

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** `pages`: path -> HTML, served by the site server (which also serves target/bench-stage/). */
export async function benchServers(pages = {}) {
  mkdirSync(STAGE, { recursive: true });
  const cdn = await startServer({ root: DIST_SNAPSHOT });
  const site = await startServer({ root: STAGE, pages });
  return { cdn, site, close: async () => { await cdn.close(); await site.close(); } };
}

/** A fresh context (empty cache, no service worker) and page: one cold visit. */
export async function coldPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Brotli bytes of the 200 responses in `log` (optionally only paths matching `filter`). */
export function servedBrotli(log, filter = () => true) {
  return log.filter((r) => r.status === 200 && filter(r.path)).reduce((n, r) => n + r.brotli, 0);
}

/** The host page a site would have: `body` plus the loader from the CDN. */
export function hostPage(cdnOrigin, body, { lang = 'en', head = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title>${head}</head>
<body><main>${body}</main><script src="${cdnOrigin}/noc-widget.js" defer></script></body></html>`;
}
