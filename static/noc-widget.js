/*! NOC widget loader (MIT). */
/* Occupation cards (NOC 2021) and an Express Entry calculator for any web page: one script tag
 * (src=".../noc-widget.js", defer), then <noc-card code="22220"></noc-card>, <noc-search>,
 * <ee-calculator>, <noc-widget>. scripts/build-loader.mjs writes the shipped, minified copy.
 *
 * This classic script is small and does nothing heavy: it defines the elements, gives each an open
 * shadow root with a placeholder, and waits until one is near the viewport. Then it shows the element's
 * pre-rendered first paint, and later (reader's interaction or idle time) imports the wasm-bindgen glue
 * once, instantiates the WebAssembly once, and hands each element to the Rust exports. A page whose
 * elements are all cards gets the card-only build (about half the size); any other element, and
 * window.NocWidget, use the full build (each loaded at most once).
 * Data files are fetched by name (only those the elements need), once per page.
 */
(function (moduleUrl) {
  'use strict';

  // Written by scripts/dist.sh from the workspace version in Cargo.toml (also the npm package's version).
  var VERSION = '0.0.0-dev';
  if (window.NocWidget && window.NocWidget.version) return; // Included twice: the first copy serves.

  // The offline single-file build defines NocWidgetOffline = {glue, wasm, data} before this script.
  var offline = window.NocWidgetOffline || null;
  // The files sit next to this script, or next to the ES module (`moduleUrl`, given by the npm package's
  // noc-widget.mjs), unless the page says otherwise with data-data-url or NocWidget.setBase(url).
  var script = moduleUrl ? null : document.currentScript;
  var urls = {};
  function setUrls(baseUrl, dataUrl) {
    var base = new URL('.', new URL(baseUrl, location.href)).href;
    urls = {
      base: base,
      glue: base + 'noc-widget-app.js',
      wasm: base + 'noc-widget-app_bg.wasm',
      cardGlue: base + 'noc-widget-card.js',
      cardWasm: base + 'noc-widget-card_bg.wasm',
      css: base + 'noc-widget.css',
      prerender: base + 'prerender/',
      data: new URL(dataUrl || 'data/', base).href.replace(/\/?$/, '/')
    };
  }
  setUrls(moduleUrl || (script && script.src) || location.href, script && script.getAttribute('data-data-url'));

  // The 516 unit-group codes, five digits each, written in by scripts/dist.sh (empty under `trunk serve`,
  // which only turns the prefetch below off). Lets a card fetch its data while the wasm downloads,
  // without ever asking for a file that does not exist.
  var UNIT_GROUPS = '';
  // Set by scripts/dist.sh when it wrote the pre-rendered first paints (prerender/<lang>/*.html) and
  // noc-widget.css beside this file; false under `trunk serve`, which then renders in the browser only.
  var PRERENDERED = false;
  // The day (UTC, YYYY-MM-DD) the paints were rendered, written by scripts/dist.sh. The calculator's paint
  // states that day (print line, rounds freshness): it is hydrated with that day, then moves to today.
  var PAINT_DATE = '';

  var KINDS = { 'noc-search': 'search', 'noc-card': 'card', 'ee-calculator': 'calculator', 'noc-widget': 'widget' };
  // Attribute carrying the element's main value on a `<div data-noc-… = "value">` fallback.
  var MAIN_ATTR = { search: 'query', card: 'code', calculator: 'noc', widget: 'code' };
  var OBSERVED = ['lang', 'theme', 'code', 'noc', 'compact', 'limit', 'query', 'data-fallback-href', 'data-fallback-title'];

  // Shown before the WebAssembly has started, and instead of it when it cannot start.
  var TEXT = {
    en: { loading: 'Loading…', failed: 'This interactive widget could not start in this browser.', noc: 'NOC', search: 'Occupation search', calculator: 'Express Entry calculator', widget: 'Occupations and Express Entry' },
    fr: { loading: 'Chargement…', failed: 'Ce module interactif n’a pas pu démarrer dans ce navigateur.', noc: 'CNP', search: 'Recherche de professions', calculator: 'Calculateur Entrée express', widget: 'Professions et Entrée express' }
  };

  // Styles of the placeholder; the whole stylesheet (from the full build or noc-widget.css) joins them
  // in the same sheet.
  var SHELL_CSS =
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

  var sheet = null;
  function styleSheet() {
    if (sheet === null) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(SHELL_CSS);
      } catch (e) {
        sheet = false; // Very old browser: the placeholder stays unstyled but readable.
      }
    }
    return sheet;
  }

  // ---------------------------------------------------------------- data files

  var files = Object.create(null); // name -> Promise<Uint8Array>: one fetch per file per page.
  var FILE_NAME = /^(?:[a-z]{2}\/)?[a-z0-9][a-z0-9_.-]*\.bin$/;

  function decodeBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function fetchFile(name) {
    if (typeof name !== 'string' || !FILE_NAME.test(name)) {
      return Promise.reject(new Error('data file name not allowed: ' + String(name)));
    }
    if (!files[name]) {
      files[name] = offline
        ? (offline.data && offline.data[name] != null
            ? Promise.resolve(decodeBase64(offline.data[name]))
            : Promise.reject(new Error(name + ' is not in this offline file')))
        : fetch(urls.data + name, { credentials: 'omit' }).then(function (response) {
            if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
            return response.arrayBuffer();
          }).then(function (buffer) { return new Uint8Array(buffer); });
      // A failed fetch may be retried by a later element.
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }

  // ---------------------------------------------------------------- the runtime (one per page)

  var runtime = null; // the full build
  var cardRuntime = null; // the card-only build
  var fullStyled = false; // the whole stylesheet is in place (from the full build or noc-widget.css)

  function loadBuild(glueUrl, wasmUrl, full) {
    var promise = (async function () {
      if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
      if (offline) glueUrl = URL.createObjectURL(new Blob([offline.glue], { type: 'text/javascript' }));
      // Download the wasm while the glue loads (one round trip instead of two); the glue awaits it.
      var wasm = offline ? decodeBase64(offline.wasm) : fetch(wasmUrl, { credentials: 'omit' });
      // The card-only build carries no CSS: the whole stylesheet (noc-widget.css) is fetched beside it.
      var css = full ? null : useFullCss();
      if (css) css.catch(function () {}); // awaited below; a failure there falls back to the full build
      // A fresh module (and so a fresh instance) after a restart: the glue keeps module-level state.
      var glue = await import(offline || !generation ? glueUrl : glueUrl + '?instance=' + generation);
      await glue.default({ module_or_path: wasm });
      glue.configure(fetchFile, keepState);
      if (full && typeof glue.testTrap === 'function') addTestHooks();
      if (full) {
        var s = styleSheet();
        if (s) s.replaceSync(SHELL_CSS + glue.styles());
        fullStyled = true;
      } else {
        await css;
      }
      api.dataVersion = glue.dataVersion();
      api.rulesAsOf = glue.rulesAsOf();
      return glue;
    })();
    promise.catch(function (error) {
      if (window.console) console.warn('NOC widget: could not start:', error && error.message || error);
    });
    return promise;
  }

  function startRuntime() {
    if (stopped) return Promise.reject(failure(true));
    if (!runtime) runtime = loadBuild(urls.glue, urls.wasm, true);
    return runtime;
  }

  // The build for an element: the card-only one while every element on the page is a card (the
  // offline file carries only the full build), else the full one.
  function runtimeFor(inst) {
    if (inst.kind !== 'card' || offline || (runtime && !cardRuntime)) return startRuntime();
    if (!cardRuntime) {
      var onlyCards = true;
      instances.forEach(function (other) { if (other.kind !== 'card') onlyCards = false; });
      if (!onlyCards) return startRuntime();
      // A server without the card build (e.g. `trunk serve`) still shows cards, with the full one.
      cardRuntime = loadBuild(urls.cardGlue, urls.cardWasm, false).catch(function () { return startRuntime(); });
    }
    return cardRuntime;
  }

  // ---------------------------------------------------------------- elements

  var instances = new Map(); // host element -> instance

  function langOf(host, isDiv) {
    var tag = host.getAttribute('lang') || (isDiv && host.getAttribute('data-lang'));
    if (!tag) {
      var holder = host.parentElement && host.parentElement.closest('[lang]');
      tag = (holder && holder.getAttribute('lang')) || document.documentElement.getAttribute('lang') || 'en';
    }
    return /^fr(?:$|[-_])/i.test(tag.trim()) ? 'fr' : 'en';
  }

  function readConfig(inst) {
    var host = inst.host;
    function attr(name) {
      var value = host.getAttribute(name);
      if (value === null && inst.isDiv) value = host.getAttribute('data-' + name);
      if (value === null && inst.isDiv && MAIN_ATTR[inst.kind] === name) value = host.getAttribute('data-' + inst.tag);
      return value;
    }
    var compact = attr('compact');
    var theme = (attr('theme') || 'auto').toLowerCase();
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
      fallbackTitle: attr('data-fallback-title') || host.getAttribute('data-fallback-title')
    };
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The placeholder: the author's own light-DOM content if any (slotted), else title/code and a link.
  function renderShell(inst, config, failed) {
    var t = TEXT[config.lang];
    var shell = inst.shell;
    shell.lang = config.lang;
    shell.setAttribute('data-theme', config.theme);
    shell.setAttribute('aria-busy', failed ? 'false' : 'true');
    while (shell.firstChild) shell.removeChild(shell.firstChild);
    var slot = el('slot');
    var code = config.code || config.noc;
    var label = config.fallbackTitle || (code ? t.noc + ' ' + code : t[inst.kind] || '');
    if (config.fallbackTitle && code) label += ' (' + t.noc + ' ' + code + ')';
    var title;
    if (config.fallbackHref && /^(https?:|\/|\.)/i.test(config.fallbackHref)) {
      title = el('a', 'noc-shell-title', label);
      title.href = config.fallbackHref;
    } else {
      title = el('span', 'noc-shell-title', label);
    }
    slot.appendChild(title);
    shell.appendChild(slot);
    shell.appendChild(el('span', 'noc-shell-msg', failed ? t.failed : t.loading));
    if (failed) shell.setAttribute('role', 'note');
  }

  function attach(host, kind, tag, isDiv) {
    var inst = instances.get(host);
    if (inst) {
      if (inst.pendingDetach) inst.pendingDetach = false; // Moved in the DOM: keep the mounted app.
      return;
    }
    var shadow = host.shadowRoot;
    if (!shadow) {
      try {
        shadow = host.attachShadow({ mode: 'open' });
      } catch (e) {
        return; // The element cannot host a shadow root (already used by the page): leave it alone.
      }
    }
    var s = styleSheet();
    if (s) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.concat([s]);
    var adopted = adoptableRoot(shadow);
    inst = {
      host: host, kind: kind, tag: tag, isDiv: isDiv, shadow: shadow, id: null, failed: false, runtime: null,
      root: adopted || el('div', 'noc-root'), shell: el('div', 'noc-shell'), pendingDetach: false, visible: false,
      prerender: null, painted: false, takingOver: false, tappedButton: null
    };
    inst.root.setAttribute('part', 'root');
    inst.shell.setAttribute('part', 'fallback');
    inst.shell.hidden = !!adopted;
    inst.root.hidden = !adopted;
    instances.set(host, inst);
    var config = readConfig(inst);
    if (adopted) adoptPainted(inst, config);
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

  // Puts the placeholder and the root into the shadow root (done after measuring, see startThoseInView).
  function place(inst) {
    if (inst.placed) return;
    inst.placed = true;
    var painted = inst.root.parentNode === inst.shadow;
    inst.shadow.insertBefore(inst.shell, painted ? inst.root : null);
    if (!painted) inst.shadow.appendChild(inst.root);
  }

  // The observer first reports after the page's first frame; an element already in view (or near it)
  // starts at once instead, so its paint is fetched a frame earlier. Elements attached in one task are
  // measured together in a microtask, before their placeholders go in: the page's layout then has
  // little to redo (empty hosts), and the paints and the stylesheet are asked for before the
  // placeholders' text is laid out.
  var NEAR_PX = 400; // "near the viewport": this far above or below it, for the observer and at attach
  var inViewQueue = [];
  function checkInView(inst) {
    inViewQueue.push(inst);
    if (inViewQueue.length === 1) queueMicrotask(startThoseInView);
  }
  function isNear(host) {
    if (!host.getClientRects().length) return false;
    var height = window.innerHeight || document.documentElement.clientHeight;
    var width = window.innerWidth || document.documentElement.clientWidth;
    var r = host.getBoundingClientRect();
    return !(r.bottom < -NEAR_PX || r.top > height + NEAR_PX || r.right < 0 || r.left > width);
  }
  function startThoseInView() {
    var queue = inViewQueue;
    inViewQueue = [];
    var near = queue.map(function (inst) { return instances.get(inst.host) === inst && !inst.visible && isNear(inst.host); });
    queue.forEach(place);
    queue.forEach(function (inst, i) {
      if (!near[i]) return;
      observer.unobserve(inst.host);
      start(inst);
    });
  }

  function applyRootAttributes(inst, config) {
    inst.root.lang = config.lang;
    inst.root.setAttribute('data-theme', config.theme);
    inst.root.setAttribute('data-kind', inst.kind);
  }

  function isUnitGroup(code) {
    for (var i = 0; i < UNIT_GROUPS.length; i += 5) {
      if (UNIT_GROUPS.substr(i, 5) === code) return true;
    }
    return false;
  }

  // The files a card shows (the same list as noc_data::Store::files_for_card), fetched alongside the
  // wasm instead of after it; the wasm then finds them in the per-page cache.
  function prefetchCard(config) {
    if (offline || config.kind !== 'card' || !UNIT_GROUPS) return;
    var code = (config.code || '').trim();
    if (!isUnitGroup(code)) return;
    [config.lang + '/directory.bin', config.lang + '/cards-' + code + '.bin', 'facts.bin', 'facts-' + code + '.bin']
      .forEach(function (name) { fetchFile(name).catch(function () {}); });
  }

  function start(inst) {
    if (inst.visible) return;
    inst.visible = true;
    place(inst);
    // A pre-rendered first paint shows at once; the WebAssembly waits for the reader (takeOver).
    if (inst.painted) armTakeOver(inst);
    else if (inst.restarted || !showPrerendered(inst)) run(inst);
  }

  function run(inst) {
    prefetchCard(readConfig(inst));
    if (stopped) { showStopped(inst); return; }
    var gen = generation;
    inst.runtime = runtimeFor(inst);
    inst.runtime.then(function (glue) {
      if (instances.get(inst.host) !== inst || inst.id !== null || gen !== generation) return;
      var config = readConfig(inst);
      applyRootAttributes(inst, config);
      if (inst.painted) return hydrateInto(inst, glue, config);
      if (inst.state) config.state = inst.state; // what it showed before a restart
      inst.id = intoWasm(function () { return glue.mount(inst.root, inst.host, config); });
      inst.root.hidden = false;
      inst.shell.hidden = true;
    }).catch(function (error) {
      if (instances.get(inst.host) !== inst || gen !== generation) return;
      if (inst.painted) {
        // A pre-rendered element stays readable as it is when the wasm cannot take it over.
        if (isTrap(error)) { trapped(); return; }
        if (window.console) console.warn('NOC widget: could not take over the first paint:', error && error.message || error);
        return;
      }
      inst.failed = true;
      renderShell(inst, readConfig(inst), true);
    });
  }

  // ---------------------------------------------------------------- pre-rendered first paint
  //
  // `make dist` renders each element's first paint with the same yew components (prerender/<lang>/…).
  // The loader shows it with the stylesheet at once, and fetches the WebAssembly only when the reader
  // starts to use the element (pointer, focus or key inside it) or when the page is idle. The wasm then
  // hydrates the same DOM nodes: nothing moves, focus stays, and values typed meanwhile are kept.

  var cssText = null; // Promise<string> of noc-widget.css, fetched once

  // The file holding this element's first paint, or null when it has none (the paint would differ).
  function prerenderKey(config) {
    if (!PRERENDERED || offline) return null;
    var lang = config.lang;
    var has = function (v) { return !!(v && String(v).trim()); };
    switch (config.kind) {
      case 'card':
        var code = (config.code || '').trim();
        return !config.compact && isUnitGroup(code) ? lang + '/card-' + code + '.html' : null;
      case 'search': return has(config.query) ? null : lang + '/search.html';
      case 'calculator': return has(config.noc) || /^#?ee=/.test(location.hash) ? null : lang + '/calculator.html';
      case 'widget': return has(config.code) || has(config.query) ? null : lang + '/widget.html';
    }
    return null;
  }

  // The paint and the stylesheet are what the reader waits for: ask for them before other requests.
  function fetchText(url) {
    return fetch(url, { credentials: 'omit', priority: 'high' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.text();
    });
  }

  // The whole stylesheet (a superset of each build's) goes into the shared sheet with the paint.
  function useFullCss() {
    if (!cssText) {
      cssText = fetchText(urls.css);
      cssText.catch(function () { cssText = null; }); // a later element may try again
    }
    return cssText.then(function (css) {
      var s = styleSheet();
      if (s && !fullStyled) s.replaceSync(SHELL_CSS + css);
      fullStyled = true;
    });
  }

  // Shows the element's pre-rendered first paint; false when it has none (then it renders as before).
  function showPrerendered(inst) {
    var key = prerenderKey(readConfig(inst));
    if (!key) return false;
    Promise.all([fetchText(urls.prerender + key), useFullCss()]).then(function (done) {
      if (instances.get(inst.host) !== inst || inst.id !== null || inst.takingOver) return;
      var template = document.createElement('template');
      template.innerHTML = done[0]; // the build's own markup: yew-escaped text, no script, no style attribute
      inst.root.replaceChildren(template.content);
      inst.prerender = key;
      inst.painted = true;
      inst.root.hidden = false;
      inst.shell.hidden = true;
      armTakeOver(inst);
      if (prerenderKey(readConfig(inst)) !== key) takeOver(inst); // attributes changed meanwhile
    }).catch(function () {
      if (instances.get(inst.host) === inst && !inst.painted) run(inst);
    });
    return true;
  }

  // A declarative shadow root (`noc show CODE --html`) already holds the paint: use it as the root.
  function adoptableRoot(shadow) {
    for (var node = shadow.firstElementChild; node; node = node.nextElementSibling) {
      if (node.classList.contains('noc-root') && node.hasAttribute('data-prerendered') && node.firstChild) return node;
    }
    return null;
  }

  function adoptPainted(inst, config) {
    inst.prerender = inst.root.getAttribute('data-prerendered');
    inst.painted = true;
    // Its attributes must be the ones it was rendered for, and the wasm must have the same build.
    if (prerenderKey(config) !== inst.prerender) inst.prerender = '';
  }

  var TAKEOVER_EVENTS = ['pointerdown', 'focusin', 'keydown', 'touchstart'];

  function armTakeOver(inst) {
    if (inst.armed) return;
    inst.armed = function () { takeOver(inst); };
    TAKEOVER_EVENTS.forEach(function (type) { inst.shadow.addEventListener(type, inst.armed, { capture: true, passive: true }); });
    // A button pressed before the wasm runs is pressed again once it does.
    inst.shadow.addEventListener('click', function (event) {
      if (inst.live) return;
      var button = event.target && event.target.closest && event.target.closest('button');
      if (button) inst.tappedButton = button;
    }, true);
    // The pre-rendered calculator form must not be submitted to the page before the wasm handles it.
    inst.shadow.addEventListener('submit', function (event) { if (inst.id === null) event.preventDefault(); }, true);
    whenIdle(function () { takeOver(inst); });
  }

  function whenIdle(fn) {
    var idle = function () {
      if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 4000 }); else setTimeout(fn, 200);
    };
    if (document.readyState === 'complete') idle(); else window.addEventListener('load', idle, { once: true });
  }

  // After a restart the element renders from its kept state, in the browser, not from the paint again.
  function forgetPaint(inst) {
    inst.painted = false;
    inst.prerender = null;
    inst.takingOver = false;
    inst.live = false;
    inst.armed = null;
    inst.restarted = true;
  }

  function takeOver(inst) {
    if (inst.takingOver || inst.id !== null || instances.get(inst.host) !== inst) return;
    inst.takingOver = true;
    if (inst.armed) {
      TAKEOVER_EVENTS.forEach(function (type) { inst.shadow.removeEventListener(type, inst.armed, { capture: true }); });
    }
    run(inst);
  }

  // Controls' values and checks, as the reader left them on the pre-rendered paint, beside what the paint
  // rendered (the attributes), so a change is told apart from the rendered value whatever the takeover did.
  function formState(root) {
    return Array.prototype.map.call(root.querySelectorAll('input, select, textarea'), function (c) {
      var rendered = c.localName === 'select'
        ? (Array.prototype.find.call(c.options, function (o) { return o.defaultSelected; }) || c.options[0] || { value: '' }).value
        : c.defaultValue;
      return {
        el: c, path: pathTo(root, c), value: c.value, checked: c.checked, rendered: rendered, renderedChecked: c.defaultChecked,
        start: c.selectionStart, end: c.selectionEnd
      };
    });
  }

  // Puts what the reader changed back after the takeover (hydration sets controls to the rendered values;
  // the card build's swap brings new controls) and tells the components, with the events the reader's
  // typing would have sent.
  function restoreForm(state) {
    state.forEach(function (s) {
      var c = s.el;
      if (!c || !c.isConnected) return;
      var check = c.type === 'checkbox' || c.type === 'radio';
      if (check ? s.checked === s.renderedChecked : s.value === s.rendered) return; // untouched
      if (check) c.checked = s.checked; else if (c.value !== s.value) c.value = s.value;
      try { if (s.start !== null && c === c.getRootNode().activeElement) c.setSelectionRange(s.start, s.end); } catch (e) { /* not a text field */ }
      c.dispatchEvent(new Event(check || c.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
    });
  }

  // The path of child indexes from `root` to `node` (to find the same node in an identical render).
  function pathTo(root, node) {
    var path = [];
    while (node && node !== root) {
      var parent = node.parentNode;
      if (!parent) return null;
      path.unshift(Array.prototype.indexOf.call(parent.children, node));
      node = parent;
    }
    return node === root ? path : null;
  }
  function nodeAt(root, path) {
    var node = root;
    for (var i = 0; node && path && i < path.length; i++) node = node.children[path[i]];
    return path ? node : null;
  }

  // The card-only build has no hydration: it renders the same card into a copy of the root and swaps it
  // in within one task, carrying over what the reader changed on the paint (focus, open details,
  // scroll positions, a pressed button).
  function swapInto(inst, glue, config) {
    var gen = generation;
    inst.id = -1;
    return glue.prepare(config).then(function () {
      if (instances.get(inst.host) !== inst || gen !== generation) return;
      var old = inst.root;
      var fresh = old.cloneNode(false);
      inst.id = intoWasm(function () { return glue.mount(fresh, inst.host, config); });
      return Promise.resolve().then(function () { return Promise.resolve(); }).then(function () {
        if (instances.get(inst.host) !== inst || gen !== generation) return;
        var keep = [];
        Array.prototype.forEach.call(old.querySelectorAll('details[open], [tabindex="0"]'), function (n) {
          keep.push({ path: pathTo(old, n), open: n.open, left: n.scrollLeft, top: n.scrollTop });
        });
        var active = inst.shadow.activeElement;
        var focusPath = active && pathTo(old, active);
        var button = inst.tappedButton && pathTo(old, inst.tappedButton);
        var controls = formState(old);
        inst.shadow.replaceChild(fresh, old);
        inst.root = fresh;
        keep.forEach(function (k) {
          var n = nodeAt(fresh, k.path);
          if (!n) return;
          if (k.open && n.localName === 'details') n.open = true;
          if (k.left || k.top) { n.scrollLeft = k.left; n.scrollTop = k.top; }
        });
        var again = nodeAt(fresh, focusPath);
        if (again && again.focus) again.focus({ preventScroll: true });
        var now = readConfig(inst);
        if (JSON.stringify(now) !== JSON.stringify(config)) intoWasm(function () { glue.update(inst.id, now); }); // changed meanwhile
        controls.forEach(function (c) { c.el = nodeAt(fresh, c.path); });
        finishTakeOver(inst, controls, button && nodeAt(fresh, button));
      });
    }, function (error) {
      if (gen === generation) inst.id = null;
      throw error;
    });
  }

  function finishTakeOver(inst, state, button) {
    restoreForm(state);
    inst.live = true;
    inst.tappedButton = null;
    inst.root.setAttribute('data-live', '');
    if (button && button.isConnected && !button.disabled) button.click();
  }

  function hydrateInto(inst, glue, config) {
    var fresh = !(glue.hydrate || glue.prepare) || prerenderKey(config) !== inst.prerender;
    if (!fresh && !glue.hydrate) return swapInto(inst, glue, config);
    if (fresh) {
      // Not what was painted (attributes changed): render in the browser instead.
      inst.root.replaceChildren();
      inst.id = intoWasm(function () { return glue.mount(inst.root, inst.host, config); });
      inst.live = true;
      return;
    }
    var gen = generation;
    inst.id = -1; // taken: a second start waits for this one
    // The calculator's paint states the day it was rendered: hydrate with that day (the DOM then
    // matches), and the calculator moves to the reader's today right after.
    var painted = Object.assign({}, config, { paintDate: PAINT_DATE });
    var state = null;
    // The data first (the reader may go on typing meanwhile); then the form is read and hydrated within
    // the same task's microtasks, where no key or click can come between.
    return glue.prepare(painted).then(function () {
      if (gen !== generation) return null;
      state = formState(inst.root);
      return glue.hydrate(inst.root, inst.host, painted);
    }).then(function (id) {
      if (gen !== generation || id === null) return;
      inst.id = id;
      // yew finishes hydrating in the microtasks that follow; settle, then restore (all before a paint).
      return Promise.resolve().then(function () { return Promise.resolve(); }).then(function () {
        if (gen !== generation) return;
        if (instances.get(inst.host) !== inst) { intoWasm(function () { glue.unmount(id); }); return; }
        var now = readConfig(inst);
        if (JSON.stringify(now) !== JSON.stringify(config)) intoWasm(function () { glue.update(id, now); }); // changed while hydrating
        finishTakeOver(inst, state, inst.tappedButton);
      });
    }, function (error) {
      if (gen === generation) inst.id = null;
      throw error;
    });
  }

  function refresh(host) {
    var inst = instances.get(host);
    if (!inst) return;
    var config = readConfig(inst);
    applyRootAttributes(inst, config);
    if (inst.id !== null) {
      var id = inst.id;
      inst.runtime.then(function (glue) {
        if (inst.id === id) intoWasm(function () { glue.update(id, config); });
      }).catch(function () {});
    } else if (inst.painted) {
      // Other attributes than the paint was made for: let the WebAssembly render them now.
      if (prerenderKey(config) !== inst.prerender) takeOver(inst);
    } else {
      renderShell(inst, config, inst.failed);
    }
  }

  function detach(host) {
    var inst = instances.get(host);
    if (!inst) return;
    // Wait a task: an element moved elsewhere in the page is disconnected then connected again.
    inst.pendingDetach = true;
    setTimeout(function () {
      if (!inst.pendingDetach || host.isConnected) { inst.pendingDetach = false; return; }
      instances.delete(host);
      if (observer) observer.unobserve(host);
      if (inst.id !== null) {
        var id = inst.id;
        inst.id = null;
        var gen = generation;
        inst.runtime.then(function (glue) {
          if (gen === generation) intoWasm(function () { glue.unmount(id); });
        }).catch(function () {});
      }
      if (inst.placed) {
        inst.shadow.removeChild(inst.root);
        inst.shadow.removeChild(inst.shell);
      }
    }, 0);
  }

  var observer = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          observer.unobserve(entry.target);
          var inst = instances.get(entry.target);
          if (inst) start(inst);
        });
      }, { rootMargin: NEAR_PX + 'px 0px' })
    : null;

  // Element classes, named and with properties that reflect their attributes, as platform elements do
  // (`el.code = "22220"` sets the attribute; `lang` is HTMLElement's own). Described for tools in
  // scripts/npm/elements.json, from which the package's types and custom-elements.json are made.
  function reflectString(proto, name) {
    Object.defineProperty(proto, name, {
      configurable: true, enumerable: true,
      get: function () { var v = this.getAttribute(name); return v === null ? '' : v; },
      set: function (v) { if (v == null) this.removeAttribute(name); else this.setAttribute(name, String(v)); }
    });
  }
  function reflectTheme(proto) {
    Object.defineProperty(proto, 'theme', {
      configurable: true, enumerable: true,
      get: function () {
        var v = (this.getAttribute('theme') || '').trim().toLowerCase();
        return v === 'light' || v === 'dark' ? v : 'auto';
      },
      set: function (v) { if (v == null) this.removeAttribute('theme'); else this.setAttribute('theme', String(v)); }
    });
  }
  function reflectCompact(proto) {
    Object.defineProperty(proto, 'compact', {
      configurable: true, enumerable: true,
      get: function () { var v = this.getAttribute('compact'); return v !== null && v !== 'false'; },
      set: function (v) { if (v) this.setAttribute('compact', ''); else this.removeAttribute('compact'); }
    });
  }
  function reflectLimit(proto) {
    Object.defineProperty(proto, 'limit', {
      configurable: true, enumerable: true,
      // What the search uses: a whole number from 1 to 100, else the default 10.
      get: function () {
        var v = (this.getAttribute('limit') || '').trim();
        var n = /^[0-9]{1,3}$/.test(v) ? Number(v) : 0;
        return n >= 1 && n <= 100 ? n : 10;
      },
      set: function (v) { if (v == null) this.removeAttribute('limit'); else this.setAttribute('limit', String(v)); }
    });
  }

  var NocElement = window.HTMLElement && class NocElement extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }
    connectedCallback() { attach(this, KINDS[this.localName], this.localName, false); }
    disconnectedCallback() { detach(this); }
    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue !== newValue) refresh(this);
    }
  };
  var CLASSES = NocElement && {
    'noc-card': class NocCardElement extends NocElement {},
    'noc-search': class NocSearchElement extends NocElement {},
    'ee-calculator': class EeCalculatorElement extends NocElement {},
    'noc-widget': class NocWidgetElement extends NocElement {}
  };
  if (NocElement) {
    // Their names survive a bundler's minifier (which drops or shortens class names).
    Object.defineProperty(NocElement, 'name', { value: 'NocElement' });
    Object.keys(CLASSES).forEach(function (tag) {
      var name = tag.replace(/(^|-)([a-z])/g, function (m, dash, c) { return c.toUpperCase(); }) + 'Element';
      Object.defineProperty(CLASSES[tag], 'name', { value: name });
    });
    reflectTheme(NocElement.prototype);
    reflectCompact(NocElement.prototype);
    reflectString(CLASSES['noc-card'].prototype, 'code');
    reflectString(CLASSES['noc-search'].prototype, 'query');
    reflectLimit(CLASSES['noc-search'].prototype);
    reflectString(CLASSES['ee-calculator'].prototype, 'noc');
    reflectString(CLASSES['noc-widget'].prototype, 'code');
    reflectString(CLASSES['noc-widget'].prototype, 'query');
  }
  if (window.customElements) {
    Object.keys(CLASSES || {}).forEach(function (tag) {
      if (!customElements.get(tag)) customElements.define(tag, CLASSES[tag]);
    });
  }

  // ---------------------------------------------------------------- <div data-noc-…> fallbacks

  var DIV_SELECTOR = Object.keys(KINDS).map(function (tag) { return '[data-' + tag + ']'; }).join(',');

  function upgradeDiv(node) {
    if (!node.hasAttribute || KINDS[node.localName]) return;
    for (var tag in KINDS) {
      if (node.hasAttribute('data-' + tag)) { attach(node, KINDS[tag], tag, true); return; }
    }
  }
  function upgradeTree(root) {
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
    if (root.nodeType === 1) upgradeDiv(root);
    var found = root.querySelectorAll(DIV_SELECTOR);
    for (var i = 0; i < found.length; i++) upgradeDiv(found[i]);
  }
  function forgetTree(root) {
    if (root.nodeType !== 1) return;
    instances.forEach(function (inst, host) {
      if (inst.isDiv && (host === root || root.contains(host))) detach(host);
    });
  }

  var DIV_ATTRS = OBSERVED.concat(OBSERVED.map(function (a) { return 'data-' + a; }),
    Object.keys(KINDS).map(function (tag) { return 'data-' + tag; }));
  var mutations = new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'childList') {
        record.addedNodes.forEach(upgradeTree);
        record.removedNodes.forEach(forgetTree);
      } else if (record.attributeName === 'lang') {
        // A page-level language switch: elements without their own `lang` follow it.
        instances.forEach(function (inst, host) {
          if (host === record.target || record.target.contains(host)) refresh(host);
        });
      } else if (instances.has(record.target)) {
        if (instances.get(record.target).isDiv) refresh(record.target);
      } else {
        upgradeDiv(record.target);
      }
    });
  });

  function watchDocument() {
    upgradeTree(document);
    mutations.observe(document.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: DIV_ATTRS
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchDocument);
  else watchDocument();

  // ---------------------------------------------------------------- fault isolation (call wasm safely, restart)
  //
  // A WebAssembly trap (stack overflow, out of memory, any panic: the release build aborts on panic)
  // leaves the instance unusable, and every element of the page shares it. Inputs are read within
  // limits on the Rust side (src/embed/input.rs), so a trap is a bug, not an input; when one happens
  // anyway: the call that trapped rejects with an Error saying so, the instance is dropped, a fresh
  // glue module and instance are loaded, and every live element is mounted again from its attributes
  // (a calculator from the entries it last reported through keepState). A trap inside an async task
  // (not in the call itself) reaches the page as an uncaught error: it is recognised by its stack
  // (our glue or wasm file) and handled the same way, and the calls still pending on the dead instance
  // reject. Three traps within a minute: no more restarts; each element shows its readable fallback.

  var TRAP_LIMIT = 3;
  var TRAP_WINDOW_MS = 60000;
  var generation = 0; // bumped at each restart; old instances' late callbacks check it
  var traps = []; // times of recent traps
  var stopped = false; // too many traps: fallbacks only
  var pendingCalls = new Set(); // {reject} of API calls not settled yet

  function isTrap(error) {
    return typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError ||
      error instanceof RangeError && /call stack/i.test(error.message);
  }

  function failure(final) {
    var error = new Error(final
      ? 'NOC widget: stopped after repeated internal failures; reload the page to try again'
      : 'NOC widget: internal failure; the widget restarted, the call can be tried again');
    error.field = '';
    error.code = 'internal_failure';
    return error;
  }

  // Runs a synchronous call into wasm; a trap restarts the widget and is thrown as failure().
  function intoWasm(fn) {
    try {
      return fn();
    } catch (error) {
      if (!isTrap(error)) throw error;
      trapped();
      throw failure(stopped);
    }
  }

  // An API call: sync or Promise result, kept in pendingCalls until it settles.
  function callSafely(glue, name, args) {
    return new Promise(function (resolve, reject) {
      var entry = { reject: reject };
      pendingCalls.add(entry);
      function settle(fn, value) { if (pendingCalls.delete(entry)) fn(value); }
      function fail(error) {
        if (isTrap(error)) { pendingCalls.delete(entry); trapped(); reject(failure(stopped)); } else settle(reject, error);
      }
      var result;
      try {
        result = glue[name].apply(null, args);
      } catch (error) {
        fail(error);
        return;
      }
      Promise.resolve(result).then(function (value) { settle(resolve, value); }, fail);
    });
  }

  function keepState(host, text) {
    var inst = instances.get(host);
    if (inst && typeof text === 'string') inst.state = text;
  }

  function showStopped(inst) {
    inst.failed = true;
    inst.root.hidden = true;
    inst.shell.hidden = false;
    renderShell(inst, readConfig(inst), true);
  }

  function trapped() {
    var now = Date.now();
    traps = traps.filter(function (t) { return now - t < TRAP_WINDOW_MS; });
    traps.push(now);
    if (stopped) return;
    if (window.console) console.warn('NOC widget: internal failure (WebAssembly trap); restarting');
    generation += 1;
    runtime = null;
    cardRuntime = null;
    fullStyled = false;
    stopped = traps.length >= TRAP_LIMIT;
    var calls = Array.from(pendingCalls);
    pendingCalls.clear();
    calls.forEach(function (entry) { entry.reject(failure(stopped)); });
    instances.forEach(function (inst) {
      var started = inst.visible;
      forgetPaint(inst);
      inst.id = null;
      inst.runtime = null;
      inst.visible = false;
      // The old root holds the dead app's DOM and listeners: a new, empty one takes its place.
      var root = el('div', 'noc-root');
      root.setAttribute('part', 'root');
      root.hidden = true;
      if (inst.placed) inst.shadow.replaceChild(root, inst.root);
      inst.root = root;
      applyRootAttributes(inst, readConfig(inst));
      if (stopped) showStopped(inst);
      else if (started) start(inst);
    });
  }

  // A trap inside an async task of the instance surfaces as an uncaught error or rejection.
  function ours(error) {
    if (!isTrap(error)) return false;
    var stack = String(error.stack || '');
    return /noc-widget-(?:app|card)(?:_bg\.wasm|\.js)/.test(stack) || (!!offline && /wasm:\/\/|blob:/.test(stack));
  }
  window.addEventListener('error', function (event) {
    if (ours(event.error)) { event.preventDefault(); trapped(); }
  });
  window.addEventListener('unhandledrejection', function (event) {
    if (ours(event.reason)) { event.preventDefault(); trapped(); }
  });

  // Test builds only (the release glue has no testTrap): NocWidget.testTrap() / testTrapLater().
  function addTestHooks() {
    api.testTrap = function () { return call('testTrap', []); };
    api.testTrapLater = function () { return call('testTrapLater', []); };
  }

  // ---------------------------------------------------------------- window.NocWidget

  function call(name, args) {
    if (stopped) return Promise.reject(failure(true));
    return startRuntime().then(function (glue) { return callSafely(glue, name, args); });
  }

  var api = {
    /** Version of the widget (loader, glue and wasm are released together). */
    version: VERSION,
    /** Data release (e.g. "NOC 2021 V1.0; …"), set once `ready` has resolved. */
    dataVersion: null,
    /** Date of the Express Entry rules in force (YYYY-MM-DD), set once `ready` has resolved. */
    rulesAsOf: null,
    /** search(query, {lang, limit}) -> Promise<Array<{code, title, matched, kind, score}>> */
    search: function (query, options) { return call('apiSearch', [query, options]); },
    /** occupation(code, {lang}) -> Promise<card object> */
    occupation: function (code, options) { return call('apiOccupation', [code, options]); },
    /** assess(profile) -> Promise<assessment result> (docs/profile.md) */
    assess: function (profile) { return call('apiAssess', [profile]); },
    /** suggest(profile) -> Promise<suggestions> */
    suggest: function (profile) { return call('apiSuggest', [profile]); },
    /** setBase(url): where the widget's files are (for bundlers); before the first element starts. */
    setBase: function (url) {
      if (runtime || cardRuntime || Object.keys(files).length) {
        throw new Error('setBase: call it before the first element starts (the files are already loading from ' + urls.base + ')');
      }
      setUrls(String(url));
    }
  };
  /** Promise resolved (with this object) once the WebAssembly runs; reading it starts the runtime. */
  Object.defineProperty(api, 'ready', {
    enumerable: true,
    get: function () { return startRuntime().then(function () { return api; }); }
  });
  window.NocWidget = api;
})();
