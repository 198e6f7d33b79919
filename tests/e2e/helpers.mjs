// Shared set-up for the end-to-end tests: headless Chromium (Debian's, via playwright-core), two local
// servers (the "CDN" serving dist/ and the "blog" serving host pages), and guards that fail a test when
// a request leaves localhost, the page throws, or a CSP violation is reported.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startServer, strictCsp } from '../../scripts/serve-test.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs the `noc` command (the debug build when there is one, else through cargo) and returns its output. */
export function runNoc(args) {
  const bin = join(ROOT, 'target', 'debug', 'noc');
  return existsSync(bin)
    ? execFileSync(bin, args, { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '-p', 'noc-cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
}
// NOC_DIST lets a run use its own bundle (dist.sh honours DIST the same way).
export const DIST = process.env.NOC_DIST || join(ROOT, 'dist');
export { strictCsp };
// The test bundle of `make dist-test`: the full build with test hooks (a deliberate trap).
export const DIST_TEST = process.env.NOC_DIST_TEST || join(ROOT, 'dist-test');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function requireDist() {
  if (!existsSync(join(DIST, 'noc-widget-app_bg.wasm'))) {
    throw new Error('dist/ is not built: run `make dist` first (make test-e2e does)');
  }
}

/**
 * Headless Chromium for dist/; `args` adds flags. `LOOPBACK_OK`: Chromium 156 blocks a page on one
 * loopback port from loading the widget from another (Local Network Access); the test origins are both
 * 127.0.0.1, and the tests that serve the host page from a route need that check off.
 */
export async function launch({ args = [] } = {}) {
  requireDist();
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...args] });
}
export const LOOPBACK_OK = '--disable-features=LocalNetworkAccessChecks';

/** The profile of the JS API tests: what `NocWidget.assess` is given (docs/profile.md). */
export const PROFILE = {
  age: 29, education: 'bachelors_or_three_year', canadian_education: 'none',
  first_language: { test: 'ielts_general', speaking: 7.0, listening: 8.0, reading: 7.0, writing: 6.5 },
  second_language: null, canadian_work_years: 1, foreign_work_years: 3, work_teer: 1,
  trade_certificate: false, trade_work_years: 0, job_offer: null, sibling_in_canada: false,
  relative_in_canada: false, provincial_nomination: false, spouse: null, family_size: 1, settlement_funds_cad: 16000,
};

/**
 * A "CDN" serving dist/ and a "blog" serving host pages from memory, on two different localhost origins.
 * `srv.page(path, bodyHtml, {csp, head, lang})` adds a host page that loads the widget from the CDN and
 * returns its URL. `dist` serves another bundle (e.g. DIST_TEST).
 */
export async function servers({ dist = DIST } = {}) {
  const cdn = await startServer({ root: dist });
  const blog = await startServer({ root: join(ROOT, 'tests', 'e2e', 'empty'), pages: {} });
  return {
    cdn,
    blog,
    page(path, body, { csp, ...options } = {}) {
      blog.pages[path] = { body: hostPage(cdn.origin, body, options), csp };
      return blog.origin + path;
    },
    close: async () => { await cdn.close(); await blog.close(); },
  };
}

/** A host page: `body` HTML plus the loader from `cdnOrigin`. */
export function hostPage(cdnOrigin, body, { head = '', lang = 'en' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>host</title>${head}</head>
<body>${body}<script src="${cdnOrigin}/noc-widget.js" defer></script></body></html>`;
}

/**
 * A page with guards: every request outside 127.0.0.1/localhost is aborted and recorded; uncaught
 * errors, console errors and CSP violations are recorded. `guard.check()` asserts none happened.
 */
export async function guardedPage(browser, { offline = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const guard = { external: [], errors: [], violations: [], requests: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'blob:' ||
      (!offline && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'));
    if (!local) {
      guard.external.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  page.on('request', (request) => guard.requests.push(request.url()));
  page.on('pageerror', (error) => guard.errors.push(String(error)));
  await page.exposeFunction('__reportViolation', (v) => guard.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  guard.check = (assert, { allowViolations = false } = {}) => {
    assert.deepEqual(guard.external, [], 'requests left localhost');
    assert.deepEqual(guard.errors, [], 'uncaught errors on the page');
    if (!allowViolations) assert.deepEqual(guard.violations, [], 'CSP violations');
  };
  return { context, page, guard };
}

/** Text of the first element matching `selector` inside `host`'s shadow root, once it has some. */
export async function shadowText(page, hostSelector, selector = '.noc-root', timeout = 15000) {
  const handle = await page.waitForFunction(
    ([h, s]) => {
      const host = document.querySelector(h);
      const node = host && host.shadowRoot && host.shadowRoot.querySelector(s);
      const text = node && !node.hidden && node.textContent.trim();
      return text || null;
    },
    [hostSelector, selector],
    { timeout },
  );
  return handle.jsonValue();
}

/** Waits until `host`'s rendered text contains `needle` (string), returns the text. */
export async function waitForText(page, hostSelector, needle, timeout = 15000) {
  const handle = await page.waitForFunction(
    ([h, n]) => {
      const host = document.querySelector(h);
      const root = host && host.shadowRoot && host.shadowRoot.querySelector('.noc-root');
      const text = root && !root.hidden ? root.textContent : '';
      return text.includes(n) ? text : null;
    },
    [hostSelector, needle],
    { timeout },
  );
  return handle.jsonValue();
}

/** Paths of data files the page fetched, e.g. ["en/directory.bin", "en/cards-2.bin"]. */
export function dataFiles(log) {
  return log.filter((r) => r.path.startsWith('/data/')).map((r) => r.path.slice('/data/'.length));
}

/** Sum of brotli bytes the CDN served (what a brotli-compressing CDN would send). */
export function brotliBytes(log) {
  return log.filter((r) => r.status === 200).reduce((n, r) => n + r.brotli, 0);
}

/**
 * Waits until the WebAssembly runs `host` (a pre-rendered element is shown first and taken over when
 * the reader acts or the page is idle; the loader then marks its root `data-live`).
 */
export async function waitForLive(page, hostSelector, timeout = 20000) {
  await page.waitForFunction(
    (h) => document.querySelector(h)?.shadowRoot?.querySelector('.noc-root[data-live]'),
    hostSelector,
    { timeout },
  );
}

/**
 * Holds every request matching `glob` on `page` until `release()`. `requested` resolves once one was
 * made (a fact to wait for, instead of a time), `asked()` tells whether one was.
 */
export async function hold(page, glob) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  let seen;
  const requested = new Promise((ok) => { seen = ok; });
  let asked = false;
  await page.route(glob, async (route) => {
    asked = true;
    seen();
    await gate;
    await route.continue().catch(() => { /* the page went away meanwhile */ });
  });
  return { release: () => release(), asked: () => asked, requested: () => requested };
}

let testLoaderText = null;
/**
 * The test build of the loader (scripts/build-loader.mjs --test: illegal state transitions throw,
 * NocWidget.__state) for `dist`, stamped like dist's own loader: what `make dist-test` ships, made
 * here for the release bundle so a test can watch the states with both wasm builds.
 */
export async function testLoader(dist = DIST) {
  if (!testLoaderText) {
    const { buildLoader, readStamp } = await import('../../scripts/build-loader.mjs');
    const { readFileSync, readdirSync } = await import('node:fs');
    const stamp = readStamp(readFileSync(join(dist, 'noc-widget.js'), 'utf8'));
    const codes = readdirSync(join(dist, 'prerender', 'en')).map((n) => /^card-(\d{5})\.html$/.exec(n)?.[1]).filter(Boolean).sort().join('');
    testLoaderText = await buildLoader({ codes, version: stamp.version, paintDate: stamp.paintDate, test: true });
  }
  return testLoaderText;
}

/** Serves the test build of the loader in place of dist's (see testLoader). */
export async function useTestLoader(page) {
  const body = await testLoader();
  await page.route('**/noc-widget.js', (route) => route.fulfill({
    status: 200, body, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' },
  }));
}

/**
 * Waits until the element `hostSelector` is in `state`, or in one of the states of an array (the test
 * build of the loader: NocWidget.__state).
 */
export async function waitForState(page, hostSelector, state, timeout = 20000) {
  await page.waitForFunction(
    ([h, s]) => [].concat(s).includes(window.NocWidget?.__state?.(document.querySelector(h))),
    [hostSelector, state],
    { timeout },
  );
}

/**
 * One browser and the test servers, shared by every test of a file that opens pages of its own
 * (`openPage(..., { shared })`): opened in the file's `before`, closed in its `after`. The object
 * returned is filled in once `before` ran. `args`: extra Chromium flags (`LOOPBACK_OK`).
 * @returns {{browser?, srv?}}
 */
export function shareBrowser({ dist = DIST, args = [] } = {}) {
  const shared = {};
  before(async () => {
    shared.browser = await launch({ args });
    shared.srv = await servers({ dist });
  });
  after(() => closePage(shared));
  return shared;
}

/**
 * A guarded page at `path` holding `body`; resolves once `window.NocWidget` exists. Without `shared`,
 * it brings its own browser and servers (one page for a whole test file); with it (`shareBrowser`), it
 * opens a context in that browser. `prepare(page)` runs before the page loads (init scripts, a clock, the
 * test loader); `lang` is the host page's, `viewport` its size, `hash` the address fragment.
 * Close with `closePage` (with `shared`: `context.close()`).
 * @returns {Promise<{browser, srv, page, guard, context}>}
 */
export async function openPage(path, body, { dist = DIST, prepare, shared, lang = 'en', viewport, hash = '' } = {}) {
  const browser = shared?.browser ?? await launch();
  const srv = shared?.srv ?? await servers({ dist });
  const { page, guard, context } = await guardedPage(browser);
  if (viewport) await page.setViewportSize(viewport);
  if (prepare) await prepare(page);
  await page.goto(srv.page(path, body, { lang }) + hash);
  await page.waitForFunction(() => window.NocWidget);
  return { browser, srv, page, guard, context };
}

/**
 * Runs `NocWidget[method](...args)` in `page`: `{ value }`, or `{ error: { message, field, code, errors,
 * isError } }` when it rejects. An argument `{ hostile: name }` is replaced in the page by
 * `window.__hostile[name]()` (values a test page builds, which cannot cross from Node).
 */
export function callApi(page, method, args) {
  return page.evaluate(async ([m, a]) => {
    const built = a.map((x) => (x && typeof x === 'object' && x.hostile ? window.__hostile[x.hostile]() : x));
    try {
      return { value: await window.NocWidget[m](...built) };
    } catch (e) {
      return { error: { message: String(e && e.message), field: e?.field, code: e?.code, errors: e?.errors, isError: e instanceof Error } };
    }
  }, [method, args]);
}

/** Closes what `openPage` opened (any part may be missing when `before` failed). */
export async function closePage({ context, browser, srv } = {}) {
  await context?.close();
  await browser?.close();
  await srv?.close();
}
