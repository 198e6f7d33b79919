// A host page whose global CSS is hostile (the kind real themes ship) cannot break the widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareBrowser, guardedPage, waitForText } from './helpers.mjs';

const shared = shareBrowser();

const HOSTILE = `<style>
  * { color: #f0f !important; font-size: 31px !important; line-height: 4 !important; letter-spacing: 6px !important;
      text-transform: uppercase !important; font-family: "Comic Sans MS", cursive !important; box-sizing: content-box !important; }
  div, section, article, h2, p { display: inline !important; padding: 40px !important; margin: 40px !important; border: 9px dotted red !important; }
  noc-card, [data-noc-card] { visibility: hidden; text-align: right !important; }
  button, input { all: unset !important; }
  a { color: yellow !important; }
</style>`;

test('hostile global CSS does not reach inside the widget', async () => {
  const { page, guard, context } = await guardedPage(shared.browser);
  await page.goto(shared.srv.page('/hostile.html', '<noc-card code="22220"></noc-card><div data-noc-card="22220" id="d"></div>', { head: HOSTILE }));
  await waitForText(page, 'noc-card', 'Computer network and web technicians');
  await waitForText(page, '#d', 'Computer network and web technicians');
  for (const host of ['noc-card', '#d']) {
    const style = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const root = el.shadowRoot.querySelector('.noc-root');
      const text = root.querySelector('h1, h2, h3, p') || root;
      const s = getComputedStyle(text);
      return {
        hostDisplay: getComputedStyle(el).display, visibility: getComputedStyle(el).visibility,
        rootDisplay: getComputedStyle(root).display,
        color: s.color, fontSize: s.fontSize, letterSpacing: s.letterSpacing, textTransform: s.textTransform,
        fontFamily: s.fontFamily, border: s.borderTopStyle,
      };
    }, host);
    assert.equal(style.hostDisplay, 'block', host);
    assert.equal(style.visibility, 'visible', host);
    assert.equal(style.rootDisplay, 'block', host);
    assert.notEqual(style.color, 'rgb(255, 0, 255)', host);
    assert.notEqual(style.fontSize, '31px', host);
    assert.equal(style.letterSpacing, 'normal', host);
    assert.equal(style.textTransform, 'none', host);
    assert.doesNotMatch(style.fontFamily, /Comic/, host);
    assert.equal(style.border, 'none', host);
  }
  guard.check(assert);
  await context.close();
});
