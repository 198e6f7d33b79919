// A takeover that loses nothing. The WebAssembly and the data files are held (request interception)
// while the reader acts on the pre-rendered paint (text typed, caret and selection, checkbox toggles,
// select changes, button presses, disclosures, focus moves, a form sent with Enter), in every element,
// English and French; once they are released and the element is live, the component holds exactly
// what the reader did. Then randomised trials: random actions, the wasm and the data released at random
// points among them; each trial's end state is compared with the same actions done on a live element.
// The test build of the loader tells the element states (NocWidget.__state).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, servers, guardedPage, useTestLoader, waitForState, hold } from './helpers.mjs';

let browser;
let srv;
before(async () => {
  browser = await launch();
  srv = await servers();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

const state = (page, sel) => page.evaluate((s) => NocWidget.__state(document.querySelector(s)), sel);
const settled = (page) => page.evaluate(() => NocWidget.__settled());

/** A page whose element `tag` shows its paint, with the wasm and every data file held. */
async function heldPage(tag, attrs, lang) {
  const { page, guard, context } = await guardedPage(browser);
  await useTestLoader(page);
  const wasm = await hold(page, '**/*.wasm');
  const data = await hold(page, '**/data/**');
  await page.goto(srv.page(`/to-${tag}-${lang}.html`, `<${tag} id="t" ${attrs}></${tag}>`, { lang }));
  await waitForState(page, '#t', ['painted', 'takingOver']); // the page may be idle already
  return { page, guard, context, wasm, data };
}

/** Inside the element `host`: a locator for `sel`. */
const inside = (page, host, sel) => page.locator(`${host} ${sel}`);

/**
 * The state of an element's root as a reader and the component see it: every control's value and
 * check, every disclosure, buttons' pressed/expanded states, the focused node (its index among the
 * root's elements) with its selection, and `outputs` (selectors whose text is computed from the
 * entries, e.g. the calculator's total).
 */
function digest(page, host, outputs = []) {
  return page.evaluate(([h, outs]) => {
    const shadow = document.querySelector(h).shadowRoot;
    const root = shadow.querySelector('.noc-root');
    const all = [...root.querySelectorAll('*')];
    const active = shadow.activeElement;
    return {
      controls: [...root.querySelectorAll('input, select, textarea')].map((c) => `${c.localName}:${c.type}=${c.value}${c.checked ? ' checked' : ''}`),
      open: [...root.querySelectorAll('details')].map((d) => d.open),
      buttons: [...root.querySelectorAll('button[aria-expanded], button[aria-pressed]')].map((b) => `${b.getAttribute('aria-expanded')}/${b.getAttribute('aria-pressed')}`),
      focus: active ? all.indexOf(active) : -1,
      selection: active && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null,
      outputs: outs.map((o) => root.querySelector(o)?.textContent ?? null),
    };
  }, [host, outputs]);
}

// ---------------------------------------------------------------- deterministic: each input kind, each element

const EVENTS = ['noc-check-eligibility', 'noc-select', 'ee-change'];
async function countEvents(page) {
  await page.evaluate((names) => {
    window.__events = {};
    for (const n of names) document.addEventListener(n, () => { window.__events[n] = (window.__events[n] || 0) + 1; });
  }, EVENTS);
}

for (const lang of ['en', 'fr']) {
  test(`<noc-card> (${lang}, card-only build): a province picked, disclosures opened, a button pressed twice and focus moved during takeover are all kept`, async () => {
    const { page, guard, context, wasm, data } = await heldPage('noc-card', 'code="22220"', lang);
    await countEvents(page);
    const pick = inside(page, '#t', '#nw-wages-pick');
    await pick.focus(); // a focus inside the element asks for the wasm
    await wasm.requested();
    const options = await pick.evaluate((s) => [...s.options].map((o) => o.value));
    const province = options[3];
    await pick.selectOption(province);
    wasm.release();
    await waitForState(page, '#t', 'takingOver');
    await data.requested(); // the card build runs and loads the card's data
    await inside(page, '#t', 'details.nw-all-examples > summary').click();
    await inside(page, '#t', 'details.nw-ai-sources > summary').click();
    const check = inside(page, '#t', 'button.nw-check');
    await check.click();
    await check.click();
    assert.equal(await state(page, '#t'), 'takingOver', 'all of it happened before the card was live');
    data.release();
    await waitForState(page, '#t', 'live');
    await settled(page);
    assert.equal(await pick.inputValue(), province, 'the select keeps the pick');
    const chosen = await pick.evaluate((s) => s.selectedOptions[0].textContent);
    assert.match(await inside(page, '#t', '.nw-wage-you').textContent(), new RegExp(chosen), 'the chart shows the pick');
    for (const d of ['nw-all-examples', 'nw-ai-sources']) {
      assert.ok(await inside(page, '#t', `details.${d}`).evaluate((e) => e.open), `the disclosure ${d} stays open`);
    }
    assert.deepEqual(await page.evaluate(() => window.__events['noc-check-eligibility']), 2, 'both presses acted');
    assert.ok(await check.evaluate((b) => b.getRootNode().activeElement === b), 'focus stays on the last button pressed');
    guard.check(assert);
    await context.close();
  });

  test(`<noc-search> (${lang}): text typed with the caret moved and a selection made during takeover is kept and searched`, async () => {
    const { page, guard, context, wasm, data } = await heldPage('noc-search', '', lang);
    const box = inside(page, '#t', '[role="combobox"]');
    await box.click();
    await page.keyboard.type(lang === 'fr' ? 'infirmier' : 'nurse');
    await wasm.requested();
    wasm.release();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Shift+ArrowLeft');
    await waitForState(page, '#t', 'live'); // the search's paint shows no data: nothing to hold
    data.release();
    await settled(page);
    const word = lang === 'fr' ? 'infirmier' : 'nurse';
    assert.equal(await box.inputValue(), word);
    assert.deepEqual(await box.evaluate((i) => [i.selectionStart, i.selectionEnd, i.getRootNode().activeElement === i]),
      [word.length - 3, word.length - 2, true], 'caret, selection and focus as the reader left them');
    // The component knows the query: it searched it.
    await page.waitForFunction(() => document.querySelector('#t').shadowRoot.querySelectorAll('[role="option"]').length > 0);
    guard.check(assert);
    await context.close();
  });

  for (const tag of ['ee-calculator', 'noc-widget']) {
    test(`<${tag}> (${lang}): entries typed, a box ticked, a choice made, a disclosure opened, Enter pressed and focus moved during takeover give the same result as on a live calculator`, async () => {
      const { page, guard, context, wasm, data } = await heldPage(tag, '', lang);
      const age = inside(page, '#t', '#ee-age');
      await age.click();
      await wasm.requested();
      await age.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('47');
      wasm.release();
      await waitForState(page, '#t', 'takingOver');
      await page.keyboard.press('Tab'); // focus moves on
      const sibling = inside(page, '#t', '#ee-sibling_in_canada');
      await sibling.check();
      const education = inside(page, '#t', '#ee-education');
      const options = await education.evaluate((s) => [...s.options].map((o) => o.value));
      await education.selectOption(options[options.length - 2]);
      const disclosure = inside(page, '#t', 'details > summary').first();
      await disclosure.click();
      await age.focus();
      await page.keyboard.press('Backspace');
      await page.keyboard.type('4'); // 44
      await page.keyboard.press('Enter'); // the form is sent (by the key, not a button)
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      data.release();
      await waitForState(page, '#t', 'live');
      await settled(page);
      const after = await digest(page, '#t', ['.ee-total']);
      assert.equal(await age.inputValue(), '44');
      assert.ok(await sibling.isChecked());
      assert.equal(await education.inputValue(), options[options.length - 2]);
      assert.deepEqual(after.selection, [0, 1], 'caret and selection in the age field');
      assert.ok(await age.evaluate((i) => i.getRootNode().activeElement === i), 'focus in the age field');
      assert.ok(await disclosure.evaluate((s) => s.parentElement.open), 'the disclosure stays open');
      // The component took every entry: its total is the one a live calculator shows for them.
      await page.evaluate((t) => {
        const ref = document.createElement(t);
        ref.id = 'r';
        document.body.append(ref);
      }, tag);
      await page.locator('#r').scrollIntoViewIfNeeded();
      await inside(page, '#r', '#ee-age').focus(); // takes it over at once
      await waitForState(page, '#r', 'live');
      await inside(page, '#r', '#ee-age').fill('44');
      await inside(page, '#r', '#ee-sibling_in_canada').check();
      await inside(page, '#r', '#ee-education').selectOption(options[options.length - 2]);
      await settled(page);
      const total = (h) => inside(page, h, '.ee-total').textContent();
      assert.equal(await total('#t'), await total('#r'), 'the same total as the same entries on a live calculator');
      guard.check(assert);
      await context.close();
    });
  }
}

// ---------------------------------------------------------------- randomised trials

const TRIALS = Number(process.env.TAKEOVER_TRIALS || 200);
const SEED = Number(process.env.TAKEOVER_SEED || Date.now() % 100000);

/** A small seeded random source (mulberry32), so a failing trial can be run again. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

// What a reader does, on controls that exist on the paint and that no other action removes (so the
// same actions can be done on a live element): [name, (page, host) => Promise].
const KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Backspace', 'Shift+ArrowLeft', 'Shift+Home'];
function typing(rng, field, chars) {
  const r = rng.next();
  if (r < 0.45) {
    const text = Array.from({ length: 1 + rng.int(2) }, () => rng.pick(chars)).join('');
    return [`type ${text} in ${field}`, async (page, host) => { await inside(page, host, field).focus(); await page.keyboard.type(text); }];
  }
  const key = rng.pick(KEYS);
  return [`${key} in ${field}`, async (page, host) => { await inside(page, host, field).focus(); await page.keyboard.press(key); }];
}
// Pressed from the keyboard (Space on a checkbox, Enter on a button or a disclosure's summary): the
// same events as a click, without pointer hit-testing (the card's sticky actions bar makes it slow).
const press = (sel, key = 'Enter') => [`${key} on ${sel}`, async (page, host) => {
  await inside(page, host, sel).focus();
  await page.keyboard.press(key);
}];
const focus = (sel) => [`focus ${sel}`, (page, host) => inside(page, host, sel).focus()];

const CALCULATOR_FIELDS = ['#ee-age', '#ee-canadian_work_years', '#ee-foreign_work_years'];
function calculatorAction(rng) {
  const r = rng.next();
  if (r < 0.5) return typing(rng, rng.pick(CALCULATOR_FIELDS), '0123456789');
  if (r < 0.62) return press('#ee-sibling_in_canada', 'Space');
  if (r < 0.74) {
    const i = 1 + rng.int(4);
    return [`education option ${i}`, (page, host) => inside(page, host, '#ee-education').selectOption({ index: i })];
  }
  if (r < 0.82) return press('details.ee-older > summary');
  if (r < 0.9) return [`Enter in #ee-age`, async (page, host) => { await inside(page, host, '#ee-age').focus(); await page.keyboard.press('Enter'); }];
  return focus(rng.pick(CALCULATOR_FIELDS));
}

const KINDS = {
  card: {
    tag: 'noc-card', attrs: 'code="22220"', outputs: ['.nw-wage-you'],
    action(rng) {
      const r = rng.next();
      if (r < 0.3) {
        const i = rng.int(8);
        return [`province ${i}`, (page, host) => inside(page, host, '#nw-wages-pick').selectOption({ index: i })];
      }
      if (r < 0.45) return press('details.nw-ai-sources > summary');
      if (r < 0.6) return press('details.nw-all-examples > summary');
      if (r < 0.8) return press('button.nw-check');
      return focus(rng.pick(['#nw-wages-pick', 'button.nw-check', 'details.nw-all-examples > summary']));
    },
  },
  search: {
    tag: 'noc-search', attrs: '', outputs: [],
    action: (rng) => typing(rng, '[role="combobox"]', 'aeinrstu '),
  },
  calculator: { tag: 'ee-calculator', attrs: '', outputs: ['.ee-total'], action: calculatorAction },
  widget: {
    // Its search is the search's (above); typed into, it opens a list over the calculator's controls.
    tag: 'noc-widget', attrs: '', outputs: ['.ee-total'], action: calculatorAction,
  },
};

/** Counts of the elements' events, by name, since the last call. */
const eventCounts = (page) => page.evaluate(() => {
  const e = window.__events;
  window.__events = {};
  delete e['ee-change'];
  return e;
});

// Marked `todo` while the target (0 in 200) is not met: on this machine about 1.5 % of the trials still
// end in another state than the live run, all when the reader acts just as the hydration runs (it can
// take more than one task): a disclosure or a caret moved then is put back to the snapshot taken at the
// hydration's start, or a checkbox toggled then is lost. The failures are printed with the seed
// (TAKEOVER_SEED reruns them); the deterministic tests above are not todo.
test(`${TRIALS} randomised takeovers (seed ${SEED}): no input lost or reordered`, {
  timeout: 1800000,
  todo: 'issue 24: a few trials in 200 still differ from the live run',
}, async () => {
  const rng = random(SEED);
  const combos = Object.keys(KINDS).flatMap((kind) => ['en', 'fr'].map((lang) => [kind, lang]));
  const failures = [];
  let inputs = 0;
  let duringTakeover = 0;
  for (const [c, [kind, lang]] of combos.entries()) {
    const spec = KINDS[kind];
    const trials = Math.floor(TRIALS / combos.length) + (c < TRIALS % combos.length ? 1 : 0);
    // The trial page: loaded again for each trial (a cold WebAssembly each time), its files held by
    // gates each trial opens at random points among the reader's actions.
    const { page, guard, context } = await guardedPage(browser);
    await useTestLoader(page);
    await page.addInitScript((names) => {
      window.__events = {};
      for (const n of names) document.addEventListener(n, () => { window.__events[n] = (window.__events[n] || 0) + 1; });
    }, EVENTS);
    let gates;
    for (const [glob, name] of [['**/*.wasm', 'wasm'], ['**/data/**', 'data']]) {
      await page.route(glob, async (route) => {
        await gates[name].promise;
        await route.continue().catch(() => {});
      });
    }
    // The reference page: the same element, live before any action, made anew for each trial.
    const ref = await context.newPage();
    await ref.addInitScript((names) => {
      window.__events = {};
      for (const n of names) document.addEventListener(n, () => { window.__events[n] = (window.__events[n] || 0) + 1; });
    }, EVENTS);
    await useTestLoader(ref);
    await ref.goto(srv.page(`/ref-${kind}-${lang}.html`, '<main></main>', { lang }));
    const url = srv.page(`/trial-${kind}-${lang}.html`, `<${spec.tag} id="t" ${spec.attrs}></${spec.tag}>`, { lang });
    for (let n = 0; n < trials; n++) {
      const deferred = () => { let open; const promise = new Promise((ok) => { open = ok; }); return { promise, open }; };
      gates = { wasm: deferred(), data: deferred() };
      const actions = Array.from({ length: 3 + rng.int(6) }, () => spec.action(rng));
      const wasmAt = rng.int(actions.length + 1);
      const dataAt = wasmAt + rng.int(actions.length + 1 - wasmAt);
      const t0 = Date.now();
      await page.goto(url);
      await waitForState(page, '#t', ['painted', 'takingOver']);
      // The takeover starts now (as when the page is idle) and waits for the held files.
      await page.evaluate(() => document.querySelector('#t').shadowRoot.dispatchEvent(new KeyboardEvent('keydown')));
      const t1 = Date.now();
      for (let i = 0; i <= actions.length; i++) {
        if (i === wasmAt) gates.wasm.open();
        if (i === dataAt) gates.data.open();
        if (i === actions.length) break;
        const s = await state(page, '#t');
        if (s === 'painted' || s === 'takingOver') duringTakeover += 1;
        const ta = Date.now();
        await actions[i][1](page, '#t');
        if (process.env.TAKEOVER_DEBUG) console.log(`  ${actions[i][0]}: ${Date.now() - ta} ms (${s})`);
        inputs += 1;
      }
      await waitForState(page, '#t', 'live');
      await settled(page);
      const t2 = Date.now();
      // Counts of the events a reader's act sends (ee-change is sent per assessment, and the replay may
      // coalesce intermediate ones: the entries and the result are compared instead).
      const got = { ...(await digest(page, '#t', spec.outputs)), events: await eventCounts(page) };
      // The same actions on a live element.
      await ref.evaluate(([tag, attrs]) => {
        document.querySelector('#r')?.remove();
        const t = document.createElement('template');
        t.innerHTML = `<${tag} id="r" ${attrs}></${tag}>`;
        document.querySelector('main').append(t.content);
        window.__events = {};
      }, [spec.tag, spec.attrs]);
      await waitForState(ref, '#r', ['painted', 'takingOver', 'hydrating', 'live']);
      await ref.evaluate(() => document.querySelector('#r').shadowRoot.dispatchEvent(new KeyboardEvent('keydown')));
      await waitForState(ref, '#r', 'live');
      for (const [, act] of actions) await act(ref, '#r');
      await settled(ref);
      const want = { ...(await digest(ref, '#r', spec.outputs)), events: await eventCounts(ref) };
      if (process.env.TAKEOVER_DEBUG) console.log(kind, lang, n, `paint ${t1 - t0} ms, acts+live ${t2 - t1} ms, reference ${Date.now() - t2} ms`);
      try {
        assert.deepEqual(got, want);
      } catch (e) {
        failures.push(`${kind} ${lang} trial ${n} (wasm released before action ${wasmAt}, data before ${dataAt}): ${actions.map((a) => a[0]).join(' | ')}\n got ${JSON.stringify(got)}\nwant ${JSON.stringify(want)}`);
      }
    }
    guard.check(assert);
    await context.close();
  }
  console.log(`# ${TRIALS} randomised takeovers (seed ${SEED}): ${inputs} inputs, ${duringTakeover} of them before the element was live; ${failures.length} trials lost or reordered an input`);
  assert.deepEqual(failures, [], failures.slice(0, 3).join('\n\n'));
});
