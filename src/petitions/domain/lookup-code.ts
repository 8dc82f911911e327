import { randomBytesPooled } from '../../common/crypto/random-pool.js';
import {
  READABLE_ALPHABET,
  type RandomBytes,
  randomReadableSymbols,
  readableCheckSymbol,
} from '../../common/text/readable-code.js';

/**
 * The code and the secret a citizen follows a petition with (tra cứu hồ sơ), printed on the conclusion notice and the
 * receipt. The code names the petition (it is not a secret and cannot be guessed from another code: its symbols are
 * random); the secret proves the reader holds the paper. Both use the booking codes' alphabet, which a person reads
 * aloud without ambiguity: the digits 2–9 and 18 letters (no 0/O, 1/I/L, U, B, S, Z, J).
 *
 * Code: `HS-26-7K4Q9MX` — "HS" (hồ sơ), the two last digits of the year of receipt, 6 random symbols (26^6 ≈ 3·10^8 per
 * year) and a Luhn mod 26 check symbol (a mistyped symbol or two swapped neighbours are caught before any lookup).
 * Secret: 12 random symbols (26^12 ≈ 9.5·10^16, 56 bits), printed in groups of four: `7K4Q-9MXC-2AHT`.
 */
export const LOOKUP_ALPHABET = READABLE_ALPHABET;
export const LOOKUP_CODE_PREFIX = 'HS';
const CODE_RANDOM = 6;
const SECRET_LENGTH = 12;

export type { RandomBytes };

const randomSymbols = randomReadableSymbols;

/** Luhn mod 26 check symbol of `body` (symbols of the alphabet only). */
export const lookupCheckSymbol = readableCheckSymbol;

function yearPart(receivedOn: string): string {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(receivedOn);
  if (!m) throw new RangeError(`receivedOn must be YYYY-MM-DD, got ${receivedOn}`);
  return m[1]!.slice(2);
}

/** A new lookup code for a petition received on `receivedOn` (YYYY-MM-DD), e.g. `HS-26-7K4Q9MX`. */
export function generateLookupCode(receivedOn: string, random: RandomBytes = randomBytesPooled): string {
  const body = randomSymbols(CODE_RANDOM, random);
  return `${LOOKUP_CODE_PREFIX}-${yearPart(receivedOn)}-${body}${lookupCheckSymbol(body)}`;
}

/**
 * The canonical code from what a person typed: any case, spaces, dots or hyphens, with or without the prefix
 * (`hs 26 7k4q 9mx`). Null when it is not a well-formed code with a correct check symbol.
 */
export function normalizeLookupCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  let compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '');
  if (compact.startsWith(LOOKUP_CODE_PREFIX)) compact = compact.slice(LOOKUP_CODE_PREFIX.length);
  const m = /^(\d{2})([A-Z2-9]{7})$/.exec(compact);
  if (!m) return null;
  const [, yy, rest] = m;
  for (const c of rest!) if (!LOOKUP_ALPHABET.includes(c)) return null;
  if (lookupCheckSymbol(rest!.slice(0, CODE_RANDOM)) !== rest![CODE_RANDOM]) return null;
  return `${LOOKUP_CODE_PREFIX}-${yy}-${rest}`;
}

/** A new secret: 12 random symbols, grouped for printing `7K4Q-9MXC-2AHT`. */
export function generateLookupSecret(random: RandomBytes = randomBytesPooled): string {
  const s = randomSymbols(SECRET_LENGTH, random);
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/**
 * The canonical secret from what a person typed (any case, spaces or hyphens); null when it cannot be a secret. What
 * is stored is a keyed hash of the canonical form, so `7k4q 9mxc 2aht` and `7K4Q-9MXC-2AHT` are the same secret.
 */
export function normalizeLookupSecret(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 60) return null;
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '');
  if (compact.length !== SECRET_LENGTH) return null;
  for (const c of compact) if (!LOOKUP_ALPHABET.includes(c)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}
