// Writes the shipped loader noc-widget.js: the typed modules of static/loader/ (entry main.js) bundled
// by esbuild into one classic script, `(function (moduleUrl) { … })();` (the npm package's ES module entry
// runs the same function with its own URL: scripts/npm/build.mjs), with the build's facts defined in, then
// minified (terser) under a `/*!` licence header naming the build. The loader is on every reader's
// critical path, so its bytes and its parse time count before any card is on screen.
//   node scripts/build-loader.mjs OUT.js --codes CODES --version V --paint-date YYYY-MM-DD [--test] [--pretty]
//   node scripts/build-loader.mjs OUT.js --dev     (`make serve`: no first paints, not minified)
// --test: the test build (`make dist-test`, the e2e tests): an illegal state transition throws, and
// NocWidget.__state(el) tells an element's state. --pretty skips minification (for reading the result).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'static', 'loader', 'main.js');

function fail(message) {
  console.error(`[build-loader] ERROR: ${message}`);
  process.exit(1);
}

/** The version and paint date a built loader's header names, or null (a dev build or a foreign file). */
export function readStamp(loader) {
  const m = /^\/\*! NOC widget loader (\S+) \(MIT\), first paints of (\d{4}-\d{2}-\d{2})\./.exec(loader);
  return m ? { version: m[1], paintDate: m[2] } : null;
}

/**
 * The unit-group codes (five digits each, run together, ascending) as the loader carries them: the gap
 * from each code to the next (the first from 0) in base 36, comma-separated: 3 times fewer bytes
 * (brotli: 344 instead of 918), decoded by static/loader/config.js.
 */
export function codeGaps(codes) {
  let last = -1;
  return (codes.match(/\d{5}/g) || []).map((code) => {
    if (Number(code) <= last) throw new Error(`--codes: not ascending at ${code}`);
    const gap = (Number(code) - Math.max(last, 0)).toString(36);
    last = Number(code);
    return gap;
  }).join(',');
}

/** The modules bundled into one body (statements) with the build's facts. */
async function bundle({ codes, version, paintDate, prerendered, test }) {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm', // scope-hoisted into one body, which wrap() below turns into a classic script
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      NOC_VERSION: JSON.stringify(version),
      NOC_UNIT_GROUPS: JSON.stringify(codeGaps(codes)),
      NOC_PRERENDERED: String(prerendered),
      NOC_PAINT_DATE: JSON.stringify(paintDate),
      NOC_TEST: String(test),
    },
  });
  const body = result.outputFiles[0].text;
  if (/^\s*export\b/m.test(body)) throw new Error('static/loader/main.js must export nothing');
  return body;
}

/** The classic script: the body in a function of `moduleUrl` (its own scope; the ES module passes its URL). */
const wrap = (body) => `(function (moduleUrl) {\n'use strict';\n${body}})();\n`;

export async function buildLoader({ codes, version, paintDate, pretty = false, test = false, dev = false }) {
  if (dev) {
    const code = await bundle({ codes: '', version: version || '0.0.0-dev', paintDate: '', prerendered: false, test });
    return '/*! NOC widget loader (MIT), development build. */\n' + wrap(code);
  }
  if (!/^(\d{5})+$/.test(codes)) throw new Error('--codes: expected five-digit unit-group codes, run together');
  if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`--version: not a version: ${version}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(paintDate)) throw new Error(`--paint-date: expected YYYY-MM-DD, got ${paintDate}`);
  // The header names the build: tests and site owners read it.
  const header = `/*! NOC widget loader ${version} (MIT), first paints of ${paintDate}.${test ? ' Test build.' : ''} */\n`;
  if (readStamp(header)?.version !== version) throw new Error('the stamped header does not read back');
  const body = await bundle({ codes, version, paintDate, prerendered: true, test });
  if (pretty) return header + wrap(body);
  // The body is minified before it is wrapped: inside the function, terser would see `moduleUrl` as an
  // argument never passed and drop it. Here it is a global it leaves alone; the body's own names are
  // the function's locals, so they are mangled (toplevel).
  const out = await minify(body, {
    ecma: 2020,
    toplevel: true,
    compress: { passes: 2, keep_fargs: true },
    mangle: { reserved: ['moduleUrl'] },
  });
  const code = `${header}(function(moduleUrl){"use strict";${out.code}})();`;
  if (!/\bmoduleUrl\b[^]*\bmoduleUrl\b/.test(code)) throw new Error('the minified loader does not read moduleUrl');
  return code + '\n';
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outPath = process.argv[2];
  if (!outPath || outPath.startsWith('--')) fail('usage: build-loader.mjs OUT.js (--codes CODES --version V --paint-date YYYY-MM-DD [--test] [--pretty] | --dev)');
  try {
    const code = await buildLoader({
      codes: arg('--codes') || '', version: arg('--version') || '', paintDate: arg('--paint-date') || '',
      pretty: process.argv.includes('--pretty'), test: process.argv.includes('--test'), dev: process.argv.includes('--dev'),
    });
    new Function(code); // parses (a syntax error throws here, before anything is written)
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, code);
  } catch (e) {
    fail(e.message);
  }
}
