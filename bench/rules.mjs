// Rules: `assess` profiles per second natively (ee-rules' own example bench, run by scripts/bench.sh)
// and NocWidget.assess / NocWidget.suggest in the browser (the wasm through the public API).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { coldPage, hostPage } from './lib/browser.mjs';

export const SEED_PROFILE = join(ROOT, 'fuzz', 'seeds', 'profile', 'contract_example.json');

export function rulesPages(cdnOrigin) {
  return { '/rules.html': hostPage(cdnOrigin, '') };
}

/** Parses ee-rules' example output ("parse+assess: N profiles/s", "suggest: X µs per call …"). */
export function parseNative(text) {
  const num = (re) => { const m = re.exec(text); return m ? Number(m[1]) : null; };
  return {
    parseAssessPerSec: num(/parse\+assess:\s*([\d.]+)/),
    assessPerSec: num(/assess only:\s*([\d.]+)/),
    suggestUs: num(/suggest:\s*([\d.]+)/),
    raw: text.trim(),
  };
}

export async function benchRulesBrowser(browser, srv, log = console.log) {
  const profile = JSON.parse(readFileSync(SEED_PROFILE, 'utf8'));
  const { context, page } = await coldPage(browser);
  try {
    await page.goto(`${srv.site.origin}/rules.html`);
    const out = await page.evaluate(async (p) => {
      const api = await window.NocWidget.ready;
      const suggestions = await api.suggest(p); // warm-up; also checks the profile is valid
      await api.assess(p);
      const batch = async (fn, minMs) => {
        let n = 0;
        const t = performance.now();
        do { await fn(); n++; } while (performance.now() - t < minMs);
        return (performance.now() - t) / n;
      };
      const suggestMs = [];
      for (let i = 0; i < 15; i++) suggestMs.push(await batch(() => api.suggest(p), 40));
      const assessMs = await batch(() => api.assess(p), 1000);
      suggestMs.sort((a, b) => a - b);
      return { suggestMs: suggestMs[7], suggestions: suggestions.length ?? Object.keys(suggestions).length, assessPerSec: 1000 / assessMs };
    }, profile);
    log(`[rules] browser: suggest ${out.suggestMs.toFixed(3)} ms per call (${out.suggestions} suggestions), assess ${out.assessPerSec.toFixed(0)} profiles/s`);
    return out;
  } catch (e) {
    log(`[rules] browser: FAILED ${String(e.message || e).split('\n')[0]}`);
    return { error: String(e.message || e).split('\n')[0] };
  } finally {
    await context.close();
  }
}
