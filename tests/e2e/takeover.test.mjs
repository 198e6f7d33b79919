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

// ---------------------------------------------------------------- held edits

// Acts made while the hydration has set the paint's values back (the test gate 'hydrated') are held and
// redone by the loader: word deletions, word moves, select-all and typing cut to `maxlength` must end as
// the same keys do on a live field.
test('<noc-search>: word deletions and moves, select-all and typing at maxlength, held during the hydration, end as on a live field', async () => {
  const { page, guard, context } = await guardedPage(browser);
  const ref = await context.newPage();
  for (const p of [page, ref]) await useTestLoader(p);
  await page.goto(srv.page('/held-edits.html', '<main></main>', { lang: 'en' }));
  await ref.goto(srv.page('/held-edits-ref.html', '<main><noc-search id="t"></noc-search></main>', { lang: 'en' }));
  await page.evaluate(() => {
    NocWidget.__hold('hydrated');
    document.querySelector('main').innerHTML = '<noc-search id="t"></noc-search>';
  });
  await waitForState(ref, '#t', ['painted', 'takingOver', 'hydrating', 'live']);
  await ref.evaluate(() => document.querySelector('#t').shadowRoot.dispatchEvent(new KeyboardEvent('keydown')));
  await waitForState(ref, '#t', 'live');
  const keys = ['Control+Backspace', 'Control+ArrowLeft', 'Control+Shift+ArrowRight', 'type:health', 'End', 'Control+ArrowLeft',
    'Control+Delete', 'type:worker', 'Control+a', 'ArrowLeft', 'Control+ArrowRight', 'type: aide', 'End', 'type:s at home'];
  const act = async (p) => {
    for (const k of keys) {
      if (k.startsWith('type:')) await p.keyboard.type(k.slice(5)); else await p.keyboard.press(k);
    }
  };
  const start = async (p) => {
    const box = inside(p, '#t', '[role="combobox"]');
    await box.evaluate((i) => { i.maxLength = 26; });
    await box.focus();
    await p.keyboard.type('home care aide');
    return box;
  };
  // The trial: typed on the paint, then the keys while the takeover waits with the values set back.
  await waitForState(page, '#t', ['painted', 'takingOver', 'hydrating']);
  const box = await start(page);
  await page.waitForFunction(() => NocWidget.__waiting() === 'hydrated');
  await act(page);
  assert.equal(await state(page, '#t'), 'hydrating', 'every key met the held takeover');
  await page.evaluate(() => NocWidget.__release());
  await waitForState(page, '#t', 'live');
  await settled(page);
  // The same on the live reference.
  const refBox = await start(ref);
  await act(ref);
  await settled(ref);
  const field = (b) => b.evaluate((i) => [i.value, i.selectionStart, i.selectionEnd]);
  const want = await field(refBox);
  assert.equal(want[0].length, 26, `the reference reached maxlength: ${JSON.stringify(want)}`);
  assert.deepEqual(await field(box), want);
  assert.deepEqual(await digest(page, '#t'), await digest(ref, '#t'), 'the component shows the same');
  guard.check(assert);
  await context.close();
});

// ---------------------------------------------------------------- randomised trials

// 32 in the suite (4 per element and language, a new seed each run: about 25 s on a busy 2-core
// machine, so the takeover tests stay under a tenth of the suite); the target run is
// TAKEOVER_TRIALS=200 (about 2 minutes): `TAKEOVER_TRIALS=200 node --test tests/e2e/takeover.test.mjs`.
const TRIALS = Number(process.env.TAKEOVER_TRIALS || 32);
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

/** Counts the elements' events, by name, on every page of `context` from its start. */
const countEventsOn = (target) => target.addInitScript((names) => {
  window.__events = {};
  for (const n of names) document.addEventListener(n, () => { window.__events[n] = (window.__events[n] || 0) + 1; });
}, EVENTS);

/**
 * The trials of one element and language, in one browser context: on a trial page, each trial puts a
 * new element in place of the last one and holds its takeover (NocWidget.__hold, the test build's gate:
 * before the data and the hydration, as slow files would, or once the hydration is committed and
 * before the replay, as when yew's scheduler yields to the browser there) until a random point among
 * the reader's actions; the page's first takeover also loads the WebAssembly. On a reference page, the
 * same actions are done on a live element of the same kind, made anew for each trial, at the same time
 * as the trial. Returns the failures, and how many inputs were made (and how many before the element
 * was live, and while it hydrated).
 */
async function trialsOf(kind, lang, trials, rng) {
  const spec = KINDS[kind];
  const failures = [];
  let inputs = 0;
  let duringTakeover = 0;
  let duringHydration = 0;
  const { page, guard, context } = await guardedPage(browser);
  const ref = await context.newPage();
  if (THROTTLE > 1) {
    // A slower machine (Chrome's CPU throttling on the trial page): other timings among the acts.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  for (const p of [page, ref]) {
    await useTestLoader(p);
    await countEventsOn(p);
  }
  await page.goto(srv.page(`/trial-${kind}-${lang}.html`, '<main></main>', { lang }));
  await ref.goto(srv.page(`/ref-${kind}-${lang}.html`, '<main></main>', { lang }));
  /** Puts a new element `id` in place of the last one on `p`; `hold`: where its takeover waits. */
  const fresh = (p, id, hold) => p.evaluate(([tag, attrs, id, hold]) => {
    if (hold) NocWidget.__hold(hold);
    document.querySelector(`#${id}`)?.remove();
    const t = document.createElement('template');
    t.innerHTML = `<${tag} id="${id}" ${attrs}></${tag}>`;
    document.querySelector('main').append(t.content);
    window.__events = {};
  }, [spec.tag, spec.attrs, id, hold]);
  /** The takeover starts now (as when the reader acts or the page is idle). */
  const takeOver = (p, id) => p.evaluate((id) => document.querySelector(`#${id}`).shadowRoot.dispatchEvent(new KeyboardEvent('keydown')), id);

  /** The trial: the actions on the paint, the takeover released among them; the state once live. */
  async function onThePaint(actions, releaseAt, holdAt) {
    await fresh(page, 't', holdAt);
    // The page is idle: the takeover may start at once (and run to where it is held).
    await waitForState(page, '#t', ['painted', 'takingOver', 'hydrating']);
    await takeOver(page, 't');
    for (let i = 0; i <= actions.length; i++) {
      if (i === releaseAt) await page.evaluate(() => NocWidget.__release());
      if (i === actions.length) break;
      const s = await state(page, '#t');
      if (s === 'painted' || s === 'takingOver' || s === 'hydrating') duringTakeover += 1;
      if (s === 'hydrating') duringHydration += 1;
      await actions[i][1](page, '#t');
      inputs += 1;
    }
    await waitForState(page, '#t', 'live');
    await settled(page);
    // Counts of the events a reader's act sends (ee-change is sent per assessment, and the replay may
    // coalesce intermediate ones: the entries and the result are compared instead).
    return { ...(await digest(page, '#t', spec.outputs)), events: await eventCounts(page) };
  }

  /** The same actions on a live element. */
  async function onALiveElement(actions) {
    await fresh(ref, 'r', false);
    await waitForState(ref, '#r', ['painted', 'takingOver', 'hydrating', 'live']);
    await takeOver(ref, 'r');
    await waitForState(ref, '#r', 'live');
    for (const [, act] of actions) await act(ref, '#r');
    await settled(ref);
    return { ...(await digest(ref, '#r', spec.outputs)), events: await eventCounts(ref) };
  }

  for (let n = 0; n < trials; n++) {
    const actions = Array.from({ length: 3 + rng.int(6) }, () => spec.action(rng));
    // Released late rather than early (the later of two draws): most acts fall before live.
    const releaseAt = Math.max(rng.int(actions.length + 1), rng.int(actions.length + 1));
    const t0 = Date.now();
    const timed = (p) => p.then((v) => { if (DEBUG) console.log(`  ${kind} ${lang} ${n}: ${Date.now() - t0} ms`); return v; });
    // Held before the data and the hydration, or once the hydration is committed with the paint's
    // values set back to the rendered ones (as when yew yields to the browser there): acts then must
    // meet what the reader saw.
    const holdAt = rng.pick(['takeover', 'hydrated']);
    const [got, want] = await Promise.all([timed(onThePaint(actions, releaseAt, holdAt)), timed(onALiveElement(actions))]);
    try {
      assert.deepEqual(got, want);
    } catch (e) {
      failures.push(`${kind} ${lang} trial ${n} (held at ${holdAt}, released before action ${releaseAt}): ${actions.map((a) => a[0]).join(' | ')}\n got ${JSON.stringify(got)}\nwant ${JSON.stringify(want)}`);
    }
  }
  guard.check(assert);
  await context.close();
  return { failures, inputs, duringTakeover, duringHydration };
}

// The trials run in TAKEOVER_LANES lanes at once (each element and language in its own browser
// context; its trials in order). Each element and language draws its
// actions from its own seeded source (the seed, plus its index): a failure is printed with the seed,
// and TAKEOVER_SEED runs the same trials again.
const DEBUG = !!process.env.TAKEOVER_DEBUG;
// TAKEOVER_THROTTLE=N slows the trial page's CPU N times; TAKEOVER_KINDS=widget,card runs only those.
const THROTTLE = Number(process.env.TAKEOVER_THROTTLE || 1);
const ONLY = process.env.TAKEOVER_KINDS ? process.env.TAKEOVER_KINDS.split(',') : null;
const LANES = Math.max(1, Number(process.env.TAKEOVER_LANES || 4));
// Seed 44804 once lost a box's tick in the widget (ticked on screen, uncounted: 399 against 414) on a
// loaded machine: the replay then waited a microtask between inputs, and yew's scheduler, which yields to
// the browser every 16 ms, could still hold the previous input's work. `settled` now runs the scheduler to
// its end (yew::scheduler::flush).
test(`${TRIALS} randomised takeovers (seed ${SEED}): no input lost or reordered`, {
  timeout: 1800000,
}, async () => {
  // Each element and language keeps its index (its random source) when TAKEOVER_KINDS picks some.
  const combos = Object.keys(KINDS).flatMap((kind) => ['en', 'fr'].map((lang) => [kind, lang]))
    .map(([kind, lang], c) => [kind, lang, c]).filter(([kind]) => !ONLY || ONLY.includes(kind));
  const queue = combos.map(([kind, lang, c], i) => () => trialsOf(kind, lang,
    Math.floor(TRIALS / combos.length) + (i < TRIALS % combos.length ? 1 : 0), random(SEED * 16 + c)));
  const results = [];
  await Promise.all(Array.from({ length: Math.min(LANES, queue.length) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results.push(await job());
  }));
  const failures = results.flatMap((r) => r.failures);
  const inputs = results.reduce((n, r) => n + r.inputs, 0);
  const duringTakeover = results.reduce((n, r) => n + r.duringTakeover, 0);
  const duringHydration = results.reduce((n, r) => n + r.duringHydration, 0);
  console.log(`# ${TRIALS} randomised takeovers (seed ${SEED}): ${inputs} inputs, ${duringTakeover} of them before the element was live (${duringHydration} begun while it hydrated); ${failures.length} trials lost or reordered an input`);
  assert.deepEqual(failures, [], failures.slice(0, 3).join('\n\n'));
});
