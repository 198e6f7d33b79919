// window.NocWidget and the widget's events: every method, with good and bad arguments. assess() must
// give exactly what the native `noc assess` gives for the same profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, callApi, PROFILE, closePage, waitForText, ROOT } from './helpers.mjs';

let browser, srv, page, guard, context;
before(async () => {
  ({ browser, srv, page, guard, context } = await openPage('/api.html', `
      <noc-search id="s"></noc-search>
      <ee-calculator id="calc" noc="22220"></ee-calculator>`));
});
after(() => closePage({ context, browser, srv }));

const call = (method, ...args) => callApi(page, method, args);

test('ready, version, dataVersion, rulesAsOf', async () => {
  const info = await page.evaluate(async () => {
    const api = await window.NocWidget.ready;
    return { same: api === window.NocWidget, version: api.version, dataVersion: api.dataVersion, rulesAsOf: api.rulesAsOf };
  });
  assert.ok(info.same);
  assert.match(info.version, /^\d+\.\d+\.\d+$/);
  assert.ok(info.dataVersion && /NOC 2021/.test(info.dataVersion), `dataVersion: ${info.dataVersion}`);
  assert.match(info.rulesAsOf, /^\d{4}-\d{2}-\d{2}$/);
});

test('search finds occupations in both languages, honours limit, rejects bad arguments', async () => {
  const en = await call('search', 'network technician', { lang: 'en', limit: 5 });
  assert.ok(!en.error, JSON.stringify(en.error));
  assert.ok(en.value.length >= 1 && en.value.length <= 5);
  assert.ok(en.value.some((hit) => hit.code === '22220'), JSON.stringify(en.value));
  assert.ok(en.value.every((hit) => /^\d{5}$/.test(hit.code) && typeof hit.title === 'string'));
  const fr = await call('search', 'ingénieur logiciel', { lang: 'fr', limit: 3 });
  assert.ok(fr.value.some((hit) => hit.code === '21231'), JSON.stringify(fr.value));
  const byCode = await call('search', '22220');
  assert.equal(byCode.value[0].code, '22220');

  for (const [args, field] of [
    [[42], 'query'], [[null], 'query'], [['x', { lang: 'de' }], 'lang'], [['x', { limit: 0 }], 'limit'],
    [['x', { limit: 'ten' }], 'limit'], [['x', 'en'], 'options'],
  ]) {
    const r = await call('search', ...args);
    assert.ok(r.error, `search(${JSON.stringify(args)}) must fail`);
    assert.ok(r.error.isError);
    assert.equal(r.error.field, field);
    assert.ok(r.error.message.startsWith(`${field}:`), r.error.message);
  }
});

test('occupation returns the card; unknown or malformed codes are named errors', async () => {
  const card = await call('occupation', '22220', { lang: 'en' });
  assert.ok(!card.error, JSON.stringify(card.error));
  assert.equal(card.value.code, '22220');
  assert.equal(card.value.title, 'Computer network and web technicians');
  const fr = await call('occupation', '22220', { lang: 'fr' });
  assert.equal(fr.value.title, 'Techniciens/techniciennes de réseau informatique et Web');
  for (const bad of ['2222', '99999', 22220.5, '', null]) {
    const r = await call('occupation', bad);
    assert.ok(r.error, `occupation(${JSON.stringify(bad)}) must fail`);
    assert.equal(r.error.field, 'code');
  }
});

test('assess equals the native `noc assess`; suggest lists improvements; bad profiles name the field', async () => {
  const noc = join(ROOT, 'target', 'debug', 'noc');
  assert.ok(existsSync(noc), 'target/debug/noc missing: run `make web-data`');
  const native = spawnSync(noc, ['assess'], { input: JSON.stringify(PROFILE) + '\n', encoding: 'utf8' });
  assert.equal(native.status, 0, native.stderr);
  const expected = JSON.parse(native.stdout.trim().split('\n')[0]);
  const result = await call('assess', PROFILE);
  assert.ok(!result.error, JSON.stringify(result.error));
  assert.deepEqual(result.value, expected);

  const suggestions = await call('suggest', PROFILE);
  assert.ok(Array.isArray(suggestions.value) && suggestions.value.length > 0);
  assert.ok(suggestions.value.every((s) => s.new_total > result.value.crs.total));

  const cases = [
    [{ ...PROFILE, age: 12 }, 'age'],
    [{ ...PROFILE, first_language: { ...PROFILE.first_language, writing: 6.3 } }, 'first_language.writing'],
    [{ ...PROFILE, agee: 30 }, 'agee'],
    ['not a profile', 'profile'],
  ];
  for (const [profile, field] of cases) {
    for (const method of ['assess', 'suggest']) {
      const r = await call(method, profile);
      assert.ok(r.error, `${method} must reject ${JSON.stringify(profile).slice(0, 60)}`);
      assert.equal(r.error.field, field, r.error.message);
      assert.ok(r.error.message.startsWith(field), r.error.message);
    }
  }

  // Every bad field at once: `errors` lists them in contract order, the first is `error.field`.
  const many = await call('assess', {
    ...PROFILE,
    age: 12,
    first_language: { ...PROFILE.first_language, listening: 8.3, writing: 6.3 },
    family_size: 'two',
  });
  assert.equal(many.error.field, 'age');
  assert.equal(many.error.code, 'out_of_range');
  assert.deepEqual(
    many.error.errors.map((e) => [e.field, e.code]),
    [
      ['age', 'out_of_range'],
      ['first_language.listening', 'not_half_band'],
      ['first_language.writing', 'not_half_band'],
      ['family_size', 'wrong_type'],
    ],
  );
  assert.equal(many.error.errors[0].message, many.error.message.replace(/^age: /, ''));
});

test('choosing a search result fires a bubbling, composed noc-select with the code', async () => {
  await page.evaluate(() => {
    window.__selected = [];
    document.addEventListener('noc-select', (e) => window.__selected.push({ code: e.detail.code, composed: e.composed, bubbles: e.bubbles }));
  });
  const input = page.locator('#s input').first();
  await input.fill('network technician');
  const option = page.locator('#s [role="option"]').first();
  await option.waitFor({ timeout: 15000 });
  await option.click();
  const selected = await page.waitForFunction(() => window.__selected.length > 0 && window.__selected[0]);
  const detail = await selected.jsonValue();
  assert.match(detail.code, /^\d{5}$/);
  assert.ok(detail.composed && detail.bubbles);
});

test('the calculator fires ee-change with the assessment when its result changes', async () => {
  await page.evaluate(() => {
    window.__changes = [];
    document.getElementById('calc').addEventListener('ee-change', (e) => window.__changes.push(e.detail));
  });
  await page.locator('#calc').scrollIntoViewIfNeeded();
  const age = page.locator('#calc input#ee-age');
  await age.waitFor({ timeout: 15000 });
  await age.fill('31');
  await age.press('Tab');
  const change = await page.waitForFunction(() => window.__changes.length > 0 && window.__changes.at(-1));
  const detail = await change.jsonValue();
  assert.ok(detail.crs && Number.isInteger(detail.crs.total), JSON.stringify(detail).slice(0, 200));
  assert.match(detail.rules_as_of, /^\d{4}-\d{2}-\d{2}$/);
  guard.check(assert);
});
