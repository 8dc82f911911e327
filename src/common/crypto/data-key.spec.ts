import { describe, it, expect } from '@jest/globals';
import { generateDataKey, parseDataKey } from './data-key.js';
import { FieldCipher } from './field-cipher.js';

const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 250) % 256));

describe('parseDataKey', () => {
  it.each([
    ['hex', bytes.toString('hex')],
    ['upper-case hex', bytes.toString('hex').toUpperCase()],
    ['base64', bytes.toString('base64')],
    ['base64 without padding', bytes.toString('base64').replace(/=$/, '')],
    ['base64url', bytes.toString('base64url')],
    ['surrounding white space', `  ${bytes.toString('hex')}\n`],
  ])('reads %s', (_label, raw) => {
    expect(parseDataKey(raw).equals(bytes)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['63 hex characters', bytes.toString('hex').slice(1)],
    ['16 bytes', Buffer.alloc(16, 1).toString('base64')],
    ['48 bytes', Buffer.alloc(48, 1).toString('base64')],
    ['a passphrase', 'correct horse battery staple'],
  ])('refuses %s without quoting it', (_label, raw) => {
    expect(() => parseDataKey(raw)).toThrow(/DATA_KEY must be 32 bytes/);
    try {
      parseDataKey(raw);
    } catch (error) {
      if (raw) expect((error as Error).message).not.toContain(raw);
    }
  });
});

describe('generateDataKey', () => {
  it('produces distinct keys that parse and work with FieldCipher', () => {
    const a = generateDataKey();
    const b = generateDataKey();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cipher = new FieldCipher(parseDataKey(a));
    expect(cipher.decrypt(cipher.encrypt('0912345678', 'c', 'id'), 'c', 'id')).toBe('0912345678');
  });
});
