// @ts-check
// Data files, fetched by name (only those the elements need), once per page; the wasm asks through
// `fetchFile` (given to its `configure`).
import { offline, urls, UNIT_GROUPS, isUnitGroup } from './config.js';

/** name -> bytes: one fetch per file per page. @type {Record<string, Promise<Uint8Array>>} */
export const files = Object.create(null);
const FILE_NAME = /^(?:[a-z]{2}\/)?[a-z0-9][a-z0-9_.-]*\.bin$/;

/** @param {string} text */
export function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** @param {unknown} name @returns {Promise<Uint8Array>} */
export function fetchFile(name) {
  if (typeof name !== 'string' || !FILE_NAME.test(name)) {
    return Promise.reject(new Error('data file name not allowed: ' + String(name)));
  }
  if (!files[name]) {
    const inlined = offline && offline.data && offline.data[name];
    files[name] = offline
      ? (inlined != null ? Promise.resolve(decodeBase64(inlined)) : Promise.reject(new Error(name + ' is not in this offline file')))
      : fetch(urls.data + name, { credentials: 'omit' }).then((response) => {
          if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
          return response.arrayBuffer();
        }).then((buffer) => new Uint8Array(buffer));
    // A failed fetch may be retried by a later element.
    files[name].catch(() => { delete files[name]; });
  }
  return files[name];
}

/**
 * The files a card shows (the same list as noc_data::Store::files_for_card: its text, which carries
 * the titles of every class it names, so no directory.bin; the shared and its own figures), fetched
 * alongside the wasm instead of after it; the wasm then finds them in the per-page cache.
 * @param {import('./config.js').Config} config
 */
export function prefetchCard(config) {
  if (offline || config.kind !== 'card' || !UNIT_GROUPS.length) return;
  const code = (config.code || '').trim();
  if (!isUnitGroup(code)) return;
  [config.lang + '/cards-' + code + '.bin', 'facts.bin', 'facts-' + code + '.bin']
    .forEach((name) => { fetchFile(name).catch(() => {}); });
}
