// @ts-check
// Paint fetch and shadow-root placement: the placeholder, the shared stylesheet, the pre-rendered first
// paint (`make dist` renders it with the same yew components: prerender/<lang>/…) and a declarative
// shadow root's paint (`noc show CODE --html`).
import { urls } from './config.js';

/** Text of the placeholder, shown before the WebAssembly has started and instead of it when it cannot. */
const TEXT = {
  en: { loading: 'Loading…', failed: 'This interactive widget could not start in this browser.', noc: 'NOC', search: 'Occupation search', calculator: 'Express Entry calculator', widget: 'Occupations and Express Entry' },
  fr: { loading: 'Chargement…', failed: 'Ce module interactif n’a pas pu démarrer dans ce navigateur.', noc: 'CNP', search: 'Recherche de professions', calculator: 'Calculateur Entrée express', widget: 'Professions et Entrée express' },
};

// Styles of the placeholder; the whole stylesheet (from the full build or noc-widget.css) joins them
// in the same sheet.
const SHELL_CSS =
  ':host{display:block!important;box-sizing:border-box!important;max-width:100%;line-height:1.5!important;' +
  'text-align:start!important;visibility:visible!important;font-size:var(--noc-font-size,16px)!important}' +
  ':host([hidden]){display:none!important}' +
  '.noc-shell{all:initial;display:block;box-sizing:border-box;min-height:4.5rem;padding:var(--noc-space,1rem);' +
  'font-family:var(--noc-font,system-ui,sans-serif);font-size:var(--noc-font-size,16px);line-height:1.5;' +
  'color:var(--noc-text,#1a1d21);background:var(--noc-bg,#fff);border:1px solid var(--noc-border,#767f8c);' +
  'border-radius:var(--noc-radius,8px)}' +
  '.noc-shell[data-theme=dark]{color:var(--noc-dark-text,#eceff3);background:var(--noc-dark-bg,#16191d)}' +
  '@media (prefers-color-scheme:dark){.noc-shell[data-theme=auto]{color:var(--noc-dark-text,#eceff3);background:var(--noc-dark-bg,#16191d)}}' +
  '.noc-shell a{color:inherit;text-decoration:underline}.noc-shell-title{display:block;font-weight:650}' +
  '.noc-shell-msg{display:block;margin-top:.25rem;opacity:.85}' +
  '.noc-root[hidden],.noc-shell[hidden]{display:none}';

/** @type {CSSStyleSheet | false | null} */
let sheet = null;
/** The whole stylesheet is in place (from the full build or noc-widget.css). */
let fullStyled = false;

/** The one constructable sheet every element's shadow root adopts; false in a very old browser. */
export function styleSheet() {
  if (sheet === null) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(SHELL_CSS);
    } catch (e) {
      sheet = false; // The placeholder stays unstyled but readable.
    }
  }
  return sheet;
}

/** Puts the whole stylesheet `css` beside the placeholder's; once (unless `force`, the full build's). @param {string} css @param {boolean} [force] */
export function useCss(css, force) {
  const s = styleSheet();
  if (s && (force || !fullStyled)) s.replaceSync(SHELL_CSS + css);
  fullStyled = true;
}
/** After a restart, the new instance brings its stylesheet again. */
export function forgetCss() {
  fullStyled = false;
}

/** @param {string} name @param {string} [className] @param {string} [text] */
export function el(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * The placeholder: the author's own light-DOM content if any (slotted), else title/code and a link.
 * @param {import('./state.js').Inst} inst
 * @param {import('./config.js').Config} config
 * @param {boolean} failed
 */
export function renderShell(inst, config, failed) {
  const t = TEXT[config.lang];
  const shell = inst.shell;
  shell.lang = config.lang;
  shell.setAttribute('data-theme', config.theme);
  shell.setAttribute('aria-busy', failed ? 'false' : 'true');
  const slot = el('slot');
  const code = config.code || config.noc;
  let label = config.fallbackTitle || (code ? t.noc + ' ' + code : (inst.kind === 'card' ? '' : t[inst.kind]));
  if (config.fallbackTitle && code) label += ' (' + t.noc + ' ' + code + ')';
  let title;
  if (config.fallbackHref && /^(https?:|\/|\.)/i.test(config.fallbackHref)) {
    title = /** @type {HTMLAnchorElement} */ (el('a', 'noc-shell-title', label));
    title.href = config.fallbackHref;
  } else {
    title = el('span', 'noc-shell-title', label);
  }
  slot.appendChild(title);
  shell.replaceChildren(slot, el('span', 'noc-shell-msg', failed ? t.failed : t.loading));
  if (failed) shell.setAttribute('role', 'note');
}

/** @param {import('./state.js').Inst} inst @param {import('./config.js').Config} config */
export function applyRootAttributes(inst, config) {
  inst.root.lang = config.lang;
  inst.root.setAttribute('data-theme', config.theme);
  inst.root.setAttribute('data-kind', inst.kind);
}

/** Shows the root (the paint or the component) instead of the placeholder, or back. @param {import('./state.js').Inst} inst @param {boolean} root */
export function show(inst, root) {
  inst.root.hidden = !root;
  inst.shell.hidden = root;
}

/** Puts the placeholder and the root into the shadow root (after measuring, see startThoseInView). @param {import('./state.js').Inst} inst */
export function place(inst) {
  if (inst.placed) return;
  inst.placed = true;
  const painted = inst.root.parentNode === inst.shadow;
  inst.shadow.insertBefore(inst.shell, painted ? inst.root : null);
  if (!painted) inst.shadow.appendChild(inst.root);
}

// The paint and the stylesheet are what the reader waits for: asked for before other requests.
/** @param {string} url */
function fetchText(url) {
  return fetch(url, { credentials: 'omit', priority: 'high' }).then((response) => {
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return response.text();
  });
}

/** @type {Promise<string> | null} */
let cssText = null; // noc-widget.css, fetched once

/** The whole stylesheet (a superset of each build's), into the shared sheet. */
export function useFullCss() {
  if (!cssText) {
    cssText = fetchText(urls.css);
    cssText.catch(() => { cssText = null; }); // a later element may try again
  }
  return cssText.then((css) => useCss(css));
}

/** The paint `key` (prerender/<key>) as nodes, once it and the stylesheet are in. @param {string} key */
export function fetchPaint(key) {
  return Promise.all([fetchText(urls.prerender + key), useFullCss()]).then((done) => {
    const template = document.createElement('template');
    template.innerHTML = done[0]; // the build's own markup: yew-escaped text, no script, no style attribute
    return template.content;
  });
}

/** A declarative shadow root (`noc show CODE --html`) already holding the paint. @param {ShadowRoot} shadow */
export function adoptableRoot(shadow) {
  for (let node = shadow.firstElementChild; node; node = node.nextElementSibling) {
    if (node.classList.contains('noc-root') && node.hasAttribute('data-prerendered') && node.firstChild) return /** @type {HTMLElement} */ (node);
  }
  return null;
}
