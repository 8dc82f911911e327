import { createHash, createHmac, randomInt } from 'node:crypto';

/**
 * The survey link's one-time code. One format serves the e-mail link and the printed notice: 12 characters of an
 * alphabet without look-alikes (no 0/O, 1/I/L, U), printed in three groups (`KS7M-QX3D-98TA`) so a citizen without
 * a phone camera can type it. 31^12 ≈ 7.9·10^17 codes (59 bits) behind a per-client rate limit. Only the SHA-256 of the
 * normalised code is stored.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

export function newSurveyCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/**
 * A code derived from a secret key and a seed (e.g. `reception-case:<id>`): the same code every time it is printed,
 * without storing it anywhere. Without the key the code cannot be computed from the seed, nor the seed from the code.
 */
export function derivedSurveyCode(key: Buffer, seed: string): string {
  let n = BigInt(`0x${createHmac('sha256', key).update(`tiepdan-survey-code:${seed}`).digest('hex')}`);
  const base = BigInt(CODE_ALPHABET.length);
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    s += CODE_ALPHABET[Number(n % base)];
    n /= base;
  }
  return s;
}

/** `KS7M-QX3D-98TA` for print; the link carries the same groups. */
export function formatSurveyCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/**
 * What the citizen typed or the link carried → the canonical code, or null when it cannot be one (wrong length or a
 * character outside the alphabet). Case, spaces and dashes do not matter; O→0 is not guessed (0 is not in the set).
 */
export function normaliseSurveyCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return null;
  return s;
}

export function hashSurveyCode(code: string): string {
  return createHash('sha256').update(`tiepdan-survey:${code}`).digest('hex');
}
