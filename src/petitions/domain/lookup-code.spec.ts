import { describe, expect, it } from '@jest/globals';
import {
  generateLookupCode,
  generateLookupSecret,
  LOOKUP_ALPHABET,
  lookupCheckSymbol,
  normalizeLookupCode,
  normalizeLookupSecret,
} from './lookup-code.js';

/** A deterministic byte source: 0, 1, 2, … (mod 256). */
function counter(start = 0) {
  let n = start;
  return (size: number) => Uint8Array.from({ length: size }, () => n++ % 256);
}

describe('lookup codes', () => {
  it('have the form HS-YY-XXXXXXC with the year of receipt and a check symbol', () => {
    const code = generateLookupCode('2026-12-01', counter());
    expect(code).toMatch(/^HS-26-[23456789ACDEFGHKMNPQRTVWXY]{7}$/);
    expect(code).toBe('HS-26-234567' + lookupCheckSymbol('234567'));
    expect(normalizeLookupCode(code)).toBe(code);
  });

  it('are not sequential: two codes share no predictable relation', () => {
    const codes = new Set(Array.from({ length: 300 }, () => generateLookupCode('2026-01-05')));
    expect(codes.size).toBe(300);
    for (const c of codes) expect(normalizeLookupCode(c)).toBe(c);
  });

  it('read back what a person typed: case, spaces, hyphens, prefix optional', () => {
    const code = generateLookupCode('2027-03-04', counter(40));
    const body = code.slice(6);
    expect(normalizeLookupCode(code.toLowerCase())).toBe(code);
    expect(normalizeLookupCode(` hs 27 ${body.slice(0, 3)} ${body.slice(3)} `)).toBe(code);
    expect(normalizeLookupCode(`27${body}`)).toBe(code);
  });

  it('catch every single wrong symbol and reject garbage', () => {
    const code = generateLookupCode('2026-12-01', counter(7));
    for (let i = 6; i < code.length; i += 1) {
      for (const s of LOOKUP_ALPHABET) {
        if (s === code[i]) continue;
        expect(normalizeLookupCode(code.slice(0, i) + s + code.slice(i + 1))).toBeNull();
      }
    }
    for (const bad of ['', 'HS-26', 'HS-26-0000000', 'HS-26-2345678X', 42, null, 'x'.repeat(100), 'HS-2A-234567K']) {
      expect(normalizeLookupCode(bad)).toBeNull();
    }
  });

  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => generateLookupCode('01/12/2026')).toThrow(RangeError);
  });
});

describe('lookup secrets', () => {
  it('are 12 symbols of the alphabet in groups of four, and random', () => {
    const s = generateLookupSecret();
    expect(s).toMatch(
      /^[23456789ACDEFGHKMNPQRTVWXY]{4}-[23456789ACDEFGHKMNPQRTVWXY]{4}-[23456789ACDEFGHKMNPQRTVWXY]{4}$/,
    );
    expect(new Set(Array.from({ length: 1000 }, () => generateLookupSecret())).size).toBe(1000);
  });

  it('are normalised from what a person typed', () => {
    const s = generateLookupSecret(counter(3));
    expect(normalizeLookupSecret(s.toLowerCase().replace(/-/g, ' '))).toBe(s);
    expect(normalizeLookupSecret(s.replace(/-/g, ''))).toBe(s);
    for (const bad of ['', s.slice(1), `${s}A`, s.replace(/^./, '0'), undefined, 7]) {
      expect(normalizeLookupSecret(bad)).toBeNull();
    }
  });

  it('skip bytes that would bias the draw', () => {
    // 234..255 are thrown away: a source that starts with them still gives valid symbols.
    let first = true;
    const biased = (size: number) => {
      if (first) {
        first = false;
        return Uint8Array.from({ length: size }, () => 250);
      }
      return Uint8Array.from({ length: size }, (_, i) => i);
    };
    expect(generateLookupSecret(biased)).toBe('2345-6789-ACDE');
  });
});
