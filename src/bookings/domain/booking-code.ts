import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBytesPooled as secureRandomBytes } from '../../common/crypto/random-pool.js';
import {
  READABLE_ALPHABET,
  type RandomBytes,
  randomReadableSymbols,
  readableCheckSymbol,
} from '../../common/text/readable-code.js';

/**
 * Booking codes are read aloud over the phone and typed back by staff: `HP-7K3M-Q9TX`.
 * The code identifies a booking; it is not a secret (the manage token is).
 *
 * Alphabet (26 symbols): the digits 2–9 and 18 letters. Left out: 0 and O, 1, I and L, U (like V),
 * B (like 8), S (like 5), Z (like 2), and J (read "gi" in Vietnamese, like G "giê").
 * Body: 7 random symbols (26^7 ≈ 8·10^9) + 1 check symbol (Luhn mod 26: catches every single
 * wrong symbol, and every swap of two adjacent symbols except "2"↔"Y", the first and last
 * symbols of the alphabet). Codes must still be unique in the
 * database: on a unique-constraint violation the caller draws a new one.
 */
export const BOOKING_CODE_ALPHABET = READABLE_ALPHABET;
export const DEFAULT_BOOKING_CODE_PREFIX = 'HP';
const RANDOM_LENGTH = 7;

export type { RandomBytes };

function assertPrefix(prefix: string): void {
  if (!/^[A-Z]{1,4}$/.test(prefix))
    throw new RangeError(`booking code prefix must be 1–4 capital letters, got ${prefix}`);
}

/** Luhn mod 26 check symbol for `body` (all symbols from the alphabet). */
export const bookingCodeCheckSymbol = readableCheckSymbol;

const randomSymbols = randomReadableSymbols;

function format(prefix: string, body: string): string {
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** A new booking code, e.g. `HP-7K3M-Q9TX`. */
export function generateBookingCode(
  random: RandomBytes = secureRandomBytes,
  prefix: string = DEFAULT_BOOKING_CODE_PREFIX,
): string {
  assertPrefix(prefix);
  const body = randomSymbols(RANDOM_LENGTH, random);
  return format(prefix, body + bookingCodeCheckSymbol(body));
}

function bodyIsValid(body: string): boolean {
  if (body.length !== RANDOM_LENGTH + 1) return false;
  for (const c of body) if (!BOOKING_CODE_ALPHABET.includes(c)) return false;
  return bookingCodeCheckSymbol(body.slice(0, RANDOM_LENGTH)) === body[RANDOM_LENGTH];
}

/** True only for the canonical form `PREFIX-XXXX-XXXX` with a correct check symbol. */
export function isValidBookingCode(code: string, prefix: string = DEFAULT_BOOKING_CODE_PREFIX): boolean {
  if (typeof code !== 'string' || code.length !== prefix.length + 10) return false;
  if (!code.startsWith(`${prefix}-`) || code[prefix.length + 5] !== '-') return false;
  const body = code.slice(prefix.length + 1, prefix.length + 5) + code.slice(prefix.length + 6);
  return bodyIsValid(body);
}

/**
 * The canonical code from what a person typed or said: any case, spaces or hyphens, with or without
 * the prefix (`hp 7k3m q9tx`, `7K3MQ9TX`). Null when it is not a valid code.
 */
export function normalizeBookingCode(input: string, prefix: string = DEFAULT_BOOKING_CODE_PREFIX): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '');
  let body: string;
  if (compact.length === prefix.length + RANDOM_LENGTH + 1 && compact.startsWith(prefix))
    body = compact.slice(prefix.length);
  else if (compact.length === RANDOM_LENGTH + 1) body = compact;
  else return null;
  return bodyIsValid(body) ? format(prefix, body) : null;
}

// ---------------------------------------------------------------------------------------------
// Manage token: the secret that lets a citizen view or cancel a booking. Only its hash is stored.

const TOKEN_BYTES = 32;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url without padding (43 characters). */
export function generateManageToken(random: RandomBytes = secureRandomBytes): string {
  const bytes = random(TOKEN_BYTES);
  if (bytes.length !== TOKEN_BYTES) throw new Error('random source returned the wrong number of bytes');
  return Buffer.from(bytes).toString('base64url');
}

export function isManageTokenFormat(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_FORMAT.test(token);
}

/** SHA-256 of the token (UTF-8), lowercase hex: what the database stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex strings; false when either is not hex or lengths differ. */
export function timingSafeEqualHex(a: string, b: string): boolean {
  const hex = /^(?:[0-9a-fA-F]{2})*$/;
  if (typeof a !== 'string' || typeof b !== 'string' || !hex.test(a) || !hex.test(b)) return false;
  if (a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/** Whether `token` (as sent in `X-Manage-Token`) matches the stored hash. Malformed tokens never match. */
export function verifyManageToken(token: unknown, storedHash: string): boolean {
  if (!isManageTokenFormat(token)) return false;
  return timingSafeEqualHex(hashToken(token), storedHash);
}
