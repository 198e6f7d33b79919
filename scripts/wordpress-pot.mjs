// Writes the plugin's translation template: every string of its PHP (xgettext, Debian's gettext, with
// WordPress's translation functions as keywords), of its plugin header and of its block.json files
// (title, description, keywords, which WordPress translates with the block's text domain).
// Usage: node scripts/wordpress-pot.mjs [OUT]   (default wordpress/languages/noc-widget.pot)
// tests/e2e/wordpress.test.mjs checks that the French .po translates every string of a fresh template.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN = join(ROOT, 'wordpress');
const KEYWORDS = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', '_x:1,2c', 'esc_html_x:1,2c', 'esc_attr_x:1,2c', '_n:1,2'];

function quote(text) {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

export function makePot() {
  const php = ['noc-widget.php', 'uninstall.php', ...readdirSync(join(PLUGIN, 'src')).filter((f) => f.endsWith('.php')).map((f) => `src/${f}`)];
  let pot = execFileSync('xgettext', ['--language=PHP', '--from-code=UTF-8', '--add-comments=translators:', '--sort-by-file',
    '--package-name=noc-widget', '--omit-header', ...KEYWORDS.map((k) => `--keyword=${k}`), '-o', '-', ...php], { cwd: PLUGIN, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const seen = new Set([...pot.matchAll(/^msgid (".*")$/gm)].map((m) => m[1]));
  const extra = [];
  const add = (text, where) => {
    const id = quote(text);
    if (seen.has(id)) return;
    seen.add(id);
    extra.push(`#: ${where}\nmsgid ${id}\nmsgstr ""\n`);
  };
  const header = readFileSync(join(PLUGIN, 'noc-widget.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const m = header.match(new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm'));
    if (m) add(m[1].trim(), `noc-widget.php (${field})`);
  }
  for (const block of readdirSync(join(PLUGIN, 'blocks')).sort()) {
    const json = JSON.parse(readFileSync(join(PLUGIN, 'blocks', block, 'block.json'), 'utf8'));
    const where = `blocks/${block}/block.json`;
    add(json.title, where);
    add(json.description, where);
    for (const keyword of json.keywords || []) add(keyword, where);
  }
  const head = `# Translation template of the NOC widget WordPress plugin (scripts/wordpress-pot.mjs).
msgid ""
msgstr ""
"Project-Id-Version: noc-widget\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Domain: noc-widget\\n"

`;
  return head + pot + (extra.length ? '\n' + extra.join('\n') : '');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] || join(PLUGIN, 'languages', 'noc-widget.pot');
  writeFileSync(out, makePot());
  console.log(`[wordpress-pot] wrote ${out}`);
}
