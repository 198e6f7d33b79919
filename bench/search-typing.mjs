// As-you-type in the real widget (issue 22): a `<noc-search>` on a host page, each of the first
// queries of the quality set typed one letter at a time into its combobox. One keystroke is timed
// from the `input` event until yew has rendered the new results (the next task after the event:
// yew renders in microtasks, and a MessageChannel task runs only after them). The first letter,
// which loads the titles and builds the index, is timed apart (`firstMs`).
//
// The queries are typed twice. First as a person types (`paced`): each keystroke waits until the
// browser has rendered a frame, as even a very fast typist leaves several 60 Hz frames between two
// letters, so the page's own frame (style, layout and paint) comes after the keystroke's work and is
// not counted in it. Then back to back (`backToBack`, about one letter per millisecond): a frame of
// the page then sometimes falls inside a keystroke's window; those keystrokes are counted apart
// (`framed`, `p95NoFrame`), since whether one does depends on when the frame clock ticks.
import { coldPage, hostPage } from './lib/browser.mjs';
import { quantile } from './lib/stats.mjs';
import { qualityCases } from './lib/noc-data.mjs';

const QUERIES = Number(process.env.BENCH_TYPING_QUERIES || 40);
const RUNS = Number(process.env.BENCH_TYPING_RUNS || 3);

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
  const fireInput = (input) => input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const type = (input, value) => {
    input.value = value;
    fireInput(input);
  };
  const options = () => host.shadowRoot.querySelectorAll('[role="option"]').length;
  let input;
  while (!(input = host.shadowRoot?.querySelector('[role="combobox"]'))) await new Promise((r) => setTimeout(r, 20));
  input.focus();
  const t0 = performance.now();
  type(input, queries[0][0]);
  while (options() === 0) await new Promise((r) => setTimeout(r, 5));
  const firstMs = performance.now() - t0;
  // A task after the next frame has been rendered: the frame clock's next tick is ~16 ms away.
  const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const run = async (paced) => {
    const lat = [];
    const framed = [];
    for (const q of queries) {
      type(input, '');
      await nextTask();
      for (let i = 1; i <= q.length; i++) {
        if (paced) await afterFrame();
        let frame = false;
        const raf = requestAnimationFrame(() => { frame = true; });
        // The field's new text is the browser's part of a keystroke (its editing code writes it
        // before the `input` event): the clock starts at the event.
        input.value = q.slice(0, i);
        const t = performance.now();
        fireInput(input);
        await nextTask();
        lat.push(performance.now() - t);
        cancelAnimationFrame(raf);
        framed.push(frame);
      }
    }
    return { lat, framed };
  };
  const paced = await run(true);
  const backToBack = await run(false);
  return { firstMs, paced, backToBack };
}

export async function benchTyping(browser, srv, log = console.log) {
  const cases = qualityCases();
  const out = {};
  for (const lang of ['en', 'fr']) {
    const queries = cases.filter((c) => (lang === 'fr') === (c.lang === 'fr') && /\p{L}/u.test(c.query)).slice(0, QUERIES).map((c) => c.query);
    const summary = ({ lat, framed }) => {
      const noFrame = lat.filter((_, i) => !framed[i]);
      return {
        keystrokes: lat.length, p50: quantile(lat, 0.5), p95: quantile(lat, 0.95), max: Math.max(...lat),
        framed: framed.filter(Boolean).length, p95NoFrame: noFrame.length ? quantile(noFrame, 0.95) : null,
      };
    };
    // Each run is a fresh page (a reader's first queries, with the browser's code not yet
    // optimised); the keystrokes of every run are pooled, as one run's p95 (its 30th slowest
    // keystroke) moves by a few tenths of a millisecond from run to run on this machine.
    const runs = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const { context, page } = await coldPage(browser);
        try {
          await page.goto(`${srv.site.origin}/search-typing-${lang}.html`);
          runs.push(await page.evaluate(inPage, queries));
        } finally {
          await context.close();
        }
      }
      const pool = (key) => ({ lat: runs.flatMap((r) => r[key].lat), framed: runs.flatMap((r) => r[key].framed) });
      const paced = summary(pool('paced'));
      const backToBack = summary(pool('backToBack'));
      const runP95 = runs.map((r) => quantile(r.paced.lat, 0.95));
      const firstMs = quantile(runs.map((r) => r.firstMs), 0.5);
      out[lang] = { ...paced, queries: queries.length, runs: RUNS, runP95, firstMs, backToBack };
      log(`[search] as-you-type in <noc-search> ${lang}: ${RUNS} page loads x ${queries.length} queries, ${paced.keystrokes} keystrokes, paced as typed: p50 ${paced.p50.toFixed(2)} ms, p95 ${paced.p95.toFixed(2)} ms (per load ${runP95.map((v) => v.toFixed(2)).join(', ')}; ${paced.framed} with a frame rendered); back to back: p50 ${backToBack.p50.toFixed(2)} ms, p95 ${backToBack.p95.toFixed(2)} ms (${backToBack.framed} with a frame rendered; p95 of the others ${backToBack.p95NoFrame?.toFixed(2)} ms); first letter (titles + index), median ${firstMs.toFixed(0)} ms`);
    } catch (e) {
      out[lang] = { error: String(e.message || e).split('\n')[0] };
      log(`[search] as-you-type ${lang}: FAILED ${out[lang].error}`);
    }
  }
  return out;
}
