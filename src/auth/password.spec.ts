import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('Mật-khẩu-đúng-123');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(hash).not.toContain('Mật-khẩu');
    await expect(verifyPassword(hash, 'Mật-khẩu-đúng-123')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'Mật-khẩu-sai-123')).resolves.toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it('treats a malformed hash as a mismatch', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
