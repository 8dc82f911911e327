import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { READABLE_ALPHABET, randomReadableSymbols, readableCheckSymbol } from './readable-code.js';

const body = fc.array(fc.constantFrom(...READABLE_ALPHABET), { minLength: 4, maxLength: 12 }).map((a) => a.join(''));

describe('readable codes', () => {
  it('draws only symbols of the alphabet, throwing away the bytes that would bias them', () => {
    const bytes = [255, 234, 0, 25, 233, 26];
    const s = randomReadableSymbols(4, () => Uint8Array.from(bytes));
    // 255 and 234 are rejected; 0 → '2', 25 → 'Y', 233 = 8×26+25 → 'Y', 26 → '2'
    expect(s).toBe('2YY2');
  });

  it('refuses a random source that never gives a usable byte', () => {
    expect(() => randomReadableSymbols(3, (n) => new Uint8Array(n).fill(250))).toThrow(/unusable/);
  });

  it('its check symbol catches every single wrong symbol', () => {
    fc.assert(
      fc.property(body, fc.nat(), fc.nat(), (b, at, shift) => {
        const i = at % b.length;
        const wrong = READABLE_ALPHABET[(READABLE_ALPHABET.indexOf(b[i]!) + 1 + (shift % 25)) % 26]!;
        const changed = b.slice(0, i) + wrong + b.slice(i + 1);
        expect(readableCheckSymbol(changed)).not.toBe(readableCheckSymbol(b));
      }),
    );
  });

  it('refuses a symbol outside the alphabet', () => {
    expect(() => readableCheckSymbol('AB0')).toThrow(RangeError);
  });
});
