// Accessibility in every state a reader reaches (issue 27). For each element and language, one page
// walks the states of a11y-states.mjs in order (no reload between states); in each state:
//   * axe-core, WCAG 2.0/2.1/2.2 A and AA AND best-practice rules, inside the element's shadow root,
//     at 1280, 360 and 320 px, in a light, dark or forced-colours theme (viewport and media changed in
//     place). By default the themes rotate over the states as a Latin square: state i is audited at
//     width w in theme (i + w) mod 3, so every state is seen at every width and in every theme, and
//     every width × theme pair in every element and language; A11Y_FULL=1 audits all nine pairs in
//     every state (about three times longer). Zero violations, except a reviewed entry of
//     a11y-exceptions.json (rule, element, node, reason); an entry no longer needed fails the run;
//   * no two landmarks share a name (any role), read from the accessibility tree;
//   * the accessibility tree of the main states (roles, names, states, the live region's words)
//     equals the committed snapshot in a11y-snapshots/ (its README); `A11Y_UPDATE=1` rewrites them;
//   * reflow at 320 px: nothing scrolls or sticks out sideways except data tables in their own named,
//     focusable scroll region;
//   * text spacing (WCAG 1.4.12) put into the shadow root at 360 and 320 px: nothing clipped, no
//     sideways scroll;
//   * prefers-reduced-motion: no animation or transition runs;
//   * forced colours: chart series differ by dash pattern or marker shape (not colour alone), the
//     reader's marks by more than colour; chart marks, control borders and the focus ring visible.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, servers, ROOT } from './helpers.mjs';
import { AXE_SOURCE, ELEMENTS, hostBody, frames } from './a11y-states.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const WIDTHS = [1280, 360, 320];
const THEMES = {
  light: { colorScheme: 'light', forcedColors: 'none' },
  dark: { colorScheme: 'dark', forcedColors: 'none' },
  forced: { colorScheme: 'light', forcedColors: 'active' },
};
const SNAPSHOTS = join(ROOT, 'tests', 'e2e', 'a11y-snapshots');
const UPDATE = process.env.A11Y_UPDATE === '1';
const FULL = process.env.A11Y_FULL === '1';
const EXCEPTIONS = JSON.parse(readFileSync(join(ROOT, 'tests', 'e2e', 'a11y-exceptions.json'), 'utf8')).exceptions;
// A fixed clock: the calculator's dates (newer rounds may exist, what changes on its own) and so its
// accessibility tree do not change with the day the tests run.
const NOW = new Date('2026-12-01T12:00:00Z');
const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

let browser;
let srv;
const used = new Set();
// What the forced-colours checks found to check (so they cannot pass on a page without charts).
const charts = { series: 0, pool: 0, wages: 0, picked: 0 };
let walked = 0;
const stats = { runs: 0, start: Date.now(), ms: { states: 0, axe: 0, tree: 0, other: 0 } };
/** Runs `f`, adding its time to `stats.ms[phase]` (the summary line says where the minutes go). */
async function timed(phase, f) {
  const t0 = Date.now();
  try { return await f(); } finally { stats.ms[phase] += Date.now() - t0; }
}

before(async () => {
  browser = await launch();
  srv = await servers();
  for (const tag of Object.keys(ELEMENTS)) for (const lang of ['en', 'fr']) srv.page(`/a11y-${tag}-${lang}.html`, hostBody(tag), { lang });
  if (UPDATE) mkdirSync(SNAPSHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await srv?.close();
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`# a11y matrix: ${stats.runs} axe runs in ${s(Date.now() - stats.start)} (states ${s(stats.ms.states)}, axe ${s(stats.ms.axe)}, ` +
    `trees ${s(stats.ms.tree)}, reflow/spacing/motion/forced ${s(stats.ms.other)})`);
});

/** axe on `tag` (its shadow content included); violations as plain data. */
function axe(page, tag, preload) {
  return page.evaluate(async ([t, tags, pre]) => {
    // `preload` reads the stylesheets for css-orientation-lock: once per state is enough (the CSS is the same).
    const r = await window.axe.run({ include: [t] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: pre });
    return {
      applied: r.passes.length + r.violations.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >> '), html: n.html.slice(0, 160), summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300) })) })),
    };
  }, [tag, TAGS, preload]);
}

/** The exception that covers this node, if any (rule, element, and a substring of the node's target or HTML). */
function exceptionFor(rule, tag, node) {
  const e = EXCEPTIONS.find((x) => x.rule === rule && (!x.element || x.element === tag) &&
    (node.target.includes(x.node) || node.html.includes(x.node)));
  if (e) used.add(EXCEPTIONS.indexOf(e));
  return e;
}

/**
 * The accessibility tree as Playwright's ARIA snapshot (roles, names, states, text). Long data tables
 * and lists keep their first rows and items and say how many more there are: a new round of
 * invitations or job title must not rewrite the snapshot, a new column, name, role or order must.
 */
const KEEP = 3;
async function tree(page, tag) {
  const yaml = await page.locator(tag).ariaSnapshot();
  const out = [];
  let group = null; // { indent, child: 'row' | 'listitem', kept, dropped }
  const flush = () => {
    if (group?.dropped) out.push(`${' '.repeat(group.indent)}- (${group.dropped} more ${group.child}s)`);
    group = null;
  };
  for (const line of yaml.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const text = line.trimStart();
    if (group && indent < group.indent) flush();
    if (!group) {
      const m = text.match(/^- (rowgroup|list|listbox)\b/);
      // A search's options: the first only (ranking is tuned elsewhere; the roles and names are pinned here).
      const [child, keep] = { rowgroup: ['row', KEEP], list: ['listitem', KEEP], listbox: ['option', 1] }[m?.[1]] || [];
      if (m) { out.push(line); group = { indent: indent + 2, child, keep, kept: 0, dropped: 0 }; continue; }
    }
    if (group && indent === group.indent && text.startsWith(`- ${group.child}`)) {
      if (group.kept < group.keep) group.kept++;
      else group.dropped++;
    }
    if (group && group.dropped) continue;
    out.push(line);
  }
  flush();
  return out.join('\n') + '\n';
}

/** Landmarks (any role) whose accessible name another landmark of the element also has. */
function duplicateLandmarks(yaml) {
  const seen = new Map();
  for (const line of yaml.split('\n')) {
    const m = line.trim().match(/^- (\w+) "([^"]*)"/);
    if (!m || !LANDMARKS.has(m[1])) continue;
    const name = m[2].toLowerCase();
    seen.set(name, [...(seen.get(name) || []), m[1]]);
  }
  return [...seen].filter(([, roles]) => roles.length > 1).map(([name, roles]) => `"${name}" (${roles.join(', ')})`);
}

function compareSnapshot(file, actual) {
  const path = join(SNAPSHOTS, file);
  if (UPDATE) { writeFileSync(path, actual); return null; }
  if (!existsSync(path)) return `${file}: no committed snapshot (run with A11Y_UPDATE=1 and review it)`;
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) return null;
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${file} differs from line ${i + 1} (A11Y_UPDATE=1 rewrites it; review the diff):\n` +
    `    expected: ${a.slice(i, i + 4).join('\n              ')}\n    actual:   ${b.slice(i, i + 4).join('\n              ')}`;
}

/** At the current width: what scrolls or sticks out sideways, other than a data table in its own focusable region. */
function reflow(page, tag) {
  return page.evaluate((t) => {
    const out = new Map();
    const doc = document.scrollingElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.set(doc, `the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    const vw = document.documentElement.clientWidth;
    const root = document.querySelector(t).shadowRoot;
    const name = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const scrolls = (el) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('svg') && el.localName !== 'svg') continue;
      if (el.closest('[hidden], .nw-visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (scrolls(el) && el.scrollWidth > el.clientWidth + 1) {
        const table = el.querySelector('table');
        const named = el.getAttribute('role') === 'region' && el.getAttribute('aria-label') && el.tabIndex === 0;
        if (!table || !named) out.set(el, `${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth}) and is not a data table in a named, focusable region`);
        continue;
      }
      let a = el.parentElement;
      let inScroller = false;
      while (a) { if (scrolls(a)) { inScroller = true; break; } a = a.parentElement; }
      if (!inScroller && (r.right > vw + 1 || r.left < -1)) {
        // Name the outermost box that sticks out, not each of its descendants.
        if (![...out.keys()].some((o) => o.contains(el))) out.set(el, `${name(el)} sticks out of the ${vw} px viewport (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
    }
    return [...new Set(out.values())].slice(0, 12);
  }, tag);
}

/** WCAG 1.4.12 overrides put into the shadow root; what gets clipped (controls and text boxes). */
async function textSpacing(page, tag) {
  const clipped = await page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    window.__a11ySpacing = sheet;
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const out = [];
      const name = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`;
      for (const el of root.querySelectorAll('button, summary, label, legend, a, th, td, p, li, h2, h3, h4, dt, dd, [role="option"], figcaption, caption')) {
        if (el.closest('[hidden], .nw-visually-hidden')) continue;
        const s = getComputedStyle(el);
        if (s.display === 'none') continue;
        const hides = (v) => /hidden|clip/.test(v);
        const x = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const y = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const fixed = s.height !== 'auto' && /px$/.test(s.maxHeight) && el.scrollHeight > el.clientHeight + 1;
        if (x || y || fixed) out.push(`${name(el)} "${el.textContent.trim().slice(0, 30)}" clips its text`);
      }
      r([...new Set(out)].slice(0, 12));
    })));
  }, tag);
  const sideways = await reflow(page, tag);
  await page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot;
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== window.__a11ySpacing);
  }, tag);
  return [...clipped, ...sideways.map((s) => `with text spacing: ${s}`)];
}

/** Under prefers-reduced-motion: every animation and transition that could still run. */
function motion(page, tag) {
  return page.evaluate((t) => {
    const out = [];
    const root = document.querySelector(t).shadowRoot;
    const long = (v) => v.split(',').some((d) => parseFloat(d) > 0);
    for (const el of [root.host, ...root.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if ((s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration)) {
          out.push(`${el.localName}${pseudo || ''}.${el.className} animates (${s.animationName} ${s.animationDuration}, transition ${s.transitionDuration})`);
        }
        if (s.scrollBehavior === 'smooth') out.push(`${el.localName}${pseudo || ''} scrolls smoothly`);
      }
    }
    return [...new Set(out)].slice(0, 12);
  }, tag);
}

/**
 * In forced colours: chart series told apart by marker shape or dash pattern, not colour; chart marks,
 * control borders and the focus ring drawn in a colour other than the background.
 */
function forcedColours(page, tag) {
  return page.evaluate((t) => {
    const out = [];
    const seen = { series: 0, pool: 0, wages: 0, picked: 0 };
    const root = document.querySelector(t).shadowRoot;
    const app = root.querySelector('.noc-root');
    const bg = getComputedStyle(app).backgroundColor;
    const visibleStroke = (el) => { const s = getComputedStyle(el); return s.stroke !== 'none' && s.stroke !== bg && parseFloat(s.strokeWidth) > 0 && s.strokeOpacity !== '0'; };
    const visibleFill = (el) => { const s = getComputedStyle(el); return s.fill !== 'none' && s.fill !== bg && s.fillOpacity !== '0'; };
    for (const svg of root.querySelectorAll('.ee-chart-cutoffs svg[role="img"]')) {
      const looks = [...svg.querySelectorAll('.ee-series')].map((g) => {
        const line = g.querySelector('.ee-series-line');
        const mark = g.querySelector('.ee-series-mark');
        if (!visibleStroke(line)) out.push(`cut-off line ${g.dataset.group} is invisible`);
        if (!visibleStroke(mark) && !visibleFill(mark)) out.push(`cut-off marks ${g.dataset.group} are invisible`);
        const shape = (mark.getAttribute('d').match(/[a-zA-Z]/g) || []).slice(0, 4).join('') + (getComputedStyle(mark).fill === 'none' ? 'open' : 'filled');
        return `${getComputedStyle(line).strokeDasharray}|${shape}`;
      });
      seen.series = Math.max(seen.series, looks.length);
      if (new Set(looks).size !== looks.length) out.push(`cut-off series look alike without colour: ${looks.join(', ')}`);
      const you = svg.querySelector('.ee-chart-you');
      if (you && !visibleStroke(you)) out.push('the "your score" line is invisible');
      if (you && looks.some((l) => l.startsWith(`${getComputedStyle(you).strokeDasharray}|`))) out.push('the "your score" line has the dash pattern of a series');
    }
    seen.pool = root.querySelectorAll('.ee-pool-bar').length;
    seen.wages = root.querySelectorAll('.nw-wage-range').length;
    for (const bar of root.querySelectorAll('.ee-pool-bar')) if (!visibleFill(bar)) { out.push('pool bars are invisible'); break; }
    const youBand = root.querySelector('.ee-pool-you');
    if (youBand && !youBand.textContent.includes('◀')) out.push('the reader\'s pool band is marked by colour only');
    for (const l of root.querySelectorAll('.nw-wage-range')) if (!visibleStroke(l)) { out.push('wage ranges are invisible'); break; }
    for (const m of root.querySelectorAll('.nw-wage-median')) if (!visibleStroke(m)) { out.push('wage medians are invisible'); break; }
    const picked = root.querySelector('.nw-wage-you .nw-wage-range');
    const other = root.querySelector('.nw-wage-row:not(.nw-wage-you) .nw-wage-range');
    if (picked && other) {
      seen.picked = 1;
      const a = getComputedStyle(picked);
      const b = getComputedStyle(other);
      if (a.strokeWidth === b.strokeWidth && a.strokeDasharray === b.strokeDasharray) out.push('the picked province\'s wage range differs by colour only');
    }
    for (const c of root.querySelectorAll('input:not([type="checkbox"]), select, textarea, .ee-score, .noc-card, .nw-compare-col')) {
      const s = getComputedStyle(c);
      if (!c.getClientRects().length) continue;
      if (s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0 || s.borderTopColor === bg) { out.push(`${c.localName}.${c.className} has no visible border`); }
    }
    const focusable = [...root.querySelectorAll('button, input, select, textarea, summary, a[href], [tabindex="0"]')].find((e) => e.getClientRects().length && !e.disabled);
    if (focusable) {
      focusable.focus({ focusVisible: true });
      const s = getComputedStyle(focusable);
      if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 || s.outlineColor === bg) out.push(`focus ring of ${focusable.localName} is not visible (${s.outlineStyle} ${s.outlineColor})`);
      focusable.blur();
    }
    return { out: [...new Set(out)], seen };
  }, tag);
}

function listViolations(violations) {
  return violations.map((v) => `    ${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.slice(0, 4).map((n) => `        at ${n.target}: ${n.summary.slice(0, 200)}`).join('\n') +
    (v.nodes.length > 4 ? `\n        … and ${v.nodes.length - 4} more` : '')).join('\n');
}

// Two pages at a time: each walk is one browser renderer's work, and the machine has two cores.
describe('accessibility matrix', { concurrency: 2 }, () => {
for (const [tag, element] of Object.entries(ELEMENTS)) {
  for (const lang of ['en', 'fr']) {
    test(`<${tag}> ${lang}: every state × light/dark/forced × ${WIDTHS.join('/')} px`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.clock.setFixedTime(NOW);
      await page.goto(`${srv.blog.origin}/a11y-${tag}-${lang}.html`);
      await page.addScriptTag({ content: AXE_SOURCE });
      await page.locator(tag).scrollIntoViewIfNeeded();
      await element.ready(page);
      const problems = [];
      for (const [index, state] of element.states.entries()) {
        const where = `<${tag}> ${lang} ${state.name}`;
        try {
          await timed('states', () => state.enter(page, lang));
        } catch (e) {
          problems.push(`${where}: the state could not be reached (${String(e.message).split('\n')[0]})`);
          break;
        }
        // The tree: landmarks, and the snapshot of main states (1280 px, light: widths change no names).
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.emulateMedia(THEMES.light);
        const yaml = await timed('tree', () => tree(page, tag));
        for (const d of duplicateLandmarks(yaml)) problems.push(`${where}: two landmarks are named ${d}`);
        if (state.main) {
          const diff = compareSnapshot(`${tag}.${state.name}.${lang}.yml`, yaml);
          if (diff) problems.push(`${where}: accessibility tree: ${diff}`);
        }
        await page.emulateMedia({ ...THEMES.light, reducedMotion: 'reduce' });
        for (const m of await timed('other', () => motion(page, tag))) problems.push(`${where} reduced motion: ${m}`);
        await page.emulateMedia({ ...THEMES.light, reducedMotion: 'no-preference' });

        const names = Object.keys(THEMES);
        for (const [w, width] of WIDTHS.entries()) {
          await page.setViewportSize({ width, height: 900 });
          // A Latin square: state i is audited at each width in theme (i + w) mod 3, so each state sees
          // every width and every theme and each element every width × theme pair. A11Y_FULL=1: all 9.
          const themes = FULL ? names : [names[(index + w) % names.length]];
          for (const theme of themes) {
            const media = THEMES[theme];
            await page.emulateMedia(media);
            await frames(page);
            const r = await timed('axe', () => axe(page, tag, w === 0));
            stats.runs++;
            if (r.applied < 10) problems.push(`${where} ${theme} ${width}px: axe found almost nothing to check (${r.applied} rules)`);
            const open = r.violations
              .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !exceptionFor(v.id, tag, n)) }))
              .filter((v) => v.nodes.length);
            if (open.length) problems.push(`${where} ${theme} ${width}px: ${open.length} axe violation(s)\n${listViolations(open)}`);
            if (theme === 'forced') {
              const { out, seen } = await timed('other', () => forcedColours(page, tag));
              for (const f of out) problems.push(`${where} forced colours: ${f}`);
              for (const [k, v] of Object.entries(seen)) charts[k] = Math.max(charts[k], v);
            }
          }
          if (width === 320) for (const f of await timed('other', () => reflow(page, tag))) problems.push(`${where} reflow at 320 px: ${f}`);
          if (width !== 1280) {
            await page.emulateMedia(THEMES.light);
            for (const f of await timed('other', () => textSpacing(page, tag))) problems.push(`${where} text spacing at ${width} px: ${f}`);
          }
        }
      }
      await context.close();
      walked++;
      if (problems.length) console.log(`# ${problems.join('\n# ')}`);
      assert.deepEqual(errors, [], 'uncaught errors on the page');
      assert.deepEqual(problems, [], `accessibility problems in <${tag}> (${lang})`);
    });
  }
}

});

test('the forced-colours checks saw the charts: several cut-off series, the pool, wages with a province picked', (t) => {
  if (walked < 8) return t.skip('not every element was walked');
  assert.ok(charts.series >= 2, `at most ${charts.series} cut-off series were compared`);
  assert.ok(charts.pool > 0 && charts.wages > 0 && charts.picked, `charts seen: ${JSON.stringify(charts)}`);
});

test('every exception in a11y-exceptions.json is still needed and says why', { skip: EXCEPTIONS.length === 0 }, () => {
  for (const e of EXCEPTIONS) assert.ok(e.rule && e.node && e.reason && e.reason.length > 20, `incomplete exception ${JSON.stringify(e)}`);
  if (walked < 8) return;
  const unused = EXCEPTIONS.filter((_, i) => !used.has(i));
  assert.deepEqual(unused, [], 'exceptions no node needed: remove them');
});
