import { describe, it, expect } from '@jest/globals';
import { DEFAULT_KEY_ID, generateDataKey, parseDataKey, parseDataKeys, singleKeyRing } from './data-key.js';
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

describe('parseDataKeys (DATA_KEYS)', () => {
  const a = Buffer.alloc(32, 1);
  const b = Buffer.alloc(32, 2);

  it('reads id:key pairs, the first being current, keys in hex or base64', () => {
    const ring = parseDataKeys(` new:${a.toString('base64')} , k0:${b.toString('hex')},`);
    expect(ring.current.id).toBe('new');
    expect(ring.current.key.equals(a)).toBe(true);
    expect(ring.all.map((k) => k.id)).toEqual(['new', 'k0']);
    expect(ring.all[1]!.key.equals(b)).toBe(true);
    expect(ring.all[0]).toBe(ring.current);
  });

  it('a single key is a ring of one', () => {
    const ring = parseDataKeys(`2026_a-1:${a.toString('base64url')}`);
    expect(ring.all).toHaveLength(1);
    expect(ring.current.id).toBe('2026_a-1');
  });

  it.each([
    ['empty', ''],
    ['only commas', ' , ,'],
    ['no id', a.toString('hex')],
    ['an empty id', `:${a.toString('hex')}`],
    ['an id too long', `${'x'.repeat(17)}:${a.toString('hex')}`],
    ['an id with a space', `a b:${a.toString('hex')}`],
    ['a short key', `a:${Buffer.alloc(16).toString('hex')}`],
    ['a duplicate id', `a:${a.toString('hex')},a:${b.toString('hex')}`],
    ['the same key twice', `a:${a.toString('hex')},b:${a.toString('base64')}`],
  ])('refuses %s, without quoting any key', (_label, raw) => {
    let message = '';
    try {
      parseDataKeys(raw);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^DATA_KEYS/);
    expect(message).not.toContain(a.toString('hex'));
    expect(message).not.toContain(b.toString('hex'));
    expect(message).not.toContain(a.toString('base64'));
  });

  it('singleKeyRing gives a lone DATA_KEY the default id', () => {
    const ring = singleKeyRing(a);
    expect(ring.current).toEqual({ id: DEFAULT_KEY_ID, key: a });
    expect(ring.all).toEqual([ring.current]);
  });
});
