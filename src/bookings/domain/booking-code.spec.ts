import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  BOOKING_CODE_ALPHABET,
  bookingCodeCheckSymbol,
  generateBookingCode,
  generateManageToken,
  hashToken,
  isManageTokenFormat,
  isValidBookingCode,
  normalizeBookingCode,
  timingSafeEqualHex,
  verifyManageToken,
  type RandomBytes,
} from './booking-code.js';

/** A random source that hands out the given bytes, in order, then zeros. */
function scripted(bytes: number[]): RandomBytes {
  let i = 0;
  return (size) => Uint8Array.from({ length: size }, () => (i < bytes.length ? bytes[i++]! : 0));
}

const CODE = new RegExp(`^HP-[${BOOKING_CODE_ALPHABET}]{4}-[${BOOKING_CODE_ALPHABET}]{4}$`);
const bodyArb = fc
  .array(fc.constantFrom(...BOOKING_CODE_ALPHABET), { minLength: 7, maxLength: 7 })
  .map((cs) => cs.join(''));
const codeOf = (body: string) => {
  const full = body + bookingCodeCheckSymbol(body);
  return `HP-${full.slice(0, 4)}-${full.slice(4)}`;
};

describe('booking code alphabet', () => {
  it('has 26 distinct symbols and none of the ambiguous ones', () => {
    expect(new Set(BOOKING_CODE_ALPHABET).size).toBe(26);
    for (const c of '01OILUBSZJ') expect(BOOKING_CODE_ALPHABET).not.toContain(c);
  });
});

describe('generateBookingCode', () => {
  it('formats PREFIX-XXXX-XXXX and validates', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateBookingCode();
      expect(code).toMatch(CODE);
      expect(isValidBookingCode(code)).toBe(true);
    }
  });

  it('maps bytes to symbols and appends the Luhn mod 26 check symbol (worked by hand)', () => {
    // values 0..6 → "2345678"; from the right: 2·6=12, 5, 2·4=8, 3, 2·2=4, 1, 0 → 33; (26 − 33 mod 26) = 19 → "Q"
    expect(generateBookingCode(scripted([0, 1, 2, 3, 4, 5, 6]))).toBe('HP-2345-678Q');
  });

  it('throws away bytes that would bias the draw (≥ 234)', () => {
    // 233 → 233 mod 26 = 25 "Y"; 234 and 255 skipped; 26 → 0 "2"
    expect(generateBookingCode(scripted([233, 234, 255, 26, 1, 2, 3, 4, 5]))).toMatch(/^HP-Y234-567/);
  });

  it('stops when the random source is useless', () => {
    expect(() => generateBookingCode(() => new Uint8Array(16).fill(255))).toThrow(/unusable/);
  });

  it('takes a prefix of 1–4 capital letters', () => {
    expect(generateBookingCode(undefined, 'HD')).toMatch(/^HD-/);
    expect(isValidBookingCode(generateBookingCode(undefined, 'TCD'), 'TCD')).toBe(true);
    expect(() => generateBookingCode(undefined, 'hp')).toThrow(RangeError);
    expect(() => generateBookingCode(undefined, 'HPHPX')).toThrow(RangeError);
  });
});

describe('isValidBookingCode', () => {
  it.each([
    ['lowercase', 'hp-2345-678q'],
    ['no hyphens', 'HP2345678Q'],
    ['wrong check symbol', 'HP-2345-678R'],
    ['ambiguous symbol', 'HP-2345-6O8Q'],
    ['wrong prefix', 'HD-2345-678Q'],
    ['too long', 'HP-2345-678QQ'],
    ['empty', ''],
  ])('refuses %s', (_label, code) => {
    expect(isValidBookingCode(code)).toBe(false);
  });

  it('property: every generated code validates and normalises to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        let used = false;
        const code = generateBookingCode((n) => {
          if (!used) {
            used = true;
            return bytes.slice(0, n);
          }
          return new Uint8Array(n); // top-up when rejection sampling needs more
        });
        expect(isValidBookingCode(code)).toBe(true);
        expect(normalizeBookingCode(code)).toBe(code);
      }),
    );
  });

  it('property: any single wrong symbol is caught', () => {
    fc.assert(
      fc.property(bodyArb, fc.nat({ max: 7 }), fc.constantFrom(...BOOKING_CODE_ALPHABET), (body, pos, symbol) => {
        const full = body + bookingCodeCheckSymbol(body);
        fc.pre(full[pos] !== symbol);
        const altered = full.slice(0, pos) + symbol + full.slice(pos + 1);
        expect(isValidBookingCode(`HP-${altered.slice(0, 4)}-${altered.slice(4)}`)).toBe(false);
      }),
    );
  });

  it('property: a swap of two adjacent symbols is caught unless they are "2" and "Y"', () => {
    fc.assert(
      fc.property(bodyArb, fc.nat({ max: 6 }), (body, pos) => {
        const full = body + bookingCodeCheckSymbol(body);
        const a = full[pos]!;
        const b = full[pos + 1]!;
        fc.pre(a !== b);
        const swapped = full.slice(0, pos) + b + a + full.slice(pos + 2);
        const caught = !isValidBookingCode(`HP-${swapped.slice(0, 4)}-${swapped.slice(4)}`);
        expect(caught).toBe(!(new Set([a, b]).has('2') && new Set([a, b]).has('Y')));
      }),
    );
  });
});

describe('normalizeBookingCode', () => {
  it.each([
    ['hp 2345 678q', 'HP-2345-678Q'],
    ['HP2345678Q', 'HP-2345-678Q'],
    ['2345-678q', 'HP-2345-678Q'],
    [' HP-2345-678Q ', 'HP-2345-678Q'],
  ])('%j → %j', (input, code) => {
    expect(normalizeBookingCode(input)).toBe(code);
  });

  it.each(['HP-2345-678R', 'HP-2345-6O8Q', '2345678', 'HPX2345678Q', 'x'.repeat(50)])('refuses %j', (input) => {
    expect(normalizeBookingCode(input)).toBeNull();
  });

  it('works with another prefix', () => {
    const code = codeOf('ACDEFGH').replace('HP', 'HD');
    expect(normalizeBookingCode(code.toLowerCase(), 'HD')).toBe(code);
    expect(normalizeBookingCode(code, 'HP')).toBeNull();
  });
});

describe('manage token', () => {
  it('is 32 random bytes in base64url', () => {
    const token = generateManageToken();
    expect(isManageTokenFormat(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(generateManageToken()).not.toBe(token);
    expect(generateManageToken(() => new Uint8Array(32).fill(0xff))).toBe('_'.repeat(42) + '8');
  });

  it('refuses a random source that returns the wrong size', () => {
    expect(() => generateManageToken(() => new Uint8Array(16))).toThrow();
  });

  it('hashes with SHA-256 to lowercase hex', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compares hex in constant time and refuses anything else', () => {
    const h = hashToken('abc');
    expect(timingSafeEqualHex(h, h)).toBe(true);
    expect(timingSafeEqualHex(h, h.toUpperCase())).toBe(true);
    expect(timingSafeEqualHex(h, hashToken('abd'))).toBe(false);
    expect(timingSafeEqualHex(h, h.slice(2))).toBe(false);
    expect(timingSafeEqualHex('abc', 'abc')).toBe(false);
    expect(timingSafeEqualHex('zz', 'zz')).toBe(false);
  });

  it('verifies a token against the stored hash', () => {
    const token = generateManageToken();
    const stored = hashToken(token);
    expect(verifyManageToken(token, stored)).toBe(true);
    expect(verifyManageToken(generateManageToken(), stored)).toBe(false);
    expect(verifyManageToken(token.slice(1), hashToken(token.slice(1)))).toBe(false); // malformed
    expect(verifyManageToken(undefined, stored)).toBe(false);
    expect(verifyManageToken(['x'], stored)).toBe(false);
  });
});
