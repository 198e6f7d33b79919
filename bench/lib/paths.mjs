import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
/** Scratch files of the benchmark (not committed). */
export const STAGE = join(ROOT, 'target', 'bench-stage');
