import { describe, it, expect } from '@jest/globals';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { FieldCipher, FieldCipherError } from './field-cipher.js';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);
const cipher = new FieldCipher(KEY);

/** The base64url body of a `v3:<key id>:` payload. */
const body = (payload: string): string => payload.slice(payload.lastIndexOf(':') + 1);
const head = (payload: string): string => payload.slice(0, payload.lastIndexOf(':') + 1);

/** Parts of a `v3:k0:` payload. */
function parts(payload: string) {
  const raw = Buffer.from(body(payload), 'base64url');
  return { iv: raw.subarray(0, 12), tag: raw.subarray(12, 28), ciphertext: raw.subarray(28) };
}

describe('FieldCipher construction', () => {
  it.each([31, 33, 0])('refuses a key of %i bytes', (n) => {
    expect(() => new FieldCipher(Buffer.alloc(n, 1))).toThrow(FieldCipherError);
  });

  it('refuses a key given as a string', () => {
    expect(() => new FieldCipher('k'.repeat(32) as unknown as Buffer)).toThrow(FieldCipherError);
  });

  it('does not keep a reference to the caller’s buffer', () => {
    const key = Buffer.alloc(32, 7);
    const c = new FieldCipher(key);
    const sealed = c.encrypt('031085001234', CTX, ID);
    key.fill(0);
    expect(c.decrypt(sealed, CTX, ID)).toBe('031085001234');
  });
});

const CTX = 'booking.idNumber';
const ID = '019ac2d4-1e7a-7cc3-9d0e-2b1f3c4d5e6f';
const OTHER_ID = '019ac2d4-1e7a-7cc3-9d0e-2b1f3c4d5e70';

describe('encrypt / decrypt', () => {
  it.each(['031085001234', '+84912345678', '', 'Nguyễn Văn An — số 12 ngõ 5', 'x'.repeat(10_000)])(
    'round-trips %#',
    (plain) => {
      const sealed = cipher.encrypt(plain, CTX, ID);
      expect(sealed).toMatch(/^v3:k0:[A-Za-z0-9_-]+$/);
      expect(sealed).not.toContain(plain || '\u0000');
      expect(cipher.decrypt(sealed, CTX, ID)).toBe(plain);
    },
  );

  it('lays out iv | tag | ciphertext, ciphertext as long as the UTF-8 input', () => {
    const p = parts(cipher.encrypt('Đặng', CTX, ID));
    expect(p.iv).toHaveLength(12);
    expect(p.tag).toHaveLength(16);
    expect(p.ciphertext).toHaveLength(Buffer.byteLength('Đặng'));
  });

  it('uses a fresh IV each time, so equal values do not look equal', () => {
    const a = cipher.encrypt('031085001234', CTX, ID);
    const b = cipher.encrypt('031085001234', CTX, ID);
    expect(a).not.toBe(b);
    expect(parts(a).iv.equals(parts(b).iv)).toBe(false);
    const ivs = new Set(Array.from({ length: 500 }, () => parts(cipher.encrypt('x', CTX, ID)).iv.toString('hex')));
    expect(ivs.size).toBe(500);
  });

  it('property: flipping any bit of the payload is detected', () => {
    const sealed = cipher.encrypt('031085001234', CTX, ID);
    const raw = Buffer.from(body(sealed), 'base64url');
    fc.assert(
      fc.property(fc.nat({ max: raw.length - 1 }), fc.integer({ min: 0, max: 7 }), (index, bit) => {
        const tampered = Buffer.from(raw);
        tampered[index]! ^= 1 << bit;
        expect(() => cipher.decrypt(`${head(sealed)}${tampered.toString('base64url')}`, CTX, ID)).toThrow(
          FieldCipherError,
        );
      }),
    );
  });

  it('refuses truncated or extended payloads', () => {
    const raw = Buffer.from(body(cipher.encrypt('0912345678', CTX, ID)), 'base64url');
    expect(() => cipher.decrypt(`v3:k0:${raw.subarray(0, raw.length - 1).toString('base64url')}`, CTX, ID)).toThrow(
      FieldCipherError,
    );
    expect(() =>
      cipher.decrypt(`v3:k0:${Buffer.concat([raw, Buffer.from([0])]).toString('base64url')}`, CTX, ID),
    ).toThrow(FieldCipherError);
  });

  it('does not decrypt under another key, another column or another record', () => {
    const sealed = cipher.encrypt('031085001234', CTX, ID);
    expect(() => new FieldCipher(OTHER_KEY).decrypt(sealed, CTX, ID)).toThrow(FieldCipherError);
    expect(() => cipher.decrypt(sealed, 'booking.phone', ID)).toThrow(FieldCipherError);
    expect(() => cipher.decrypt(sealed, CTX, OTHER_ID)).toThrow(FieldCipherError);
  });

  it('property: a ciphertext copied to any other record id does not decrypt there', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        (plain, id, other, context) => {
          fc.pre(id !== other);
          const sealed = cipher.encrypt(plain, context, id);
          expect(cipher.decrypt(sealed, context, id)).toBe(plain);
          expect(() => cipher.decrypt(sealed, context, other)).toThrow(FieldCipherError);
        },
      ),
    );
  });

  it('frames column and record so that one cannot slide into the other', () => {
    const sealed = cipher.encrypt('x', 'booking.id', `Number${ID}`);
    expect(() => cipher.decrypt(sealed, 'booking.idNumber', ID)).toThrow(FieldCipherError);
  });

  it('refuses to encrypt without a record id', () => {
    expect(() => cipher.encrypt('x', CTX, '')).toThrow(FieldCipherError);
  });

  it.each([
    ['another version', 'v4:k0:AAAA'],
    ['a key id not in the ring', `v3:k9:${Buffer.alloc(40).toString('base64url')}`],
    ['no key id', 'v3:AAAA'],
    ['the former unbound version', 'v1:AQEBAQEBAQEBAQEBU-XkW1y3N9gqtQbwQ36mT7KLn5eu5Fss4JwHUCJEroxH223i7uxVVrjZu0YH'],
    ['no prefix', 'AQEBAQEBAQEBAQEB'],
    ['empty body', 'v2:'],
    ['empty v3 body', 'v3:k0:'],
    ['too short', `v2:${Buffer.alloc(27).toString('base64url')}`],
    ['not base64url', 'v2:abc+def/ghi='],
    ['non-canonical base64url', `v2:${Buffer.alloc(28).toString('base64url').slice(0, -1)}B`],
  ])('refuses a payload with %s', (_label, payload) => {
    expect(() => cipher.decrypt(payload, CTX, ID)).toThrow(FieldCipherError);
  });

  it('never puts the data in its error messages, and renders as a 500 problem with a stable code', () => {
    const sealed = cipher.encrypt('031085001234', CTX, ID);
    try {
      cipher.decrypt(sealed, CTX, OTHER_ID);
      throw new Error('should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(FieldCipherError);
      expect(error).toMatchObject({ code: 'ENCRYPTED_FIELD_INVALID', status: 500 });
      expect((error as Error).message).not.toContain('031085001234');
      expect((error as Error).message).not.toContain(sealed);
    }
  });

  it('property: any string round-trips with any context and record', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ maxLength: 30 }),
        fc.string({ minLength: 1, maxLength: 36 }),
        (plain, context, id) => {
          expect(cipher.decrypt(cipher.encrypt(plain, context, id), context, id)).toBe(plain);
        },
      ),
    );
  });
});

describe('the former v1 format (migration only)', () => {
  it('decrypts a reference vector computed from the specification (format is stable)', () => {
    const vector = 'v1:AQEBAQEBAQEBAQEBU-XkW1y3N9gqtQbwQ36mT7KLn5eu5Fss4JwHUCJEroxH223i7uxVVrjZu0YH';
    expect(cipher.decryptUnbound(vector, 'booking.idNumber')).toBe('Nguyễn Văn An 031085001234');
    expect(() => cipher.decryptUnbound(vector, 'booking.phone')).toThrow(FieldCipherError);
  });

  it('round-trips, and is not read as the current format nor the current one as it', () => {
    const old = cipher.encryptUnbound('0912345678', CTX);
    expect(cipher.decryptUnbound(old, CTX)).toBe('0912345678');
    expect(FieldCipher.isCurrent(old)).toBe(false);
    expect(() => cipher.decrypt(old, CTX, ID)).toThrow(FieldCipherError);
    const current = cipher.encrypt('0912345678', CTX, ID);
    expect(FieldCipher.isCurrent(current)).toBe(true);
    expect(() => cipher.decryptUnbound(current, CTX)).toThrow(FieldCipherError);
  });
});

describe('blindIndex', () => {
  it('is stable: same key and value give the same 64-hex index, across instances', () => {
    const a = cipher.blindIndex('031085001234', 'booking.idNumber');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(new FieldCipher(Buffer.alloc(32, 7)).blindIndex('031085001234', 'booking.idNumber')).toBe(a);
  });

  it('matches a reference vector computed from the specification', () => {
    expect(cipher.blindIndex('031085001234', 'booking.idNumber')).toBe(
      '0e00f273f89189c566ecc70fe4feaa00a53b6082252877a1dd6ac0680f3f74d4',
    );
  });

  it('depends on the key, the value and the context', () => {
    const base = cipher.blindIndex('031085001234', 'booking.idNumber');
    expect(new FieldCipher(OTHER_KEY).blindIndex('031085001234', 'booking.idNumber')).not.toBe(base);
    expect(cipher.blindIndex('031085001235', 'booking.idNumber')).not.toBe(base);
    expect(cipher.blindIndex('031085001234', 'booking.phone')).not.toBe(base);
    expect(cipher.blindIndex('031085001234')).not.toBe(base);
  });

  it('frames the context so that context and value cannot slide into each other', () => {
    expect(cipher.blindIndex('bc', 'a')).not.toBe(cipher.blindIndex('c', 'ab'));
  });

  it('does not use the data key directly', () => {
    const direct = createHmac('sha256', KEY).update('031085001234').digest('hex');
    expect(cipher.blindIndex('031085001234')).not.toBe(direct);
  });

  it('property: distinct values get distinct indexes, equal values equal ones', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.stringMatching(/^\d{12}$/), (a, b) => {
        expect(cipher.blindIndex(a) === cipher.blindIndex(b)).toBe(a === b);
      }),
    );
  });
});

describe('key ids and key rings (rotation)', () => {
  const OLD = { id: 'old', key: Buffer.alloc(32, 7) };
  const NEW = { id: '2026b', key: Buffer.alloc(32, 9) };
  const oldOnly = new FieldCipher({ current: OLD, all: [OLD] });
  const rotating = new FieldCipher({ current: NEW, all: [NEW, OLD] });
  const newOnly = new FieldCipher({ current: NEW, all: [NEW] });

  it('writes the current key id into the envelope and reads it back', () => {
    const sealed = rotating.encrypt('031085001234', CTX, ID);
    expect(sealed).toMatch(/^v3:2026b:[A-Za-z0-9_-]+$/);
    expect(FieldCipher.keyIdOf(sealed)).toBe('2026b');
    expect(rotating.isOnCurrentKey(sealed)).toBe(true);
    expect(newOnly.decrypt(sealed, CTX, ID)).toBe('031085001234');
    expect(() => oldOnly.decrypt(sealed, CTX, ID)).toThrow(FieldCipherError);
  });

  it('reads a ciphertext of an older key of the ring, which is not on the current key', () => {
    const sealed = oldOnly.encrypt('0912345678', CTX, ID);
    expect(FieldCipher.keyIdOf(sealed)).toBe('old');
    expect(rotating.decrypt(sealed, CTX, ID)).toBe('0912345678');
    expect(rotating.isOnCurrentKey(sealed)).toBe(false);
    expect(() => newOnly.decrypt(sealed, CTX, ID)).toThrow(FieldCipherError);
  });

  it('binds the key id: a ciphertext relabelled with another id of the same key does not decrypt', () => {
    const sameKeyOtherId = new FieldCipher({ current: { id: 'x', key: OLD.key }, all: [{ id: 'x', key: OLD.key }] });
    const sealed = oldOnly.encrypt('0912345678', CTX, ID);
    expect(() => sameKeyOtherId.decrypt(sealed.replace('v3:old:', 'v3:x:'), CTX, ID)).toThrow(FieldCipherError);
  });

  it('reads the former v2 format (no key id) by trying each key of the ring', () => {
    const v2 = oldOnly.encryptWithoutKeyId('031085001234', CTX, ID);
    expect(v2).toMatch(/^v2:[A-Za-z0-9_-]+$/);
    expect(FieldCipher.keyIdOf(v2)).toBeNull();
    expect(FieldCipher.isCurrent(v2)).toBe(true);
    expect(rotating.isOnCurrentKey(v2)).toBe(false);
    expect(rotating.decrypt(v2, CTX, ID)).toBe('031085001234');
    expect(() => newOnly.decrypt(v2, CTX, ID)).toThrow(FieldCipherError);
    expect(() => rotating.decrypt(v2, CTX, OTHER_ID)).toThrow(FieldCipherError);
  });

  it('a lone 32-byte key is the key k0, interchangeable with a ring naming it k0', () => {
    const ring = new FieldCipher({ current: { id: 'k0', key: KEY }, all: [{ id: 'k0', key: KEY }] });
    expect(ring.decrypt(cipher.encrypt('x', CTX, ID), CTX, ID)).toBe('x');
    expect(cipher.currentKeyId).toBe('k0');
    expect(ring.blindIndex('031085001234', CTX)).toBe(cipher.blindIndex('031085001234', CTX));
  });

  it('indexes under the current key, and gives the index under every key for look-ups', () => {
    expect(rotating.blindIndex('031085001234', CTX)).toBe(newOnly.blindIndex('031085001234', CTX));
    expect(rotating.blindIndexes('031085001234', CTX)).toEqual([
      newOnly.blindIndex('031085001234', CTX),
      oldOnly.blindIndex('031085001234', CTX),
    ]);
    expect(rotating.blindIndexUnder('old', '031085001234', CTX)).toBe(oldOnly.blindIndex('031085001234', CTX));
    expect(() => rotating.blindIndexUnder('nope', '1', CTX)).toThrow(FieldCipherError);
    expect(rotating.keyIds).toEqual(['2026b', 'old']);
  });

  it.each([
    ['an empty ring', { current: NEW, all: [] }],
    ['a ring whose first key is not the current one', { current: NEW, all: [OLD, NEW] }],
    ['a duplicate id', { current: NEW, all: [NEW, { id: '2026b', key: OLD.key }] }],
    ['an invalid id', { current: { id: 'a:b', key: NEW.key }, all: [{ id: 'a:b', key: NEW.key }] }],
    ['a short key', { current: { id: 'a', key: Buffer.alloc(16) }, all: [{ id: 'a', key: Buffer.alloc(16) }] }],
  ])('refuses %s', (_label, ring) => {
    expect(() => new FieldCipher(ring as never)).toThrow(FieldCipherError);
  });
});
