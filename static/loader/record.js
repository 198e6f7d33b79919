// @ts-check
// Nothing the reader does on the paint is lost. From the first paint until the component is live,
// every input on the paint's controls is recorded in order: text typed and select changes (`input`,
// `change`, with the value after each), checkbox and radio toggles (with `checked`), button presses,
// a form sent with Enter, focus moves. Once the wasm has hydrated the same nodes (which sets them back
// to the values it rendered), they are replayed in that order, each after yew has rendered the one
// before (`settled`), so a button's handler sees what was typed before it; focus moves are told to the
// components, the focus itself is never moved (it stays where the reader has it). Then the caret and
// selection (with its direction) of every field, open disclosures and scroll positions are put back as
// the reader left them at the hydration's start.
//
// While the hydration runs (yew's scheduler may yield to the browser between its tasks, with the
// paint's values already set back to the rendered ones), a key or a press acting on what the field or
// the box shows (typing, moving the caret, toggling a box or a disclosure, pressing a button) would act
// on the wrong value. So from the hydration's start until live, those acts are held (their default
// action prevented, kept from the components) and queued behind the recorded inputs; the replay does
// them once the paint shows again what the reader left on it: the key is dispatched to the component,
// then (unless the component prevents it) its effect on the field is done (text inserted or deleted,
// caret moved, the form sent), a press is a `click()`. It takes the few tasks of the hydration: the
// reader sees the keystroke a moment later, nothing else.

/**
 * @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Control
 * @typedef {{type: 'input' | 'change', node: Control, value: string, checked: boolean}
 *   | {type: 'click', node: HTMLElement}
 *   | {type: 'submit', node: HTMLFormElement}
 *   | {type: 'focus', node: HTMLElement}
 *   | {type: 'key', node: HTMLElement, key: string, shift: boolean}
 *   | {type: 'edit', node: HTMLInputElement, inputType: string, data: string | null}} Input
 */

const RECORDED = ['input', 'change', 'click', 'submit', 'focusin', 'keydown', 'beforeinput'];
/** Keys that act on a text field's value or caret (besides a character). */
const FIELD_KEYS = /^(Backspace|Delete|Enter|Arrow(Left|Right|Up|Down)|Home|End)$/;

/** True while the replay dispatches an input: its events are the components', not the reader's. */
let replaying = false;
/** @param {() => void} fn */
const asReplay = (fn) => {
  replaying = true;
  try { fn(); } finally { replaying = false; }
};

/** A field with a caret (text, search, tel, url, password, textarea), not read-only. @param {EventTarget | null} n */
const textField = (n) => {
  const c = /** @type {HTMLInputElement} */ (n);
  return 'selectionStart' in c && c.selectionStart !== null && !c.readOnly && !c.disabled ? c : null;
};

/** Starts recording the reader's inputs on `inst`'s paint. @param {import('./state.js').Inst} inst */
export function record(inst) {
  /** @param {Event} event */
  const listener = (event) => {
    const type = event.type;
    const state = inst.state;
    // The paint's form must not be sent to the page: only the live component handles it.
    if (type === 'submit' && state !== 'live' && state !== 'removed') event.preventDefault();
    const hydrating = state === 'hydrating';
    if (replaying || (state !== 'painted' && state !== 'takingOver' && !hydrating)) return;
    const target = /** @type {HTMLElement} */ (event.target);
    if (!inst.root.contains(target)) return;
    const inputs = inst.inputs;
    /** Held until its turn in the replay (see above). @param {Input} input */
    const hold = (input) => {
      event.preventDefault();
      event.stopPropagation();
      inputs.push(input);
    };
    if (type === 'keydown' || type === 'beforeinput') {
      // Only while hydrating, and only the reader's own (a script's key has no effect to redo).
      if (!hydrating || !event.isTrusted) return;
      const field = textField(target);
      if (type === 'beforeinput') {
        const e = /** @type {InputEvent} */ (event);
        if (field && e.cancelable) hold({ type: 'edit', node: field, inputType: e.inputType, data: e.data });
        return;
      }
      const k = /** @type {KeyboardEvent} */ (event);
      const key = k.key;
      if (k.ctrlKey || k.metaKey || k.altKey || k.isComposing) return;
      // Keys that press: Space on a box, a button or a disclosure, Enter on a button or a disclosure.
      const box = /^(checkbox|radio)$/.test(/** @type {HTMLInputElement} */ (target).type);
      const press = box || /^(button|summary)$/.test(target.localName);
      // (A textarea's lines are left to the browser: Up, Down, Home and End are not held there.)
      const multiline = target.localName === 'textarea' && /Up|Down|Home|End/.test(key);
      if (field ? !multiline && (key.length === 1 || FIELD_KEYS.test(key)) : press && (key === ' ' || (key === 'Enter' && !box))) {
        hold({ type: 'key', node: target, key, shift: k.shiftKey });
      }
      return;
    }
    if (type === 'click') {
      // While hydrating, any press (a box, a disclosure, a label, a button) waits for its turn.
      if (hydrating) { hold({ type, node: target }); return; }
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
 * positions of the scrollable regions. Taken at the hydration's start, with how many inputs were
 * recorded by then (acts made later are held: the paint stays as the reader left it).
 * @param {import('./state.js').Inst} inst
 */
export function snapshot(inst) {
  const root = inst.root;
  return {
    recorded: inst.inputs.length,
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

/** Puts back what `before` holds. @param {ReturnType<typeof snapshot>} before */
function restore(before) {
  before.open.forEach(([d, open]) => { if (d.open !== open) d.open = open; });
  before.scroll.forEach(([n, left, top]) => { n.scrollLeft = left; n.scrollTop = top; });
  // Setting a value (hydration, the replay) moves the caret to the end: each field gets its own back.
  before.carets.forEach(([c, start, end, direction]) => {
    if (start !== null && end !== null && c.isConnected) c.setSelectionRange(start, end, direction || undefined);
  });
}

/**
 * A held edit, done on the field as the browser would have: `data` replaces the selection, or a
 * deletion removes it (or the character before or after the caret); then the `input` event.
 * @param {HTMLInputElement} c @param {string} inputType @param {string | null} data
 */
function edit(c, inputType, data) {
  const value = c.value;
  let start = /** @type {number} */ (c.selectionStart);
  let end = /** @type {number} */ (c.selectionEnd);
  let text = data || '';
  if (data === null && start === end) {
    if (/Backward/.test(inputType)) start = Math.max(0, start - 1);
    else if (/Forward/.test(inputType)) end = Math.min(value.length, end + 1);
  }
  if (c.maxLength >= 0) text = text.slice(0, Math.max(0, c.maxLength - value.length + end - start));
  if (!text && start === end) return;
  c.value = value.slice(0, start) + text + value.slice(end);
  c.setSelectionRange(start + text.length, start + text.length);
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

/**
 * A held key's effect once the component let it through: on a text field, a character typed, a
 * deletion, the caret moved (with Shift, the selection extended from its anchor) or the form sent
 * (Enter); on a box, a button or a disclosure, a press.
 * @param {HTMLElement} node @param {string} key @param {boolean} shift
 */
function keyEffect(node, key, shift) {
  const c = textField(node);
  if (!c) { node.click(); return; }
  if (key.length === 1) { edit(c, 'insertText', key); return; }
  if (key === 'Backspace' || key === 'Delete') { edit(c, key === 'Delete' ? 'deleteContentForward' : 'deleteContentBackward', null); return; }
  if (key === 'Enter' && c.localName === 'textarea') { edit(c, 'insertLineBreak', '\n'); return; }
  if (key === 'Enter') {
    // Implicit submission: the form's first submit button is pressed, else the form is sent.
    const form = c.form;
    const button = form && /** @type {HTMLElement | null} */ (form.querySelector('button:not([type]),[type=submit]'));
    if (button) button.click(); else if (form) form.requestSubmit();
    return;
  }
  const start = /** @type {number} */ (c.selectionStart);
  const end = /** @type {number} */ (c.selectionEnd);
  const backward = c.selectionDirection === 'backward';
  let anchor = backward ? end : start;
  const focus = backward ? start : end;
  const left = key === 'ArrowLeft';
  let to = /Home|Up/.test(key) ? 0 : /End|Down/.test(key) ? c.value.length
    : !shift && start !== end ? (left ? start : end)
    : Math.max(0, Math.min(c.value.length, focus + (left ? -1 : 1)));
  if (!shift) anchor = to;
  c.setSelectionRange(Math.min(anchor, to), Math.max(anchor, to), to < anchor ? 'backward' : 'forward');
}

/**
 * Replays the recorded inputs on the live component, in order: first those made on the paint before
 * the hydration, then what `before` holds is put back (the paint as the reader left it), then the acts
 * held since. Inputs the reader makes meanwhile are held and queued behind, so the order is the reader's.
 * @param {import('./state.js').Inst} inst
 * @param {import('./wasm.js').Glue} glue
 * @param {ReturnType<typeof snapshot>} before
 */
export async function replay(inst, glue, before) {
  const inputs = inst.inputs;
  let n = 0;
  for (let input = inputs.shift(); input; input = inputs.shift()) {
    if (n++ === before.recorded) restore(before);
    const node = input.node;
    if (!node.isConnected) continue;
    asReplay(() => {
      if (input.type === 'focus') {
        // Told to the components as the events they were, without moving the reader's focus.
        node.dispatchEvent(new FocusEvent('focus', { composed: true }));
        node.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      } else if (input.type === 'click') {
        if (!(/** @type {HTMLButtonElement} */ (node)).disabled) node.click();
      } else if (input.type === 'submit') {
        input.node.requestSubmit();
      } else if (input.type === 'key') {
        const key = input.key;
        const down = new KeyboardEvent('keydown', { key, shiftKey: input.shift, bubbles: true, cancelable: true, composed: true });
        if (node.dispatchEvent(down)) keyEffect(node, key, input.shift);
      } else if (input.type === 'edit') {
        if (textField(node)) edit(input.node, input.inputType, input.data);
      } else {
        const c = input.node;
        if (c.type === 'checkbox' || c.type === 'radio') /** @type {HTMLInputElement} */ (c).checked = input.checked;
        else c.value = input.value;
        c.dispatchEvent(new Event(input.type, { bubbles: true, composed: true }));
      }
    });
    await glue.settled();
  }
  if (n <= before.recorded) restore(before);
}
