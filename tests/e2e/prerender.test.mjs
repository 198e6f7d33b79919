// The pre-rendered first paint (make dist → dist/prerender, yew's server renderer): shown at once with
// no WebAssembly, then taken over by the wasm (hydration) with no visible change — no layout shift,
// same nodes, focus kept, typed text kept and acted on — and the same text and structure as a render
// in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shareBrowser, guardedPage, strictCsp, waitForLive, runNoc, hold, brotliBytes, DIST } from './helpers.mjs';
import { readStamp } from '../../scripts/build-loader.mjs';

const shared = shareBrowser();

const ELEMENTS = [
  ['noc-card', 'code="22220"'],
  ['noc-card', 'code="31301"'],
  ['noc-search', ''],
  ['ee-calculator', ''],
  ['noc-widget', ''],
];

test('make dist wrote every first paint: 516 cards, search, calculator and widget in both languages', () => {
  for (const lang of ['en', 'fr']) {
    const names = readdirSync(join(DIST, 'prerender', lang));
    assert.equal(names.filter((n) => /^card-\d{5}\.html$/.test(n)).length, 516, lang);
    for (const n of ['search.html', 'calculator.html', 'widget.html']) assert.ok(names.includes(n), `${lang}/${n}`);
    for (const n of names) {
      const html = readFileSync(join(DIST, 'prerender', lang, n), 'utf8');
      assert.ok(!/<script|\sstyle=|\son[a-z]+=/i.test(html), `${lang}/${n}: no script, style or handler attribute`);
    }
  }
  const card = readFileSync(join(DIST, 'prerender', 'fr', 'card-22220.html'), 'utf8');
  assert.match(card, /Techniciens\/techniciennes de réseau informatique et Web/);
});

const holdWasm = (page) => hold(page, '**/*.wasm');

/** Every element's tag, attributes (but ids of yew's own) and text under the root, comments left out. */
function structureIn(page, tag) {
  return page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot.querySelector('.noc-root');
    const walk = (node) => {
      if (node.nodeType === 3) return node.data;
      if (node.nodeType !== 1) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
    };
    return [...root.childNodes].map(walk).join('');
  }, tag);
}

function boxes(page, tag) {
  return page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot.querySelector('.noc-root');
    return [...root.querySelectorAll('*')].slice(0, 400).map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.localName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    });
  }, tag);
}

const live = waitForLive;

const calculatorTotal = (page) => page.evaluate(() => document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-total').textContent);
const totalChangedFrom = (page, before) => page.waitForFunction(
  (t) => document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-total').textContent !== t, before);

/** Types `text` into the focused field in place of its last `n` characters, key by key as a reader does. */
async function retype(page, n, text) {
  for (let i = 0; i < n; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Two frames: layout shifts of what changed before are reported by then. */
const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const painted = (page, tag) => page.waitForFunction(
  (t) => document.querySelector(t)?.shadowRoot?.querySelector('.noc-root:not([hidden]) > *'), tag, { timeout: 15000 });

for (const lang of ['en', 'fr']) {
  for (const [tag, attrs] of ELEMENTS) {
    test(`<${tag} ${attrs}> (${lang}): first paint without wasm, takeover with layout shift 0 and the same DOM`, async () => {
      const { page, guard, context } = await guardedPage(shared.browser);
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const wasm = await holdWasm(page);
      const url = shared.srv.page(`/pr-${tag}-${lang}.html`, `<p>Before</p><${tag} ${attrs}></${tag}><p>After</p>`,
        { lang, csp: strictCsp(shared.srv.cdn.origin) });
      await page.goto(url);
      await painted(page, tag);
      await frames(page);
      // Shifts from the placeholder to the paint happen before; what counts here is the takeover.
      const shiftsAtPaint = await page.evaluate(() => window.__shifts.length);
      const before = await structureIn(page, tag);
      const boxesBefore = await boxes(page, tag);
      assert.ok(before.length > 500, 'the paint has content');
      // Node identity: a property (not an attribute) on every node of the paint survives the takeover.
      const marked = await page.evaluate((t) => {
        const nodes = [...document.querySelector(t).shadowRoot.querySelector('.noc-root').querySelectorAll('*')];
        nodes.forEach((n) => { n.__paintNode = true; });
        return nodes.length;
      }, tag);
      // The wasm is only asked for once the page is idle (or on interaction): let it come now.
      await page.waitForFunction(() => document.readyState === 'complete');
      wasm.release();
      await live(page, tag);
      await frames(page);
      const kept = await page.evaluate((t) => [...document.querySelector(t).shadowRoot.querySelector('.noc-root').querySelectorAll('*')]
        .filter((n) => n.__paintNode).length, tag);
      assert.equal(kept, marked, 'every node of the paint is still in place, the same object');
      const afterHydration = await structureIn(page, tag);
      assert.equal(afterHydration, before, 'hydration changed the DOM');
      assert.deepEqual(await boxes(page, tag), boxesBefore, 'something moved');
      const shifts = await page.evaluate((n) => window.__shifts.slice(n), shiftsAtPaint);
      assert.deepEqual(shifts, [], 'layout shifts at takeover');
      guard.check(assert);
      await context.close();
    });
  }
}

// The day make dist rendered the paints (the loader carries it).
const PAINT_DATE = readStamp(readFileSync(join(DIST, 'noc-widget.js'), 'utf8')).paintDate;

test('on a later day the calculator still shows its paint at once, then states the reader\'s day', async () => {
  const later = new Date(Date.parse(`${PAINT_DATE}T12:00:00Z`) + 40 * 86400000);
  const laterDay = later.toISOString().slice(0, 10);
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.clock.setFixedTime(later);
  const wasm = await holdWasm(page);
  await page.goto(shared.srv.page('/pr-later.html', '<ee-calculator></ee-calculator>'));
  await painted(page, 'ee-calculator');
  const printed = () => page.evaluate(() => document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-print-only').textContent);
  assert.match(await printed(), new RegExp(`Printed ${PAINT_DATE}`), 'the paint states the day it was rendered');
  await page.waitForFunction(() => document.readyState === 'complete');
  wasm.release();
  await live(page, 'ee-calculator');
  // Hydrated with the paint's day (no mismatch, no trap), then moved to the reader's.
  await page.waitForFunction((d) => document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-print-only').textContent.includes(`Printed ${d}`), laterDay, { timeout: 10000 });
  await page.locator('ee-calculator #ee-age').fill('29');
  // And it works on: an entry is scored.
  await page.waitForFunction(() => /\d/.test(document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-total')?.textContent || ''), null, { timeout: 10000 });
  guard.check(assert);
  await context.close();
});

test('a lone card shows with no WebAssembly requested until the page is idle', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  // The page notes the frame in which the card first has content: requests the browser began after it
  // (the idle prefetch, which a loaded machine can reach before the test reads the log) are not counted.
  await page.addInitScript(() => {
    const look = () => {
      if (document.querySelector('noc-card')?.shadowRoot?.querySelector('.noc-root:not([hidden]) > *')) {
        window.__paintedAt = performance.now();
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const wasm = await holdWasm(page);
  shared.srv.cdn.log.length = 0;
  await page.goto(shared.srv.page('/pr-lone.html', '<noc-card code="22220"></noc-card>'));
  await painted(page, 'noc-card');
  await page.waitForFunction(() => window.__paintedAt !== undefined);
  const title = await page.evaluate(() => document.querySelector('noc-card').shadowRoot.querySelector('h2').textContent);
  assert.equal(title, 'Computer network and web technicians');
  const begun = new Set(await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime <= window.__paintedAt).map((e) => new URL(e.name).pathname)));
  const before = shared.srv.cdn.log.filter((r) => begun.has(r.path));
  const shown = before.map((r) => r.path);
  assert.ok(!shown.some((p) => p.endsWith('.wasm')), `no wasm served before the card: ${shown.join(' ')}`);
  const bytes = brotliBytes(before);
  console.log(`# lone <noc-card> on screen from ${(bytes / 1024).toFixed(1)} KB brotli (${shown.join(', ')})`);
  assert.ok(bytes <= 30 * 1024, `${bytes} bytes (brotli) before the card is on screen, target 30 KB`);
  wasm.release();
  await live(page, 'noc-card');
  guard.check(assert);
  await context.close();
});

test('text typed into the pre-rendered calculator before takeover is kept, focused and scored', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  const wasm = await holdWasm(page);
  await page.goto(shared.srv.page('/pr-typing.html', '<ee-calculator></ee-calculator>'));
  await painted(page, 'ee-calculator');
  const total = () => calculatorTotal(page);
  const first = await total();
  const age = page.locator('ee-calculator').locator('#ee-age');
  await age.click();
  await age.press('End');
  await retype(page, 2, '45');
  assert.ok(wasm.asked(), 'focus inside the element asks for the wasm');
  wasm.release();
  await live(page, 'ee-calculator');
  await totalChangedFrom(page, first);
  assert.equal(await age.inputValue(), '45');
  const focused = await page.evaluate(() => document.querySelector('ee-calculator').shadowRoot.activeElement?.id);
  assert.equal(focused, 'ee-age', 'focus stays in the field');
  // Scored like the same entry typed into a calculator that was live from the start.
  await retype(page, 1, '5');
  const live45 = await total();
  await retype(page, 1, '6');
  await retype(page, 1, '5');
  assert.equal(await total(), live45);
  assert.notEqual(live45, first);
  guard.check(assert);
  await context.close();
});

// The takeover itself: the wasm is running and loads the data the paint shows; the reader goes on typing.
test('keys typed while the wasm takes over the calculator (its data still loading) are kept and scored', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  const wasm = await holdWasm(page);
  const rounds = await hold(page, '**/rounds.bin');
  await page.goto(shared.srv.page('/pr-typing-takeover.html', '<ee-calculator></ee-calculator>'));
  await painted(page, 'ee-calculator');
  const total = () => calculatorTotal(page);
  const first = await total();
  const age = page.locator('ee-calculator').locator('#ee-age');
  await age.click();
  wasm.release();
  await rounds.requested(); // the wasm runs and is loading the rounds its paint shows
  await age.press('End');
  await retype(page, 2, '45');
  const sibling = page.locator('ee-calculator').locator('#ee-sibling_in_canada');
  await sibling.check();
  rounds.release();
  await live(page, 'ee-calculator');
  assert.equal(await age.inputValue(), '45');
  assert.ok(await sibling.isChecked(), 'the checkbox ticked during takeover stays ticked');
  await totalChangedFrom(page, first);
  // The components know both entries: the same total as typing them again once live.
  const kept = await total();
  await age.focus();
  await age.press('End');
  await retype(page, 1, '6');
  await retype(page, 1, '5');
  assert.equal(await total(), kept);
  guard.check(assert);
  await context.close();
});

test('a province picked on the pre-rendered card while the card build takes over stays picked', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  const wasm = await holdWasm(page);
  const cardData = await hold(page, '**/en/cards-22220.bin');
  await page.goto(shared.srv.page('/pr-pick-takeover.html', '<noc-card code="22220"></noc-card>'));
  await painted(page, 'noc-card');
  const pick = page.locator('noc-card').getByLabel('Highlight a province');
  await pick.focus(); // asks for the wasm, which then loads the card's data
  wasm.release();
  await cardData.requested();
  await pick.selectOption({ label: 'Ontario' });
  cardData.release();
  await live(page, 'noc-card');
  assert.equal(await pick.evaluate((s) => s.selectedOptions[0].textContent), 'Ontario');
  // The component took the pick: the chart marks Ontario's row.
  await page.waitForFunction(() => document.querySelector('noc-card').shadowRoot.querySelector('.nw-wage-you')?.textContent.includes('Ontario'));
  guard.check(assert);
  await context.close();
});

test('a button pressed before takeover acts once the wasm runs', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  const wasm = await holdWasm(page);
  await page.goto(shared.srv.page('/pr-click.html', '<noc-search></noc-search>'));
  await painted(page, 'noc-search');
  await page.locator('noc-search').getByRole('button', { name: 'Compare' }).click();
  wasm.release();
  await live(page, 'noc-search');
  await page.waitForFunction(() => document.querySelector('noc-search').shadowRoot.querySelector('.nw-compare'));
  guard.check(assert);
  await context.close();
});

// Pre-rendered and in-browser renders of a sample of cards, both languages: same text, same structure.
const SAMPLE = ['00010', '11100', '21231', '22220', '31301', '41200', '52120', '63200', '72020', '85100', '93100'];
test('a sample of cards renders the same pre-rendered and in the browser (EN and FR)', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  // Without the pre-rendered files the loader renders in the browser.
  await page.route('**/prerender/**', (route) => route.fulfill({ status: 404, body: '' }));
  for (const lang of ['en', 'fr']) {
    const body = SAMPLE.map((c) => `<noc-card code="${c}"></noc-card>`).join('\n');
    await page.goto(shared.srv.page(`/pr-sample-${lang}.html`, body, { lang }));
    for (const code of SAMPLE) {
      const sel = `noc-card[code="${code}"]`;
      await page.locator(sel).scrollIntoViewIfNeeded();
      await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.noc-root:not([hidden]) h2'), sel, { timeout: 20000 });
      const browserSide = await structureIn(page, sel);
      const file = readFileSync(join(DIST, 'prerender', lang, `card-${code}.html`), 'utf8');
      const prerendered = await page.evaluate((html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        const walk = (node) => {
          if (node.nodeType === 3) return node.data;
          if (node.nodeType !== 1) return '';
          const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
          return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
        };
        return [...t.content.childNodes].map(walk).join('');
      }, file);
      assert.equal(prerendered, browserSide, `${lang} ${code}`);
    }
  }
  guard.check(assert);
  await context.close();
});

// `noc show CODE --html`: a paste-in block that needs no script, and that the loader adopts.

function nocHtml(code, lang, widgetUrl) {
  return runNoc(['show', code, '--html', '--lang', lang, '--widget-url', widgetUrl]);
}

test('noc show --html: the full card with JavaScript off, adopted by the loader without a second fetch', async () => {
  const block = nocHtml('22220', 'fr', `${shared.srv.cdn.origin}/`);
  // JavaScript off: the declarative shadow root alone shows the card, styled by noc-widget.css.
  const off = await shared.browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  const bare = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body>${block}</body></html>`;
  shared.srv.blog.pages['/pr-nojs.html'] = { body: bare, csp: strictCsp(shared.srv.cdn.origin) };
  await still.goto(`${shared.srv.blog.origin}/pr-nojs.html`);
  const seen = await still.evaluate(() => {
    const root = document.querySelector('noc-card').shadowRoot;
    const h2 = root.querySelector('h2');
    return { title: h2.textContent, styled: getComputedStyle(h2).fontSize, text: root.textContent.length };
  });
  assert.equal(seen.title, 'Techniciens/techniciennes de réseau informatique et Web');
  assert.ok(seen.text > 5000, 'the whole card');
  await off.close();
  // With the loader: adopted in place (no prerender fetch), then taken over by the wasm.
  const { page, guard, context } = await guardedPage(shared.browser);
  shared.srv.cdn.log.length = 0;
  await page.goto(shared.srv.page('/pr-adopt.html', block, { lang: 'fr', csp: strictCsp(shared.srv.cdn.origin) }));
  await live(page, 'noc-card');
  const roots = await page.evaluate(() => document.querySelector('noc-card').shadowRoot.querySelectorAll('.noc-root').length);
  assert.equal(roots, 1, 'the block\'s root is the one the wasm runs in');
  assert.ok(!shared.srv.cdn.log.some((r) => r.path.startsWith('/prerender/')), 'the card was not fetched again');
  await page.locator('noc-card').getByRole('button', { name: /(10022)/ }).click();
  await page.waitForFunction(() => document.querySelector('noc-card').shadowRoot.querySelector('h2')?.textContent.includes('publicité'));
  guard.check(assert);
  await context.close();
});
