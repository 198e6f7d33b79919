// Element lifecycle: lazy start, one wasm instance for many elements, attribute changes re-render,
// removal destroys, <div data-noc-…> fallbacks upgrade (also when added later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, guardedPage, waitForText, waitForLive, useTestLoader, waitForState } from './helpers.mjs';

const shared = shareBrowser();

// Counts WebAssembly compilations/instantiations the page performs.
function countInstantiations() {
  window.__wasmInstances = 0;
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__wasmInstances += 1;
      return original.apply(this, args);
    };
  }
}

// When the IntersectionObserver first reports (after the page's first frame).
function watchObserver() {
  const Native = window.IntersectionObserver;
  window.IntersectionObserver = class extends Native {
    constructor(callback, options) {
      super((entries, observer) => { window.__observerFirst ??= performance.now(); callback(entries, observer); }, options);
    }
  };
}

/**
 * Everything that could start an element has happened: the page has loaded, the loader's viewport
 * observer has reported, and the browser has been idle (when an armed element would take over).
 */
async function settled(page) {
  await page.waitForFunction(() => document.readyState === 'complete' && window.__observerFirst !== undefined);
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
}

async function open(path, body) {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.addInitScript(countInstantiations);
  await page.addInitScript(watchObserver);
  await useTestLoader(page);
  shared.srv.cdn.log.length = 0;
  await page.goto(shared.srv.page(path, body));
  return { page, guard, context };
}

test('nothing heavy loads until an element comes near the viewport', async () => {
  const { page, guard, context } = await open('/lazy.html',
    '<div style="height:6000px">long post</div><noc-card id="far" code="22220"></noc-card>');
  await settled(page);
  assert.equal(await page.evaluate(() => NocWidget.__state(document.querySelector('#far'))), 'placeholder');
  assert.equal(shared.srv.cdn.log.filter((r) => /\.wasm$|noc-widget-(app|card)\.js$|\/data\//.test(r.path)).length, 0,
    'no glue, wasm or data before the card is near the viewport');
  const placeholder = await page.evaluate(() => document.querySelector('#far').shadowRoot.querySelector('.noc-shell').textContent);
  assert.match(placeholder, /NOC 22220/);
  await page.evaluate(() => document.querySelector('#far').scrollIntoView());
  await waitForText(page, '#far', 'Computer network and web technicians');
  guard.check(assert);
  await context.close();
});

test('a card in view fetches its paint as soon as it is attached; one far below only when it nears the viewport', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.addInitScript(watchObserver);
  await useTestLoader(page);
  shared.srv.cdn.log.length = 0;
  await page.goto(shared.srv.page('/lazy-paint.html',
    '<noc-card id="near" code="21231"></noc-card><div style="height:6000px">long post</div><noc-card id="far" code="22220"></noc-card>'));
  await waitForText(page, '#near', 'Software engineers and designers');
  await settled(page);
  assert.equal(await page.evaluate(() => NocWidget.__state(document.querySelector('#far'))), 'placeholder');
  const paints = () => shared.srv.cdn.log.filter((r) => r.path.startsWith('/prerender/')).map((r) => r.path);
  assert.deepEqual(paints(), ['/prerender/en/card-21231.html'], 'only the card in view');
  const times = await page.evaluate(() => ({
    observer: window.__observerFirst,
    paint: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/prerender/en/card-21231.html')).startTime,
  }));
  assert.ok(times.paint < times.observer, `the paint was asked for at attach (${times.paint.toFixed(1)} ms), before the observer's first report (${times.observer.toFixed(1)} ms)`);
  await page.evaluate(() => document.querySelector('#far').scrollIntoView());
  await waitForText(page, '#far', 'Computer network and web technicians');
  assert.deepEqual(paints().sort(), ['/prerender/en/card-21231.html', '/prerender/en/card-22220.html']);
  guard.check(assert);
  await context.close();
});

test('twenty cards share one WebAssembly instance and one fetch per file', async () => {
  const codes = ['22220', '21231', '31301', '72410', '11100', '22220', '21231', '31301', '72410', '11100'];
  const body = [...codes, ...codes].map((c, i) => `<noc-card compact id="c${i}" code="${c}"></noc-card>`).join('');
  const { page, guard, context } = await open('/twenty.html', body);
  for (let i = 0; i < 20; i++) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), `c${i}`);
    await waitForText(page, `#c${i}`, codes[i % 10]);
  }
  assert.equal(await page.evaluate(() => window.__wasmInstances), 1, 'one instantiation');
  assert.equal(shared.srv.cdn.log.filter((r) => r.path.endsWith('.wasm')).length, 1, 'one wasm download');
  const data = shared.srv.cdn.log.filter((r) => r.path.startsWith('/data/')).map((r) => r.path);
  assert.equal(new Set(data).size, data.length, `each data file fetched once: ${data.join(', ')}`);
  guard.check(assert);
  await context.close();
});

test('attribute changes re-render; removal destroys; lang follows the page', async () => {
  const { page, guard, context } = await open('/attrs.html', '<noc-card id="a" code="22220"></noc-card>');
  await waitForText(page, '#a', 'Computer network and web technicians');
  await page.evaluate(() => document.getElementById('a').setAttribute('code', '21231'));
  await waitForText(page, '#a', 'Software engineers and designers');
  await page.evaluate(() => document.getElementById('a').setAttribute('lang', 'fr'));
  await waitForText(page, '#a', 'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel');
  await page.evaluate(() => document.getElementById('a').removeAttribute('lang'));
  await waitForText(page, '#a', 'Software engineers and designers');
  await page.evaluate(() => { document.documentElement.lang = 'fr'; });
  await waitForText(page, '#a', 'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel');
  await page.evaluate(() => document.getElementById('a').setAttribute('theme', 'dark'));
  const theme = await page.evaluate(() => document.getElementById('a').shadowRoot.querySelector('.noc-root').dataset.theme);
  assert.equal(theme, 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById('a').shadowRoot.querySelector('.noc-root')).backgroundColor);
  assert.equal(bg, 'rgb(22, 25, 29)', 'dark background');

  // Removing the element destroys its app; moving it keeps it.
  await page.evaluate(() => {
    const el = document.getElementById('a');
    document.body.appendChild(el); // a move: disconnected then connected in the same task
  });
  // The loader decides in a task queued at the disconnection; one queued after it runs after it.
  await page.evaluate(() => new Promise((done) => setTimeout(done)));
  assert.equal(await page.evaluate(() => NocWidget.__state(document.getElementById('a'))), 'live', 'a move keeps the app');
  assert.match(await page.evaluate(() => document.getElementById('a').shadowRoot.textContent), /Ingénieurs/);
  const root = await page.evaluate(() => {
    const el = document.getElementById('a');
    window.__removed = el;
    el.remove();
    return new Promise((ok) => setTimeout(() => ok(el.shadowRoot.querySelector('.noc-root'))));
  });
  assert.equal(root, null, 'the removed element no longer holds a mounted root');
  assert.equal(await page.evaluate(() => NocWidget.__state(window.__removed)), undefined, 'forgotten by the loader');
  guard.check(assert);
  await context.close();
});

test('<div data-noc-card> fallbacks upgrade, also when added later', async () => {
  const { page, guard, context } = await open('/divs.html', '<div id="d1" data-noc-card="22220"></div>');
  await waitForText(page, '#d1', 'Computer network and web technicians');
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'd2';
    div.setAttribute('data-noc-card', '21231');
    div.setAttribute('data-lang', 'fr');
    document.body.appendChild(div);
    div.scrollIntoView(); // Lazy: it starts only near the viewport.
  });
  await waitForText(page, '#d2', 'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel');
  await page.evaluate(() => {
    const d1 = document.getElementById('d1');
    d1.setAttribute('data-noc-card', '21231');
    d1.scrollIntoView();
  });
  await waitForText(page, '#d1', 'Software engineers and designers');
  guard.check(assert);
  await context.close();
});

const wasmPaths = () => shared.srv.cdn.log.filter((r) => r.path.endsWith('.wasm')).map((r) => r.path);

test('a page of cards gets the card-only build; a widget added later loads the full build beside it', async () => {
  const { page, guard, context } = await open('/cards-then-widget.html', '<noc-card id="c" code="22220"></noc-card>');
  await waitForText(page, '#c', 'Computer network and web technicians');
  await waitForLive(page, '#c'); // pre-rendered first, then the card-only build takes over
  assert.deepEqual(wasmPaths(), ['/noc-widget-card_bg.wasm']);
  await page.evaluate(() => {
    const w = document.createElement('noc-widget');
    w.id = 'w';
    w.setAttribute('code', '21231');
    document.body.appendChild(w);
    w.scrollIntoView();
  });
  await waitForText(page, '#w', 'Software engineers and designers');
  assert.deepEqual(wasmPaths(), ['/noc-widget-card_bg.wasm', '/noc-widget-app_bg.wasm'], 'each build once');
  // The card keeps working on its build; the full build's stylesheet stays in place.
  await page.evaluate(() => document.getElementById('c').setAttribute('code', '21231'));
  await waitForText(page, '#c', 'Software engineers and designers');
  // Both builds have run (a late card-build stylesheet would have replaced the full one by now).
  await waitForLive(page, '#w');
  const sheet = await page.evaluate(() => document.getElementById('c').shadowRoot.adoptedStyleSheets
    .flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
  assert.match(sheet, /\.noc-widget \{/, 'the widget styles are in the shared sheet');
  guard.check(assert);
  await context.close();
});

test('a card beside a widget uses the full build only (one WebAssembly download)', async () => {
  const { page, guard, context } = await open('/card-and-widget.html',
    '<noc-card id="c" code="22220"></noc-card><noc-widget id="w" code="21231"></noc-widget>');
  await waitForText(page, '#c', 'Computer network and web technicians');
  await waitForText(page, '#w', 'Software engineers and designers');
  assert.deepEqual(wasmPaths(), ['/noc-widget-app_bg.wasm']);
  assert.equal(await page.evaluate(() => window.__wasmInstances), 1, 'one instantiation');
  guard.check(assert);
  await context.close();
});

test('<noc-widget> follows a change of its code attribute', async () => {
  const { page, guard, context } = await open('/widget-attr.html', '<noc-widget id="w" code="22220"></noc-widget>');
  await waitForText(page, '#w', 'Computer network and web technicians');
  await page.evaluate(() => document.getElementById('w').setAttribute('code', '21231'));
  await waitForText(page, '#w', 'Software engineers and designers');
  guard.check(assert);
  await context.close();
});
