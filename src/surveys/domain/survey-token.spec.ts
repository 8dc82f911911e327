import { describe, expect, it } from '@jest/globals';
import { CODE_LENGTH, formatSurveyCode, hashSurveyCode, newSurveyCode, normaliseSurveyCode } from './survey-token.js';

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

  it('are stored as a hash that differs per code', () => {
    expect(hashSurveyCode('ABCDEFGHJKMN')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSurveyCode('ABCDEFGHJKMN')).not.toBe(hashSurveyCode('ABCDEFGHJKMP'));
  });
});
