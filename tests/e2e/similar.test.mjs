// Issue 25: the card's "Skills profile" chart and "Similar skills" section on real data, in a browser:
// the chart and its table hold the same ratings, nothing is styled inline, a similar occupation opens
// in place with a way back, French words, and the print and forced-colours rules apply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { shareBrowser, openPage, waitForText, waitForLive, dataFiles } from './helpers.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const shared = shareBrowser();
const open = (path, body, { lang = 'en', width = 1280 } = {}) =>
  openPage(path, body, { shared, lang, viewport: { width, height: 1000 } });

/** What the chart and its table say, read inside the shadow root. */
function chartFacts(page, host) {
  return page.evaluate((h) => {
    const root = document.querySelector(h).shadowRoot;
    const svg = root.querySelector('.nw-skills-chart svg');
    const bars = [...svg.querySelectorAll('.nw-skills-row')].map((g) => {
      const [name, value] = [...g.querySelectorAll('text')].map((t) => t.textContent);
      return { name, value };
    });
    const rows = [...root.querySelectorAll('.nw-skills-table tbody tr')]
      .filter((tr) => tr.querySelector('td'))
      .map((tr) => ({ name: tr.querySelector('th').textContent, value: tr.querySelector('td').textContent }));
    return {
      bars,
      rows,
      styled: root.querySelectorAll('.nw-skills, .nw-similar').length
        ? [...root.querySelectorAll('.nw-skills [style], .nw-similar [style]')].length
        : -1,
      label: svg.getAttribute('role') + ':' + root.getElementById(svg.getAttribute('aria-labelledby'))?.textContent,
    };
  }, host);
}

test('skills profile: the bars and the table say the same, with no inline style', async () => {
  const { page, guard, context } = await open('/skills-en.html', '<noc-card id="c" code="22221"></noc-card>');
  await waitForText(page, '#c', 'Skills profile');
  await waitForLive(page, '#c');
  const f = await chartFacts(page, '#c');
  assert.ok(f.bars.length >= 8, `8 skills and some work context: ${JSON.stringify(f.bars)}`);
  assert.deepEqual(f.bars, f.rows, 'the table holds the chart’s ratings');
  assert.equal(f.styled, 0, 'no style= attribute in the new sections');
  assert.match(f.label, /^img:Its highest-rated skills/);
  assert.ok(f.bars.every((b) => / of 5$/.test(b.value)), JSON.stringify(f.bars));
  guard.check(assert);
  await context.close();
});

test('similar skills: 22221 lists 22220 first; its link opens that card in place, with a way back; no new request', async () => {
  shared.srv.cdn.log.length = 0;
  const { page, guard, context } = await open('/similar-en.html', '<noc-card id="c" code="22221"></noc-card>');
  await waitForText(page, '#c', 'Similar skills');
  await waitForLive(page, '#c');
  const files = dataFiles(shared.srv.cdn.log);
  assert.deepEqual(files.filter((f) => /22220/.test(f)), [], `no file of the similar occupation before a click: ${files}`);
  const section = await page.locator('#c .nw-similar').innerText();
  assert.match(section, /Computer network and web technicians \(22220\)/);
  assert.match(section, /TEER 2/);
  assert.match(section, /Median wage in Canada: \$36\.00 per hour \(this occupation: \$31\.47 per hour\)/);
  assert.match(section, /To build: /);
  assert.match(section, /For immigration: Same Express Entry standing as this occupation\./);
  assert.match(section, /do not make a switch easy/);
  const first = page.locator('#c .nw-similar-link').first();
  assert.equal(await first.getAttribute('data-code'), '22220');
  await first.focus();
  await page.keyboard.press('Enter');
  await page.locator('#c h2', { hasText: 'Computer network and web technicians' }).waitFor({ timeout: 15000 });
  await page.locator('#c .nw-back').click();
  await page.locator('#c h2', { hasText: 'User support technicians' }).waitFor({ timeout: 15000 });
  guard.check(assert);
  await context.close();
});

test('French: section, bands, descriptor names and the immigration line', async () => {
  const { page, guard, context } = await open('/similar-fr.html', '<noc-card id="c" code="44101"></noc-card>', { lang: 'fr', width: 360 });
  await waitForText(page, '#c', 'Compétences semblables');
  await waitForLive(page, '#c');
  const section = (await page.locator('#c .nw-similar').innerText()).replace(/\u00a0/g, ' ');
  assert.match(section, /Préposés aux bénéficiaires|aides-infirmiers|33102/);
  assert.match(section, /Compte pour Entrée express \(FÉER 3\); sur la liste 2026 de la catégorie « Soins de santé et services sociaux »\./);
  assert.match(await page.locator('#c .nw-skills').innerText(), /Principales compétences \(0 à 5\)/);
  guard.check(assert);
  await context.close();
});

test('print and forced colours: bars are drawn in black or the system text colour', async () => {
  const { page, guard, context } = await open('/skills-print.html', '<noc-card id="c" code="72200"></noc-card>');
  await waitForText(page, '#c', 'Skills profile');
  await waitForLive(page, '#c');
  const fill = () => page.evaluate(() => {
    const root = document.querySelector('#c').shadowRoot;
    const bar = root.querySelector('.nw-skills-skill .nw-skills-bar');
    const link = root.querySelector('.nw-similar-link');
    return { bar: getComputedStyle(bar).fill, link: link ? getComputedStyle(link).display : 'none' };
  });
  await page.emulateMedia({ media: 'print' });
  const printed = await fill();
  assert.equal(printed.bar, 'rgb(0, 0, 0)');
  assert.notEqual(printed.link, 'none', 'the similar occupation’s title stays on paper');
  await page.emulateMedia({ media: 'screen', forcedColors: 'active' });
  const forced = await fill();
  const text = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  assert.equal(forced.bar, text, 'forced colours: bars in CanvasText');
  guard.check(assert);
  await context.close();
});

// a11y.test.mjs audits the card as it opens; here the ratings table (behind a disclosure) is open too.
test('axe: the skills profile with its table open, EN and FR, dark, 360 px', async () => {
  for (const lang of ['en', 'fr']) {
    const { page, context } = await openPage(`/axe-${lang}.html`, '<main><h1>Host</h1><noc-card id="c" code="72200" theme="dark"></noc-card></main>',
      { shared, lang, viewport: { width: 360, height: 900 }, prepare: (p) => p.emulateMedia({ colorScheme: 'dark' }) });
    await waitForText(page, '#c', lang === 'fr' ? 'Profil de compétences' : 'Skills profile');
    await waitForLive(page, '#c');
    await page.locator('#c .nw-skills-table summary').click();
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run({ include: ['#c'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    assert.deepEqual(violations, [], lang);
    await context.close();
  }
});

