// Size budgets of the embed (brotli, as a CDN sends it), recorded in budgets.json.
//   node scripts/check-budgets.mjs            table of current vs budget; exit 1 when one is > budget × (1 + tolerance)
//   node scripts/check-budgets.mjs --json     current sizes as JSON (used by bench/run.mjs)
//   node scripts/check-budgets.mjs --record NAME "why"   set NAME's budget to its current size, with the reason
// Current sizes are computed from dist/ (run `make dist` first). tests/e2e/budget.test.mjs checks the
// same budgets in make test, and also that a lone card really loads the files listed here.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUDGETS_FILE = join(ROOT, 'budgets.json');

export function brotliSize(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
}

export function readBudgets() {
  return JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
}

/** Brotli size of each budget's files in `dist`: { name: { bytes, files: { path: bytes } } }. */
// NOC_DIST: the same override as tests/e2e/helpers.mjs (a run measuring its own bundle).
export function currentSizes(budgets = readBudgets(), dist = process.env.NOC_DIST || join(ROOT, 'dist')) {
  const out = {};
  for (const [name, b] of Object.entries(budgets.budgets)) {
    const files = {};
    for (const f of b.files) {
      const path = join(dist, f);
      files[f] = existsSync(path) ? brotliSize(readFileSync(path)) : null;
    }
    const missing = Object.entries(files).filter(([, v]) => v === null).map(([f]) => f);
    out[name] = { bytes: Object.values(files).reduce((n, v) => n + (v ?? 0), 0), files, missing };
  }
  return out;
}

/** Problems (strings) when a size is over its budget × (1 + tolerance) or a file is missing. */
export function overBudget(budgets, sizes) {
  const problems = [];
  for (const [name, b] of Object.entries(budgets.budgets)) {
    const s = sizes[name];
    if (s.missing?.length) problems.push(`${name}: missing in dist/: ${s.missing.join(', ')}`);
    const limit = Math.floor(b.bytes * (1 + budgets.tolerance));
    if (s.bytes > limit) {
      problems.push(`${name}: ${s.bytes} bytes brotli > ${limit} (budget ${b.bytes} + ${budgets.tolerance * 100}%; ` +
        `+${(((s.bytes / b.bytes) - 1) * 100).toFixed(1)}%). Shrink it, or raise the budget on purpose: ` +
        `node scripts/check-budgets.mjs --record ${name} "why"`);
    }
  }
  return problems;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const budgets = readBudgets();
  const sizes = currentSizes(budgets);
  if (args[0] === '--json') {
    console.log(JSON.stringify(sizes));
  } else if (args[0] === '--record') {
    const [, name, why] = args;
    if (!budgets.budgets[name] || !why) {
      console.error(`usage: --record NAME "why" (NAME one of ${Object.keys(budgets.budgets).join(', ')})`);
      process.exit(2);
    }
    if (sizes[name].missing.length) {
      console.error(`cannot record ${name}: missing in dist/: ${sizes[name].missing.join(', ')}`);
      process.exit(1);
    }
    const before = budgets.budgets[name].bytes;
    budgets.budgets[name].bytes = sizes[name].bytes;
    budgets.budgets[name].why = why;
    budgets.budgets[name].recorded = new Date().toISOString().slice(0, 10);
    budgets.history = [...(budgets.history ?? []), { date: budgets.budgets[name].recorded, name, from: before, to: sizes[name].bytes, why }];
    writeFileSync(BUDGETS_FILE, JSON.stringify(budgets, null, 2) + '\n');
    console.log(`${name}: budget ${before} -> ${sizes[name].bytes} bytes brotli`);
  } else {
    for (const [name, b] of Object.entries(budgets.budgets)) {
      const s = sizes[name];
      console.log(`${name.padEnd(12)} ${kb(s.bytes).padStart(10)} of ${kb(b.bytes)} (${((s.bytes / b.bytes - 1) * 100).toFixed(1)}%)  ${b.why}`);
    }
    const problems = overBudget(budgets, sizes);
    for (const p of problems) console.error(`OVER BUDGET: ${p}`);
    process.exit(problems.length ? 1 : 0);
  }
}
