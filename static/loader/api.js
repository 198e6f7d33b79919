// @ts-check
// `window.NocWidget`: the JavaScript API (docs/embedding.md; types in scripts/npm/api.d.ts).
import { VERSION, urls, setUrls } from './config.js';
import { files } from './files.js';
import { call, started, startRuntime, settled } from './wasm.js';
import { instances, testHold } from './state.js';

/**
 * @typedef {object} Api
 * @property {string} version
 * @property {string | null} dataVersion
 * @property {string | null} rulesAsOf
 * @property {(query: unknown, options?: unknown) => Promise<unknown>} search
 * @property {(code: unknown, options?: unknown) => Promise<unknown>} occupation
 * @property {(profile: unknown) => Promise<unknown>} assess
 * @property {(profile: unknown) => Promise<unknown>} suggest
 * @property {(url: unknown) => void} setBase
 * @property {Promise<Api>} [ready]
 * @property {() => Promise<unknown>} [testTrap]  test build of the wasm only
 * @property {() => Promise<unknown>} [testTrapLater]
 * @property {(el: Element) => string | undefined} [__state]  test build of the loader only
 * @property {() => Promise<unknown>} [__settled]  test build of the loader only
 * @property {(at?: 'takeover' | 'hydrated') => void} [__hold]  test build of the loader only: takeovers wait until __release()
 * @property {() => void} [__release]
 * @property {() => string} [__waiting]  test build: where a held takeover waits ('' if none)
 */

/** @type {Api} */
export const api = {
  /** Version of the widget (loader, glue and wasm are released together). */
  version: VERSION,
  /** Data release (e.g. "NOC 2021 V1.0; …"), set once `ready` has resolved. */
  dataVersion: null,
  /** Date of the Express Entry rules in force (YYYY-MM-DD), set once `ready` has resolved. */
  rulesAsOf: null,
  /** search(query, {lang, limit}) -> Promise<Array<{code, title, matched, kind, score}>> */
  search: (query, options) => call('apiSearch', [query, options]),
  /** occupation(code, {lang}) -> Promise<card object> */
  occupation: (code, options) => call('apiOccupation', [code, options]),
  /** assess(profile) -> Promise<assessment result> (docs/profile.md) */
  assess: (profile) => call('apiAssess', [profile]),
  /** suggest(profile) -> Promise<suggestions> */
  suggest: (profile) => call('apiSuggest', [profile]),
  /** setBase(url): where the widget's files are (for bundlers); before the first element starts. */
  setBase(url) {
    if (started() || Object.keys(files).length) {
      throw new Error('setBase: call it before the first element starts (the files are already loading from ' + urls.base + ')');
    }
    setUrls(String(url));
  },
};

export function installApi() {
  /** Promise resolved (with this object) once the WebAssembly runs; reading it starts the runtime. */
  Object.defineProperty(api, 'ready', {
    enumerable: true,
    get: () => startRuntime().then(() => api),
  });
  // The test build: the e2e tests wait for an element's state, or for yew to have rendered what
  // their last action changed, instead of guessing either.
  if (NOC_TEST) {
    api.__state = (el) => {
      const inst = instances.get(el);
      return inst && inst.state;
    };
    api.__settled = settled;
    // Takeovers wait at `at` (state.js, testHold) until __release().
    api.__hold = (at = 'takeover') => {
      /** @type {() => void} */
      let open = () => {};
      testHold.gate = new Promise((ok) => { open = ok; });
      testHold.at = at;
      api.__release = () => { testHold.at = testHold.waiting = ''; open(); };
    };
    // Where a takeover waits (`at`), once one has reached the gate; '' before, and after __release().
    api.__waiting = () => testHold.waiting;
  }
  window.NocWidget = api;
}

/** Test builds of the wasm only (the release glue has no testTrap): NocWidget.testTrap() / testTrapLater(). */
export function addTestHooks() {
  api.testTrap = () => call('testTrap', []);
  api.testTrapLater = () => call('testTrapLater', []);
}
