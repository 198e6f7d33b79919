// @ts-check
// Nothing the reader does on the paint is lost. From the first paint until the component is live,
// every input on the paint's controls is recorded in order: text typed and select changes (`input`,
// `change`, with the value after each), checkbox and radio toggles (with `checked`), button presses,
// a form sent with Enter, focus moves. Once the wasm has hydrated the same nodes (which sets them back
// to the values it rendered), they are replayed in that order, each after yew has rendered the one
// before (`settled`), so a button's handler sees what was typed before it; focus moves are told to the
// components, the focus itself is never moved (it stays where the reader has it). Then the caret and
// selection (with its direction) of every field, open disclosures and scroll positions are put back as
// the reader left them.

/**
 * @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Control
 * @typedef {{type: 'input' | 'change', node: Control, value: string, checked: boolean}
 *   | {type: 'click', node: HTMLButtonElement}
 *   | {type: 'submit', node: HTMLFormElement}
 *   | {type: 'focus', node: HTMLElement}} Input
 */

const RECORDED = ['input', 'change', 'click', 'submit', 'focusin'];

/** True while the replay dispatches an input: its events are the components', not the reader's. */
let replaying = false;
/** @param {() => void} fn */
const asReplay = (fn) => {
  replaying = true;
  try { fn(); } finally { replaying = false; }
};

/** Starts recording the reader's inputs on `inst`'s paint. @param {import('./state.js').Inst} inst */
export function record(inst) {
  /** @param {Event} event */
  const listener = (event) => {
    const type = event.type;
    const state = inst.state;
    // The paint's form must not be sent to the page: only the live component handles it.
    if (type === 'submit' && state !== 'live' && state !== 'removed') event.preventDefault();
    // While the wasm takes over (yew's hydration may take more than one task), the reader's inputs are
    // queued behind the recorded ones and kept from the components until their turn.
    const hydrating = state === 'hydrating';
    if (replaying || (state !== 'painted' && state !== 'takingOver' && !hydrating)) return;
    const target = /** @type {HTMLElement} */ (event.target);
    if (!inst.root.contains(target)) return;
    const inputs = inst.inputs;
    if (type === 'click') {
      const button = target.closest('button');
      if (button) inputs.push({ type, node: button });
    } else if (type === 'submit') {
      // Sent by a button: its press, recorded, sends it again.
      if (!(/** @type {SubmitEvent} */ (event).submitter)) inputs.push({ type, node: /** @type {HTMLFormElement} */ (target) });
    } else if (type === 'focusin') {
      inputs.push({ type: 'focus', node: target });
    } else {
      const c = /** @type {Control} */ (target);
      inputs.push({ type: /** @type {'input' | 'change'} */ (type), node: c, value: c.value, checked: 'checked' in c && c.checked });
    }
    if (hydrating && type !== 'focusin') event.stopPropagation();
  };
  RECORDED.forEach((type) => inst.shadow.addEventListener(type, listener, true));
}

/**
 * What the reader left on the paint besides the inputs and the focus (never moved): the caret and
 * selection of every text field (a field keeps its own when focus leaves it), open disclosures, scroll
 * positions of the scrollable regions. Taken just before the hydration.
 * @param {import('./state.js').Inst} inst
 */
export function snapshot(inst) {
  const root = inst.root;
  return {
    /** @type {[HTMLInputElement, number | null, number | null, SelectionDirection | null][]} */
    carets: Array.from(root.querySelectorAll('input, textarea'), (f) => {
      const c = /** @type {HTMLInputElement} */ (f);
      return [c, c.selectionStart, c.selectionEnd, c.selectionDirection];
    }),
    /** @type {[HTMLDetailsElement, boolean][]} */
    open: Array.from(root.querySelectorAll('details'), (d) => [d, d.open]),
    /** @type {[Element, number, number][]} */
    scroll: Array.from(root.querySelectorAll('[tabindex="0"]'), (n) => [n, n.scrollLeft, n.scrollTop]),
  };
}

/**
 * Replays the recorded inputs on the live component, in order, then puts back what `before` holds.
 * Inputs the reader makes meanwhile are queued behind (see record), so the order is the reader's.
 * @param {import('./state.js').Inst} inst
 * @param {import('./wasm.js').Glue} glue
 * @param {ReturnType<typeof snapshot>} before
 */
export async function replay(inst, glue, before) {
  // A disclosure the hydration opened or closed goes back at once (the reader may toggle it later).
  before.open.forEach(([d, open]) => { if (d.open !== open) d.open = open; });
  const inputs = inst.inputs;
  // Focus moves are told to the components as the events they were, without moving the focus: the
  // reader's focus stays where the reader has it.
  for (let input = inputs.shift(); input; input = inputs.shift()) {
    const node = input.node;
    if (!node.isConnected) continue;
    asReplay(() => {
      if (input.type === 'focus') {
        node.dispatchEvent(new FocusEvent('focus', { composed: true }));
        node.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      } else if (input.type === 'click') {
        if (!input.node.disabled) input.node.click();
      } else if (input.type === 'submit') {
        input.node.requestSubmit();
      } else {
        const c = input.node;
        if (c.type === 'checkbox' || c.type === 'radio') /** @type {HTMLInputElement} */ (c).checked = input.checked;
        else c.value = input.value;
        c.dispatchEvent(new Event(input.type, { bubbles: true, composed: true }));
      }
    });
    await glue.settled();
  }
  before.scroll.forEach(([n, left, top]) => { n.scrollLeft = left; n.scrollTop = top; });
  // Setting a value (hydration, the replay) moves the caret to the end: each field gets its own back.
  before.carets.forEach(([c, start, end, direction]) => {
    if (start !== null && end !== null && c.isConnected) c.setSelectionRange(start, end, direction || undefined);
  });
}
