import { describe, expect, it } from '@jest/globals';
import {
  CODE_LENGTH,
  derivedSurveyCode,
  formatSurveyCode,
  hashSurveyCode,
  newSurveyCode,
  normaliseSurveyCode,
} from './survey-token.js';

describe('survey codes', () => {
  it('are 12 characters of the alphabet, printed in groups of 4, and read back whatever the case and dashes', () => {
    const code = newSurveyCode();
    expect(code).toHaveLength(CODE_LENGTH);
    const printed = formatSurveyCode(code);
    expect(printed).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseSurveyCode(printed)).toBe(code);
    expect(normaliseSurveyCode(` ${printed.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
  });

  it('do not repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, newSurveyCode));
    expect(seen.size).toBe(2000);
  });

  it('reject wrong length and characters outside the alphabet', () => {
    expect(normaliseSurveyCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseSurveyCode('ABCD-EFGH-JKO0')).toBeNull();
    expect(normaliseSurveyCode('../../etc/passwd')).toBeNull();
  });

  it('derived from a key and a seed: stable, different per seed and per key, and valid codes', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);
    const a = derivedSurveyCode(k1, 'reception-case:1');
    expect(derivedSurveyCode(k1, 'reception-case:1')).toBe(a);
    expect(derivedSurveyCode(k1, 'reception-case:2')).not.toBe(a);
    expect(derivedSurveyCode(k2, 'reception-case:1')).not.toBe(a);
    expect(normaliseSurveyCode(a)).toBe(a);
  });

  it('are stored as a hash that differs per code', () => {
    expect(hashSurveyCode('ABCDEFGHJKMN')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSurveyCode('ABCDEFGHJKMN')).not.toBe(hashSurveyCode('ABCDEFGHJKMP'));
  });
});
