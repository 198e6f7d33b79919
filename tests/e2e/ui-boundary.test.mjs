// The UI renders anywhere (browser, pre-renderer): nothing in src/ui may reach the browser or the
// embedding layer directly; it goes through the context it defines (src/ui/host.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers.mjs';

const FORBIDDEN = [
  [/\bweb_sys\b/, 'web_sys'],
  [/\bjs_sys\b/, 'js_sys'],
  [/\bgloo\b/, 'gloo'],
  [/\bcrate::embed\b|\bsuper::super::embed\b/, 'crate::embed'],
  [/\bwasm_bindgen(_futures)?::/, 'wasm_bindgen'],
];

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rustFiles(path) : name.endsWith('.rs') ? [path] : [];
  });
}

/// Code lines only: comments may name what the rule forbids.
function codeLines(text) {
  return text.split('\n').map((line, i) => [i + 1, line.replace(/\/\/.*$/, '')]);
}

test('src/ui imports no web_sys, js_sys, gloo, wasm_bindgen or crate::embed', () => {
  const files = rustFiles(join(ROOT, 'src', 'ui'));
  assert.ok(files.length > 20, `found ${files.length} files in src/ui`);
  const found = [];
  for (const file of files) {
    for (const [n, line] of codeLines(readFileSync(file, 'utf8'))) {
      // Unit tests may run under wasm-bindgen-test in the browser.
      if (/wasm_bindgen_test/.test(line)) continue;
      for (const [re, name] of FORBIDDEN) {
        if (re.test(line)) found.push(`${relative(ROOT, file)}:${n} uses ${name}: ${line.trim()}`);
      }
    }
  }
  assert.deepEqual(found, [], 'src/ui must reach the page only through ui::host::Page');
});

test('the boundary check sees a forbidden import when there is one', () => {
  const sample = 'use web_sys::HtmlElement;\n// web_sys in a comment is fine\nlet x = crate::embed::use_data();';
  const hits = codeLines(sample).filter(([, l]) => FORBIDDEN.some(([re]) => re.test(l)));
  assert.deepEqual(hits.map(([n]) => n), [1, 3]);
});
