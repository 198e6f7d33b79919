// The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, PHP's built-in server: see
// tests/wordpress/site.mjs): installed and activated from dist/wordpress/noc-widget.zip through the admin's
// upload form; an author without unfiltered_html writes posts with each block and each shortcode through
// the REST API; headless Chromium checks each element works (EN and FR), the card without JavaScript, the
// block editor (the four blocks, the picker, the preview), the settings page, and that the plugin leaves no
// PHP warning. Also: the plugin's PHP passes `php -l` and PHP_CodeSniffer, and the French .po translates
// every string. Set NOC_WP_SCREENSHOTS=1 to (re)write docs/screenshots/wordpress-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, DIST, CHROMIUM_ARGS, runNoc } from './helpers.mjs';
import { startSite, sitePhp } from '../wordpress/site.mjs';
import { makePot } from '../../scripts/wordpress-pot.mjs';
import { WIDGET_FILES } from '../../scripts/wordpress-zip.mjs';

const ZIP = join(DIST, 'wordpress', 'noc-widget.zip');
const PLUGIN_SOURCE = join(ROOT, 'wordpress');
const SHOTS = process.env.NOC_WP_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : null;
const TITLE_EN = 'Computer network and web technicians';
const TITLE_FR = 'Techniciens/techniciennes de réseau informatique et Web';

let site;
let browser;
const external = []; // requests to any host but the site's own, from every page opened
const posts = {}; // name -> URL

/** The site's locale. Written to the database: update_option() keeps only locales whose core files are installed. */
function setSiteLocale(locale) {
  sitePhp(site, `global $wpdb; $wpdb->query($wpdb->prepare("REPLACE INTO $wpdb->options (option_name, option_value, autoload) VALUES ('WPLANG', %s, 'yes')", '${locale}')); wp_cache_flush(); echo get_locale();`);
}

// What the author writes: each block (English) and each shortcode (French), and a few wrong ones.
const CONTENT = {
  blockCard: '<!-- wp:noc-widget/card {"code":"22220"} /-->',
  blockSearch: '<!-- wp:noc-widget/search /-->',
  blockCalculator: '<!-- wp:noc-widget/calculator {"noc":"22220"} /-->',
  blockWidget: '<!-- wp:noc-widget/widget /-->',
  shortcodeCard: '[noc_card code="22220" lang="fr"]',
  shortcodeSearch: '[noc_search lang="fr"]',
  shortcodeCalculator: '[ee_calculator noc="22220" lang="fr"]',
  shortcodeWidget: '[noc_widget lang="fr"]',
  defaults: '[noc_card code="22220"]',
  wrong: '<p>Before.</p>\n[noc_card code="99999"]\n[noc_search theme="purple" colour="red" limit="500"]\n'
    + '<!-- wp:noc-widget/search {"query":"\\u0022\\u003e\\u003cimg src=x onerror=window.__pwned=1\\u003e"} /-->\n<p>After.</p>',
  none: '<p>No widget on this page.</p>',
};

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

async function newPage({ javaScript = true, viewport = { width: 1100, height: 1400 } } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport, colorScheme: 'light' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === site.url || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.httpErrors = [];
  page.on('response', (r) => { if (r.status() >= 400) page.httpErrors.push(`${r.status()} ${r.url()}`); });
  return { context, page };
}

async function login(page, user, password) {
  // Straight to the profile page: the dashboard reads WordPress.org's news feeds, which this offline site lacks.
  // WordPress's own login page once sent the form back unlogged (1 run in ~10 on a loaded machine, a
  // test-harness hiccup, not the plugin): one more try, and its message if that fails too.
  const profile = (url) => url.pathname.endsWith('/wp-admin/profile.php');
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/profile.php`)}`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    // Waits for the answer to the form (the login page's own address names wp-admin in `redirect_to`).
    await Promise.all([page.waitForURL((url) => profile(url) || url.pathname.endsWith('/wp-login.php') && !url.search, { waitUntil: 'load' }), page.click('#wp-submit')]);
    if (profile(new URL(page.url()))) return;
    const why = await page.locator('#login_error').innerText({ timeout: 2000 }).catch(() => '(no message)');
    console.log(`# WordPress login ${attempt} for ${user} came back to the login page: ${why.trim()}`);
    assert.ok(attempt < 2, `WordPress login for ${user} failed twice: ${why.trim()}`);
  }
}

/** The element's live state: the WebAssembly has taken the element over. */
async function waitLive(page, selector) {
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.noc-root[data-live]'), selector, { timeout: 30000 });
}

async function rest(path, body) {
  const response = await fetch(`${site.url}/wp-json${path}`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`author:${site.appPassword}`).toString('base64'), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  assert.equal(response.status, 201, `${path}: ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

before(async () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run \`make dist\``);
  site = await startSite();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

test('the plugin PHP passes php -l and PHP_CodeSniffer (PSR-12 + its escaping checks)', () => {
  for (const file of files(PLUGIN_SOURCE).filter((f) => f.endsWith('.php'))) {
    execFileSync('php', ['-l', file], { stdio: 'pipe' });
  }
  try {
    execFileSync('phpcs', ['--standard=' + join(ROOT, 'tests', 'wordpress', 'phpcs.xml'), '--report=emacs', '--no-colors'], { cwd: join(ROOT, 'tests', 'wordpress'), encoding: 'utf8' });
  } catch (error) {
    assert.fail(`phpcs:\n${error.stdout}${error.stderr}`);
  }
});

test('the French translation covers every string of the plugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'noc-pot-'));
  try {
    writeFileSync(join(dir, 'noc-widget.pot'), makePot());
    // msgcmp fails on a msgid of the template the .po lacks; --use-untranslated=no also on an empty msgstr.
    execFileSync('msgcmp', ['--use-untranslated', join(PLUGIN_SOURCE, 'languages', 'noc-widget-fr_FR.po'), join(dir, 'noc-widget.pot')], { stdio: 'pipe' });
    const po = readFileSync(join(PLUGIN_SOURCE, 'languages', 'noc-widget-fr_FR.po'), 'utf8');
    const empty = [...po.matchAll(/^msgid (".+")\nmsgstr ""\n(?!")/gm)].map((m) => m[1]);
    assert.deepEqual(empty, [], 'strings without a French translation');
  } catch (error) {
    assert.fail(`msgcmp: ${error.stderr || error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the plugin installs from the zip (Plugins → Upload) and activates; it ships the widget byte for byte', async () => {
  // Reproducible: entries sorted, one time stamp for all.
  const names = execFileSync('unzip', ['-Z1', ZIP], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.ok(names.includes('noc-widget/noc-widget.php') && names.includes('noc-widget/languages/noc-widget-fr_FR.mo'));
  const stamps = new Set(execFileSync('zipinfo', ['-T', ZIP], { encoding: 'utf8' }).split('\n')
    .filter((l) => / noc-widget\//.test(l)).map((l) => l.trim().split(/\s+/)[6]));
  assert.equal(stamps.size, 1, `time stamps: ${[...stamps].join(', ')}`);

  const { context, page } = await newPage();
  await login(page, 'admin', site.adminPassword);
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  assert.match(await page.locator('.wrap').innerText(), /Plugin installed successfully/);
  await Promise.all([page.waitForURL(/plugins\.php/), page.locator('.wrap a', { hasText: 'Activate Plugin' }).click()]);
  const row = page.locator('tr[data-slug="noc-widget"]');
  assert.match(await row.getAttribute('class'), /\bactive\b/);
  assert.match(await row.innerText(), /NOC widget/);
  await context.close();

  // The widget's files in the installed plugin are dist/'s, byte for byte.
  const installed = join(site.root, 'wp-content', 'plugins', 'noc-widget', 'widget');
  const hash = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');
  const expected = WIDGET_FILES.flatMap((name) => (statSync(join(DIST, name)).isDirectory() ? files(join(DIST, name)) : [join(DIST, name)]));
  const got = files(installed);
  assert.equal(got.length, expected.length, 'as many files as dist/ has');
  for (const file of expected) assert.equal(hash(join(installed, relative(DIST, file))), hash(file), relative(DIST, file));
  assert.ok(got.length > 1000, `${got.length} files`);

  // The author has no unfiltered_html: blocks and shortcodes are all they need.
  assert.equal(site.authorCanUnfilteredHtml, false);
  for (const [name, content] of Object.entries(CONTENT)) {
    const title = name === 'blockCard' ? 'Working as a network technician in Canada' : `Post ${name}`;
    const post = await rest('/wp/v2/posts', { title, content, status: 'publish' });
    posts[name] = post.link;
  }
});

test('block posts (English): the card, a search answering, the calculator scoring an entry, the widget', async () => {
  const { context, page } = await newPage();
  await page.goto(posts.blockCard);
  assert.equal(await page.locator('script[src*="plugins/noc-widget/widget/noc-widget.js"]').count(), 1, 'the loader, once');
  assert.equal(await page.locator('noc-card[code="22220"][lang="en"] h2').first().textContent(), TITLE_EN);
  await waitLive(page, 'noc-card');
  assert.equal(await page.locator('noc-card h2').first().textContent(), TITLE_EN);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'wordpress-post.png'), fullPage: false });

  await page.goto(posts.blockSearch);
  const combobox = page.locator('noc-search [role="combobox"]');
  await combobox.click();
  await combobox.fill('network technician');
  await page.locator('noc-search [role="option"][data-code="22220"]').waitFor({ timeout: 30000 });
  assert.match(await page.locator('noc-search [role="option"][data-code="22220"]').textContent(), new RegExp(TITLE_EN));

  await page.goto(posts.blockCalculator);
  await calculatorScores(page, 'CRS');

  await page.goto(posts.blockWidget);
  await widgetFinds(page, 'network technician', TITLE_EN);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.httpErrors, []);
  await context.close();
});

test('shortcode posts (lang="fr"): the card, a search answering, the calculator scoring an entry, the widget', async () => {
  const { context, page } = await newPage();
  await page.goto(posts.shortcodeCard);
  assert.equal(await page.locator('noc-card[code="22220"][lang="fr"] h2').first().textContent(), TITLE_FR);
  await waitLive(page, 'noc-card');
  assert.equal(await page.locator('noc-card h2').first().textContent(), TITLE_FR);

  await page.goto(posts.shortcodeSearch);
  const combobox = page.locator('noc-search [role="combobox"]');
  await combobox.click();
  await combobox.fill('technicien réseau');
  await page.locator('noc-search [role="option"][data-code="22220"]').waitFor({ timeout: 30000 });
  assert.match(await page.locator('noc-search [role="option"][data-code="22220"]').textContent(), new RegExp(TITLE_FR));

  await page.goto(posts.shortcodeCalculator);
  await calculatorScores(page, 'SCG');

  await page.goto(posts.shortcodeWidget);
  await widgetFinds(page, 'technicien réseau', TITLE_FR);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.httpErrors, []);
  await context.close();
});

/** Types two ages into the calculator and waits for the CRS total to follow each (29 scores above 45). */
async function calculatorScores(page, scoreWord) {
  // With `noc` set the calculator has no pre-rendered paint: the WebAssembly renders it.
  const age = page.locator('ee-calculator #ee-age');
  await age.waitFor({ timeout: 30000 });
  const total = () => page.evaluate(() => document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-total')?.textContent || '');
  const changedFrom = (before) => page.waitForFunction((b) => {
    const t = document.querySelector('ee-calculator').shadowRoot.querySelector('.ee-total')?.textContent || '';
    return /^\d+$/.test(t) && t !== b;
  }, before);
  // The form opens at age 29: 45 must lower the total, 29 again must raise it.
  assert.equal(await age.inputValue(), '29');
  const start = await total();
  await age.fill('45');
  await changedFrom(start);
  const at45 = Number(await total());
  await age.fill('29');
  await changedFrom(String(at45));
  const at29 = Number(await total());
  assert.ok(at29 > at45, `CRS at 29 (${at29}) is above CRS at 45 (${at45})`);
  assert.equal(String(at29), start, 'back to the first total');
  assert.match(await page.locator('ee-calculator .noc-root').innerText(), new RegExp(scoreWord));
}

async function widgetFinds(page, query, title) {
  const combobox = page.locator('noc-widget [role="combobox"]');
  await combobox.click();
  await combobox.fill(query);
  const option = page.locator('noc-widget [role="option"][data-code="22220"]');
  await option.waitFor({ timeout: 30000 });
  await option.click();
  await page.locator('noc-widget .noc-card h2', { hasText: title }).waitFor({ timeout: 30000 });
}

test('with JavaScript off, the card post shows the whole card (declarative shadow root, wp_kses kept it all)', async () => {
  const { context, page } = await newPage({ javaScript: false });
  for (const [name, lang, title] of [['blockCard', 'en', TITLE_EN], ['shortcodeCard', 'fr', TITLE_FR]]) {
    await page.goto(posts[name]);
    const root = page.locator('noc-card .noc-root');
    assert.equal(await root.getAttribute('data-prerendered'), `${lang}/card-22220.html`);
    assert.equal(await page.locator('noc-card h2').textContent(), title);
    // The same text as the paint `make dist` wrote (the full card: duties, requirements, wages, sources).
    const paint = readFileSync(join(DIST, 'prerender', lang, 'card-22220.html'), 'utf8');
    const shown = (await root.textContent()).replace(/\s+/g, ' ').trim();
    const blank = await browser.newPage({ javaScriptEnabled: false });
    await blank.setContent(`<div id="p">${paint}</div>`);
    const expected = (await blank.locator('#p').textContent()).replace(/\s+/g, ' ').trim();
    await blank.close();
    assert.equal(shown, expected);
    assert.ok(shown.length > 3000, `${shown.length} characters of card text`);
    // Styled by the widget's stylesheet, from the plugin's folder.
    const href = await page.locator('noc-card link[rel="stylesheet"]').getAttribute('href');
    assert.equal(href, `${site.url}/wp-content/plugins/noc-widget/widget/noc-widget.css`);
  }
  await context.close();
});

test('a card post holds, byte for byte, the declarative shadow root `noc show --html` prints', async () => {
  const template = (html) => html.match(/<template shadowrootmode="open">[\s\S]*?<\/template>/)?.[0];
  for (const [name, lang] of [['blockCard', 'en'], ['shortcodeCard', 'fr']]) {
    const page = await (await fetch(posts[name])).text();
    const printed = runNoc(['show', '22220', '--html', '--lang', lang, '--widget-url', `${site.url}/wp-content/plugins/noc-widget/widget/`]);
    assert.ok(template(printed));
    assert.equal(template(page), template(printed), `${name}: the page's card is not the one noc show --html prints`);
  }
});

test('every pre-rendered card passes wp_kses with the plugin\'s allow-list, and WordPress\'s text filters, unchanged (1,032 paints)', () => {
  const out = sitePhp(site, `
$changed = [];
$filtered = [];
$n = 0;
foreach (['en', 'fr'] as $lang) {
    foreach (glob(WP_PLUGIN_DIR . "/noc-widget/widget/prerender/$lang/card-*.html") as $file) {
        $n++;
        $html = file_get_contents($file);
        if (\\NocWidget\\Paint::sanitize($html) !== $html) {
            $changed[] = basename($file) . " ($lang)";
        }
        // WordPress's own text filters on post content (curly quotes, smilies, its name's spelling)
        // must leave the card alone too.
        $element = '<noc-card>' . $html . '</noc-card>';
        if (capital_P_dangit(convert_smilies(wptexturize($element))) !== $element) {
            $filtered[] = basename($file) . " ($lang)";
        }
    }
}
echo json_encode(['n' => $n, 'changed' => array_slice($changed, 0, 20), 'filtered' => array_slice($filtered, 0, 20)]);`);
  const { n, changed, filtered } = JSON.parse(out);
  assert.equal(n, 1032);
  assert.deepEqual(changed, [], 'paints wp_kses changes');
  assert.deepEqual(filtered, [], 'paints the_content\'s text filters change');
});

test('pages without a block or shortcode do not load the loader; wrong attributes: a note for editors, nothing broken for readers', async () => {
  const { context, page } = await newPage();
  await page.goto(posts.none);
  assert.equal(await page.locator('script[src*="noc-widget"]').count(), 0, 'no loader where the widget is not used');

  // A reader (not logged in): no note; the search renders with its defaults; the unknown card is left out.
  await page.goto(posts.wrong);
  assert.equal(await page.locator('.noc-widget-notice').count(), 0);
  assert.equal(await page.locator('noc-card').count(), 0);
  assert.equal(await page.locator('noc-search').count(), 2);
  const first = page.locator('noc-search').first();
  assert.equal(await first.getAttribute('theme'), 'auto');
  assert.equal(await first.getAttribute('limit'), null);
  assert.equal(await first.getAttribute('colour'), null);
  // The hostile query is an attribute value, never markup.
  const query = await page.locator('noc-search').nth(1).getAttribute('query');
  assert.match(query, /^">/);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  await page.locator('noc-search').nth(1).locator('[role="combobox"]').waitFor({ timeout: 30000 });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(await page.locator('.entry-content, main').first().innerText(), /Before\.[\s\S]*After\./);
  assert.deepEqual(page.errors, []);

  // An editor (the author can edit posts) sees what is wrong, named.
  await login(page, 'author', site.authorPassword);
  await page.goto(posts.wrong);
  const notes = await page.locator('.noc-widget-notice').allInnerTexts();
  assert.equal(notes.length, 2);
  assert.match(notes[0], /\[noc_card\][\s\S]*code: "99999" is not a NOC 2021 unit group/);
  assert.match(notes[1], /\[noc_search\][\s\S]*"colour" is not one of its attributes/);
  assert.match(notes[1], /theme: "purple" is not one of auto, light, dark/);
  assert.match(notes[1], /limit: "500" is not a whole number from 1 to 100/);
  await context.close();
});

test('the block editor lists the four blocks; the card block\'s picker finds 22220 from "network technician"; the preview shows the card', async () => {
  const { context, page } = await newPage({ viewport: { width: 1280, height: 900 } });
  await login(page, 'author', site.authorPassword);
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/edit-post') && window.wp.blocks.getBlockTypes().length > 10);
  assert.equal(await page.evaluate(() => wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')), false);
  const names = await page.evaluate(() => wp.blocks.getBlockTypes().map((b) => b.name).filter((n) => n.startsWith('noc-widget/')).sort());
  assert.deepEqual(names, ['noc-widget/calculator', 'noc-widget/card', 'noc-widget/search', 'noc-widget/widget']);
  assert.equal(await page.evaluate(() => wp.blocks.getBlockType('noc-widget/card').apiVersion), 2);

  // The inserter lists them when one types "NOC".
  await page.locator('button[aria-label="Toggle block inserter"]').click();
  const search = page.locator('.block-editor-inserter__search input');
  await search.fill('NOC');
  const items = page.locator('.block-editor-block-types-list__item');
  await items.first().waitFor();
  const titles = await items.allInnerTexts();
  for (const title of ['NOC occupation card', 'NOC occupation search', 'Express Entry calculator', 'NOC widget (search, card and calculator)']) {
    assert.ok(titles.some((t) => t.includes(title)), `${title} in ${JSON.stringify(titles)}`);
  }
  await items.filter({ hasText: 'NOC occupation card' }).click();

  // The placeholder's picker uses the widget's own search.
  const picker = page.locator('.components-placeholder .noc-widget-picker-input input');
  await picker.fill('network technician');
  const result = page.locator('.components-placeholder .noc-widget-picker-result[data-code="22220"]');
  await result.waitFor({ timeout: 30000 });
  assert.match(await result.innerText(), new RegExp(`22220 — ${TITLE_EN}`));
  await result.click();
  const preview = page.locator('.noc-widget-preview noc-card[code="22220"]');
  await preview.locator('h2').waitFor({ timeout: 30000 });
  assert.equal(await preview.locator('h2').textContent(), TITLE_EN);
  const saved = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes.code);
  assert.equal(saved, '22220');
  // The block's sidebar: the picker again, language, theme, compact.
  await page.evaluate(() => wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
  await page.locator('.block-editor-block-inspector .noc-widget-picker-input input').waitFor();
  await page.locator('.editor-post-title__input, .wp-block-post-title').first().fill('Working as a network technician in Canada');
  await page.locator('.noc-widget-preview noc-card').click({ position: { x: 5, y: 5 } });
  // Language control: French re-renders the preview.
  await page.locator('.block-editor-block-inspector select').first().selectOption('fr');
  await page.locator('.noc-widget-preview noc-card[lang="fr"] h2', { hasText: TITLE_FR }).waitFor({ timeout: 30000 });
  await page.locator('.block-editor-block-inspector select').first().selectOption('en');
  await preview.locator('h2', { hasText: TITLE_EN }).waitFor({ timeout: 30000 });
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'wordpress-editor.png') });
  // The other three blocks' previews are their elements, running in the editor.
  await page.evaluate(() => wp.data.dispatch('core/block-editor').insertBlocks(
    ['search', 'calculator', 'widget'].map((kind) => wp.blocks.createBlock(`noc-widget/${kind}`, kind === 'calculator' ? { noc: '22220' } : {}))));
  await page.locator('.noc-widget-preview noc-search [role="combobox"]').waitFor({ timeout: 30000 });
  await page.locator('.noc-widget-preview ee-calculator #ee-age').waitFor({ timeout: 30000 });
  await page.locator('.noc-widget-preview noc-widget [role="combobox"]').waitFor({ timeout: 30000 });
  assert.deepEqual(page.errors, []);
  // WordPress 6.1's editor asks an author for a few things it may not read (403); none is the plugin's.
  assert.deepEqual(page.httpErrors.filter((e) => e.includes('noc-widget')), []);
  await context.close();
});

test('Settings → NOC widget: saves, refuses a bad value with a message, needs manage_options and the nonce', async () => {
  const { context, page } = await newPage();
  // An author cannot open it.
  await login(page, 'author', site.authorPassword);
  const denied = await page.goto(`${site.url}/wp-admin/options-general.php?page=noc-widget`);
  assert.equal(denied.status(), 403);
  await context.clearCookies();

  await login(page, 'admin', site.adminPassword);
  await page.goto(`${site.url}/wp-admin/options-general.php?page=noc-widget`);
  await page.selectOption('#noc_widget_language', 'fr');
  await page.selectOption('#noc_widget_theme', 'dark');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.match(await page.locator('#setting-error-settings_updated').innerText(), /Settings saved/);
  assert.equal(await page.locator('#noc_widget_language').inputValue(), 'fr');
  // The default applies to an element that names no language or theme.
  const reader = await browser.newPage({ javaScriptEnabled: false });
  await reader.goto(posts.defaults);
  assert.equal(await reader.locator('noc-card h2').textContent(), TITLE_FR);
  assert.equal(await reader.locator('noc-card').getAttribute('theme'), 'dark');

  // A bad base URL is refused with a message; the valid fields sent with it are saved.
  await page.fill('#noc_widget_base_url', 'javascript:alert(1)');
  await page.selectOption('#noc_widget_language', 'site');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  const error = page.locator('#setting-error-noc-widget-base_url');
  assert.match(await error.innerText(), /Files served from: "javascript:alert\(1\)" is neither an http\(s\) address nor a path/);
  assert.equal(await page.locator('#noc_widget_base_url').inputValue(), '');
  assert.equal(await page.locator('#noc_widget_language').inputValue(), 'site');

  // A good base URL is kept (with its closing slash) and the pages load the widget from there.
  await page.fill('#noc_widget_base_url', '/noc-files');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.equal(await page.locator('#noc_widget_base_url').inputValue(), '/noc-files/');
  await reader.goto(posts.defaults);
  assert.match(await reader.locator('script[src*="noc-widget.js"]').getAttribute('src'), new RegExp(`^${site.url}/noc-files/noc-widget\\.js\\?ver=`));
  assert.equal(await reader.locator('noc-card link[rel="stylesheet"]').getAttribute('href'), '/noc-files/noc-widget.css');
  await page.fill('#noc_widget_base_url', '');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.equal(await page.locator('#noc_widget_base_url').inputValue(), '');

  // The site's locale: fr_FR gives French (and the plugin's own French strings).
  setSiteLocale('fr_FR');
  await reader.goto(posts.defaults);
  assert.equal(await reader.locator('noc-card h2').textContent(), TITLE_FR);
  setSiteLocale('');
  await reader.goto(posts.defaults);
  assert.equal(await reader.locator('noc-card h2').textContent(), TITLE_EN);
  await reader.close();

  // options.php refuses a form without the nonce.
  const forged = await page.request.post(`${site.url}/wp-admin/options.php`, {
    form: { option_page: 'noc_widget', action: 'update', 'noc_widget_settings[theme]': 'light' },
  });
  assert.notEqual(forged.status(), 200);
  assert.equal(JSON.parse(sitePhp(site, "echo json_encode(get_option('noc_widget_settings'));")).theme, 'dark');
  await context.close();
});

test('an editor sees the notes in French when the site is French (the .mo is loaded)', async () => {
  const { context, page } = await newPage();
  await login(page, 'author', site.authorPassword);
  setSiteLocale('fr_FR');
  try {
    await page.goto(posts.wrong);
    const notes = await page.locator('.noc-widget-notice').allInnerTexts();
    assert.match(notes[0], /n’est pas un groupe de base de la CNP 2021|n'est pas un groupe de base de la CNP 2021/);
  } finally {
    setSiteLocale('');
  }
  await context.close();
});

test('no request left the site, and the plugin left no PHP warning, notice or deprecation in the log', () => {
  assert.deepEqual(external, []);
  const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
  const lines = log.split('\n').filter(Boolean);
  const plugin = lines.filter((l) => l.includes('plugins/noc-widget'));
  assert.deepEqual(plugin, [], 'PHP messages from the plugin');
  const serious = lines.filter((l) => /PHP (Warning|Notice|Fatal error|Parse error)/.test(l));
  assert.deepEqual(serious, [], 'PHP warnings or errors');
  const php = site.phpServerOutput().split('\n').filter((l) => /PHP (Warning|Notice|Fatal|Deprecated)/.test(l) && l.includes('noc-widget'));
  assert.deepEqual(php, []);
  console.log(`# PHP log: ${lines.length} lines, all deprecations in WordPress 6.1's own code under PHP 8.2`);
});

test('uninstall removes the plugin\'s option and files', () => {
  const out = sitePhp(site, `
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
$before = get_option('noc_widget_settings');
deactivate_plugins('noc-widget/noc-widget.php');
$result = delete_plugins(['noc-widget/noc-widget.php']);
echo json_encode(['before' => $before, 'deleted' => $result === true, 'after' => get_option('noc_widget_settings'),
  'folder' => is_dir(WP_PLUGIN_DIR . '/noc-widget')]);`);
  const state = JSON.parse(out.trim().split('\n').pop());
  assert.ok(state.before, 'the option existed');
  assert.equal(state.deleted, true);
  assert.equal(state.after, false);
  assert.equal(state.folder, false);
});
