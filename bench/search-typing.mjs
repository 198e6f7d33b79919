// As-you-type in the real widget (issue 22): a `<noc-search>` on a host page, each of the first
// queries of the quality set typed one letter at a time into its combobox. One keystroke is timed
// from the `input` event until yew has rendered the new results (the next task after the event:
// yew renders in microtasks, and a MessageChannel task runs only after them). The first letter,
// which loads the titles and builds the index, is timed apart (`firstMs`). A keystroke during which
// the browser also rendered a frame (style, layout, paint of the page: an animation frame fired
// before the next task) is counted apart too (`framed`, `p95NoFrame`): whether one falls inside
// depends on when the 60 Hz frame clock ticks, not on the search.
import { coldPage, hostPage } from './lib/browser.mjs';
import { quantile, median } from './lib/stats.mjs';
import { qualityCases } from './lib/noc-data.mjs';

const QUERIES = Number(process.env.BENCH_TYPING_QUERIES || 40);

export function typingPages(cdnOrigin) {
  return {
    '/search-typing-en.html': hostPage(cdnOrigin, '<noc-search id="s"></noc-search>'),
    '/search-typing-fr.html': hostPage(cdnOrigin, '<noc-search id="s" lang="fr"></noc-search>', { lang: 'fr' }),
  };
}

/** Runs in the page. */
async function inPage(queries) {
  const host = document.querySelector('#s');
  const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  const type = (input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const options = () => host.shadowRoot.querySelectorAll('[role="option"]').length;
  let input;
  while (!(input = host.shadowRoot?.querySelector('[role="combobox"]'))) await new Promise((r) => setTimeout(r, 20));
  input.focus();
  const t0 = performance.now();
  type(input, queries[0][0]);
  while (options() === 0) await new Promise((r) => setTimeout(r, 5));
  const firstMs = performance.now() - t0;
  const lat = [];
  const framed = [];
  for (const q of queries) {
    type(input, '');
    await nextTask();
    for (let i = 1; i <= q.length; i++) {
      let frame = false;
      const raf = requestAnimationFrame(() => { frame = true; });
      const t = performance.now();
      type(input, q.slice(0, i));
      await nextTask();
      lat.push(performance.now() - t);
      cancelAnimationFrame(raf);
      framed.push(frame);
    }
  }
  return { firstMs, lat, framed };
}

export async function benchTyping(browser, srv, log = console.log) {
  const cases = qualityCases();
  const out = {};
  for (const lang of ['en', 'fr']) {
    const queries = cases.filter((c) => (lang === 'fr') === (c.lang === 'fr') && /\p{L}/u.test(c.query)).slice(0, QUERIES).map((c) => c.query);
    const { context, page } = await coldPage(browser);
    try {
      await page.goto(`${srv.site.origin}/search-typing-${lang}.html`);
      const r = await page.evaluate(inPage, queries);
      const noFrame = r.lat.filter((_, i) => !r.framed[i]);
      out[lang] = {
        keystrokes: r.lat.length, queries: queries.length, p50: quantile(r.lat, 0.5), p95: quantile(r.lat, 0.95), max: Math.max(...r.lat), median: median(r.lat), firstMs: r.firstMs,
        framed: r.framed.filter(Boolean).length, p95NoFrame: noFrame.length ? quantile(noFrame, 0.95) : null,
      };
      log(`[search] as-you-type in <noc-search> ${lang}: ${r.lat.length} keystrokes, p50 ${out[lang].p50.toFixed(2)} ms, p95 ${out[lang].p95.toFixed(2)} ms (${out[lang].framed} with a frame rendered; p95 of the others ${out[lang].p95NoFrame?.toFixed(2)} ms); first letter (titles + index) ${r.firstMs.toFixed(0)} ms`);
    } catch (e) {
      out[lang] = { error: String(e.message || e).split('\n')[0] };
      log(`[search] as-you-type ${lang}: FAILED ${out[lang].error}`);
    } finally {
      await context.close();
    }
  }
  return out;
}
