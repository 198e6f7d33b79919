// @ts-check
// The per-element state machine: every state an element can be in, and every allowed transition, in
// one table (docs/embedding.md draws it; tests/e2e/takeover.test.mjs checks the drawing against it).
// An illegal transition throws in the test build and is logged in release.

/**
 * placeholder  attached; the placeholder (or the author's light-DOM content) shows; nothing fetched
 * painting     near the viewport: its pre-rendered first paint is being fetched
 * painted      the paint shows (fetched, or a declarative shadow root adopted); the reader's inputs
 *              on it are recorded from here on
 * takingOver   the WebAssembly and the data the paint shows are loading; inputs still recorded
 * hydrating    the wasm takes over the paint's nodes and the recorded inputs are replayed; acts made
 *              meanwhile are queued behind them and kept from the components until their turn (keys
 *              and presses held: their effect is done then, on what the reader saw; record.js)
 * loading      no paint (other attributes, no pre-rendered files, a restart): the wasm loads, then renders
 * live         the component runs
 * fallback     the wasm cannot run: the readable placeholder (or the paint, as it is) stays
 * removed      the element left the page (final)
 * @typedef {'placeholder' | 'painting' | 'painted' | 'takingOver' | 'hydrating' | 'loading' | 'live' | 'fallback' | 'removed'} State
 */

/**
 * From each state, the states it may go to. A restart after a trap sends every started element to
 * `loading` (and one never started back to `placeholder`); three traps in a minute, to `fallback`.
 * @type {Record<State, string>}
 */
export const TRANSITIONS = {
  placeholder: 'painting painted loading fallback removed',
  painting: 'painted loading fallback removed',
  painted: 'takingOver loading placeholder fallback removed',
  takingOver: 'hydrating live loading fallback removed',
  hydrating: 'live loading fallback removed',
  loading: 'live loading fallback removed',
  live: 'loading fallback removed',
  fallback: 'loading fallback removed',
  removed: '',
};

/**
 * One element on the page.
 * @typedef {object} Inst
 * @property {HTMLElement} host
 * @property {import('./config.js').Kind} kind
 * @property {string} tag
 * @property {boolean} isDiv  a `<div data-noc-…>` fallback
 * @property {ShadowRoot} shadow
 * @property {HTMLElement} root  where the paint or the component is
 * @property {HTMLElement} shell  the placeholder
 * @property {State} state
 * @property {boolean} started  came near the viewport (its paint or wasm was asked for)
 * @property {boolean} placed  shell and root are in the shadow root
 * @property {boolean} pendingDetach  disconnected; removed after a task unless connected again
 * @property {string | null} prerender  the paint's file (`en/card-22220.html`), '' for an adopted paint of other attributes
 * @property {number | null} id  the wasm's id of its component
 * @property {Promise<import('./wasm.js').Glue> | null} runtime
 * @property {import('./record.js').Input[]} inputs  the reader's inputs on the paint, in order
 * @property {(() => void) | null} armed  the takeover's listener, while armed
 * @property {string} [kept]  what it showed, for a restart (keepState)
 */

/** host element -> its instance */
export const instances = /** @type {Map<Element, Inst>} */ (new Map());

/**
 * Moves `inst` to state `to`. An illegal move is a bug: the test build throws, release logs it and
 * moves anyway (the page keeps working as well as it can).
 * @param {Inst} inst
 * @param {State} to
 */
export function go(inst, to) {
  if (!TRANSITIONS[inst.state].split(' ').includes(to)) {
    const message = 'NOC widget: illegal transition ' + inst.state + ' -> ' + to + ' of <' + inst.tag + '>';
    if (NOC_TEST) throw new Error(message);
    console.warn(message);
  }
  inst.state = to;
}

/**
 * The test build only (NocWidget.__hold(at) / __release()): while set, a takeover waits for `gate` at
 * `at`: 'takeover', before loading the paint's data and hydrating, as when the wasm and data files are
 * slow to come (the randomised takeover trials hold many takeovers on one page this way, without a cold
 * WebAssembly each time); 'hydrated', once the hydration is committed and before the replay, as when
 * yew's scheduler yields to the browser with the paint's values set back to the rendered ones.
 */
export const testHold = { gate: /** @type {Promise<void> | null} */ (null), at: '', waiting: '' };

/** The element is still on the page as `inst` and not removed. @param {Inst} inst */
export function current(inst) {
  return instances.get(inst.host) === inst && inst.state !== 'removed';
}
