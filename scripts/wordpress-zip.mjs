// Makes the WordPress plugin `noc-widget.zip` (run by scripts/dist.sh at the end of `make dist`):
//   noc-widget/                  the plugin's source (wordpress/), its version set to the workspace's
//   noc-widget/languages/*.mo    compiled from the .po files (msgfmt, Debian's gettext)
//   noc-widget/widget/           the widget's run-time files, the same bytes as dist/: the loader, both
//                                builds' glue and WebAssembly, noc-widget.css, data/ and prerender/ (the
//                                first paints; the plugin puts a card's paint in the page it renders)
// The zip is reproducible: entries sorted, every time stamp SOURCE_DATE_EPOCH (or 2026-01-01), no
// extra file attributes.
// Usage: node scripts/wordpress-zip.mjs DIST_DIR OUT_ZIP
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceVersion } from './npm/build.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'wordpress');
// The widget's run-time files the plugin serves (the rest of dist/ is demo pages, the offline file, npm).
export const WIDGET_FILES = [
  'noc-widget.js', 'noc-widget.css',
  'noc-widget-app.js', 'noc-widget-app_bg.wasm',
  'noc-widget-card.js', 'noc-widget-card_bg.wasm',
  'data', 'prerender',
];
// What of wordpress/ goes in the plugin (not the .po sources' build leftovers or editor files).
const PLUGIN_FILES = ['noc-widget.php', 'uninstall.php', 'readme.txt', 'src', 'blocks', 'assets', 'languages'];

function fail(message) {
  console.error(`[wordpress-zip] ERROR: ${message}`);
  process.exit(1);
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out.push(path);
    if (statSync(path).isDirectory()) out.push(...walk(path));
  }
  return out;
}

/** The version written into the plugin header, the NOC_WIDGET_VERSION constant, readme.txt and block.json. */
function setVersion(stage, version) {
  const edit = (file, pairs) => {
    let text = readFileSync(file, 'utf8');
    for (const [pattern, replacement] of pairs) {
      if (!pattern.test(text)) fail(`${relative(stage, file)}: no ${pattern} to set the version in`);
      text = text.replace(pattern, replacement);
    }
    writeFileSync(file, text);
  };
  edit(join(stage, 'noc-widget.php'), [
    [/^( \* Version:\s+).*$/m, `$1${version}`],
    [/define\('NOC_WIDGET_VERSION', '[^']*'\);/, `define('NOC_WIDGET_VERSION', '${version}');`],
  ]);
  edit(join(stage, 'readme.txt'), [[/^(Stable tag:\s+).*$/m, `$1${version}`]]);
  for (const block of readdirSync(join(stage, 'blocks'))) {
    edit(join(stage, 'blocks', block, 'block.json'), [[/("version":\s*")[^"]*(")/, `$1${version}$2`]]);
  }
}

export function buildZip(dist, out) {
  dist = resolve(dist);
  out = resolve(out);
  for (const name of WIDGET_FILES) {
    if (!existsSync(join(dist, name))) fail(`${join(dist, name)} is missing: the plugin ships the whole widget`);
  }
  const stageRoot = join(ROOT, 'target', 'wordpress-stage');
  const stage = join(stageRoot, 'noc-widget');
  rmSync(stageRoot, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const name of PLUGIN_FILES) cpSync(join(SOURCE, name), join(stage, name), { recursive: true });
  setVersion(stage, workspaceVersion());
  for (const po of readdirSync(join(stage, 'languages')).filter((f) => f.endsWith('.po'))) {
    const mo = join(stage, 'languages', po.replace(/\.po$/, '.mo'));
    execFileSync('msgfmt', ['--check', '-o', mo, join(stage, 'languages', po)], { stdio: 'inherit' });
  }
  for (const name of WIDGET_FILES) cpSync(join(dist, name), join(stage, 'widget', name), { recursive: true });

  const epoch = Number(process.env.SOURCE_DATE_EPOCH) || Date.UTC(2026, 0, 1) / 1000;
  const when = new Date(epoch * 1000);
  const entries = [stage, ...walk(stage)];
  for (const path of entries) utimesSync(path, when, when);
  const list = entries.map((p) => relative(stageRoot, p)).sort().join('\n') + '\n';
  mkdirSync(dirname(out), { recursive: true });
  rmSync(out, { force: true });
  // -X: no extra attributes (uid, extended time stamps); TZ=UTC: zip stores local time.
  execFileSync('zip', ['-X', '-q', '-9', '-@', out], { cwd: stageRoot, input: list, env: { ...process.env, TZ: 'UTC' } });
  return { out, files: entries.length, bytes: statSync(out).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, out] = process.argv.slice(2);
  if (!dist || !out) fail('usage: node scripts/wordpress-zip.mjs DIST_DIR OUT_ZIP');
  const { files, bytes } = buildZip(dist, out);
  console.log(`[wordpress-zip] ${relative(process.cwd(), out)}: ${files} entries, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}
