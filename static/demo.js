// Demo page controls: language and theme switches, and the search → card link. Not part of the widget.
(function () {
  'use strict';
  function widgets() {
    return document.querySelectorAll('noc-search, noc-card, ee-calculator, noc-widget, [data-noc-card]');
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.name === 'lang') {
      // Elements without their own `lang` follow the page's language.
      document.documentElement.lang = input.value;
    } else if (input.name === 'theme') {
      widgets().forEach(function (el) {
        el.setAttribute(el.localName === 'div' ? 'data-theme' : 'theme', input.value);
      });
      document.documentElement.setAttribute('data-demo-theme', input.value);
    }
  });
  document.addEventListener('noc-select', function (event) {
    var card = document.getElementById('demo-card');
    if (card && event.detail && event.detail.code) card.setAttribute('code', event.detail.code);
  });
  document.addEventListener('ee-change', function (event) {
    var out = document.getElementById('demo-crs');
    var crs = event.detail && event.detail.crs;
    if (out) out.textContent = crs ? 'CRS ' + crs.total : JSON.stringify(event.detail).slice(0, 80);
  });
})();
