import { brotliCompressSync, constants } from 'node:zlib';

export function quantile(values, q) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round((s.length - 1) * q)))];
}
export const median = (values) => quantile(values, 0.5);
export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** Brotli quality 11 size, as a CDN sends static files. */
export function brotli(bytes) {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;
}
