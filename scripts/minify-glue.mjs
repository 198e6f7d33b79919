// Minifies a wasm-bindgen glue module (terser, ES module): it loads before the WebAssembly can start.
// Export names and the wasm import names (object keys) stay as they are.
//   node scripts/minify-glue.mjs IN.js OUT.js
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: minify-glue.mjs IN.js OUT.js');
  process.exit(1);
}
try {
  const out = await minify(readFileSync(input, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(output, out.code + '\n');
} catch (e) {
  console.error(`[minify-glue] ERROR: ${input}: ${e.message}`);
  process.exit(1);
}
