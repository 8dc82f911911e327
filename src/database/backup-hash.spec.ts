import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Of } from './backup.js';

describe('sha256Of (the backup note of a copy)', () => {
  it('hashes a file read in chunks exactly as the whole file hashes (across chunk borders, and an empty file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-hash-'));
    try {
      for (const size of [0, 1, 8 * 1024 * 1024, 8 * 1024 * 1024 + 13]) {
        const bytes = randomBytes(size);
        const file = join(dir, `f${size}`);
        writeFileSync(file, bytes);
        expect(sha256Of(file)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
