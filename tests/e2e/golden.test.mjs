// Golden before/after check for the widget's JSON faces: NocWidget.assess / suggest / occupation and the
// calculator's ee-change details must give the same JSON as when tests/golden/widget.json was written
// (the Rust side, `cargo test -p noc-cli golden`, pins `noc assess` and `noc show --json`).
// When output changes on purpose (a new result field, new draws ...), regenerate and commit:
//   make dist && GOLDEN_UPDATE=1 node --test tests/e2e/golden.test.mjs
// (tests/golden/README.md lists every fixture and its regeneration command.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, closePage, useTestLoader, ROOT } from './helpers.mjs';

const GOLDEN = join(ROOT, 'tests', 'golden');
const FIXTURE = join(GOLDEN, 'widget.json');
const UPDATE = !!process.env.GOLDEN_UPDATE && process.env.GOLDEN_UPDATE !== '0';
// Every fifth generated profile (64, eight of them invalid) and cards across the classification.
const PROFILES = readFileSync(join(GOLDEN, 'profiles.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line, i) => [`profile-${String(i).padStart(3, '0')}`, line]).filter((_, i) => i % 5 === 0);
const CODES = ['00010', '10010', '11100', '13110', '21231', '22220', '31102', '33102', '41200', '42202',
  '51111', '62200', '63201', '65200', '72010', '73300', '75101', '82020', '92100', '95100'];

const sha = (text) => createHash('sha256').update(text).digest('hex');

let browser, srv, page, guard, context;
before(async () => {
  // The test loader: NocWidget.__settled tells when the calculator has rendered an entry.
  ({ browser, srv, page, guard, context } = await openPage('/golden.html', '<ee-calculator id="calc" noc="21231"></ee-calculator>', { prepare: useTestLoader }));
  await page.evaluate(() => window.NocWidget.ready);
});
after(() => closePage({ context, browser, srv }));

/** `NocWidget[method](...args)` in the page, as the text a page script would get from JSON.stringify. */
function call(method, ...args) {
  return page.evaluate(async ([m, a]) => {
    try {
      return JSON.stringify({ value: await window.NocWidget[m](...a) });
    } catch (e) {
      return JSON.stringify({ error: { field: e.field, message: e.message } });
    }
  }, [method, args]);
}

function parsedOrText(line) {
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}

/** Compares {key: text} with the fixture's section of hashes (or records them when updating). */
function compare(fixture, section, actual) {
  const hashes = Object.fromEntries(Object.entries(actual).map(([k, text]) => [k, sha(text)]));
  if (UPDATE) {
    fixture[section] = hashes;
    return;
  }
  const expected = fixture[section] || {};
  const diffs = [];
  for (const [k, h] of Object.entries(hashes)) {
    if (expected[k] !== h) diffs.push(`${expected[k] ? 'changed' : 'new'} ${section} ${k}: ${actual[k].slice(0, 400)}`);
  }
  for (const k of Object.keys(expected)) if (!(k in hashes)) diffs.push(`gone ${section} ${k}`);
  assert.deepEqual(diffs, [], `${diffs.length} ${section} results differ from tests/golden/widget.json ` +
    '(if intended: make dist && GOLDEN_UPDATE=1 node --test tests/e2e/golden.test.mjs)');
}

const fixture = UPDATE ? {} : JSON.parse(readFileSync(FIXTURE, 'utf8'));
after(() => {
  if (UPDATE) writeFileSync(FIXTURE, JSON.stringify(fixture, null, 1) + '\n');
});

test('NocWidget.assess and suggest give the pinned JSON for 64 generated profiles (6 invalid in JS)', async () => {
  const assess = {};
  const suggest = {};
  let errors = 0;
  for (const [key, line] of PROFILES) {
    const profile = parsedOrText(line);
    assess[key] = await call('assess', profile);
    if (assess[key].startsWith('{"error"')) errors += 1;
    else suggest[key] = await call('suggest', profile);
  }
  // Two of the eight broken lines are fine once JSON.parse has read them: `"age": 29.0` is the number 29
  // in JavaScript, and of a duplicated key only the last one is kept.
  assert.equal(errors, 6, 'the invalid profiles are rejected, the others assessed');
  compare(fixture, 'assess', assess);
  compare(fixture, 'suggest', suggest);
  guard.check(assert);
});

test('NocWidget.occupation gives the pinned card for 20 codes in English and French', async () => {
  const cards = {};
  for (const code of CODES) {
    for (const lang of ['en', 'fr']) {
      cards[`${code}.${lang}`] = await call('occupation', code, { lang });
      assert.ok(cards[`${code}.${lang}`].startsWith('{"value"'), cards[`${code}.${lang}`].slice(0, 200));
    }
  }
  compare(fixture, 'occupation', cards);
  guard.check(assert);
});

test('the calculator\'s ee-change details are the pinned assessments', async () => {
  await page.evaluate(() => {
    window.__changes = [];
    document.getElementById('calc').addEventListener('ee-change', (e) => window.__changes.push(JSON.stringify(e.detail)));
  });
  await page.locator('#calc input#ee-age').waitFor({ timeout: 15000 });
  const details = {};
  const steps = [
    ['age-31', async () => { await page.locator('#calc input#ee-age').fill('31'); await page.locator('#calc input#ee-age').press('Tab'); }],
    ['age-45', async () => { await page.locator('#calc input#ee-age').fill('45'); await page.locator('#calc input#ee-age').press('Tab'); }],
    ['sibling', async () => { await page.locator('#calc input#ee-sibling_in_canada').check(); }],
  ];
  for (const [key, act] of steps) {
    const seen = await page.evaluate(() => window.__changes.length);
    await act();
    await page.waitForFunction((n) => window.__changes.length > n, seen, { timeout: 10000 });
    await page.evaluate(() => NocWidget.__settled()); // every render (and ee-change) the action caused is done
    details[key] = await page.evaluate(() => window.__changes.at(-1));
  }
  assert.notEqual(details['age-31'], details['age-45']);
  compare(fixture, 'ee-change', details);
  guard.check(assert);
});
