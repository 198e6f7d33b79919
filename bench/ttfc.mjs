// Time to first card: a cold visit to a page holding <noc-card code="22220"> (loader, then its
// pre-rendered paint and the stylesheet, from a separate CDN origin) vs a cold visit to a static HTML page
// holding the same card markup and styles. Two clocks, the same for both pages:
// - painted (the target): the browser's own paint timing, the first first-contentful-paint or
//   largest-contentful-paint entry at or after the title reached the DOM. Both pages report the same
//   largest element (the card's, same size), so this is when the card is on screen;
// - in the DOM: performance.now() at the first animation frame whose DOM holds the title. A static page
//   reaches it while the parser is still reading, long before its first paint, so it flatters static.
// Runs alternate; medians.
import { coldPage, hostPage } from './lib/browser.mjs';
import { median, quantile } from './lib/stats.mjs';
import { runNoc } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.BENCH_TTFC_RUNS || 25);
export const CARD_CODE = '22220';

/**
 * Injected before any page script: polls each frame for `needle` in the card (or page) text, keeps the
 * paint timings, and reports both clocks through the `__ttfcDone` binding. Nothing of Playwright runs in
 * the page meanwhile (no waitForFunction, whose injected script would take the main thread while the
 * widget's files arrive), so neither page pays for being watched.
 */
function watchForText([tag, needle]) {
  const text = () => {
    const host = document.querySelector(tag);
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('.noc-root');
    if (root && !root.hidden) return root.textContent;
    const fixed = document.querySelector('.static-card');
    return fixed ? fixed.textContent : '';
  };
  let inDom = 0;
  const paints = [];
  let reported = false;
  const report = () => {
    const after = paints.filter((p) => p >= inDom);
    if (!inDom || !after.length || reported) return;
    reported = true;
    window.__ttfcDone({ inDom, painted: Math.min(...after) });
  };
  const tick = () => {
    if (text().includes(needle)) { inDom = performance.now(); report(); } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const keep = (list) => { list.getEntries().forEach((e) => paints.push(e.renderTime || e.startTime)); report(); };
  new PerformanceObserver(keep).observe({ type: 'paint', buffered: true });
  new PerformanceObserver(keep).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** One cold visit: both clocks, from the page's own report. */
async function visit(page, url, watch) {
  let done;
  const reported = new Promise((resolve) => { done = resolve; });
  await page.exposeFunction('__ttfcDone', (value) => done(value));
  await page.addInitScript(watchForText, watch);
  await page.goto(url, { waitUntil: 'commit' });
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no card on screen at ${url} within 30 s`)), 30000); });
  try { return await Promise.race([reported, timeout]); } finally { clearTimeout(timer); }
}

/** Renders the card once and returns its HTML, stylesheet text and title (for the static page). */
export async function captureCard(browser, srv, { tag = 'noc-card', path = '/ttfc-card.html' } = {}) {
  const { context, page } = await coldPage(browser);
  await page.goto(`${srv.site.origin}${path}`);
  const card = await page.waitForFunction((tag) => {
    const host = document.querySelector(tag);
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('.noc-root');
    if (!root || root.hidden || !root.querySelector('h1,h2,h3,[class*=title]')) return null;
    const css = host.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const heading = root.querySelector('h1,h2,h3,[class*=title]');
    return { html: root.outerHTML, css, title: heading.textContent.trim(), text: root.textContent };
  }, tag, { timeout: 30000 });
  const value = await card.jsonValue();
  await context.close();
  return value;
}

/** `noc show CODE --html`: the paste-in block with a declarative shadow root (no fetch before the card). */
function snippet(cdnOrigin) {
  return runNoc(['show', CARD_CODE, '--html', '--widget-url', `${cdnOrigin}/`]);
}

export function ttfcPages(cdnOrigin) {
  return {
    '/ttfc-card.html': hostPage(cdnOrigin, `<noc-card code="${CARD_CODE}"></noc-card>`),
    '/ttfc-snippet.html': hostPage(cdnOrigin, snippet(cdnOrigin)),
    '/ttfc-calculator.html': hostPage(cdnOrigin, '<ee-calculator></ee-calculator>'),
  };
}

/** The static equivalent: same markup and CSS, no script. */
export function staticCardPage(card) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title>
<style>${card.css.replace(/:host\b/g, '.static-card')}</style></head><body><main><div class="static-card">${card.html}</div></main></body></html>`;
}

export const CALCULATOR = { tag: 'ee-calculator', path: '/ttfc-calculator.html', staticPath: '/ttfc-calculator-static.html' };
const CARD = { tag: 'noc-card', path: '/ttfc-card.html', staticPath: '/ttfc-static.html' };
export const SNIPPET = { tag: 'noc-card', path: '/ttfc-snippet.html', staticPath: '/ttfc-static.html' };

export async function benchTtfc(browser, srv, card, log = console.log, { tag, path, staticPath } = CARD) {
  const times = { widget: [], static: [] };
  const inDom = { widget: [], static: [] };
  const phases = [];
  for (let i = 0; i < RUNS; i++) {
    for (const kind of i % 2 ? ['static', 'widget'] : ['widget', 'static']) {
      const { context, page } = await coldPage(browser);
      const seen = await visit(page, `${srv.site.origin}${kind === 'widget' ? path : staticPath}`, [tag, card.title]);
      inDom[kind].push(seen.inDom);
      times[kind].push(seen.painted);
      if (kind === 'widget') {
        // Where the time goes: when the loader, the wasm and the last data file finished downloading;
        // what was downloaded (brotli, as the CDN would send it) before the card was on screen.
        const phase = await page.evaluate((onScreen) => {
          const all = performance.getEntriesByType('resource');
          const end = (re) => Math.max(0, ...all.filter((e) => re.test(e.name)).map((e) => e.responseEnd));
          const before = all.filter((e) => e.responseEnd <= onScreen).map((e) => new URL(e.name).pathname);
          const wasmAsked = all.filter((e) => /\.wasm$/.test(e.name)).map((e) => e.startTime);
          return { loader: end(/noc-widget\.js$/), wasm: end(/\.wasm$/), data: end(/\.bin$/), before,
            wasmBeforeCard: wasmAsked.some((t) => t < onScreen) };
        }, times.widget.at(-1));
        const sizes = new Map(srv.cdn.log.map((r) => [r.path, r.brotli]));
        phase.bytesBeforeCard = phase.before.reduce((n, path) => n + (sizes.get(path) || 0), 0);
        phases.push(phase);
      }
      await context.close();
    }
  }
  const out = {
    runs: RUNS, title: card.title,
    widget: { median: median(times.widget), p95: quantile(times.widget, 0.95), all: times.widget },
    static: { median: median(times.static), p95: quantile(times.static, 0.95), all: times.static },
  };
  out.ratio = out.widget.median / out.static.median;
  out.inDom = { widget: median(inDom.widget), static: median(inDom.static) };
  out.inDom.ratio = out.inDom.widget / out.inDom.static;
  out.widget.phases = Object.fromEntries(['loader', 'wasm', 'data', 'bytesBeforeCard'].map((k) => [k, median(phases.map((p) => p[k]))]));
  out.widget.filesBeforeCard = phases[0]?.before || [];
  out.widget.wasmBeforeCardRuns = phases.filter((p) => p.wasmBeforeCard).length;
  log(`[ttfc] ${path}: painted ${out.widget.median.toFixed(1)} ms vs static ${out.static.median.toFixed(1)} ms (median of ${RUNS}), ratio ${out.ratio.toFixed(2)}; in the DOM ${out.inDom.widget.toFixed(1)} vs ${out.inDom.static.toFixed(1)} ms, ratio ${out.inDom.ratio.toFixed(2)}`);
  return out;
}

/**
 * The calculator after takeover (the wasm runs it): median time from one entry (an `input` event on
 * the age field) to the new CRS total on screen, over `n` entries alternating between two ages.
 */
export async function benchKeystroke(browser, srv, n = 40) {
  const { context, page } = await coldPage(browser);
  await page.goto(`${srv.site.origin}${CALCULATOR.path}`);
  await page.waitForFunction(() => document.querySelector('ee-calculator')?.shadowRoot?.querySelector('.noc-root[data-live] #ee-age'), null, { timeout: 30000 });
  const times = await page.evaluate(async (n) => {
    const root = document.querySelector('ee-calculator').shadowRoot;
    const input = root.getElementById('ee-age');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = root.querySelector('.ee-total').textContent;
      const t0 = performance.now();
      input.value = String(30 + (i % 2) * 10);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      while (root.querySelector('.ee-total').textContent === before) await new Promise((r) => setTimeout(r, 0));
      await frame(); // on screen: the next frame after the DOM changed
      out.push(performance.now() - t0);
    }
    return out;
  }, n);
  await context.close();
  const out = { runs: n, median: median(times), p95: quantile(times, 0.95), max: Math.max(...times) };
  console.log(`[ttfc] keystroke to new total after takeover: median ${out.median.toFixed(1)} ms, p95 ${out.p95.toFixed(1)} ms`);
  return out;
}
