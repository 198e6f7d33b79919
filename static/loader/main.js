// @ts-check
// The loader's entry (scripts/build-loader.mjs bundles static/loader/ from here into noc-widget.js).
// This classic script is small and does nothing heavy: it defines the elements, gives each an open
// shadow root with a placeholder, and waits until one is near the viewport. Then it shows the
// element's pre-rendered first paint, and later (the reader's first act inside it, or idle time)
// imports the wasm-bindgen glue once, instantiates the WebAssembly once, and hands each element to
// the Rust exports. Modules, one job each:
//   config.js     the build's facts, the files' base URL, what an element's attributes ask for
//   state.js      the per-element state machine (one table of states and transitions)
//   paint.js      placeholder, shared stylesheet, pre-rendered paint fetch, shadow-root placement
//   record.js     the reader's inputs on the paint, recorded and replayed once the wasm runs it
//   lifecycle.js  each element's life through the state machine: start, takeover, refresh, removal
//   wasm.js       the builds: loading, calls into the wasm, restart after a trap
//   files.js      data files, fetched by name once per page
//   api.js        window.NocWidget
//   elements.js   element classes and attributes, <div data-noc-…> fallbacks
import { initUrls } from './config.js';
import { installApi } from './api.js';
import { watchTraps } from './wasm.js';
import { watchViewport } from './lifecycle.js';
import { defineElements, watchDocument } from './elements.js';

// Included twice: the first copy serves.
if (!(window.NocWidget && window.NocWidget.version)) {
  initUrls();
  watchTraps();
  watchViewport();
  installApi();
  defineElements();
  watchDocument();
}
