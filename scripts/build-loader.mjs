// Writes the shipped loader: static/noc-widget.js with the build's facts written into its constants,
// then minified (terser), keeping the `/*!` licence header. The loader is on every reader's critical path,
// so its bytes and its parse time count before any card is on screen.
//   node scripts/build-loader.mjs OUT.js --codes CODES --version V --paint-date YYYY-MM-DD [--pretty]
// --pretty skips minification (for reading the result). Fails, naming the constant, when a line it
// must rewrite is not in the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'static', 'noc-widget.js');

function fail(message) {
  console.error(`[build-loader] ERROR: ${message}`);
  process.exit(1);
}

/** Replaces the one source line `  var NAME = <initial>;` by `  var NAME = <value>;`. */
export function setConstant(source, name, initial, value) {
  const line = `  var ${name} = ${initial};`;
  const at = source.split('\n').filter((l) => l === line).length;
  if (at !== 1) throw new Error(`expected the line "${line}" once in static/noc-widget.js, found it ${at} times`);
  return source.replace(`\n${line}\n`, `\n  var ${name} = ${value};\n`);
}

/** The version and paint date a built loader's header names, or null (an unbuilt or foreign file). */
export function readStamp(loader) {
  const m = /^\/\*! NOC widget loader (\S+) \(MIT\), first paints of (\d{4}-\d{2}-\d{2})\./.exec(loader);
  return m ? { version: m[1], paintDate: m[2] } : null;
}

export async function buildLoader({ codes, version, paintDate, pretty = false }) {
  if (!/^(\d{5})+$/.test(codes)) throw new Error('--codes: expected five-digit unit-group codes, run together');
  if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`--version: not a version: ${version}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(paintDate)) throw new Error(`--paint-date: expected YYYY-MM-DD, got ${paintDate}`);
  let source = readFileSync(SOURCE, 'utf8');
  source = setConstant(source, 'UNIT_GROUPS', "''", `'${codes}'`);
  source = setConstant(source, 'VERSION', "'0.0.0-dev'", `'${version}'`);
  source = setConstant(source, 'PRERENDERED', 'false', 'true');
  source = setConstant(source, 'PAINT_DATE', "''", `'${paintDate}'`);
  // The header names the build (minification inlines the constants above): tests and site owners read it.
  const header = '/*! NOC widget loader (MIT).';
  if (!source.startsWith(header)) throw new Error(`static/noc-widget.js must start with "${header}"`);
  source = `/*! NOC widget loader ${version} (MIT), first paints of ${paintDate}.` + source.slice(header.length);
  if (readStamp(source)?.version !== version) throw new Error('the stamped header does not read back');
  if (pretty) return source;
  // ecma 5 output: the loader's own syntax level is kept (no arrows or template literals introduced).
  const out = await minify(source, {
    ecma: 5,
    // The npm package's ES module entry runs the same function with its own URL (scripts/npm/build.mjs).
    compress: { passes: 2, negate_iife: false, keep_fargs: true, reduce_vars: false },
    mangle: { reserved: ['moduleUrl'] },
    format: { comments: /^!/ },
  });
  if (!out.code.startsWith('/*!')) throw new Error('the minified loader lost its licence header');
  return out.code + '\n';
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outPath = process.argv[2];
  if (!outPath || outPath.startsWith('--')) fail('usage: build-loader.mjs OUT.js --codes CODES --version V --paint-date YYYY-MM-DD [--pretty]');
  try {
    const code = await buildLoader({
      codes: arg('--codes') || '', version: arg('--version') || '', paintDate: arg('--paint-date') || '',
      pretty: process.argv.includes('--pretty'),
    });
    new Function(code); // parses (a syntax error throws here, before anything is written)
    writeFileSync(outPath, code);
  } catch (e) {
    fail(e.message);
  }
}
