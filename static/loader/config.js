// @ts-check
// Config and base URL: the build's facts, where the widget's files are, and what an element's
// attributes ask for (read the same way for the paint, the wasm and the placeholder).

export const VERSION = NOC_VERSION;
/** The 516 unit-group codes (none under `trunk serve`), from the gaps between them the build writes in (scripts/build-loader.mjs). */
let unitGroup = 0;
export const UNIT_GROUPS = NOC_UNIT_GROUPS ? NOC_UNIT_GROUPS.split(',').map((gap) => String(unitGroup += parseInt(gap, 36)).padStart(5, '0')) : [];
export const PRERENDERED = NOC_PRERENDERED;
export const PAINT_DATE = NOC_PAINT_DATE;

/** The offline single-file build defines NocWidgetOffline = {glue, wasm, data} before the loader. */
export const offline = window.NocWidgetOffline || null;

/** @typedef {'search' | 'card' | 'calculator' | 'widget'} Kind */

/** @type {Record<string, Kind>} */
export const KINDS = { 'noc-search': 'search', 'noc-card': 'card', 'ee-calculator': 'calculator', 'noc-widget': 'widget' };
/** Attribute carrying the element's main value on a `<div data-noc-… = "value">` fallback. */
const MAIN_ATTR = { search: 'query', card: 'code', calculator: 'noc', widget: 'code' };
export const OBSERVED = ['lang', 'theme', 'code', 'noc', 'compact', 'limit', 'query', 'data-fallback-href', 'data-fallback-title'];

/**
 * @typedef {object} Urls
 * @property {string} base
 * @property {string} glue
 * @property {string} wasm
 * @property {string} cardGlue
 * @property {string} cardWasm
 * @property {string} css
 * @property {string} prerender
 * @property {string} data
 */

/** Where the files are: next to the loader (or the npm package's ES module), unless the page says
 * otherwise with data-data-url or NocWidget.setBase(url). @type {Urls} */
export let urls;

/** @param {string} baseUrl @param {string | null} [dataUrl] */
export function setUrls(baseUrl, dataUrl) {
  const base = new URL('.', new URL(baseUrl, location.href)).href;
  urls = {
    base,
    glue: base + 'noc-widget-app.js',
    wasm: base + 'noc-widget-app_bg.wasm',
    cardGlue: base + 'noc-widget-card.js',
    cardWasm: base + 'noc-widget-card_bg.wasm',
    css: base + 'noc-widget.css',
    prerender: base + 'prerender/',
    data: new URL(dataUrl || 'data/', base).href.replace(/\/?$/, '/'),
  };
}

/** Run once, as the script starts (document.currentScript is only set then). */
export function initUrls() {
  const script = moduleUrl ? null : /** @type {HTMLScriptElement | null} */ (document.currentScript);
  setUrls(moduleUrl || (script && script.src) || location.href, script && script.getAttribute('data-data-url'));
}

/**
 * What the wasm is given for an element (src/embed/config.rs reads it).
 * @typedef {object} Config
 * @property {Kind} kind
 * @property {'en' | 'fr'} lang
 * @property {'light' | 'dark' | 'auto'} theme
 * @property {string | null} code
 * @property {string | null} noc
 * @property {boolean} compact
 * @property {string | null} limit
 * @property {string | null} query
 * @property {string | null} fallbackHref
 * @property {string | null} fallbackTitle
 * @property {string} [state]  what it showed before a restart
 * @property {string} [paintDate]  the day its paint states
 */

/** @param {Element} host @param {boolean} isDiv @returns {'en' | 'fr'} */
function langOf(host, isDiv) {
  let tag = host.getAttribute('lang') || (isDiv && host.getAttribute('data-lang'));
  if (!tag) {
    const holder = host.parentElement && host.parentElement.closest('[lang]');
    tag = (holder && holder.getAttribute('lang')) || document.documentElement.getAttribute('lang') || 'en';
  }
  return /^fr(?:$|[-_])/i.test(tag.trim()) ? 'fr' : 'en';
}

/**
 * The element's attributes (a `<div data-…>` fallback's `data-` ones).
 * @param {{host: HTMLElement, kind: Kind, tag: string, isDiv: boolean}} inst
 * @returns {Config}
 */
export function readConfig(inst) {
  const host = inst.host;
  /** @param {string} name */
  const attr = (name) => {
    let value = host.getAttribute(name);
    if (value === null && inst.isDiv) value = host.getAttribute('data-' + name);
    if (value === null && inst.isDiv && MAIN_ATTR[inst.kind] === name) value = host.getAttribute('data-' + inst.tag);
    return value;
  };
  const compact = attr('compact');
  const theme = (attr('theme') || 'auto').toLowerCase();
  return {
    kind: inst.kind,
    lang: langOf(host, inst.isDiv),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    code: attr('code'),
    noc: attr('noc'),
    compact: compact !== null && compact !== 'false',
    limit: attr('limit'),
    query: attr('query'),
    fallbackHref: attr('data-fallback-href') || host.getAttribute('data-fallback-href'),
    fallbackTitle: attr('data-fallback-title') || host.getAttribute('data-fallback-title'),
  };
}

/** @param {string} code */
export const isUnitGroup = (code) => UNIT_GROUPS.includes(code);

/**
 * The file holding this element's first paint, or null when it has none (the paint would differ):
 * elements whose first paint depends on more than kind, language and card code render in the browser.
 * @param {Config} config
 * @returns {string | null}
 */
export function prerenderKey(config) {
  if (!PRERENDERED || offline) return null;
  const lang = config.lang;
  /** @param {string | null} v */
  const has = (v) => !!(v && v.trim());
  switch (config.kind) {
    case 'card': {
      const code = (config.code || '').trim();
      return !config.compact && isUnitGroup(code) ? lang + '/card-' + code + '.html' : null;
    }
    case 'search': return has(config.query) ? null : lang + '/search.html';
    case 'calculator': return has(config.noc) || /^#?ee=/.test(location.hash) ? null : lang + '/calculator.html';
    case 'widget': return has(config.code) || has(config.query) ? null : lang + '/widget.html';
  }
  return null;
}
