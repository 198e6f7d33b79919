// The NOC 2021 lists the benchmark needs, read straight from data/noc2021 (the same official CSV
// files the data compiler reads), so every engine indexes the same titles: unit-group titles,
// illustrative examples, all examples and inclusions, with the 2021 and 2016 codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const DATA = join(ROOT, 'data', 'noc2021');

/** RFC 4180 rows (quoted fields, doubled quotes, new lines inside quotes), header dropped. */
export function readCsv(name) {
  const text = readFileSync(join(DATA, name), 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  rows.shift();
  return rows;
}

const FILES = {
  en: { structure: 'noc_2021_version_1.0_-_classification_structure.csv', codeCol: 2, titleCol: 3, elements: 'derived/noc_2021_v1.0_elements_en_derived.csv' },
  fr: { structure: 'derived/cnp_2021_v1.0_structure_fr_derived.csv', codeCol: 1, titleCol: 2, elements: 'derived/cnp_2021_v1.0_elements_fr_derived.csv' },
};
const KINDS = {
  'Illustrative example(s)': 'illustrative', 'Exemple(s) illustratif(s)': 'illustrative',
  'All examples': 'example', 'Tous les exemples': 'example', 'Inclusion(s)': 'inclusion',
};

/** Every class at the five levels: { code, title, level }. */
export function classes(lang) {
  const f = FILES[lang];
  return readCsv(f.structure).map((r) => ({ level: Number(r[0]), code: r[f.codeCol], title: r[f.titleCol] }));
}

/**
 * Search documents of one language: { code, title, kind }. A title listed twice under the same unit
 * group (e.g. an illustrative example that is also in "all examples") is kept once, as the data
 * compiler does, so the peers index exactly the titles of the widget's titles.bin.
 */
export function titles(lang) {
  const f = FILES[lang];
  const out = classes(lang).filter((c) => c.level === 5).map((c) => ({ code: c.code, title: c.title, kind: 'unit_group' }));
  for (const r of readCsv(f.elements)) {
    const kind = KINDS[r[3]];
    if (kind) out.push({ code: r[1], title: r[4], kind });
  }
  const seen = new Set();
  return out.filter((t) => {
    const key = `${t.code}|${t.title.trim().toLowerCase()}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Main-duty items: { code, duty }. */
export function duties(lang) {
  return readCsv(FILES[lang].elements)
    .filter((r) => r[3] === 'Main duties' || r[3] === 'Fonctions principales')
    .map((r) => ({ code: r[1], duty: r[4] }));
}

/** NOC 2016 → 2021 rows, codes zero-padded (the CSV drops leading zeros). */
export function concordance() {
  return readCsv('noc2016v1_3-noc2021v1_0-eng.csv').map((r) => ({
    code2016: r[0].padStart(4, '0'), title2016: r[1], change: r[2].trim(), code2021: r[3].padStart(5, '0'),
  }));
}

/**
 * What the peer engines index for one language: one document per title, plus one per unit group
 * holding its 2021 code and the 2016 codes that map to it (so code queries are answerable too).
 */
export function peerDocs(lang) {
  const docs = titles(lang).map((t) => ({ code: t.code, title: t.title, codes: '' }));
  const old = new Map();
  for (const row of concordance()) old.set(row.code2021, [...(old.get(row.code2021) ?? []), row.code2016]);
  for (const c of classes(lang).filter((x) => x.level === 5)) {
    docs.push({ code: c.code, title: '', codes: [c.code, ...(old.get(c.code) ?? [])].join(' ') });
  }
  return docs.map((d, id) => ({ id, ...d }));
}

/** The search quality set (crates/noc-search/tests/quality.tsv): { lang, query, expected: [[alt…]…] }. */
export function qualityCases() {
  return readFileSync(join(ROOT, 'crates', 'noc-search', 'tests', 'quality.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [lang, query, expected] = l.split('\t');
      return { lang, query, expected: expected.split(',').map((set) => set.split('|')) };
    });
}

/** Same measure as crates/noc-search/tests/quality.rs: share of expected sets in the first max(k, n) codes. */
export function recall(expected, codes, k) {
  const top = codes.slice(0, Math.max(k, expected.length));
  return expected.filter((alts) => alts.some((c) => top.includes(c))).length / expected.length;
}

/** FNV-1a (32-bit) over UTF-8 bytes: the realistic set's half (odd = check), as in realistic.rs. */
export function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

/** The realistic job-title set (crates/noc-search/tests/realistic.tsv): { page, query, expected: [[alt…]], half }. */
export function realisticCases() {
  return readFileSync(join(ROOT, 'crates', 'noc-search', 'tests', 'realistic.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [page, query, expected] = l.split('\t');
      return { page, query, expected: [expected.split('|')], half: fnv1a(query) % 2 ? 'check' : 'tuning' };
    });
}
