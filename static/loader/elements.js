// @ts-check
// Element classes and attributes: <noc-search>, <noc-card>, <ee-calculator>, <noc-widget>, named and
// with properties that reflect their attributes, as platform elements do (`el.code = "22220"` sets the
// attribute; `lang` is HTMLElement's own), described for tools in scripts/npm/elements.json (the npm
// package's types and custom-elements.json); and the `<div data-noc-…>` fallbacks for pages whose
// editor strips unknown tags.
import { KINDS, OBSERVED } from './config.js';
import { instances } from './state.js';
import { attach, detach, refresh } from './lifecycle.js';

/**
 * A property reflecting attribute `name` (set: the string, or removed by null/undefined).
 * @param {object} proto @param {string} name @param {(this: HTMLElement) => unknown} get
 * @param {(this: HTMLElement, v: unknown) => void} [set]
 */
function reflect(proto, name, get, set) {
  /** @this {HTMLElement} @param {unknown} v */
  function setString(v) { if (v == null) this.removeAttribute(name); else this.setAttribute(name, String(v)); }
  Object.defineProperty(proto, name, { configurable: true, enumerable: true, get, set: set || setString });
}
/** @param {object} proto @param {string} name */
function reflectString(proto, name) {
  reflect(proto, name, /** @this {HTMLElement} */ function () { const v = this.getAttribute(name); return v === null ? '' : v; });
}

export function defineElements() {
  if (!window.HTMLElement || !window.customElements) return;
  class NocElement extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }
    connectedCallback() { attach(this, KINDS[this.localName], this.localName, false); }
    disconnectedCallback() { detach(this); }
    /** @param {string} _name @param {string | null} oldValue @param {string | null} newValue */
    attributeChangedCallback(_name, oldValue, newValue) {
      if (oldValue !== newValue) refresh(this);
    }
  }
  /** @type {Record<string, typeof NocElement>} */
  const classes = {
    'noc-card': class extends NocElement {},
    'noc-search': class extends NocElement {},
    'ee-calculator': class extends NocElement {},
    'noc-widget': class extends NocElement {},
  };
  // Their names survive a bundler's minifier (which drops or shortens class names).
  Object.defineProperty(NocElement, 'name', { value: 'NocElement' });
  const proto = NocElement.prototype;
  reflect(proto, 'theme', function () {
    const v = (this.getAttribute('theme') || '').trim().toLowerCase();
    return v === 'light' || v === 'dark' ? v : 'auto';
  });
  reflect(proto, 'compact', function () { const v = this.getAttribute('compact'); return v !== null && v !== 'false'; },
    function (v) { if (v) this.setAttribute('compact', ''); else this.removeAttribute('compact'); });
  reflectString(classes['noc-card'].prototype, 'code');
  reflectString(classes['noc-search'].prototype, 'query');
  // What the search uses: a whole number from 1 to 100, else the default 10.
  reflect(classes['noc-search'].prototype, 'limit', function () {
    const v = (this.getAttribute('limit') || '').trim();
    const n = /^[0-9]{1,3}$/.test(v) ? Number(v) : 0;
    return n >= 1 && n <= 100 ? n : 10;
  });
  reflectString(classes['ee-calculator'].prototype, 'noc');
  reflectString(classes['noc-widget'].prototype, 'code');
  reflectString(classes['noc-widget'].prototype, 'query');
  Object.keys(classes).forEach((tag) => {
    const name = tag.replace(/(^|-)([a-z])/g, (_m, _dash, c) => c.toUpperCase()) + 'Element';
    Object.defineProperty(classes[tag], 'name', { value: name });
    if (!customElements.get(tag)) customElements.define(tag, classes[tag]);
  });
}

// ---------------------------------------------------------------- <div data-noc-…> fallbacks

const DIV_SELECTOR = Object.keys(KINDS).map((tag) => '[data-' + tag + ']').join(',');

/** @param {Node} node */
function upgradeDiv(node) {
  const e = /** @type {HTMLElement} */ (node);
  if (!e.hasAttribute || KINDS[e.localName]) return;
  for (const tag in KINDS) {
    if (e.hasAttribute('data-' + tag)) { attach(e, KINDS[tag], tag, true); return; }
  }
}
/** @param {Node} root */
function upgradeTree(root) {
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
  if (root.nodeType === 1) upgradeDiv(root);
  /** @type {ParentNode} */ (/** @type {unknown} */ (root)).querySelectorAll(DIV_SELECTOR).forEach(upgradeDiv);
}
/** @param {Node} root */
function forgetTree(root) {
  if (root.nodeType !== 1) return;
  instances.forEach((inst, host) => {
    if (inst.isDiv && (host === root || root.contains(host))) detach(host);
  });
}

const DIV_ATTRS = OBSERVED.concat(OBSERVED.map((a) => 'data-' + a), Object.keys(KINDS).map((tag) => 'data-' + tag));

export function watchDocument() {
  const mutations = new MutationObserver((records) => {
    records.forEach((record) => {
      if (record.type === 'childList') {
        record.addedNodes.forEach(upgradeTree);
        record.removedNodes.forEach(forgetTree);
      } else if (record.attributeName === 'lang') {
        // A page-level language switch: elements without their own `lang` follow it.
        instances.forEach((_inst, host) => {
          if (host === record.target || record.target.contains(host)) refresh(host);
        });
      } else {
        const inst = instances.get(/** @type {Element} */ (record.target));
        if (!inst) upgradeDiv(record.target);
        else if (inst.isDiv) refresh(inst.host);
      }
    });
  });
  const watch = () => {
    upgradeTree(document);
    mutations.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: DIV_ATTRS });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}
