// @ts-check
// Each element's life, driven through the state machine (state.js): attached with a placeholder;
// near the viewport, its pre-rendered first paint (or, without one, the wasm); the reader's first act
// inside it or idle time, the takeover; live; removed.
import { readConfig, prerenderKey, PAINT_DATE } from './config.js';
import { prefetchCard } from './files.js';
import { instances, go, current, testHold } from './state.js';
import { styleSheet, el, renderShell, applyRootAttributes, show, place, fetchPaint, adoptableRoot } from './paint.js';
import { record, snapshot, replay } from './record.js';
import { runtimeFor, intoWasm, isTrap, trapped, generation, stopped } from './wasm.js';

/** "Near the viewport": this far above or below it, for the observer and at attach. */
const NEAR_PX = 400;

/** @type {IntersectionObserver | null} */
let observer = null;

export function watchViewport() {
  observer = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
        entries.forEach((entry) => {
          if (!entry.isIntersecting) return;
          /** @type {IntersectionObserver} */ (observer).unobserve(entry.target);
          const inst = instances.get(entry.target);
          if (inst) start(inst);
        });
      }, { rootMargin: NEAR_PX + 'px 0px' })
    : null;
}

/**
 * A new element (or one moved in the page: it keeps its app).
 * @param {HTMLElement} host @param {import('./config.js').Kind} kind @param {string} tag @param {boolean} isDiv
 */
export function attach(host, kind, tag, isDiv) {
  let inst = instances.get(host);
  if (inst) {
    inst.pendingDetach = false; // Moved in the DOM: keep the mounted app.
    return;
  }
  let shadow = host.shadowRoot;
  if (!shadow) {
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch (e) {
      return; // The element cannot host a shadow root (already used by the page): leave it alone.
    }
  }
  const s = styleSheet();
  if (s) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.concat([s]);
  const adopted = adoptableRoot(shadow);
  inst = {
    host, kind, tag, isDiv, shadow, state: 'placeholder', started: false, placed: false, pendingDetach: false,
    root: adopted || el('div', 'noc-root'), shell: el('div', 'noc-shell'), prerender: null, id: null, runtime: null,
    inputs: [], armed: null,
  };
  inst.root.setAttribute('part', 'root');
  inst.shell.setAttribute('part', 'fallback');
  show(inst, !!adopted);
  instances.set(host, inst);
  const config = readConfig(inst);
  record(inst);
  if (adopted) {
    // Its attributes must be the ones it was rendered for, and the wasm must have the same build.
    const key = adopted.getAttribute('data-prerendered');
    inst.prerender = key && key === prerenderKey(config) ? key : '';
    go(inst, 'painted');
  }
  applyRootAttributes(inst, config);
  renderShell(inst, config, false);
  if (observer) {
    observer.observe(host);
    checkInView(inst);
  } else {
    place(inst);
    start(inst);
  }
}

// The observer first reports after the page's first frame; an element already in view (or near it)
// starts at once instead, so its paint is fetched a frame earlier. Elements attached in one task are
// measured together in a microtask, before their placeholders go in: the page's layout then has
// little to redo (empty hosts), and the paints and the stylesheet are asked for before the
// placeholders' text is laid out.
/** @type {import('./state.js').Inst[]} */
let inViewQueue = [];
/** @param {import('./state.js').Inst} inst */
function checkInView(inst) {
  inViewQueue.push(inst);
  if (inViewQueue.length === 1) queueMicrotask(startThoseInView);
}
/** @param {HTMLElement} host */
function isNear(host) {
  if (!host.getClientRects().length) return false;
  const height = window.innerHeight || document.documentElement.clientHeight;
  const width = window.innerWidth || document.documentElement.clientWidth;
  const r = host.getBoundingClientRect();
  return !(r.bottom < -NEAR_PX || r.top > height + NEAR_PX || r.right < 0 || r.left > width);
}
function startThoseInView() {
  const queue = inViewQueue;
  inViewQueue = [];
  const near = queue.map((inst) => current(inst) && !inst.started && isNear(inst.host));
  queue.forEach(place);
  queue.forEach((inst, i) => {
    if (!near[i]) return;
    /** @type {IntersectionObserver} */ (observer).unobserve(inst.host);
    start(inst);
  });
}

/** Near the viewport: a pre-rendered first paint shows at once; the wasm waits for the reader. @param {import('./state.js').Inst} inst */
function start(inst) {
  if (inst.started || !current(inst)) return;
  inst.started = true;
  place(inst);
  if (inst.state === 'painted') armTakeOver(inst);
  else if (inst.state === 'placeholder') showPaint(inst);
}

/** Shows the element's pre-rendered first paint, or (none, or it cannot be fetched) renders with the wasm. @param {import('./state.js').Inst} inst */
function showPaint(inst) {
  const key = prerenderKey(readConfig(inst));
  if (!key) { run(inst, 'loading'); return; }
  go(inst, 'painting');
  fetchPaint(key).then((paint) => {
    if (inst.state !== 'painting') return; // removed, or restarted meanwhile
    inst.root.replaceChildren(paint);
    inst.prerender = key;
    show(inst, true);
    go(inst, 'painted');
    armTakeOver(inst);
    if (prerenderKey(readConfig(inst)) !== key) takeOver(inst); // attributes changed meanwhile
  }, () => {
    if (inst.state === 'painting') run(inst, 'loading');
  });
}

const TAKEOVER_EVENTS = ['pointerdown', 'focusin', 'keydown', 'touchstart'];

/** The wasm is asked for when the reader acts inside the element, or when the page is idle. @param {import('./state.js').Inst} inst */
function armTakeOver(inst) {
  if (inst.armed) return;
  const armed = inst.armed = () => takeOver(inst);
  TAKEOVER_EVENTS.forEach((type) => inst.shadow.addEventListener(type, armed, { capture: true, passive: true }));
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(armed, { timeout: 4000 }); else setTimeout(armed, 200);
  };
  if (document.readyState === 'complete') idle(); else window.addEventListener('load', idle, { once: true });
}

/** @param {import('./state.js').Inst} inst */
function disarm(inst) {
  const armed = inst.armed;
  if (armed) TAKEOVER_EVENTS.forEach((type) => inst.shadow.removeEventListener(type, armed, { capture: true }));
  inst.armed = null;
}

/** @param {import('./state.js').Inst} inst */
function takeOver(inst) {
  if (inst.state !== 'painted' || !current(inst)) return;
  disarm(inst);
  run(inst, 'takingOver');
}

/**
 * Loads the element's build and renders it: over its paint (`takingOver`) or afresh (`loading`).
 * @param {import('./state.js').Inst} inst
 * @param {'loading' | 'takingOver'} state
 */
function run(inst, state) {
  prefetchCard(readConfig(inst));
  if (stopped) { showStopped(inst); return; }
  go(inst, state);
  const gen = generation;
  const runtime = inst.runtime = runtimeFor(inst);
  runtime.then((glue) => {
    if (!current(inst) || gen !== generation) return undefined;
    const config = readConfig(inst);
    applyRootAttributes(inst, config);
    if (inst.state === 'takingOver') return hydrateInto(inst, glue, config, gen);
    if (inst.kept) config.state = inst.kept; // what it showed before a restart
    inst.id = intoWasm(() => glue.mount(inst.root, inst.host, config));
    show(inst, true);
    live(inst);
    return undefined;
  }).catch((error) => {
    if (!current(inst) || gen !== generation) return;
    if (inst.prerender !== null) {
      // A pre-rendered element stays readable as it is when the wasm cannot take it over.
      if (isTrap(error)) { trapped(); return; }
      console.warn('NOC widget: could not take over the first paint:', (error && error.message) || error);
      go(inst, 'fallback');
      return;
    }
    go(inst, 'fallback');
    renderShell(inst, readConfig(inst), true);
  });
}

/** @param {import('./state.js').Inst} inst */
function live(inst) {
  go(inst, 'live');
  inst.root.setAttribute('data-live', '');
}

/**
 * Takes over the paint: the data it shows first (the reader may go on acting meanwhile, recorded),
 * then the hydration of the same nodes and the replay of the inputs (made meanwhile: queued behind).
 * @param {import('./state.js').Inst} inst
 * @param {import('./wasm.js').Glue} glue
 * @param {import('./config.js').Config} config
 * @param {number} gen
 */
async function hydrateInto(inst, glue, config, gen) {
  if (!glue.hydrate || prerenderKey(config) !== inst.prerender) {
    // Not what was painted (attributes changed): render in the browser instead.
    inst.root.replaceChildren();
    inst.inputs = [];
    inst.id = intoWasm(() => glue.mount(inst.root, inst.host, config));
    live(inst);
    return;
  }
  // The calculator's paint states the day it was rendered: hydrate with that day (the DOM then
  // matches), and the calculator moves to the reader's today right after.
  const painted = { ...config, paintDate: PAINT_DATE };
  if (NOC_TEST && testHold.at === 'takeover') { testHold.waiting = 'takeover'; await testHold.gate; }
  await glue.prepare(painted);
  if (!current(inst) || gen !== generation) return;
  go(inst, 'hydrating');
  const before = snapshot(inst);
  const id = await glue.hydrate(inst.root, inst.host, painted);
  if (gen !== generation) return;
  inst.id = id;
  if (!current(inst)) { intoWasm(() => glue.unmount(id)); return; }
  if (NOC_TEST && testHold.at === 'hydrated') { testHold.waiting = 'hydrated'; await testHold.gate; }
  await replay(inst, glue, before);
  if (gen !== generation || !current(inst)) return;
  const now = readConfig(inst);
  if (JSON.stringify(now) !== JSON.stringify(config)) intoWasm(() => glue.update(id, now)); // changed meanwhile
  live(inst);
}

/** @param {import('./state.js').Inst} inst */
function showStopped(inst) {
  go(inst, 'fallback');
  show(inst, false);
  renderShell(inst, readConfig(inst), true);
}

/** An attribute changed. @param {Element} host */
export function refresh(host) {
  const inst = instances.get(host);
  if (!inst) return;
  const config = readConfig(inst);
  applyRootAttributes(inst, config);
  const id = inst.id;
  if (inst.state === 'live' && id !== null && inst.runtime) {
    inst.runtime.then((glue) => {
      if (inst.id === id) intoWasm(() => glue.update(id, config));
    }).catch(() => {});
  } else if (inst.state === 'painted') {
    // Other attributes than the paint was made for: let the WebAssembly render them now.
    if (prerenderKey(config) !== inst.prerender) takeOver(inst);
  } else if (!inst.shell.hidden) {
    renderShell(inst, config, inst.state === 'fallback');
  }
}

/** @param {Element} host */
export function detach(host) {
  const inst = instances.get(host);
  if (!inst) return;
  // Wait a task: an element moved elsewhere in the page is disconnected then connected again.
  inst.pendingDetach = true;
  setTimeout(() => {
    if (!inst.pendingDetach || host.isConnected || !current(inst)) { inst.pendingDetach = false; return; }
    instances.delete(host);
    go(inst, 'removed');
    if (observer) observer.unobserve(host);
    const id = inst.id;
    if (id !== null && inst.runtime) {
      inst.id = null;
      const gen = generation;
      inst.runtime.then((glue) => {
        if (gen === generation) intoWasm(() => glue.unmount(id));
      }).catch(() => {});
    }
    if (inst.placed) {
      inst.shadow.removeChild(inst.root);
      inst.shadow.removeChild(inst.shell);
    }
  }, 0);
}

/**
 * After a trap: the old root holds the dead app's DOM and listeners, a new, empty one takes its place;
 * a started element renders from its kept state in the browser (not from the paint again).
 * @param {import('./state.js').Inst} inst
 * @param {boolean} final  too many traps: the fallback
 */
export function restart(inst, final) {
  disarm(inst);
  inst.id = null;
  inst.runtime = null;
  inst.prerender = null;
  inst.inputs = [];
  const root = el('div', 'noc-root');
  root.setAttribute('part', 'root');
  root.hidden = true;
  if (inst.placed) inst.shadow.replaceChild(root, inst.root);
  inst.root = root;
  const config = readConfig(inst);
  applyRootAttributes(inst, config);
  show(inst, false);
  if (final) showStopped(inst);
  else {
    renderShell(inst, config, false);
    if (inst.started) run(inst, 'loading');
    else if (inst.state === 'painted') go(inst, 'placeholder');
  }
}
