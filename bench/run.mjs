// `make bench` (via scripts/bench.sh): runs every measurement in one headless Chromium against the
// current dist/, then writes bench/results.json and bench/REPORT.md.
//   node bench/run.mjs [search] [ttfc] [size] [rules]   (default: all)
import { readFileSync, writeFileSync, existsSync, rmSync, cpSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT, DIST, STAGE, DIST_SNAPSHOT } from './lib/paths.mjs';
import { readBudgets, currentSizes } from '../scripts/check-budgets.mjs';
import { launch, benchServers } from './lib/browser.mjs';
import { stageSearch, searchPages, benchSearch } from './search.mjs';
import { typingPages, benchTyping } from './search-typing.mjs';
import { ttfcPages, captureCard, staticCardPage, benchTtfc, benchKeystroke, CALCULATOR, SNIPPET } from './ttfc.mjs';
import { sizePages, benchSize } from './size.mjs';
import { rulesPages, benchRulesBrowser, parseNative } from './rules.mjs';
import { writeReport } from './report.mjs';

const wanted = process.argv.slice(2);
const want = (k) => !wanted.length || wanted.includes(k);
if (!existsSync(join(DIST, 'noc-widget-app_bg.wasm'))) throw new Error('dist/ is not built: run `make dist` (make bench does)');

// Every measurement uses one copy of dist/ (the offline single file is not needed).
rmSync(DIST_SNAPSHOT, { recursive: true, force: true });
cpSync(DIST, DIST_SNAPSHOT, { recursive: true, filter: (src) => !src.endsWith('noc-widget-offline.html') });

const sh = (cmd) => { try { return execSync(cmd, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return ''; } };
const browser = await launch();
const machine = {
  date: new Date().toISOString(),
  commit: sh('git rev-parse --short HEAD') + (sh('git status --porcelain --untracked-files=no') ? ' (+ uncommitted changes)' : ''),
  nproc: Number(sh('nproc')) || cpus().length,
  cpu: cpus()[0]?.model?.trim() || '?',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  chromium: browser.version(),
  node: process.version,
  os: sh('uname -sr'),
};

stageSearch();
const pages = {};
const srv = await benchServers(pages);
Object.assign(pages, searchPages(srv.cdn.origin), typingPages(srv.cdn.origin), ttfcPages(srv.cdn.origin), sizePages(srv.cdn.origin), rulesPages(srv.cdn.origin));

const resultsPath = join(ROOT, 'bench', 'results.json');
// A partial run keeps the other sections of the last full run.
const results = wanted.length && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
results.machine = machine;
try {
  if (want('search')) results.search = await benchSearch(browser, srv);
  if (want('search') || want('typing')) results.searchTyping = await benchTyping(browser, srv);
  // The native search bench (scripts/bench.sh writes it with the rules'), reported with search.
  const searchNative = join(STAGE, 'search-native.txt');
  if ((want('rules') || want('typing')) && existsSync(searchNative)) results.searchNative = readFileSync(searchNative, 'utf8').trim();
  if (want('ttfc')) {
    try {
      const card = await captureCard(browser, srv);
      pages['/ttfc-static.html'] = staticCardPage(card);
      results.ttfc = await benchTtfc(browser, srv, card);
      results.ttfc.snippet = await benchTtfc(browser, srv, card, console.log, SNIPPET);
      const calculator = await captureCard(browser, srv, CALCULATOR);
      pages[CALCULATOR.staticPath] = staticCardPage(calculator);
      results.ttfc.calculator = await benchTtfc(browser, srv, calculator, console.log, CALCULATOR);
      results.ttfc.keystroke = await benchKeystroke(browser, srv);
    } catch (e) {
      results.ttfc = { error: String(e.message || e).split('\n')[0] };
      console.log(`[ttfc] FAILED ${results.ttfc.error}`);
    }
  }
  if (want('size')) results.size = await benchSize(browser, srv);
  if (want('rules')) {
    const nativeFile = join(STAGE, 'rules-native.txt');
    results.rules = {
      native: existsSync(nativeFile) ? parseNative(readFileSync(nativeFile, 'utf8')) : { error: 'native bench not run (scripts/bench.sh runs it)' },
      browser: await benchRulesBrowser(browser, srv),
    };
  }
} finally {
  await browser.close();
  await srv.close();
}
results.dist = currentSizes(readBudgets(), DIST_SNAPSHOT);
writeFileSync(resultsPath, JSON.stringify(results, null, 1) + '\n');
writeReport(results, join(ROOT, 'bench', 'REPORT.md'));
console.log('[bench] wrote bench/REPORT.md and bench/results.json');

