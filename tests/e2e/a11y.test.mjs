// Accessibility audit: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every element — <noc-card>,
// <noc-search> with its results open, <ee-calculator>, <noc-widget> — in English and French, light
// and dark, at 1280 px and 360 px wide. axe walks open shadow roots, so each element is audited with
// its rendered shadow content. Zero violations allowed; each failure lists rule id, impact and targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, servers } from './helpers.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const QUERY = { en: 'electrician', fr: 'électricien' };

const ELEMENTS = [
  { tag: 'noc-card', html: '<noc-card code="22220"></noc-card>', ready: '22220' },
  { tag: 'ee-calculator', html: '<ee-calculator></ee-calculator>', ready: null },
  { tag: 'noc-widget', html: '<noc-widget code="22220"></noc-widget>', ready: '22220' },
  { tag: 'noc-search', html: '<noc-search></noc-search>', ready: null, openResults: true },
];
const COMBOS = [];
for (const lang of ['en', 'fr']) for (const theme of ['light', 'dark']) for (const width of [1280, 360]) COMBOS.push({ lang, theme, width });

let browser;
let srv;
before(async () => {
  browser = await launch();
  srv = await servers();
  for (const { lang, theme } of COMBOS) {
    const body = ELEMENTS.map((e) => `<section aria-label="${e.tag}">${e.html.replace('>', ` theme="${theme}">`)}</section>`).join('\n');
    srv.page(`/a11y-${lang}-${theme}.html`, `<main><h1>Host page</h1>${body}</main>`, { lang });
  }
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

/** Waits until `tag`'s shadow root shows its rendered app (not the loader's placeholder). */
async function waitRendered(page, tag, needle) {
  await page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
  await page.waitForFunction(([t, n]) => {
    const host = document.querySelector(t);
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('.noc-root');
    if (!root || root.hidden || !root.children.length) return false;
    return n ? root.textContent.includes(n) : root.textContent.trim().length > 0;
  }, [tag, needle], { timeout: 20000 });
}

/** Types the query into the element's search box and waits for the result list to be shown. */
async function openResults(page, tag, query) {
  const input = page.locator(`${tag} input[role="combobox"]`).first();
  await input.click();
  await input.fill(query);
  await page.waitForFunction((t) => {
    const root = document.querySelector(t).shadowRoot;
    const list = root.querySelector('[role="listbox"]');
    return list && !list.hidden && list.querySelector('[role="option"]');
  }, tag, { timeout: 20000 });
}

function describe(violations) {
  return violations.map((v) => `  - ${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.slice(0, 6).map((n) => `      at ${JSON.stringify(n.target)}: ${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 240)}`).join('\n') +
    (v.nodes.length > 6 ? `\n      … and ${v.nodes.length - 6} more` : '')).join('\n');
}

for (const combo of COMBOS) {
  const { lang, theme, width } = combo;
  test(`axe: every element, ${lang}, ${theme}, ${width} px`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${srv.blog.origin}/a11y-${lang}-${theme}.html`);
    await page.addScriptTag({ content: AXE_SOURCE });
    const report = [];
    const missing = [];
    for (const el of ELEMENTS) {
      try {
        await waitRendered(page, el.tag, el.ready);
        if (el.openResults) await openResults(page, el.tag, QUERY[lang]);
      } catch (e) {
        missing.push(`${el.tag}: did not render (${String(e.message).split('\n')[0]})`);
        continue;
      }
      const violations = await page.evaluate(async ([tag, tags]) => {
        const result = await window.axe.run({ include: [tag] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return {
          applied: result.passes.length + result.violations.length,
          seesShadowText: result.passes.concat(result.violations).some((r) => r.id === 'color-contrast'),
          violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
        };
      }, [el.tag, WCAG_TAGS]).then((r) => {
        // Guards against a vacuous audit: axe must have checked the text inside the shadow root.
        if (!r.seesShadowText || r.applied < 5) missing.push(`${el.tag}: axe found nothing to check (${r.applied} rules applied)`);
        return r.violations;
      });
      if (violations.length) report.push(`<${el.tag}> ${lang} ${theme} ${width}px: ${violations.length} violation(s)\n${describe(violations)}`);
    }
    await context.close();
    if (report.length) console.log(`# ${report.join('\n# ')}`);
    assert.deepEqual(errors, [], 'uncaught errors on the page');
    assert.deepEqual(missing, [], 'elements that did not render (audited what exists; these were skipped)');
    assert.equal(report.length, 0, `axe violations:\n${report.join('\n')}`);
  });
}
