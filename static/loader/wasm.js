// @ts-check
// WebAssembly loading, calls and restart. The wasm-bindgen glue is imported once, the WebAssembly
// instantiated once, per build: the card-only build while every element on the page is a card, else
// the full one (each at most once).
//
// Fault isolation: a WebAssembly trap (stack overflow, out of memory, any panic: the release build
// aborts on panic) leaves the instance unusable, and every element of the page shares it. Inputs are
// read within limits on the Rust side (src/embed/input.rs), so a trap is a bug, not an input; when one
// happens anyway: the call that trapped rejects with an Error saying so, the instance is dropped, a
// fresh glue module and instance are loaded, and every live element is mounted again from its
// attributes (a calculator from the entries it last reported through keepState). A trap inside an
// async task (not in the call itself) reaches the page as an uncaught error: it is recognised by its
// stack (our glue or wasm file) and handled the same way, and the calls still pending on the dead
// instance reject. Three traps within a minute: no more restarts; each element shows its fallback.
import { offline, urls } from './config.js';
import { decodeBase64, fetchFile } from './files.js';
import { instances } from './state.js';
import { useCss, useFullCss, forgetCss } from './paint.js';
import { restart } from './lifecycle.js';
import { api, addTestHooks } from './api.js';

/**
 * The wasm-bindgen glue's exports (src/embed/mod.rs and api.rs).
 * @typedef {object} Glue
 * @property {(init: {module_or_path: unknown}) => Promise<unknown>} default
 * @property {(fetchFile: (name: unknown) => Promise<Uint8Array>, keepState: (host: Element, text: unknown) => void) => void} configure
 * @property {() => string} [styles]  full build
 * @property {(root: Element, host: Element, config: object) => number} mount
 * @property {(config: object) => Promise<void>} prepare
 * @property {(root: Element, host: Element, config: object) => Promise<number>} [hydrate]  resolves once the hydration is committed
 * @property {() => Promise<void>} settled  resolves once yew rendered what the events before it changed
 * @property {(id: number, config: object) => boolean} update
 * @property {(id: number) => boolean} unmount
 * @property {() => string} dataVersion
 * @property {() => string} rulesAsOf
 * @property {() => unknown} [testTrap]  test build only
 */

/** @type {Promise<Glue> | null} */
let runtime = null; // the full build
/** @type {Promise<Glue> | null} */
let cardRuntime = null; // the card-only build

/** Bumped at each restart; old instances' late callbacks check it. */
export let generation = 0;
const TRAP_LIMIT = 3;
const TRAP_WINDOW_MS = 60000;
/** @type {number[]} times of recent traps */
let traps = [];
/** Too many traps: fallbacks only. */
export let stopped = false;
/** @type {Set<{reject: (e: unknown) => void}>} API calls not settled yet */
const pendingCalls = new Set();

export function started() {
  return !!(runtime || cardRuntime);
}

/** Resolves once each loaded build has rendered what the events before the call changed. */
export function settled() {
  return Promise.all([runtime, cardRuntime].map((r) => r && r.then((glue) => glue.settled())));
}

/** @param {string} glueUrl @param {string} wasmUrl @param {boolean} full @returns {Promise<Glue>} */
function loadBuild(glueUrl, wasmUrl, full) {
  const promise = (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
    if (offline) glueUrl = URL.createObjectURL(new Blob([offline.glue], { type: 'text/javascript' }));
    // Download the wasm while the glue loads (one round trip instead of two); the glue awaits it.
    const wasm = offline ? decodeBase64(offline.wasm) : fetch(wasmUrl, { credentials: 'omit' });
    // The card-only build carries no CSS: the whole stylesheet (noc-widget.css) is fetched beside it.
    const css = full ? null : useFullCss();
    if (css) css.catch(() => {}); // awaited below; a failure there falls back to the full build
    // A fresh module (and so a fresh instance) after a restart: the glue keeps module-level state.
    /** @type {Glue} */
    const glue = await import(offline || !generation ? glueUrl : glueUrl + '?instance=' + generation);
    await glue.default({ module_or_path: wasm });
    glue.configure(fetchFile, keepState);
    if (NOC_TEST && full && typeof glue.testTrap === 'function') addTestHooks(); // only test builds have both
    if (glue.styles) useCss(glue.styles(), true);
    else await css;
    api.dataVersion = glue.dataVersion();
    api.rulesAsOf = glue.rulesAsOf();
    return glue;
  })();
  promise.catch((error) => console.warn('NOC widget: could not start:', (error && error.message) || error));
  return promise;
}

export function startRuntime() {
  if (stopped) return Promise.reject(failure(true));
  if (!runtime) runtime = loadBuild(urls.glue, urls.wasm, true);
  return runtime;
}

/**
 * The build for an element: the card-only one while every element on the page is a card (the offline
 * file carries only the full build), else the full one.
 * @param {import('./state.js').Inst} inst
 */
export function runtimeFor(inst) {
  if (inst.kind !== 'card' || offline || (runtime && !cardRuntime)) return startRuntime();
  if (!cardRuntime) {
    for (const other of instances.values()) if (other.kind !== 'card') return startRuntime();
    // A server without the card build (e.g. `trunk serve`) still shows cards, with the full one.
    cardRuntime = loadBuild(urls.cardGlue, urls.cardWasm, false).catch(() => startRuntime());
  }
  return cardRuntime;
}

/** @param {unknown} error */
export function isTrap(error) {
  return (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) ||
    (error instanceof RangeError && /call stack/i.test(error.message));
}

/** @param {boolean} final */
export function failure(final) {
  const error = /** @type {Error & {field: string, code: string}} */ (new Error(final
    ? 'NOC widget: stopped after repeated internal failures; reload the page to try again'
    : 'NOC widget: internal failure; the widget restarted, the call can be tried again'));
  error.field = '';
  error.code = 'internal_failure';
  return error;
}

/**
 * Runs a synchronous call into wasm; a trap restarts the widget and is thrown as failure().
 * @template T
 * @param {() => T} fn
 * @returns {T}
 */
export function intoWasm(fn) {
  try {
    return fn();
  } catch (error) {
    if (!isTrap(error)) throw error;
    trapped();
    throw failure(stopped);
  }
}

/**
 * An API call (sync or Promise result), kept in pendingCalls until it settles.
 * @param {Glue} glue @param {string} name @param {unknown[]} args
 */
function callSafely(glue, name, args) {
  return new Promise((resolve, reject) => {
    const entry = { reject };
    pendingCalls.add(entry);
    /** @param {(v: unknown) => void} fn @param {unknown} value */
    const settle = (fn, value) => { if (pendingCalls.delete(entry)) fn(value); };
    /** @param {unknown} error */
    const fail = (error) => {
      if (isTrap(error)) { pendingCalls.delete(entry); trapped(); reject(failure(stopped)); } else settle(reject, error);
    };
    let result;
    try {
      result = /** @type {Record<string, Function>} */ (/** @type {unknown} */ (glue))[name](...args);
    } catch (error) {
      fail(error);
      return;
    }
    Promise.resolve(result).then((value) => settle(resolve, value), fail);
  });
}

/** A `window.NocWidget` call on the full build. @param {string} name @param {unknown[]} args */
export function call(name, args) {
  if (stopped) return Promise.reject(failure(true));
  return startRuntime().then((glue) => callSafely(glue, name, args));
}

/** The wasm keeps an element's state outside the instance, for a restart. @param {Element} host @param {unknown} text */
function keepState(host, text) {
  const inst = instances.get(host);
  if (inst && typeof text === 'string') inst.kept = text;
}

export function trapped() {
  const now = Date.now();
  traps = traps.filter((t) => now - t < TRAP_WINDOW_MS);
  traps.push(now);
  if (stopped) return;
  console.warn('NOC widget: internal failure (WebAssembly trap); restarting');
  generation += 1;
  runtime = null;
  cardRuntime = null;
  forgetCss();
  stopped = traps.length >= TRAP_LIMIT;
  const calls = Array.from(pendingCalls);
  pendingCalls.clear();
  calls.forEach((entry) => entry.reject(failure(stopped)));
  instances.forEach((inst) => restart(inst, stopped));
}

/** A trap inside an async task of the instance surfaces as an uncaught error or rejection. @param {unknown} error */
function ours(error) {
  if (!isTrap(error)) return false;
  const stack = String(/** @type {Error} */ (error).stack || '');
  return /noc-widget-(?:app|card)(?:_bg\.wasm|\.js)/.test(stack) || (!!offline && /wasm:\/\/|blob:/.test(stack));
}

export function watchTraps() {
  window.addEventListener('error', (event) => {
    if (ours(event.error)) { event.preventDefault(); trapped(); }
  });
  window.addEventListener('unhandledrejection', (event) => {
    if (ours(event.reason)) { event.preventDefault(); trapped(); }
  });
}
