// Build facts scripts/build-loader.mjs writes in (esbuild `define`), and the ES module entry's URL.

/** The workspace version (Cargo.toml), also the npm package's. */
declare const NOC_VERSION: string;
/** The 516 unit-group codes: the gap from each to the next (the first from 0), base 36, comma-separated ('' under `trunk serve`). */
declare const NOC_UNIT_GROUPS: string;
/** True when `make dist` wrote the pre-rendered first paints and noc-widget.css beside the loader. */
declare const NOC_PRERENDERED: boolean;
/** The day (UTC, YYYY-MM-DD) the paints were rendered. */
declare const NOC_PAINT_DATE: string;
/** The test build (`make dist-test`, the e2e tests' loader): illegal transitions throw, NocWidget.__state. */
declare const NOC_TEST: boolean;
/** The bundle is wrapped in `(function (moduleUrl) { … })()`: the npm package's ES module passes its URL. */
declare const moduleUrl: string | undefined;

/** The offline single-file build's inlined files (scripts/offline-html.mjs). */
interface Window {
  NocWidgetOffline?: { glue: string; wasm: string; data?: Record<string, string> };
  NocWidget?: import('./api.js').Api;
}
