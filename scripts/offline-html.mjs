// Writes the offline single-file build: loader, glue, wasm and every data file inlined in one HTML page
// that works opened from disk (file://) with no network. Usage: node offline-html.mjs DIST OUT
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: node scripts/offline-html.mjs DIST OUT.html');
  process.exit(2);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const dataDir = join(dist, 'data');
const data = {};
for (const path of listFiles(dataDir).sort()) {
  if (path.endsWith('.bin')) data[relative(dataDir, path).split('\\').join('/')] = readFileSync(path).toString('base64');
}
const payload = {
  glue: readFileSync(join(dist, 'noc-widget-app.js'), 'utf8'),
  wasm: readFileSync(join(dist, 'noc-widget-app_bg.wasm')).toString('base64'),
  data,
};
// Inside <script>, "</script" or "<!--" in the text would end or confuse the element: escape every "<".
const inline = (text) => text.replace(/</g, '\\u003c');
const loader = readFileSync(join(dist, 'noc-widget.js'), 'utf8');
if (/<\/script/i.test(loader)) throw new Error('the loader contains "</script"');

const template = readFileSync(new URL('../static/offline-template.html', import.meta.url), 'utf8');
const html = template
  .replace('<!--NOC_WIDGET_DATA-->', () => `<script>window.NocWidgetOffline = ${inline(JSON.stringify(payload))};</script>`)
  .replace('<!--NOC_WIDGET_LOADER-->', () => `<script>${loader}</script>`);
writeFileSync(out, html);
console.log(`[dist] ${out}: ${(html.length / 1024).toFixed(0)} KB, ${Object.keys(data).length} data files inlined`);
