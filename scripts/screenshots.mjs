// Screenshots of <ee-calculator> at 360, 768 and 1280 px and of its print view, from the dist/ build:
//   node scripts/screenshots.mjs [DIST=dist] [OUT=docs/screenshots]
// The profile comes from a share link (the URL fragment), so every shot shows the same filled form.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer } from './serve-test.mjs';

const DIST = resolve(process.argv[2] || 'dist');
const OUT = resolve(process.argv[3] || 'docs/screenshots');
const PROFILE_HASH = '#ee=' + [
  'birth_date:1993-05-14', 'age:33', 'spouse.has:true', 'education:masters_or_professional', 'eca_date:2023-02-01',
  'first_language.speaking:7.5', 'first_language.listening:8.5', 'first_language.reading:8', 'first_language.writing:7',
  'test_date:2025-06-10', 'noc:21300', 'canadian_work_years:2', 'cwe_start:2024-09-03', 'foreign_work_years:4',
  'spouse.education:bachelors_or_three_year', 'spouse.canadian_work_years:1', 'family_size:2', 'settlement_funds_cad:30000',
].join(';');

const page = (origin, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>ee-calculator</title>
<style>body{margin:0;padding:8px;font-family:system-ui,sans-serif;background:#fff}</style></head>
<body><ee-calculator noc="21300"></ee-calculator><script src="${origin}/noc-widget.js" defer></script></body></html>`;

const cdn = await startServer({ root: DIST });
const blog = await startServer({ root: DIST, pages: { '/en.html': page(cdn.origin, 'en'), '/fr.html': page(cdn.origin, 'fr') } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-features=LocalNetworkAccessChecks'],
});
await mkdir(OUT, { recursive: true });

async function shot({ width, lang = 'en', print = false, name }) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const p = await context.newPage();
  await p.goto(`${blog.origin}/${lang}.html${PROFILE_HASH}`);
  await p.waitForFunction(() => document.querySelector('ee-calculator')?.shadowRoot?.querySelector('.ee-total'), null, { timeout: 30000 });
  // Keep one scenario so the comparison table shows.
  await p.locator('ee-calculator .ee-keep-button').click();
  if (print) await p.emulateMedia({ media: 'print' });
  await p.waitForTimeout(300);
  const file = join(OUT, name);
  await p.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);
  await context.close();
}

try {
  await shot({ width: 360, name: 'calculator-360.png' });
  await shot({ width: 768, name: 'calculator-768.png' });
  await shot({ width: 1280, name: 'calculator-1280.png' });
  await shot({ width: 1280, lang: 'fr', name: 'calculator-1280-fr.png' });
  await shot({ width: 794, print: true, name: 'calculator-print.png' });
} finally {
  await browser.close();
  await cdn.close();
  await blog.close();
}
