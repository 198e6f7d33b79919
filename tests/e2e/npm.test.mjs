// The npm package dist/npm/ as a new project meets it: `npm pack` lists exactly the intended files; a
// consumer installs the packed tarball, copies the runtime files, and builds the README's examples with
// Vite (plain TypeScript, React 19, Vue 3); headless Chromium shows a card and the calculator from that
// build. `tsc --noEmit` checks a consumer file using every API function, element and event (and the real
// outputs of the API against their types) and fails on a misspelt attribute; custom-elements.json is
// validated against the published schema; the one element description is checked against the loader,
// the stylesheets and docs/embedding.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, DIST, launch, guardedPage, waitForText, strictCsp } from './helpers.mjs';
import { startServer } from '../../scripts/serve-test.mjs';
import { description, RUNTIME_FILES, PACKAGE_FILES, workspaceVersion, attributesOf, partsOf } from '../../scripts/npm/build.mjs';
import { readStamp } from '../../scripts/build-loader.mjs';

const PKG = join(DIST, 'npm');
// Inside the repository, so the consumer resolves vite, typescript, react and vue from its node_modules.
const APP = join(ROOT, 'target', 'npm-consumer');
const BIN = join(ROOT, 'node_modules', '.bin');
const VERSION = workspaceVersion();
const require = createRequire(import.meta.url);

function run(cmd, args, cwd, { allowFail = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (!allowFail && r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The fenced blocks of README.md's npm section, by the file name their first lines give. */
function readmeFiles() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.match(/<!-- npm:start -->([\s\S]*?)<!-- npm:end -->/)[1];
  const files = {};
  for (const [, lang, body] of section.matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
    const name = body.match(/^(?:---\n)?(?:\/\/|<!--) ([\w./-]+\.\w+)/);
    if (name) files[name[1]] = { lang, body };
  }
  return files;
}

const PROFILE = JSON.parse(readFileSync(join(ROOT, 'docs', 'profile.md'), 'utf8').match(/## Profile \(version 1\)\n\n```json\n([\s\S]*?)```/)[1]);

let browser;
let server;
let tarball;
let readme;
before(async () => {
  assert.ok(existsSync(join(PKG, 'package.json')), 'dist/npm/ is not built: run `make dist`');
  readme = readmeFiles();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('npm pack lists exactly the package files: runtime, entry, types, manifest, README, licence', () => {
  const packed = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], PKG).stdout)[0];
  const listed = packed.files.map((f) => f.path).sort();
  const expected = [
    'package.json', 'README.md', 'LICENSE', 'noc-widget.mjs', 'noc-widget.d.ts', 'custom-elements.json',
    'bin/noc-widget-copy.mjs', 'noc-widget.js', 'noc-widget-app.js', 'noc-widget-app_bg.wasm',
    'noc-widget-card.js', 'noc-widget-card_bg.wasm',
    ...listFiles(join(DIST, 'data')).map((p) => 'data/' + relative(join(DIST, 'data'), p)),
  ].sort();
  assert.deepEqual(listed, expected);
  assert.ok(!listed.some((p) => /offline|index\.html|demo/.test(p)), 'no demo pages or offline file');
  for (const name of RUNTIME_FILES.filter((n) => n !== 'data')) {
    assert.deepEqual(readFileSync(join(PKG, name)), readFileSync(join(DIST, name)), `${name} is the dist/ file`);
  }
  const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'noc-widget');
  assert.equal(pkg.version, VERSION, 'the version comes from Cargo.toml');
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.repository?.url);
  assert.equal(pkg.types, './noc-widget.d.ts');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(pkg.exports['.'], { types: './noc-widget.d.ts', default: './noc-widget.mjs' });
  assert.deepEqual(pkg.files, [...RUNTIME_FILES, ...PACKAGE_FILES]);
  assert.equal(readStamp(readFileSync(join(DIST, 'noc-widget.js'), 'utf8'))?.version, VERSION, 'dist.sh stamps the loader');
  console.log(`# npm package ${pkg.name}@${pkg.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1048576).toFixed(1)} MB unpacked`);
  mkdirSync(APP, { recursive: true });
  tarball = join(APP, run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', APP], PKG).stdout.match(/"filename": "([^"]+)"/)[1]);
});

test('custom-elements.json is valid against the published schema and lists every element, attribute, event, part', () => {
  const Ajv = require('ajv');
  const schema = require('custom-elements-manifest/schema.json');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const manifest = JSON.parse(readFileSync(join(PKG, 'custom-elements.json'), 'utf8'));
  const valid = ajv.validate(schema, manifest);
  assert.ok(valid, ajv.errorsText(ajv.errors));
  const classes = manifest.modules[0].declarations.filter((d) => d.customElement);
  assert.deepEqual(classes.map((c) => c.tagName), ['noc-card', 'noc-search', 'ee-calculator', 'noc-widget']);
  const search = classes.find((c) => c.tagName === 'noc-search');
  assert.deepEqual(search.attributes.map((a) => a.name), ['query', 'limit', 'lang', 'theme', 'compact', 'data-fallback-href', 'data-fallback-title']);
  assert.deepEqual(search.members.map((m) => m.name), ['query', 'limit', 'lang', 'theme', 'compact']);
  assert.deepEqual(classes.find((c) => c.tagName === 'noc-card').events.map((e) => e.name), ['noc-select', 'noc-check-eligibility']);
  assert.ok(classes.every((c) => c.cssProperties.some((p) => p.name === '--noc-accent') && c.cssParts.some((p) => p.name === 'root')));
});

/** The loader's modules (static/loader), as one text. */
const loaderSource = () => readdirSync(join(ROOT, 'static', 'loader')).filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(ROOT, 'static', 'loader', f), 'utf8')).join('\n');

test('the description matches the stylesheets, the parts in the code, and docs/embedding.md', () => {
  const css = readdirSync(join(ROOT, 'static', 'css')).map((f) => readFileSync(join(ROOT, 'static', 'css', f), 'utf8')).join('\n')
    + loaderSource();
  const used = new Set([...css.matchAll(/var\((--noc-[a-z0-9-]+)/g)].map((m) => m[1]));
  const described = new Set();
  for (const p of description.cssProperties) {
    described.add(p.name);
    if (p.dark !== '—') described.add(p.name.replace('--noc-', '--noc-dark-'));
  }
  assert.deepEqual([...described].sort(), [...used].sort(), 'every custom property the CSS reads is described, and no other');
  // The components are in crates/noc-ui (issue 26), the embedding layer in src/.
  const sources = [join(ROOT, 'src'), join(ROOT, 'crates', 'noc-ui', 'src')].flatMap(listFiles).filter((p) => p.endsWith('.rs')).map((p) => readFileSync(p, 'utf8')).join('\n')
    + loaderSource();
  const parts = new Set([...sources.matchAll(/part(?:=|', ')"?'?([a-z-]+)/g)].map((m) => m[1]));
  const describedParts = new Set(description.elements.flatMap((el) => partsOf(el).map((p) => p.name)));
  assert.deepEqual([...describedParts].sort(), [...parts].sort(), 'every part in the code is described');
  const check = run(process.execPath, [join(ROOT, 'scripts', 'npm', 'build.mjs'), 'docs', '--check'], ROOT, { allowFail: true });
  assert.equal(check.status, 0, check.stderr);
});

test('a new project installs the tarball, builds the README examples with Vite, and shows a card and the calculator', { timeout: 240000 }, async () => {
  assert.ok(tarball, 'the pack test ran first');
  for (const name of ['src', 'public', 'dist', 'node_modules', 'package.json', 'package-lock.json']) rmSync(join(APP, name), { recursive: true, force: true });
  mkdirSync(join(APP, 'src'), { recursive: true });
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  // `npm install noc-widget`, from the packed tarball (it has no dependencies: nothing else is fetched).
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], APP);
  const installed = JSON.parse(readFileSync(join(APP, 'node_modules', 'noc-widget', 'package.json'), 'utf8'));
  assert.equal(installed.version, VERSION);
  run(join(APP, 'node_modules', '.bin', 'noc-widget-copy'), ['public/noc-widget'], APP);
  assert.ok(existsSync(join(APP, 'public', 'noc-widget', 'noc-widget-app_bg.wasm')));
  assert.ok(existsSync(join(APP, 'public', 'noc-widget', 'data', 'en', 'cards-22220.bin')));

  for (const name of ['src/main.ts', 'src/Occupation.tsx', 'src/Card.vue', 'vite.config.ts', 'index.html', 'src/pages/index.astro']) {
    assert.ok(readme[name], `README.md has the ${name} example`);
  }
  writeFileSync(join(APP, 'vite.config.ts'), readme['vite.config.ts'].body);
  writeFileSync(join(APP, 'src', 'main.ts'), readme['src/main.ts'].body + "import './frameworks';\n");
  writeFileSync(join(APP, 'src', 'Occupation.tsx'), readme['src/Occupation.tsx'].body);
  writeFileSync(join(APP, 'src', 'Card.vue'), readme['src/Card.vue'].body);
  // The React and Vue examples, mounted beside the plain elements of index.html.
  writeFileSync(join(APP, 'src', 'frameworks.tsx'), `import { createApp } from 'vue';
import { createRoot } from 'react-dom/client';
import Card from './Card.vue';
import { Occupation } from './Occupation';

createApp(Card, { code: '21231' }).mount('#vue');
createRoot(document.getElementById('react')!).render(<Occupation code="31301" onPick={(code) => { (window as any).__picked = code; }} />);
`);
  writeFileSync(join(APP, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>consumer</title></head>
<body>
${readme['index.html'].body.replace(/^<!--.*-->\n/, '')}
<div id="vue"></div>
<div id="react"></div>
</body></html>
`);
  const build = run(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], APP);
  assert.doesNotMatch(build.stdout + build.stderr, /cannot be analyzed|error/i, 'Vite builds without warnings about the package');
  const assets = readdirSync(join(APP, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.js')));
  assert.ok(!assets.some((f) => f.endsWith('.wasm')), 'the wasm stays a runtime file (public/), not a bundled asset');

  server = await startServer({ root: join(APP, 'dist'), csp: strictCsp() });
  const { page, guard, context } = await guardedPage(browser);
  await page.addInitScript(() => {
    window.__changes = [];
    document.addEventListener('ee-change', (e) => window.__changes.push(e.detail));
  });
  await page.goto(server.origin + '/');
  // The plain card of index.html, the Vue card (French) and the React card (compact, set as a property).
  const text = await waitForText(page, 'body > noc-card', 'Computer network and web technicians', 30000);
  assert.match(text, /22220/);
  await waitForText(page, '#vue noc-card', 'concepteurs/conceptrices en logiciel', 30000);
  await waitForText(page, '#react noc-card', 'Registered nurses and registered psychiatric nurses', 30000);
  assert.equal(await page.evaluate(() => document.querySelector('#react noc-card').hasAttribute('compact')), true, 'React 19 set compact as a property, reflected');
  await page.locator('ee-calculator').scrollIntoViewIfNeeded();
  await waitForText(page, 'ee-calculator', 'Rules as of', 30000);
  const age = page.locator('ee-calculator input#ee-age');
  await age.fill('31');
  await age.press('Tab');
  await page.waitForFunction(() => window.__changes.length > 0, null, { timeout: 15000 });

  // Platform-like elements: named classes, properties reflecting attributes, one registration.
  const elements = await page.evaluate((desc) => desc.elements.map((el) => {
    const Class = customElements.get(el.tag);
    const node = document.createElement(el.tag);
    const out = { tag: el.tag, name: Class.name, props: {} };
    for (const a of [...el.attributes, ...desc.common.attributes].filter((x) => x.property)) {
      const sample = a.propertyType === 'boolean' ? true : a.propertyType === 'number' ? 7 : a.name === 'theme' ? 'dark' : a.name === 'lang' ? 'fr' : '22220';
      node[a.property] = sample;
      const attr = node.getAttribute(a.name);
      node.setAttribute(a.name, a.propertyType === 'boolean' ? 'false' : a.propertyType === 'number' ? '200' : a.name === 'theme' ? 'LIGHT' : 'x');
      out.props[a.property] = { attr, back: node[a.property] };
      if (a.propertyType !== 'number' && a.name !== 'lang') { node[a.property] = null; out.props[a.property].removed = !node.hasAttribute(a.name); }
    }
    return out;
  }), description);
  for (const el of elements) {
    const spec = description.elements.find((e) => e.tag === el.tag);
    assert.equal(el.name, spec.class, `customElements.get('${el.tag}') is ${spec.class}`);
    for (const a of attributesOf(spec).filter((x) => x.property)) {
      const got = el.props[a.property];
      const expected = a.propertyType === 'boolean' ? { attr: '', back: false, removed: true }
        : a.propertyType === 'number' ? { attr: '7', back: 10 }
        : a.name === 'theme' ? { attr: 'dark', back: 'light', removed: true }
        : a.name === 'lang' ? { attr: 'fr', back: 'x' }
        : { attr: '22220', back: 'x', removed: true };
      assert.deepEqual(got, expected, `<${el.tag}>.${a.property}`);
    }
  }
  // A second copy (the classic script beside the module) changes nothing.
  const twice = await page.evaluate(async () => {
    const before = [customElements.get('noc-card'), window.NocWidget];
    await new Promise((ok, fail) => {
      const s = document.createElement('script');
      s.src = '/noc-widget/noc-widget.js';
      s.onload = ok;
      s.onerror = fail;
      document.head.appendChild(s);
    });
    return before[0] === customElements.get('noc-card') && before[1] === window.NocWidget;
  });
  assert.ok(twice, 'the script tag after the module is harmless');
  const late = await page.evaluate(() => { try { window.NocWidget.setBase('/elsewhere/'); return 'accepted'; } catch (e) { return e.message; } });
  assert.match(late, /^setBase: call it before the first element starts .*\/noc-widget\/\)$/, 'a late setBase says why it cannot move the files');

  // Real outputs of the API and the event, for the type check below.
  const outputs = await page.evaluate(async (profile) => {
    const api = await window.NocWidget.ready;
    const tryFrom = (p) => p.then((v) => v, (e) => ({ error: e.message }));
    return {
      searchTitle: await api.search('infirmière', { lang: 'fr', limit: 5 }),
      searchCode: await api.search('2220', { limit: 3 }),
      search2016: await api.search('2281'),
      occupation: await api.occupation('22220'),
      occupationFr: await api.occupation('00010', { lang: 'fr' }),
      occupationNoAi: await tryFrom(api.occupation('42102')),
      occupationCategories: await api.occupation('31301'),
      assess: await api.assess(profile),
      suggest: await api.suggest(profile),
      eeChange: window.__changes.at(-1),
      error: await api.assess({ ...profile, age: 12 }).then(() => null, (e) => ({ field: e.field, code: e.code, message: e.message, errors: e.errors })),
    };
  }, PROFILE);
  assert.equal(outputs.assess.crs.total, 462, 'the docs/profile.md example');
  assert.equal(outputs.search2016[0].kind.type, 'code2016');
  assert.ok(outputs.suggest.length > 0);
  assert.ok(outputs.occupationCategories.immigration.categories.length > 0, '31301 is on a category list');
  assert.equal(outputs.occupationNoAi.ai_exposure, null, '42102 has no AI exposure score');
  assert.deepEqual([outputs.error.field, outputs.error.code], ['age', 'out_of_range']);
  writeFileSync(join(APP, 'src', 'real-outputs.ts'), `// Outputs of NocWidget in Chromium, checked against the package's types (fresh literals: no excess field).
import type { SearchHit, Occupation, Assessment, Suggestion, NocWidgetError } from 'noc-widget';
export const searchTitle: SearchHit[] = ${JSON.stringify(outputs.searchTitle)};
export const searchCode: SearchHit[] = ${JSON.stringify(outputs.searchCode)};
export const search2016: SearchHit[] = ${JSON.stringify(outputs.search2016)};
export const occupation: Occupation = ${JSON.stringify(outputs.occupation)};
export const occupationFr: Occupation = ${JSON.stringify(outputs.occupationFr)};
${outputs.occupationNoAi.error ? '' : `export const occupationNoAi: Occupation = ${JSON.stringify(outputs.occupationNoAi)};`}
export const occupationCategories: Occupation = ${JSON.stringify(outputs.occupationCategories)};
export const assess: Assessment = ${JSON.stringify(outputs.assess)};
export const suggest: Suggestion[] = ${JSON.stringify(outputs.suggest)};
export const eeChange: Assessment = ${JSON.stringify(outputs.eeChange)};
export const error: Pick<NocWidgetError, 'field' | 'code' | 'message' | 'errors'> = ${JSON.stringify(outputs.error)};
`);
  guard.check(assert);
  await context.close();
});

const TSCONFIG = (files) => JSON.stringify({
  compilerOptions: {
    strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx',
    lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: false, types: [], noUnusedLocals: false,
  },
  files,
}, null, 2);

test('tsc --noEmit: every API function, element and event typed; real outputs fit the types; a misspelt attribute fails', { timeout: 120000 }, () => {
  assert.ok(existsSync(join(APP, 'src', 'real-outputs.ts')), 'the Vite test ran first');
  writeFileSync(join(APP, 'src', 'consumer.ts'), `import { NocWidget, setBase, NocCardElement, NocSearchElement, EeCalculatorElement, NocWidgetElement } from 'noc-widget';
import type { Profile, SearchHit, Occupation, Assessment, Suggestion, NocWidgetError, NocSelectEvent, EeChangeEvent, NocCheckEligibilityEvent } from 'noc-widget';

setBase(new URL('/noc-widget/', location.href));
const profile: Profile = ${JSON.stringify(PROFILE)};

export async function useApi(): Promise<number> {
  const api = await NocWidget.ready;
  const version: string = api.version;
  const hits: SearchHit[] = await api.search('nurse', { lang: 'fr-CA', limit: 5 });
  const first = hits[0].kind;
  const old = first.type === 'code2016' ? first.code2016 : first.type === 'title' ? first.title_kind : 'code2021';
  const card: Occupation = await api.occupation(hits[0].code, { lang: 'fr' });
  const median: number | null | undefined = card.wages.national?.median;
  const result: Assessment = await api.assess(profile);
  const tips: Suggestion[] = await api.suggest(profile);
  const detail = tips[0].detail;
  const level = detail.kind === 'language_score' ? detail.to_level : 0;
  try {
    await api.assess({ ...profile, age: 12 });
  } catch (error) {
    console.log((error as NocWidgetError).field, (error as NocWidgetError).code, (error as NocWidgetError).errors?.map((e) => e.field));
  }
  // @ts-expect-error a profile misses no field
  await api.assess({ age: 29 });
  // @ts-expect-error search options are checked
  await api.search('nurse', { limt: 5 });
  console.log(version, old, median, api.dataVersion, api.rulesAsOf, window.NocWidget === api);
  return result.crs.total + result.fsw.points + level + tips.length;
}

const card = document.createElement('noc-card');
const search = document.createElement('noc-search');
const calculator = document.createElement('ee-calculator');
const widget = document.createElement('noc-widget');
card.code = '22220';
card.theme = 'dark';
card.compact = true;
card.lang = 'fr';
search.query = 'nurse';
search.limit = 5;
calculator.noc = '21231';
widget.code = '22220';
widget.query = 'nurse';
const cards: NocCardElement[] = [card, ...document.querySelectorAll('noc-card')];
const others: [NocSearchElement, EeCalculatorElement, NocWidgetElement] = [search, calculator, widget];
if (widget instanceof NocWidgetElement) widget.compact = false;
// @ts-expect-error a card has no noc property
card.noc = '21231';
// @ts-expect-error theme is light, dark or auto
card.theme = 'blue';
// @ts-expect-error limit is a number
search.limit = 'ten';

card.addEventListener('noc-select', (event) => console.log(event.detail.code));
card.addEventListener('noc-check-eligibility', (event: NocCheckEligibilityEvent) => console.log(event.detail.code));
calculator.addEventListener('ee-change', (event) => console.log(event.detail.crs.total, event.detail.fst.unmet));
document.addEventListener('noc-select', (event: NocSelectEvent) => console.log(event.detail.code));
window.addEventListener('ee-change', (event: EeChangeEvent) => console.log(event.detail.rules_as_of));
// @ts-expect-error ee-change carries an assessment, not a code
calculator.addEventListener('ee-change', (event) => console.log(event.detail.code));
console.log(cards, others);
`);
  writeFileSync(join(APP, 'src', 'preact.tsx'), `/** @jsxImportSource preact */
import 'noc-widget';

export const Page = () => (
  <main>
    <noc-card code="22220" compact theme="light" onnoc-select={(event) => console.log(event.detail.code)} />
    <noc-search query="nurse" limit={5} lang="fr" />
    <ee-calculator noc="21231" onee-change={(event) => console.log(event.detail.crs.total)} />
    <noc-widget code="22220" data-fallback-href="https://noc.esdc.gc.ca/" />
    {/* @ts-expect-error misspelt attribute */}
    <noc-card cod="22220" />
  </main>
);
`);
  writeFileSync(join(APP, 'src', 'react-more.tsx'), `import 'noc-widget';

export const More = () => (
  <>
    <noc-search query="nurse" limit={5} onnoc-select={(event) => console.log(event.detail.code)} />
    <ee-calculator noc="21231" onee-change={(event) => console.log(event.detail.fsw.eligible)} />
    <noc-widget code="22220" query="nurse" theme="auto" />
    {/* @ts-expect-error theme is light, dark or auto */}
    <noc-card code="22220" theme="blue" />
  </>
);
`);
  // Astro itself is not installed here (it is large); the script of its README example is type-checked.
  const astroScript = readme['src/pages/index.astro'].body.match(/<script>\n([\s\S]*?)<\/script>/)[1];
  writeFileSync(join(APP, 'src', 'astro-script.ts'), astroScript + 'export {};\n');
  writeFileSync(join(APP, 'tsconfig.json'), TSCONFIG(['src/consumer.ts', 'src/Occupation.tsx', 'src/react-more.tsx', 'src/preact.tsx', 'src/real-outputs.ts', 'src/astro-script.ts']));
  const ok = run(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], APP, { allowFail: true });
  assert.equal(ok.status, 0, `tsc found errors:\n${ok.stdout}${ok.stderr}`);

  // The negative check: the same README component with a misspelt attribute must not compile.
  writeFileSync(join(APP, 'src', 'misspelt.tsx'), readme['src/Occupation.tsx'].body.replace('<noc-card code=', '<noc-card cod='));
  writeFileSync(join(APP, 'tsconfig.bad.json'), TSCONFIG(['src/misspelt.tsx']));
  const bad = run(join(BIN, 'tsc'), ['-p', 'tsconfig.bad.json'], APP, { allowFail: true });
  assert.notEqual(bad.status, 0, 'tsc accepted <noc-card cod=...>');
  assert.match(bad.stdout, /misspelt\.tsx.*error TS2322[\s\S]*Property 'cod' does not exist/);
});
