/*
 * The four NOC widget blocks in the block editor, written without a build step: it uses the editor's
 * own globals (wp.blocks, wp.element, wp.components, wp.blockEditor) and the widget's loader, which
 * WordPress loads first (a dependency of this script), for the occupation picker (window.NocWidget.search)
 * and the live preview (the element itself). Block names, attributes, titles and icons come from
 * blocks/<name>/block.json; the words, translated, from PHP (window.nocWidgetEditor, Plugin::editorData).
 */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var C = wp.components;
  var BE = wp.blockEditor;
  var s = config.strings;

  var TAGS = { card: 'noc-card', search: 'noc-search', calculator: 'ee-calculator', widget: 'noc-widget' };
  // The attribute holding each block's occupation code (the search block has none).
  var CODE_ATTR = { card: 'code', calculator: 'noc', widget: 'code' };
  var HAS_QUERY = { search: true, widget: true };

  // Type a title or a code, pick one of the widget's own search results.
  function Picker(props) {
    var q = useState('');
    var query = q[0];
    var setQuery = q[1];
    var r = useState({ status: 'idle', hits: [], message: '' });
    var result = r[0];
    var setResult = r[1];

    useEffect(function () {
      var text = query.trim();
      if (!text) {
        setResult({ status: 'idle', hits: [], message: '' });
        return undefined;
      }
      var api = window.NocWidget;
      if (!api || typeof api.search !== 'function') {
        setResult({ status: 'error', hits: [], message: s.filesMissing });
        return undefined;
      }
      var live = true;
      setResult(function (old) { return { status: 'searching', hits: old.hits, message: '' }; });
      // Waits for a pause in typing (one search per word typed, not per key).
      var timer = setTimeout(function () {
        api.search(text, { lang: props.lang, limit: 8 }).then(function (hits) {
          if (live) setResult({ status: 'done', hits: hits || [], message: '' });
        }, function (error) {
          if (live) setResult({ status: 'error', hits: [], message: (error && error.message) || String(error) });
        });
      }, 150);
      return function () { live = false; clearTimeout(timer); };
    }, [query, props.lang]);

    var status = '';
    if (result.status === 'searching') status = s.searching;
    else if (result.status === 'done' && !result.hits.length) status = s.noResult;
    else if (result.status === 'error') status = s.searchFailed + ' ' + result.message;

    return el('div', { className: 'noc-widget-picker' },
      el(C.TextControl, {
        label: s.searchLabel,
        value: query,
        onChange: setQuery,
        autoComplete: 'off',
        className: 'noc-widget-picker-input'
      }),
      el('p', { className: 'noc-widget-picker-status', 'aria-live': 'polite', style: { margin: '0 0 8px' } }, status),
      result.hits.length ? el('ul', { className: 'noc-widget-picker-results', style: { listStyle: 'none', margin: 0, padding: 0 } },
        result.hits.map(function (hit) {
          return el('li', { key: hit.code, style: { margin: '0 0 4px' } },
            el(C.Button, {
              variant: 'secondary',
              className: 'noc-widget-picker-result',
              'data-code': hit.code,
              style: { height: 'auto', minHeight: '36px', whiteSpace: 'normal', textAlign: 'start' },
              onClick: function () {
                props.onChange(hit.code);
                setQuery('');
              }
            }, hit.code + ' — ' + hit.title));
        })) : null
    );
  }

  // The element's attributes, as the server renders them (Renderer.php), for the live preview.
  function elementProps(kind, a, lang, theme) {
    var p = { lang: lang, theme: theme };
    if (CODE_ATTR[kind] && a[CODE_ATTR[kind]]) p[CODE_ATTR[kind]] = a[CODE_ATTR[kind]];
    if (HAS_QUERY[kind] && a.query) p.query = a.query;
    if (kind === 'search' && a.limit) p.limit = String(a.limit);
    // React 17/18 set `true` as the attribute "true" (the loader reads it as present); React 19 sets the property.
    if (a.compact) p.compact = true;
    if (a.fallbackHref) p['data-fallback-href'] = a.fallbackHref;
    if (a.fallbackTitle) p['data-fallback-title'] = a.fallbackTitle;
    return p;
  }

  // Links inside the preview would leave the editor: they are not followed there.
  function keepEditorOpen(event) {
    var path = event.nativeEvent && event.nativeEvent.composedPath ? event.nativeEvent.composedPath() : [];
    for (var i = 0; i < path.length; i++) {
      if (path[i].tagName === 'A' && path[i].getAttribute('href')) {
        event.preventDefault();
        return;
      }
    }
  }

  function options(defaultLabel, pairs) {
    return [{ value: '', label: defaultLabel }].concat(pairs.map(function (p) { return { value: p[0], label: p[1] }; }));
  }

  function makeEdit(kind) {
    return function Edit(props) {
      var a = props.attributes;
      var set = props.setAttributes;
      var blockProps = BE.useBlockProps({ className: 'noc-widget-block' });
      var lang = a.lang || config.lang;
      var theme = a.theme || config.theme;
      var codeAttr = CODE_ATTR[kind];
      var pick = function (code) { var o = {}; o[codeAttr] = code; set(o); };

      var panel = [];
      if (codeAttr) {
        panel.push(el('div', { key: 'picker' },
          a[codeAttr] ? el('p', null, s.chosen + ' NOC ' + a[codeAttr] + ' ',
            el(C.Button, { variant: 'link', onClick: function () { pick(''); } }, s.clear)) : null,
          el(Picker, { lang: lang, onChange: pick })));
      }
      if (HAS_QUERY[kind]) {
        panel.push(el(C.TextControl, { key: 'query', label: s.query, value: a.query || '', onChange: function (v) { set({ query: v }); } }));
      }
      if (kind === 'search') {
        panel.push(el(C.RangeControl, {
          key: 'limit', label: s.limit, min: 1, max: 100, value: a.limit || 10,
          onChange: function (v) { set({ limit: v ? Number(v) : undefined }); }
        }));
      }
      panel.push(el(C.SelectControl, {
        key: 'lang', label: s.language, value: a.lang || '',
        options: options(s.languageDefault, [['en', s.english], ['fr', s.french]]),
        onChange: function (v) { set({ lang: v }); }
      }));
      panel.push(el(C.SelectControl, {
        key: 'theme', label: s.theme, value: a.theme || '',
        options: options(s.themeDefault, [['auto', s.auto], ['light', s.light], ['dark', s.dark]]),
        onChange: function (v) { set({ theme: v }); }
      }));
      panel.push(el(C.ToggleControl, {
        key: 'compact', label: s.compact, help: s.compactHelp, checked: !!a.compact,
        onChange: function (v) { set({ compact: !!v }); }
      }));
      panel.push(el(C.TextControl, {
        key: 'href', label: s.fallbackHref, type: 'url', value: a.fallbackHref || '',
        onChange: function (v) { set({ fallbackHref: v }); }
      }));
      panel.push(el(C.TextControl, {
        key: 'title', label: s.fallbackTitle, value: a.fallbackTitle || '',
        onChange: function (v) { set({ fallbackTitle: v }); }
      }));

      var body;
      if (!config.filesPresent) {
        body = el(C.Notice, { status: 'error', isDismissible: false }, s.filesMissing);
      } else if (kind === 'card' && !a.code) {
        body = el(C.Placeholder, { icon: 'id-alt', label: s.occupation, instructions: s.pickCard },
          el(Picker, { lang: lang, onChange: pick }));
      } else {
        body = el('div', { onClickCapture: keepEditorOpen, className: 'noc-widget-preview' },
          el(TAGS[kind], elementProps(kind, a, lang, theme)));
      }
      return el(Fragment, null,
        el(BE.InspectorControls, null, el(C.PanelBody, { title: s.settings, initialOpen: true }, panel)),
        el('div', blockProps, body));
    };
  }

  Object.keys(TAGS).forEach(function (kind) {
    wp.blocks.registerBlockType('noc-widget/' + kind, {
      edit: makeEdit(kind),
      // Rendered on the server (Renderer.php), so nothing is saved in the post but the attributes.
      save: function () { return null; }
    });
  });
})(window.wp, window.nocWidgetEditor);
