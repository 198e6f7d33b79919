// Prints raw / gzip -9 / brotli -11 sizes of the files in dist/ (what a CDN would send compressed).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const kb = (n) => (n / 1024).toFixed(1).padStart(9);
function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
// dist/npm/ (the npm package) and dist/wordpress/ (the plugin's zip) hold the same runtime files again,
// not counted twice.
const rows = listFiles(dist).filter((path) => !/^(npm|wordpress)\//.test(relative(dist, path))).sort().map((path) => {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { name: relative(dist, path), raw: bytes.length, gzip, brotli };
});
console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(9)}${'gzip KB'.padStart(9)}${'br KB'.padStart(9)}`);
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
// One file per unit group (cards-<code>, facts-<code>): one summed line per kind instead of 1,548.
const PER_UNIT = /^(data\/(?:[a-z]{2}\/)?(?:cards|facts))-\d{5}\.bin$/;
const groups = new Map();
for (const r of rows) {
  const m = PER_UNIT.exec(r.name);
  if (!m) {
    console.log(`${r.name.padEnd(44)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
  } else {
    if (!groups.has(m[1])) groups.set(m[1], []);
    groups.get(m[1]).push(r);
  }
}
for (const [name, list] of groups) {
  const label = `${name}-*.bin (${list.length}, sum)`;
  console.log(`${label.padEnd(44)}${kb(sum(list, 'raw'))}${kb(sum(list, 'gzip'))}${kb(sum(list, 'brotli'))}`);
}
const line = (label, re) => {
  const core = rows.filter((r) => re.test(r.name));
  console.log(`${label.padEnd(44)}${kb(sum(core, 'raw'))}${kb(sum(core, 'gzip'))}${kb(sum(core, 'brotli'))}`);
};
line('loader + glue + wasm', /^noc-widget(-app)?(\.js|_bg\.wasm)$/);
line('loader + card-only glue + wasm', /^noc-widget(-card)?(\.js|_bg\.wasm)$/);
