// Keyboard only. First, inside <noc-widget>: Tab to the search box, type, pick a result with the arrow
// keys and Enter, see its card, Tab to "Check my eligibility", press Enter, land in the calculator, Tab
// to its first control; each stop must show a visible focus indicator (WCAG 2.4.7). Then every element
// walked with Tab alone in the states a reader reaches (a11y-states.mjs), at 1280 and 360 px: visual
// order, every control reached, focus visible, on screen and not covered; Enter opens the charts'
// tables, Escape closes the search's list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, servers } from './helpers.mjs';

const WALKS = {
  en: { query: 'electrician', code: '72200', check: 'Check my eligibility' },
  fr: { query: 'électricien', code: '72200', check: 'Vérifier mon admissibilité' },
};

let browser;
let srv;
before(async () => {
  browser = await launch();
  srv = await servers();
  for (const lang of Object.keys(WALKS)) {
    srv.page(`/walk-${lang}.html`, '<main><h1>Host page</h1><p><a href="#top">Skip</a></p><noc-widget></noc-widget></main>', { lang });
  }
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

/** Describes the focused element, through shadow roots: tag, role, text, whether focus is visible, region. */
function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return null;
    const style = getComputedStyle(a);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const region = a.closest('.nw-widget-search') ? 'search' : a.closest('.nw-widget-card') ? 'card'
      : a.closest('.nw-widget-calculator') ? 'calculator' : 'other';
    return { tag: a.localName, role: a.getAttribute('role'), text: (a.textContent || a.value || '').trim().slice(0, 80), visible, region,
      isCalculatorSection: a.classList.contains('nw-widget-calculator') };
  });
}

/** Presses Tab (at most `max` times) until `want(focused)` holds; returns the stops visited. */
async function tabUntil(page, want, max) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    stops.push(f);
    if (f && want(f)) return { found: f, stops };
  }
  return { found: null, stops };
}

const brief = (stops) => stops.map((s) => (s ? `${s.region}:${s.tag}${s.role ? `[${s.role}]` : ''} "${s.text.slice(0, 30)}"` : 'none')).join(' → ');

for (const [lang, walk] of Object.entries(WALKS)) {
  test(`keyboard walk in <noc-widget> (${lang}): search → card → calculator`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${srv.blog.origin}/walk-${lang}.html`);
    await page.waitForFunction(() => {
      const root = document.querySelector('noc-widget').shadowRoot?.querySelector('.noc-root');
      return root && !root.hidden && root.querySelector('input[role="combobox"]');
    }, null, { timeout: 20000 });

    // 1. Tab into the search box.
    const toSearch = await tabUntil(page, (f) => f.role === 'combobox', 10);
    assert.ok(toSearch.found, `Tab never reached the search box: ${brief(toSearch.stops)}`);
    assert.ok(toSearch.found.visible, 'the search box shows no focus indicator');

    // 2. Type, arrow down to the first result, Enter.
    await page.keyboard.type(walk.query, { delay: 20 });
    await page.waitForFunction(() => {
      const root = document.querySelector('noc-widget').shadowRoot;
      const list = root.querySelector('[role="listbox"]');
      return list && !list.hidden && list.querySelector('[role="option"]');
    }, null, { timeout: 20000 });
    await page.keyboard.press('ArrowDown');
    const active = await page.evaluate(() => {
      const root = document.querySelector('noc-widget').shadowRoot;
      const input = root.querySelector('input[role="combobox"]');
      const id = input.getAttribute('aria-activedescendant');
      return id && root.getElementById(id)?.textContent;
    });
    assert.ok(active, 'ArrowDown did not highlight a result (aria-activedescendant)');
    assert.match(active, new RegExp(walk.code), `first result is not ${walk.code}: ${active}`);
    await page.keyboard.press('Enter');

    // 3. The card of the chosen occupation is shown.
    await page.waitForFunction((code) => {
      const card = document.querySelector('noc-widget').shadowRoot.querySelector('.nw-widget-card');
      return card && card.textContent.includes(code);
    }, walk.code, { timeout: 20000 });

    // 4. Tab to "Check my eligibility" and press Enter: focus moves to the calculator.
    const toCheck = await tabUntil(page, (f) => f.region === 'card' && f.text.includes(walk.check), 120);
    assert.ok(toCheck.found, `Tab never reached "${walk.check}": ${brief(toCheck.stops.slice(-15))}`);
    assert.ok(toCheck.found.visible, `"${walk.check}" shows no focus indicator`);
    const invisible = toCheck.stops.filter((s) => s && !s.visible);
    assert.deepEqual(invisible.map((s) => `${s.region}:${s.tag} "${s.text.slice(0, 30)}"`), [], 'focus stops without a visible indicator');
    await page.keyboard.press('Enter');
    const landed = await focused(page);
    assert.ok(landed && landed.region === 'calculator', `after Enter focus is not in the calculator: ${JSON.stringify(landed)}`);

    // 5. The calculator got the occupation, and Tab reaches its first control.
    await page.waitForFunction((code) => {
      const calc = document.querySelector('noc-widget').shadowRoot.querySelector('.nw-widget-calculator');
      return calc && (calc.textContent.includes(code) || [...calc.querySelectorAll('input')].some((i) => i.value.trim() === code));
    }, walk.code, { timeout: 10000 });
    const toControl = await tabUntil(page, (f) => f.region === 'calculator' && ['input', 'select', 'button', 'textarea', 'a'].includes(f.tag), 5);
    assert.ok(toControl.found, `Tab from the calculator found no control: ${brief(toControl.stops)}`);
    assert.ok(toControl.found.visible, 'the first calculator control shows no focus indicator');
    assert.deepEqual(errors, [], 'uncaught errors on the page');
    await context.close();
  });
}

// ---------------------------------------------------------------------------------------------------
// Every element walked with Tab alone, in the states a reader reaches (a11y-states.mjs), at a wide and
// a phone width: the stops follow the visual order (top to bottom, left to right within a row, a new
// column only to the right), every control inside is reached, each stop shows a focus indicator, is
// on screen and is not covered (what is painted at its centre is the control itself: no sticky part
// hides it); then each element's own keys: Enter opens the charts' tables and disclosures, Escape
// closes the search's list, arrow keys and Enter choose.
import { ELEMENTS, hostBody, describeFocus, waitCount, WORDS, frames } from './a11y-states.mjs';

const WALKED = {
  'noc-card': ['first', 'exclusion-followed'],
  'ee-calculator': ['empty', 'occupation'],
  'noc-search': ['results', 'duties', 'compare-three'],
  'noc-widget': ['first', 'occupation-chosen'],
};

/** The walk's host page: a link before the element, the element, a link after it. */
function walkPage(tag, lang) {
  return srv.page(`/walk-${tag}-${lang}.html`, `<p><a href="#before" id="before">Before</a></p>${hostBody(tag)}<p><a href="#after" id="after">After</a></p>`, { lang });
}

/** Tabs from the link before the element to the link after it; every stop in between, described. */
async function tabThrough(page, max = 400) {
  await page.locator('#before').focus();
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await describeFocus(page);
    if (!f || f.id === 'after' || (!f.host && f.tag !== 'a')) break;
    if (f.host) stops.push(f);
  }
  return stops;
}

/** Controls inside `tag` a keyboard user must be able to reach (shown, enabled, not taken out of the order). */
function reachable(page, tag) {
  return page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot;
    return [...root.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert]'))
      .filter((e) => !e.closest('details:not([open])') || e.localName === 'summary')
      .map((e) => `${e.localName}${e.id ? `#${e.id}` : ''}|${(e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 60)}`);
  }, tag);
}

const label = (s) => `${s.tag}${s.id ? `#${s.id}` : ''} "${s.text.slice(0, 40)}"`;

/** Stops that go against the visual order: above the previous stop without starting a column to its right. */
function outOfOrder(stops) {
  const out = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1].box;
    const b = stops[i].box;
    const above = b.y + b.h <= a.y + 2;
    const sameRow = !above && b.y < a.y + a.h && a.y < b.y + b.h;
    const newColumn = b.x >= a.x + a.w - 2;
    if ((above && !newColumn) || (sameRow && b.x + b.w <= a.x + 2 && b.y < a.y - 2)) out.push(`${label(stops[i - 1])} → ${label(stops[i])}`);
  }
  return out;
}

for (const [tag, states] of Object.entries(WALKED)) {
  for (const lang of ['en', 'fr']) {
    test(`Tab alone through <${tag}> (${lang}, ${states.join(' then ')}): order, reach, visible and uncovered focus`, async () => {
      const widths = lang === 'en' ? [1280, 360] : [360];
      const context = await browser.newContext({ viewport: { width: widths[0], height: 800 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(walkPage(tag, lang));
      await page.locator(tag).scrollIntoViewIfNeeded();
      await ELEMENTS[tag].ready(page);
      const problems = [];
      const last = Math.max(...states.map((n) => ELEMENTS[tag].states.findIndex((st) => st.name === n)));
      for (const state of ELEMENTS[tag].states.slice(0, last + 1)) {
        await state.enter(page, lang);
        if (!states.includes(state.name)) continue;
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          await frames(page);
          const where = `${state.name} ${width}px`;
          const stops = await tabThrough(page);
          const want = await reachable(page, tag);
          if (stops.length < 3) { problems.push(`${where}: Tab stopped only ${stops.length} times in the element`); continue; }
          // A control with an id is known by it (ids are unique in a shadow root; a select's text is all its
          // options, which the two sides shorten differently); one without is known by its text.
          const key = (w) => (w.split('|')[0].includes('#') ? w.split('|')[0] : w);
          const got = new Set(stops.map((s) => key(`${s.tag}${s.id ? `#${s.id}` : ''}|${s.text}`)));
          const missed = want.filter((w) => !got.has(key(w)));
          if (missed.length) problems.push(`${where}: controls Tab never reached: ${missed.slice(0, 6).join('; ')}`);
          for (const s of stops) {
            if (!s.visible) problems.push(`${where}: no visible focus on ${label(s)}`);
            if (!s.inView) problems.push(`${where}: ${label(s)} focused off screen`);
            else if (!s.onTop) problems.push(`${where}: ${label(s)} is covered by ${s.hit} when focused`);
          }
          for (const o of outOfOrder(stops)) problems.push(`${where}: Tab order goes back up: ${o}`);
        }
        await page.setViewportSize({ width: widths[0], height: 800 });
      }
      await context.close();
      if (problems.length) console.log(`# ${problems.slice(0, 40).join('\n# ')}`);
      assert.deepEqual(errors, [], 'uncaught errors on the page');
      assert.deepEqual(problems.slice(0, 40), [], `keyboard problems in <${tag}> (${lang})`);
    });
  }
}

test('keys that open and close: charts\' tables and disclosures open with Enter, the search list closes with Escape', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(walkPage('ee-calculator', 'en'));
  await page.locator('ee-calculator').scrollIntoViewIfNeeded();
  await ELEMENTS['ee-calculator'].ready(page);
  const [empty, occupation] = ELEMENTS['ee-calculator'].states;
  await empty.enter(page, 'en');
  await occupation.enter(page, 'en');
  // Each chart's table: reached by Tab, opened by Enter, its table shown.
  const stops = await tabThrough(page);
  const summaries = await page.evaluate(() => [...document.querySelector('ee-calculator').shadowRoot.querySelectorAll('details > summary')]
    .map((s) => s.textContent.trim()));
  assert.ok(summaries.length >= 1, 'the calculator offers its charts\' data as tables');
  for (const text of summaries) {
    assert.ok(stops.some((s) => s.tag === 'summary' && s.text === text), `Tab never reached "${text}"`);
    await page.locator('#before').focus();
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const f = await describeFocus(page);
      if (f?.tag === 'summary' && f.text === text) break;
    }
    await page.keyboard.press('Enter');
    const shown = await page.evaluate((t) => {
      const s = [...document.querySelector('ee-calculator').shadowRoot.querySelectorAll('details > summary')].find((x) => x.textContent.trim() === t);
      const table = s.parentElement.querySelector('table');
      return s.parentElement.open && !!table && table.getClientRects().length > 0;
    }, text);
    assert.ok(shown, `Enter on "${text}" did not show its table`);
  }
  // The pool and rounds scroll regions are in the order too (a table that scrolls can be scrolled by keys).
  const regions = await page.evaluate(() => [...document.querySelector('ee-calculator').shadowRoot.querySelectorAll('[role="region"]')].map((r) => r.getAttribute('aria-label')));
  const again = await tabThrough(page);
  assert.ok(regions.length >= 1, 'the rounds table sits in a named scroll region');
  for (const r of regions) assert.ok(again.some((s) => s.role === 'region' && s.text === r), `scroll region "${r}" is not a Tab stop`);
  await context.close();

  // Escape closes the search's list and leaves the reader in the box with what they typed.
  const ctx2 = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const p2 = await ctx2.newPage();
  await p2.goto(walkPage('noc-search', 'fr'));
  await ELEMENTS['noc-search'].ready(p2);
  await p2.locator('#before').focus();
  for (let i = 0; i < 10; i++) {
    await p2.keyboard.press('Tab');
    if ((await describeFocus(p2))?.role === 'combobox') break;
  }
  await p2.keyboard.type(WORDS.fr.query);
  await waitCount(p2, 'noc-search', '[role="option"]');
  await p2.keyboard.press('ArrowDown');
  const expanded = () => p2.evaluate(() => document.querySelector('noc-search').shadowRoot.querySelector('[role="combobox"]').getAttribute('aria-expanded'));
  assert.equal(await expanded(), 'true');
  await p2.keyboard.press('Escape');
  assert.equal(await expanded(), 'false', 'Escape did not close the list');
  const f = await describeFocus(p2);
  assert.equal(f?.role, 'combobox', 'Escape moved focus out of the search box');
  assert.equal(await p2.evaluate(() => document.querySelector('noc-search').shadowRoot.querySelector('[role="combobox"]').value), WORDS.fr.query);
  await ctx2.close();
});
