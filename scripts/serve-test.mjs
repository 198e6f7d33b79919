// A small static server for the end-to-end tests and for trying dist/ by hand:
//   node scripts/serve-test.mjs [DIR=dist] [PORT=8081] [--csp]
// Correct MIME types (application/wasm), CORS (the widget is meant to be served from another origin),
// an optional Content-Security-Policy header, extra in-memory pages, and a log of what was served with
// each file's brotli size (what a CDN would send).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy a strict site would send, plus the widget's origin when it is elsewhere. */
export function strictCsp(widgetOrigin = '') {
  const extra = widgetOrigin ? ` ${widgetOrigin}` : '';
  return `default-src 'self'${extra}; script-src 'self'${extra} 'wasm-unsafe-eval'; style-src 'self'${extra}; connect-src 'self'${extra}; img-src 'self'`;
}

const brotliCache = new Map();
function brotliSize(bytes, key) {
  if (!brotliCache.has(key)) {
    brotliCache.set(key, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return brotliCache.get(key);
}

/**
 * Starts a server on 127.0.0.1. `pages` maps a path ("/host.html") to HTML served from memory, either a
 * string or { body, csp }; it stays mutable (tests add pages to `server.pages`). `csp` (string or null)
 * is sent on HTML responses unless the page has its own.
 * Resolves to { origin, pages, log, close() }; `log` lists { path, status, bytes, brotli } per request.
 */
export async function startServer({ root, port = 0, csp = null, pages = {}, cors = true } = {}) {
  const base = resolve(root ?? '.');
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {};
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    let policy = csp;
    let body;
    let type;
    if (Object.hasOwn(pages, path)) {
      const page = typeof pages[path] === 'string' ? { body: pages[path] } : pages[path];
      body = Buffer.from(page.body);
      type = TYPES['.html'];
      if (page.csp !== undefined) policy = page.csp;
    } else {
      const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
      if (!file.startsWith(base)) {
        res.writeHead(403, headers).end();
        log.push({ path, status: 403, bytes: 0, brotli: 0 });
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      } catch {
        res.writeHead(404, headers).end('not found');
        log.push({ path, status: 404, bytes: 0, brotli: 0 });
        return;
      }
    }
    headers['Content-Type'] = type;
    headers['Cache-Control'] = 'no-store';
    if (policy && type.startsWith('text/html')) headers['Content-Security-Policy'] = policy;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    // Compressed when first read (after the page is done), not while serving: brotli 11 of the 1 MB
    // wasm takes seconds and would hold back every response behind it.
    log.push({ path, status: 200, bytes: body.length, get brotli() { return brotliSize(body, path + ':' + body.length); } });
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, log, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist';
  const port = Number(args.find((a) => /^\d+$/.test(a)) ?? 8081);
  const csp = args.includes('--csp') ? strictCsp() : null;
  const { origin } = await startServer({ root, port, csp });
  console.log(`serving ${root} at ${origin}${csp ? ' with a strict CSP' : ''}`);
}
