// Hostile values through every public door (window.NocWidget arguments, attributes, the #ee= share
// fragment): each must be refused with an Error naming the field, never a trap, and the widget must keep
// answering. After every hostile call a valid call must succeed, and the cards on the page must still
// render (the WebAssembly instance is shared by every element, so one trap would kill them all).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, callApi, PROFILE, closePage, guardedPage, waitForText } from './helpers.mjs';

// Builds the hostile values inside the page (they cannot cross Playwright's serialisation).
function installHostile(profile) {
  const boom = () => { throw new Error('boom'); };
  const deep = (levels) => {
    let o = { ...profile };
    for (let i = 0; i < levels; i++) o = { ...profile, spouse: o };
    return o;
  };
  const endless = () => new Proxy({}, {
    ownKeys: () => ['spouse'],
    getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true, value: 1 }),
    get: () => endless(),
  });
  const revoked = () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; };
  const sparse = () => { const a = []; a[1e6] = 1; return a; };
  const withGetter = (base, key) => {
    const o = { ...base };
    Object.defineProperty(o, key, { enumerable: true, get: boom });
    return o;
  };
  window.__hostile = {
    cyclic: () => { const o = { ...profile }; o.self = o; return o; },
    cyclicDeeper: () => { const o = { ...profile, spouse: {} }; o.spouse.partner = o; return o; },
    deep: () => deep(1e5),
    hugeText: () => ({ ...profile, education: 'x'.repeat(10 * 1024 * 1024) }),
    hugeKey: () => ({ ...profile, ['k'.repeat(10 * 1024 * 1024)]: 1 }),
    sparse: () => ({ ...profile, first_language: sparse() }),
    hugeSparse: () => ({ ...profile, first_language: new Array(2 ** 32 - 1) }),
    bareSparse: () => new Array(2 ** 32 - 1),
    manyFields: () => { const o = { ...profile }; for (let i = 0; i < 200000; i++) o['f' + i] = i; return o; },
    wideShared: () => { let x = [1, 2, 3, 4]; for (let i = 0; i < 12; i++) x = [x, x, x, x]; return { ...profile, first_language: x }; },
    getter: () => withGetter(profile, 'age'),
    proxyGetThrows: () => new Proxy({ ...profile }, { get: boom }),
    proxyKeysThrow: () => new Proxy({ ...profile }, { ownKeys: boom }),
    proxyEndless: endless,
    revoked,
    fn: () => ({ ...profile, age: () => 29 }),
    symbol: () => ({ ...profile, age: Symbol('x') }),
    bigint: () => ({ ...profile, age: 29n }),
    string10mb: () => '2'.repeat(10 * 1024 * 1024),
    optionsGetter: () => withGetter({}, 'lang'),
    optionsLangHuge: () => ({ lang: 'f'.repeat(10 * 1024 * 1024) }),
    optionsCyclic: () => { const o = { lang: 'en' }; o.self = o; return o; },
  };
}

let browser, srv, page, guard, context;
before(async () => {
  ({ browser, srv, page, guard, context } = await openPage('/hostile-api.html', `
      <noc-card id="c1" code="22220"></noc-card>
      <noc-search id="s"></noc-search>`, { prepare: (p) => p.addInitScript(installHostile, PROFILE) }));
  await page.evaluate(() => window.NocWidget.ready);
  await waitForText(page, '#c1', 'Computer network and web technicians');
});
after(() => closePage({ context, browser, srv }));

const call = (method, ...args) => callApi(page, method, args);

const h = (name) => ({ hostile: name });

/** A valid call of each method still works, and a card still renders (a new one, from its attribute). */
let cardNo = 0;
async function stillAlive(label) {
  const ok = await call('assess', PROFILE);
  assert.ok(!ok.error, `${label}: assess after it failed: ${JSON.stringify(ok.error)}`);
  assert.ok(ok.value.crs.total > 0);
  const found = await call('search', 'network technician', { limit: 3 });
  assert.ok(!found.error && found.value.some((hit) => hit.code === '22220'), `${label}: search after it`);
}

async function newCardRenders(label) {
  cardNo += 1;
  const id = `fresh${cardNo}`;
  const code = ['21231', '31301', '72400'][cardNo % 3];
  await page.evaluate(([i, c]) => {
    const card = document.createElement('noc-card');
    card.id = i;
    card.setAttribute('code', c);
    document.body.prepend(card);
  }, [id, code]);
  const text = await waitForText(page, `#${id}`, code);
  assert.ok(text.length > 50, `${label}: the new card rendered`);
}

function expectRefused(r, label, field, pattern) {
  assert.ok(r.error, `${label} must be refused, got ${JSON.stringify(r.value)?.slice(0, 80)}`);
  assert.ok(r.error.isError, `${label}: rejects with an Error`);
  assert.equal(r.error.field, field, `${label}: ${r.error.message.slice(0, 200)}`);
  assert.ok(r.error.message.startsWith(`${field}: `), `${label}: ${r.error.message.slice(0, 200)}`);
  assert.match(r.error.message, pattern, label);
  assert.ok(r.error.message.length < 500, `${label}: a short message`);
}

const PROFILE_CASES = [
  ['cyclic', 'profile', /^profile: contains a cycle/],
  ['cyclicDeeper', 'profile', /^profile: contains a cycle \(profile\.spouse\.partner/],
  ['deep', 'profile', /^profile: nested too deeply/],
  ['hugeText', 'profile.education', /text is too long/],
  ['hugeKey', 'profile', /text is too long/],
  ['sparse', 'profile.first_language', /list is too long/],
  ['hugeSparse', 'profile.first_language', /list is too long/],
  ['manyFields', 'profile', /too many fields/],
  ['wideShared', 'profile', /too large/],
  ['getter', 'profile.age', /cannot be read/],
  ['proxyGetThrows', 'profile.age', /cannot be read/],
  ['proxyKeysThrow', 'profile', /cannot be read/],
  ['proxyEndless', 'profile', /nested too deeply/],
  ['revoked', 'profile', /cannot be read/],
  ['fn', 'profile.age', /not a function/],
  ['symbol', 'profile.age', /not a symbol/],
  ['bigint', 'profile.age', /not a BigInt/],
];

for (const method of ['assess', 'suggest']) {
  test(`${method}: cyclic, deep, huge, sparse, getter and Proxy profiles are refused by name`, async () => {
    for (const [name, field, pattern] of PROFILE_CASES) {
      const r = await call(method, h(name));
      expectRefused(r, `${method}(${name})`, field, pattern);
      await stillAlive(`${method}(${name})`);
    }
    await newCardRenders(method);
  });
}

test('search: hostile queries and options are refused by name', async () => {
  const cases = [
    [[h('string10mb')], 'query', /200 characters/],
    [[h('cyclic')], 'query', /must be a string/],
    [[h('proxyGetThrows')], 'query', /must be a string/],
    [['nurse', h('optionsGetter')], 'options', /cannot be read/],
    [['nurse', h('proxyGetThrows')], 'options', /cannot be read/],
    [['nurse', h('revoked')], 'options', /cannot be read/],
    [['nurse', h('optionsLangHuge')], 'lang', /too long/],
    [['nurse', h('bareSparse')], 'options', /must be an object/],
  ];
  for (const [args, field, pattern] of cases) {
    const label = `search(${JSON.stringify(args)})`;
    expectRefused(await call('search', ...args), label, field, pattern);
    await stillAlive(label);
  }
  // Only `lang` and `limit` are read: a cyclic or deep options object with good values just works.
  for (const options of ['optionsCyclic', 'deep']) {
    const r = await call('search', 'network technician', h(options));
    assert.ok(!r.error, `${options}: ${JSON.stringify(r.error)}`);
  }
  await newCardRenders('search');
});

test('occupation: hostile codes and options are refused by name', async () => {
  const cases = [
    [[h('string10mb')], 'code', /too long/],
    [[h('cyclic')], 'code', /five-digit/],
    [[h('revoked')], 'code', /five-digit/],
    [['22220', h('optionsGetter')], 'options', /cannot be read/],
    [['22220', h('optionsLangHuge')], 'lang', /too long/],
    [['22220', h('revoked')], 'options', /cannot be read/],
  ];
  for (const [args, field, pattern] of cases) {
    const label = `occupation(${JSON.stringify(args)})`;
    expectRefused(await call('occupation', ...args), label, field, pattern);
    await stillAlive(label);
  }
  const card = await call('occupation', '22220', h('optionsCyclic'));
  assert.equal(card.value?.code, '22220', JSON.stringify(card.error));
  await newCardRenders('occupation');
});

test('a 10 MB attribute and an oversized #ee= fragment leave readable elements', async () => {
  await page.evaluate(() => {
    const card = document.createElement('noc-card');
    card.id = 'huge';
    card.setAttribute('code', '9'.repeat(10 * 1024 * 1024));
    document.body.prepend(card);
    const search = document.createElement('noc-search');
    search.id = 'hugeq';
    search.setAttribute('query', 'q'.repeat(10 * 1024 * 1024));
    search.setAttribute('limit', '1'.repeat(1e6));
    document.body.prepend(search);
  });
  const text = await page.waitForFunction(() => {
    const root = document.querySelector('#huge').shadowRoot.querySelector('.noc-root');
    return root && !root.hidden && root.textContent.trim().length > 10 ? root.textContent : null;
  }, null, { timeout: 15000 }).then((hdl) => hdl.jsonValue());
  assert.ok(text.length < 20000, `the card shows a short problem, not the attribute (${text.length} chars)`);
  await page.waitForFunction(() => {
    const root = document.querySelector('#hugeq').shadowRoot.querySelector('.noc-root');
    return root && !root.hidden && root.querySelector('input');
  }, null, { timeout: 15000 });
  await stillAlive('attributes');

  // A calculator on a page whose fragment is far longer than any share link starts with an empty form.
  const { page: p2, guard: g2, context: c2 } = await guardedPage(browser);
  const url = srv.page('/hostile-fragment.html', '<ee-calculator id="calc"></ee-calculator>');
  await p2.goto(`${url}#ee=age:30;noc:${'2'.repeat(1e6)}`);
  await waitForText(p2, '#calc', 'Express Entry');
  const answered = await p2.evaluate(() => window.NocWidget.assess({ age: 12 }).catch((e) => e.field));
  assert.equal(answered, 'age');
  g2.check(assert);
  await c2.close();
});

test('no uncaught errors on the page through all of it', () => {
  guard.check(assert);
});
