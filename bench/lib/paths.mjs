import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
/** The copy of dist/ the benchmark serves, so a rebuild of dist/ during a run cannot mix two builds. */
export const DIST_SNAPSHOT = join(ROOT, 'target', 'bench-stage', 'dist');
/** Scratch files of the benchmark (not committed). */
export const STAGE = join(ROOT, 'target', 'bench-stage');
