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
// them once the paint shows again what the reader left on it: text typed or deleted (held at its
// `beforeinput`) is inserted or deleted at the caret, then `input`; a key that moves the caret (or
// presses) is dispatched to the component and, unless the component prevents it, the caret is moved
// (or the box, disclosure or button `click()`ed); a held click is a `click()`. It takes the few tasks of
// the hydration: the reader sees the keystroke a moment later, nothing else.

/**
 * @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Control
 * @typedef {{type: 'input' | 'change', node: Control, value: string, checked: boolean}
 *   | {type: 'click', node: HTMLElement}
 *   | {type: 'submit', node: HTMLFormElement}
 *   | {type: 'focus', node: HTMLElement}
 *   | {type: 'held', node: HTMLElement, event: KeyboardEvent | InputEvent}} Input
 */

const RECORDED = ['input', 'change', 'click', 'submit', 'focusin', 'keydown', 'beforeinput'];
/** Keys that move a text field's caret (or are the component's, as Enter): what the field shows is typed or deleted through `beforeinput`. */
const FIELD_KEYS = /^(Arrow|Home|End|Enter)/;
/** Ctrl or Meta with A: the whole field selected. @param {KeyboardEvent} k */
const selectAll = (k) => (k.ctrlKey || k.metaKey) && !k.altKey && k.key.toLowerCase() === 'a';

/** True while the replay dispatches an input: its events are the components', not the reader's. */
let replaying = false;
/** @param {() => void} fn */
const asReplay = (fn) => {
  replaying = true;
  try { fn(); } finally { replaying = false; }
};

/** A one-line field with a caret (text, search, tel, url, password), not read-only. @param {EventTarget | null} n */
const textField = (n) => {
  const c = /** @type {HTMLInputElement} */ (n);
  return c.localName === 'input' && c.selectionStart !== null && !c.readOnly && !c.disabled ? c : null;
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
    if (type === 'keydown' || type === 'beforeinput') {
      // Held (see above) only while hydrating, and only the reader's own (a script's key has no effect to redo).
      const k = /** @type {KeyboardEvent} */ (event);
      const key = k.key;
      if (!(hydrating && k.isTrusted && k.cancelable && (textField(target)
        // An edit (a word or line deletion and a paste too), a key for the caret (by word with Ctrl or
        // Alt, to the start or end with Meta), or select-all.
        ? type === 'beforeinput' || FIELD_KEYS.test(key) || selectAll(k)
        // Keys that press: Space on a box, a button or a disclosure, Enter on a button or a disclosure.
        : k.ctrlKey || k.metaKey || k.altKey ? false
        : key === ' ' ? target.matches('button,summary,[type=checkbox],[type=radio]') : key === 'Enter' && target.matches('button,summary')))) return;
      event.preventDefault();
      inputs.push({ type: 'held', node: target, event: k });
    } else if (type === 'click') {
      // While hydrating, any press (a box, a disclosure, a label, a button) is held for its turn.
      const button = hydrating ? target : target.closest('button');
      if (hydrating) event.preventDefault();
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
    // While hydrating, the components get nothing but focus moves until the replay.
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
 * Where a move or deletion by word from `i` ends (`back`: towards the start): past the spaces and
 * punctuation next to the caret, then past one word.
 * @param {string} value @param {number} i @param {boolean} back
 */
function wordEdge(value, i, back) {
  if (back) return value.slice(0, i).search(/[\p{L}\p{N}_]*[^\p{L}\p{N}_]*$/u);
  const last = value.slice(i).search(/[\p{L}\p{N}_](?![\p{L}\p{N}_])/u); // a word's last letter
  return last < 0 ? value.length : i + last + 1;
}

/**
 * A held edit, done on the field as the browser would have: the text typed or pasted replaces the
 * selection (cut to the field's `maxlength`), or a deletion removes it (or, from the caret, a
 * character, a word or the line, back or forward); then the `input` event.
 * @param {HTMLInputElement} c @param {InputEvent} e
 */
function edit(c, e) {
  const inputType = e.inputType;
  const value = c.value;
  let start = /** @type {number} */ (c.selectionStart);
  let end = /** @type {number} */ (c.selectionEnd);
  let data = e.data ?? e.dataTransfer?.getData('text/plain');
  if (data && c.maxLength >= 0) data = data.slice(0, Math.max(0, c.maxLength - value.length + end - start));
  if (!data && !/^delete/.test(inputType)) return; // nothing it can redo (no text given, or no room)
  if (!data && start === end) {
    const back = /Backward/.test(inputType);
    const to = /Line/.test(inputType) ? (back ? 0 : value.length) : /Word/.test(inputType) ? wordEdge(value, start, back) : start + (back ? -1 : 1);
    if (back) start = to; else end = to;
  }
  if (start < 0 || end > value.length || start === end && !data) return; // nothing to delete
  c.setRangeText(data || '', start, end, 'end');
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

/**
 * A held key's effect once the component let it through: on a text field, the caret moved (by a
 * character, or a word with Ctrl or Alt, or to an end with Meta; with Shift, the selection extended from
 * its anchor), or the whole text selected; Enter sends no form here: every form of the widget has
 * several fields and no submit button. On a box, a button or a disclosure, a press.
 * @param {HTMLElement} node @param {KeyboardEvent} k
 */
function keyEffect(node, k) {
  const c = textField(node);
  const key = k.key;
  if (!c) node.click();
  else if (selectAll(k)) c.select();
  else if (key !== 'Enter') {
    const start = /** @type {number} */ (c.selectionStart);
    const end = /** @type {number} */ (c.selectionEnd);
    const value = c.value;
    const length = value.length;
    const backward = c.selectionDirection === 'backward';
    const left = key === 'ArrowLeft';
    const shift = k.shiftKey;
    const caret = backward ? start : end;
    let anchor = backward ? end : start;
    const to = /Home|Up/.test(key) || k.metaKey && left ? 0 : /End|Down/.test(key) || k.metaKey ? length
      : k.ctrlKey || k.altKey ? wordEdge(value, caret, left)
      : !shift && start < end ? (left ? start : end)
      : Math.max(0, Math.min(length, caret + (left ? -1 : 1)));
    if (!shift) anchor = to;
    c.setSelectionRange(Math.min(anchor, to), Math.max(anchor, to), to < anchor ? 'backward' : 'forward');
  }
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
        node.click(); // (a disabled control ignores it)
      } else if (input.type === 'submit') {
        input.node.requestSubmit();
      } else if (input.type === 'held') {
        const e = input.event;
        if ('inputType' in e) {
          const c = textField(node);
          if (c) edit(c, e);
        } else {
          // The same key again (the held event is its own init: key, modifiers, bubbles, composed).
          if (node.dispatchEvent(new KeyboardEvent('keydown', e))) keyEffect(node, e);
        }
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
