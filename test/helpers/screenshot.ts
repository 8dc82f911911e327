import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ON_POSTGRES } from './test-db.js';

/** Page 1 of a PDF to docs/screenshots/<name>.png, only when asked (UPDATE_SCREENSHOTS=1, SQLite run): tests never change tracked files otherwise. */
export function screenshot(pdf: string, name: string): void {
  if (ON_POSTGRES || process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(process.cwd(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, name)]);
}
