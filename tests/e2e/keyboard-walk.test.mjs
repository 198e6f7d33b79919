// Keyboard only, inside <noc-widget>: Tab to the search box, type, pick a result with the arrow keys
// and Enter, see its card, Tab to "Check my eligibility", press Enter, land in the calculator, Tab to
// its first control. No mouse at any step; each stop must show a visible focus indicator (WCAG 2.4.7).
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
