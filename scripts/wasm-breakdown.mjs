// Where the WebAssembly's bytes go: section sizes, code bytes per crate (first path segment of each
// function's name) and the largest functions. Needs a build that keeps names: dist.sh leaves one at
// target/dist-stage/noc-widget-app_bg.wasm (before wasm-opt).
//   node scripts/wasm-breakdown.mjs [target/dist-stage/noc-widget-app_bg.wasm] [TOP=25]
import { readFileSync } from 'node:fs';

const file = process.argv[2] || 'target/dist-stage/noc-widget-app_bg.wasm';
const top = Number(process.argv[3] || 25);
const buf = readFileSync(file);
let pos = 8; // after magic and version
function uleb() {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}
function skipLimits() {
  const flags = buf[pos++];
  uleb();
  if (flags & 1) uleb();
}

const sections = [];
const names = new Map();
let importedFunctions = 0;
let code = null;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = uleb();
  const end = pos + size;
  let label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? String(id);
  if (id === 0) {
    const len = uleb();
    label = `custom:${buf.subarray(pos, pos + len)}`;
    pos += len;
    if (label === 'custom:name') {
      while (pos < end) {
        const sub = buf[pos++];
        const subEnd = uleb() + pos;
        if (sub === 1) {
          for (let n = uleb(); n > 0; n--) {
            const index = uleb();
            const len2 = uleb();
            names.set(index, buf.subarray(pos, pos + len2).toString());
            pos += len2;
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    for (let n = uleb(); n > 0; n--) {
      // (`pos += uleb()` would read pos before uleb() moves it.)
      const moduleLen = uleb();
      pos += moduleLen;
      const fieldLen = uleb();
      pos += fieldLen;
      const kind = buf[pos++];
      if (kind === 0) { uleb(); importedFunctions++; }
      else if (kind === 1) { pos++; skipLimits(); }
      else if (kind === 2) skipLimits();
      else if (kind === 3) pos += 2;
      else if (kind === 4) { pos++; uleb(); }
    }
  } else if (id === 10) {
    code = { start: pos, end };
  }
  sections.push([label, size]);
  pos = end;
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
console.log(`${file}: ${kb(buf.length)}`);
for (const [label, size] of sections) console.log(`  section ${label.padEnd(24)}${kb(size)}`);
if (!code) process.exit(0);
if (names.size === 0) console.log('  (no name section: build without strip to see crates)');

pos = code.start;
const byCrate = new Map();
const functions = [];
for (let i = 0, n = uleb(); i < n; i++) {
  const size = uleb();
  pos += size;
  const name = names.get(importedFunctions + i) ?? '?';
  const crate = (name.match(/^<?&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)/) ?? [null, '?'])[1];
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  functions.push([size, name]);
}
console.log('code per crate:');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(size)}  ${crate}`);
console.log('largest functions:');
for (const [size, name] of functions.sort((a, b) => b[0] - a[0]).slice(0, top)) console.log(`${kb(size)}  ${name.slice(0, 140)}`);
