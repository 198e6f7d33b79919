// The states a reader reaches in each element, driven the way a reader gets there (typing, choosing,
// pressing buttons and opening disclosures on the real dist/ build), for the accessibility audit
// (a11y.test.mjs: axe matrix, accessibility tree, reflow, text spacing, motion, forced colours) and
// the keyboard walks (keyboard-walk.test.mjs). One page per element and language: every state
// follows from the one before it, so nothing is reloaded between states; each step waits for the
// fact it needs (an element shown, a value taken), never for a fixed time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The words and inputs each language's walk uses (queries a reader would type). */
export const WORDS = {
  en: { query: 'electrician', code: '72200', noMatch: 'elektrishan', duties: 'install and repair electrical wiring in buildings', scenario: 'Today' },
  fr: { query: 'électricien', code: '72200', noMatch: 'elektrishien', duties: 'installer et réparer le câblage électrique des bâtiments', scenario: 'Aujourd’hui' },
};

const TIMEOUT = 20000;

/** Resolves after the browser has laid out and painted twice (a viewport or media change is applied). */
export function frames(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Waits until `tag`'s shadow root holds the app run by the WebAssembly, optionally showing `needle`. */
export async function waitLive(page, tag, needle) {
  await page.waitForFunction(([t, n]) => {
    const root = document.querySelector(t)?.shadowRoot?.querySelector('.noc-root[data-live]');
    if (!root || root.hidden || !root.children.length) return false;
    return n ? root.textContent.includes(n) : root.textContent.trim().length > 0;
  }, [tag, needle], { timeout: TIMEOUT });
}

/** Waits until `selector` matches at least `count` elements inside `tag`'s shadow root. */
export function waitCount(page, tag, selector, count = 1) {
  return page.waitForFunction(([t, s, c]) => {
    const root = document.querySelector(t)?.shadowRoot;
    return root && root.querySelectorAll(s).length >= c;
  }, [tag, selector, count], { timeout: TIMEOUT });
}

/** Waits until nothing inside `tag` says it is loading. */
export function waitSettled(page, tag) {
  return page.waitForFunction((t) => {
    const root = document.querySelector(t)?.shadowRoot?.querySelector('.noc-root');
    return root && !root.querySelector('.nw-loading, [aria-busy="true"]');
  }, tag, { timeout: TIMEOUT });
}

/** Clicks every closed `<summary>` matching `selector` in `tag` and waits until all are open. */
export async function openAll(page, tag, selector) {
  const summaries = page.locator(`${tag} ${selector}`);
  const n = await summaries.count();
  for (let i = 0; i < n; i++) {
    const s = summaries.nth(i);
    if (!(await s.evaluate((el) => el.parentElement.open))) await s.click();
  }
  await page.waitForFunction(([t, sel]) => [...document.querySelector(t).shadowRoot.querySelectorAll(sel)]
    .every((s) => s.parentElement.open), [tag, selector], { timeout: TIMEOUT });
  return n;
}

/** Replaces a text field's value the way typing does (input events), by the field's id. */
async function typeInto(page, tag, id, value) {
  const input = page.locator(`${tag} #${id}`);
  await input.fill(value);
}

/** The calculator's CRS total as shown. */
const total = (page, tag) => page.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('.ee-total')?.textContent, tag);

/** Waits until the calculator's live region has announced the score shown (it speaks once typing pauses). */
export function announced(page, tag) {
  return page.waitForFunction((t) => {
    const root = document.querySelector(t).shadowRoot;
    const live = root.querySelector('.ee-live')?.textContent || '';
    const shown = root.querySelector('.ee-total')?.textContent;
    return shown && live.endsWith(shown);
  }, tag, { timeout: TIMEOUT });
}

/** The calculator states, in order; `tag` is the element the calculator lives in (it may be a widget). */
function calculatorStates(tag) {
  return [
    { name: 'empty', main: true, enter: async (page) => { await waitCount(page, tag, '.ee-total'); await waitSettled(page, tag); await announced(page, tag); } },
    {
      name: 'occupation', main: true,
      enter: async (page) => {
        await typeInto(page, tag, 'ee-noc', '22220');
        await waitCount(page, tag, '.ee-draws-table');
        await waitSettled(page, tag);
        await announced(page, tag);
      },
    },
    {
      name: 'spouse-second-language',
      enter: async (page) => {
        await page.locator(`${tag} #ee-spouse-has`).selectOption('true');
        await waitCount(page, tag, '#ee-spouse-first_language-test');
        await page.locator(`${tag} #ee-second_language-test`).selectOption('nclc');
        for (const a of ['speaking', 'listening', 'reading', 'writing']) await typeInto(page, tag, `ee-second_language-${a}`, '7');
        await page.locator(`${tag} #ee-spouse-first_language-test`).selectOption('clb');
        for (const a of ['speaking', 'listening', 'reading', 'writing']) await typeInto(page, tag, `ee-spouse-first_language-${a}`, '8');
        await waitCount(page, tag, '.ee-estimate');
        await announced(page, tag);
      },
    },
    {
      name: 'field-errors', main: true,
      enter: async (page) => {
        await typeInto(page, tag, 'ee-age', 'abc');
        await typeInto(page, tag, 'ee-canadian_work_years', '99');
        await waitCount(page, tag, '.ee-error', 2);
      },
    },
    {
      name: 'suggestion-applied',
      enter: async (page) => {
        await typeInto(page, tag, 'ee-age', '31');
        await typeInto(page, tag, 'ee-canadian_work_years', '1');
        await page.waitForFunction((t) => !document.querySelector(t).shadowRoot.querySelector('.ee-error, .ee-pending'), tag, { timeout: TIMEOUT });
        await waitCount(page, tag, '.ee-apply');
        const before = await total(page, tag);
        await page.locator(`${tag} .ee-apply`).first().click();
        await page.waitForFunction(([t, b]) => document.querySelector(t).shadowRoot.querySelector('.ee-total')?.textContent !== b, [tag, before], { timeout: TIMEOUT });
        await announced(page, tag);
      },
    },
    {
      name: 'chart-tables-open', main: true,
      enter: async (page) => {
        await waitCount(page, tag, '.ee-chart-table > summary');
        await openAll(page, tag, 'details > summary');
      },
    },
    {
      name: 'saved-scenario',
      enter: async (page, lang) => {
        await typeInto(page, tag, 'ee-scenario-name', WORDS[lang].scenario);
        await page.locator(`${tag} .ee-keep-button`).click();
        await waitCount(page, tag, '.ee-scenario-table');
      },
    },
  ];
}

/** Types `query` into the element's title combobox and waits for options or the no-match message. */
async function search(page, tag, query, expect = '[role="option"]') {
  const box = page.locator(`${tag} input[role="combobox"]`).first();
  await box.fill(query);
  await waitCount(page, tag, expect);
}

export const ELEMENTS = {
  'ee-calculator': {
    html: () => '<ee-calculator></ee-calculator>',
    ready: async (page) => { await waitLive(page, 'ee-calculator'); },
    states: calculatorStates('ee-calculator'),
  },
  'noc-card': {
    html: () => '<noc-card code="22220"></noc-card>',
    ready: async (page) => { await waitLive(page, 'noc-card', '22220'); await waitSettled(page, 'noc-card'); },
    states: [
      { name: 'first', main: true, enter: async () => {} },
      {
        name: 'disclosures-open', main: true,
        enter: async (page) => {
          await openAll(page, 'noc-card', 'details > summary');
          // A province picked in the wage chart: its row stands out (by more than colour).
          await page.locator('noc-card .nw-wage-pick select').selectOption({ index: 1 });
          await waitCount(page, 'noc-card', '.nw-wage-you');
        },
      },
      {
        name: 'exclusion-followed', main: true,
        enter: async (page) => {
          await page.locator('noc-card .nw-exclusion-link').first().click();
          await waitCount(page, 'noc-card', '.nw-back');
          await waitSettled(page, 'noc-card');
          await openAll(page, 'noc-card', 'details > summary');
        },
      },
      {
        // The routes section filtered to one territory from the keyboard (Yukon: its own streams and
        // the federal pilots that reach it, data/routes/yt-*.toml), so axe sees the filtered lists.
        // The last state a keyboard walk visits, so the walks (which enter the states before the ones
        // they walk) never pass it.
        name: 'routes-filtered',
        enter: async (page) => {
          const select = page.locator('noc-card select[id^="nw-routes-pick"]');
          await select.focus();
          const steps = await select.evaluate((s) => [...s.options].findIndex((o) => o.value === 'YT') - s.selectedIndex);
          for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
          await page.waitForFunction(() => {
            const ids = [...document.querySelector('noc-card').shadowRoot.querySelectorAll('.nw-routes [data-route]')]
              .map((li) => li.dataset.route);
            return ids.some((id) => id.startsWith('yt-')) && ids.every((id) => id.startsWith('yt-') || id.startsWith('fed-'));
          }, null, { timeout: TIMEOUT });
        },
      },
      {
        // Issue 25: a similar occupation opened in place from the "Similar skills" section of the card
        // shown (its own skills profile, table open, and similar occupations), with the way back.
        name: 'similar-followed',
        enter: async (page) => {
          const link = page.locator('noc-card .nw-similar-link').first();
          const code = await link.getAttribute('data-code');
          await link.click();
          await page.waitForFunction((c) => document.querySelector('noc-card').shadowRoot
            .getElementById(`noc-card-title-${c}`), code, { timeout: TIMEOUT });
          await waitSettled(page, 'noc-card');
          await openAll(page, 'noc-card', 'details > summary');
        },
      },
    ],
  },
  'noc-search': {
    html: () => '<noc-search></noc-search>',
    ready: async (page) => { await waitLive(page, 'noc-search'); },
    states: [
      { name: 'results', main: true, enter: async (page, lang) => { await search(page, 'noc-search', WORDS[lang].query); } },
      {
        name: 'chosen',
        enter: async (page) => {
          const box = page.locator('noc-search input[role="combobox"]');
          await box.press('ArrowDown');
          await box.press('Enter');
          await waitCount(page, 'noc-search', '.nw-search-card .noc-card h2');
          await waitSettled(page, 'noc-search');
        },
      },
      { name: 'no-match', main: true, enter: async (page, lang) => { await search(page, 'noc-search', WORDS[lang].noMatch, '.nw-no-results .nw-suggestion'); } },
      {
        name: 'duties', main: true,
        enter: async (page, lang) => {
          await page.locator('noc-search .nw-mode').nth(1).click();
          await page.locator('noc-search .nw-duty-form textarea').fill(WORDS[lang].duties);
          await page.locator('noc-search .nw-duty-form button[type="submit"]').click();
          await waitCount(page, 'noc-search', '.nw-duty-result', 3);
        },
      },
      {
        name: 'compare-three', main: true,
        enter: async (page) => {
          const add = page.locator('noc-search .nw-duty-result .nw-duty-actions button[aria-pressed]');
          for (let i = 0; i < 3; i++) {
            await add.nth(i).click();
            await page.waitForFunction((n) => document.querySelector('noc-search').shadowRoot
              .querySelectorAll('.nw-duty-actions button[aria-pressed="true"]').length === n, i + 1, { timeout: TIMEOUT });
          }
          await page.locator('noc-search .nw-compare-ready button').click();
          await waitCount(page, 'noc-search', '.nw-compare-col', 3);
          await waitSettled(page, 'noc-search');
        },
      },
    ],
  },
  'noc-widget': {
    html: () => '<noc-widget></noc-widget>',
    ready: async (page) => { await waitLive(page, 'noc-widget'); },
    states: [
      { name: 'first', enter: async () => {} },
      {
        name: 'occupation-chosen', main: true,
        enter: async (page, lang) => {
          await search(page, 'noc-widget', WORDS[lang].query);
          const box = page.locator('noc-widget input[role="combobox"]');
          await box.press('ArrowDown');
          await box.press('Enter');
          await waitCount(page, 'noc-widget', '.nw-widget-card .noc-card h2');
          await waitSettled(page, 'noc-widget');
        },
      },
      {
        name: 'handed-to-calculator', main: true,
        enter: async (page, lang) => {
          await page.locator('noc-widget .nw-widget-card .nw-check').click();
          await page.waitForFunction((code) => document.querySelector('noc-widget').shadowRoot.querySelector('#ee-noc')?.value === code,
            WORDS[lang].code, { timeout: TIMEOUT });
          await waitCount(page, 'noc-widget', '.ee-draws-table');
          await waitSettled(page, 'noc-widget');
        },
      },
    ],
  },
};

/** A host page holding one element: a heading, the element, nothing else that could be audited. */
export function hostBody(tag) {
  return `<main><h1>Host page</h1>${ELEMENTS[tag].html()}</main>`;
}

/** The focused element, through shadow roots, described for the keyboard and focus checks. */
export function describeFocus(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return null;
    const style = getComputedStyle(a);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A date field's focus sits on its inner parts (day, month, year): the field shows it with :focus-within.
    const visible = outline || style.boxShadow !== 'none';
    const r = a.getBoundingClientRect();
    // What is painted in the middle of the focused element's first line box (a link may wrap over
    // lines): itself, or something inside it, not a sticky part of the page.
    const root = a.getRootNode();
    const first = a.getClientRects()[0] || r;
    const cx = first.left + Math.min(first.width / 2, 20);
    const cy = first.top + first.height / 2;
    const hit = (root.elementFromPoint ? root.elementFromPoint(cx, cy) : document.elementFromPoint(cx, cy));
    const onTop = !!hit && (hit === a || a.contains(hit) || (a.localName === 'input' && hit === a) || (a.labels && [...a.labels].some((l) => l.contains(hit))));
    const host = root.host ? root.host.localName : null;
    return {
      tag: a.localName, id: a.id, role: a.getAttribute('role'), type: a.getAttribute('type'),
      text: (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().replace(/\s+/g, ' ').slice(0, 60),
      visible, outline, outlineColor: style.outlineColor,
      box: { x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY), w: Math.round(r.width), h: Math.round(r.height) },
      inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      onTop, hit: hit ? `${hit.localName}${hit.className && typeof hit.className === 'string' ? `.${hit.className.split(' ')[0]}` : ''}` : null,
      host,
    };
  });
}
