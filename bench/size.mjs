// Size: everything a page downloads for a lone <noc-card> and for a lone <noc-widget> (brotli, as a
// CDN would send each response; read from the CDN server's log of responses), against the floor:
// brotli of the raw data fields the element shows (the card as JSON from NocWidget.occupation, plus
// the lists behind search when the element fetched them), i.e. what even a hand-written page with
// no code at all would have to send.
import { coldPage, hostPage, servedBrotli } from './lib/browser.mjs';
import { titles, duties, concordance, classes } from './lib/noc-data.mjs';
import { brotli } from './lib/stats.mjs';
import { CARD_CODE } from './ttfc.mjs';

export function sizePages(cdnOrigin) {
  return {
    '/size-card.html': hostPage(cdnOrigin, `<noc-card code="${CARD_CODE}"></noc-card>`),
    '/size-widget.html': hostPage(cdnOrigin, `<noc-widget code="${CARD_CODE}"></noc-widget>`),
  };
}

/** Raw fields behind a data file, as JSON text (null when the file only feeds the card itself). */
function rawFieldsOf(file) {
  const m = /^(?:(en|fr)\/)?([a-z]+)/.exec(file);
  const lang = m[1] || 'en';
  switch (m[2]) {
    case 'titles': return JSON.stringify(titles(lang).map((t) => [t.code, t.title]));
    case 'duties': return JSON.stringify(duties(lang).map((d) => [d.code, d.duty]));
    case 'concordance': return JSON.stringify(concordance().map((r) => [r.code2016, r.title2016, r.code2021]));
    case 'directory': return null; // the card JSON already holds the titles it shows
    default: return null; // cards-N, facts: the card JSON holds the one unit group shown
  }
}

/** Types a query into the element's search box and waits for results (the search data loads then). */
async function firstSearch(page, tag) {
  const input = page.locator(`${tag} input[role="combobox"]`).first();
  await input.click();
  await input.fill('electrician');
  await page.waitForFunction((t) => {
    const list = document.querySelector(t).shadowRoot.querySelector('[role="listbox"]');
    return list && !list.hidden && list.querySelector('[role="option"]');
  }, tag, { timeout: 30000 });
}

async function measure(browser, srv, tag, path, { search = false } = {}) {
  const { context, page, errors } = await coldPage(browser);
  srv.cdn.log.length = 0;
  await page.goto(`${srv.site.origin}${path}`);
  await page.waitForFunction((t) => {
    const host = document.querySelector(t);
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('.noc-root');
    return root && !root.hidden && root.textContent.includes('22220');
  }, tag, { timeout: 30000 });
  if (search) await firstSearch(page, tag);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const served = srv.cdn.log.filter((r) => r.status === 200).map((r) => ({ path: r.path, bytes: r.bytes, brotli: r.brotli }));
  const total = servedBrotli(srv.cdn.log);
  const code = servedBrotli(srv.cdn.log, (p) => !p.startsWith('/data/'));
  const card = await page.evaluate((c) => window.NocWidget.occupation(c, { lang: 'en' }), CARD_CODE);
  await context.close();
  const rawParts = [JSON.stringify(card)];
  for (const f of served.filter((r) => r.path.startsWith('/data/'))) {
    const raw = rawFieldsOf(f.path.slice('/data/'.length));
    if (raw) rawParts.push(raw);
  }
  const floor = brotli(rawParts.join('\n'));
  const label = `\`<${tag} code="${CARD_CODE}">\`${search ? ' after a first search (“electrician”)' : ''}`;
  return { tag, label, total, code, data: total - code, floor, ratio: total / floor, served, cardJsonBytes: rawParts[0].length, errors };
}

export async function benchSize(browser, srv, log = console.log) {
  const out = {};
  for (const [key, tag, path, search] of [['card', 'noc-card', '/size-card.html'], ['widget', 'noc-widget', '/size-widget.html'],
    ['widgetSearch', 'noc-widget', '/size-widget.html', true]]) {
    try {
      out[key] = await measure(browser, srv, tag, path, { search });
      log(`[size] ${out[key].label}: ${(out[key].total / 1024).toFixed(1)} KB br (code ${(out[key].code / 1024).toFixed(1)}, data ${(out[key].data / 1024).toFixed(1)}); floor ${(out[key].floor / 1024).toFixed(1)} KB; ratio ${out[key].ratio.toFixed(1)}`);
    } catch (e) {
      out[key] = { tag, error: String(e.message || e).split('\n')[0] };
      log(`[size] <${tag}>: FAILED ${out[key].error}`);
    }
  }
  return out;
}
