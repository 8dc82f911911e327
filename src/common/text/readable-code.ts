/**
 * The symbols of every code a person reads aloud or types from paper (booking codes, petition lookup codes and
 * secrets): the digits 2–9 and 18 letters (26 symbols). Left out: 0 and O, 1, I and L, U (like V), B (like 8), S (like
 * 5), Z (like 2), and J (read "gi" in Vietnamese, like G "giê").
 */
export const READABLE_ALPHABET = '23456789ACDEFGHKMNPQRTVWXY';
const N = READABLE_ALPHABET.length;

/** Source of random bytes (the process's CSPRNG through the random pool in production); injectable for tests. */
export type RandomBytes = (size: number) => Uint8Array;

/** `count` unbiased random symbols, by rejection sampling: bytes ≥ 234 (= 9 × 26) are thrown away. */
export function randomReadableSymbols(count: number, random: RandomBytes): string {
  const limit = 256 - (256 % N);
  let out = '';
  for (let round = 0; out.length < count; round += 1) {
    if (round > 64) throw new Error('random source keeps returning unusable bytes');
    for (const byte of random(count * 2)) {
      if (byte < limit) out += READABLE_ALPHABET[byte % N];
      if (out.length === count) break;
    }
  }
  return out;
}

/**
 * Luhn mod 26 check symbol of `body` (symbols of the alphabet only): catches every single wrong symbol and every swap
 * of two adjacent symbols except "2"↔"Y" (the first and last symbols).
 */
export function readableCheckSymbol(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    const value = READABLE_ALPHABET.indexOf(body[i]!);
    if (value < 0) throw new RangeError(`not a code symbol: ${body[i]}`);
    const addend = factor * value;
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return READABLE_ALPHABET[(N - (sum % N)) % N]!;
}
