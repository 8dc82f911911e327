import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOwnerOnlyFile } from './owner-only-file.js';

describe('writeOwnerOnlyFile', () => {
  it('creates the folder and a file with mode 0600', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiepdan-'));
    const path = await writeOwnerOnlyFile(join(dir, 'sub', 'secret.txt'), 's3cret\n');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readFile(path, 'utf8')).toBe('s3cret\n');
  });

  it('replaces a world-readable file instead of reusing its mode', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiepdan-'));
    const target = join(dir, 'secret.txt');
    await writeFile(target, 'old', { mode: 0o644 });
    await writeOwnerOnlyFile(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});
