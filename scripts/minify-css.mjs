// Minifies the shipped stylesheet in place (lightningcss, no syntax lowering): the pre-rendered paints wait
// for it, so its bytes and its parse count before a card is on screen. The sources in static/css keep
// their comments; the full build's copy inside the wasm is the same rules unminified.
//   node scripts/minify-css.mjs DIST/noc-widget.css
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';

const path = process.argv[2];
if (!path) {
  console.error('usage: minify-css.mjs FILE.css');
  process.exit(1);
}
try {
  const { code, warnings } = transform({ filename: path, code: readFileSync(path), minify: true });
  if (warnings.length) throw new Error(warnings.map((w) => w.message).join('; '));
  writeFileSync(path, code);
} catch (e) {
  console.error(`[minify-css] ERROR: ${path}: ${e.message}`);
  process.exit(1);
}
