import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root, whether running from `src/` (tests) or `dist/` (built). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reference data shipped with the product (rule presets, holidays, units, demo data). */
export const DATA_DIR = join(PROJECT_ROOT, 'data');
