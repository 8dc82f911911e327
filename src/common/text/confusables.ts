/**
 * Letters of other alphabets drawn like Latin letters (Cyrillic and Greek homoglyphs, plus a few Latin variants),
 * mapped to the Latin letter they imitate. Used only to compare text (identity matching), never to rewrite what is
 * stored. Upper and lower case are mapped separately because they imitate different letters (Greek "Η" looks like
 * "H", "η" like "n"); the result is lower-cased afterwards.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic capitals
  ['А', 'A'], ['В', 'B'], ['С', 'C'], ['Е', 'E'], ['Ё', 'E'], ['Н', 'H'], ['І', 'I'], ['Ї', 'I'], ['Ј', 'J'], ['К', 'K'],
  ['М', 'M'], ['О', 'O'], ['Р', 'P'], ['Ѕ', 'S'], ['Т', 'T'], ['У', 'Y'], ['Ү', 'Y'], ['Х', 'X'], ['Ԁ', 'D'], ['Ԛ', 'Q'],
  ['Ԝ', 'W'], ['Ӏ', 'I'], ['Ь', 'b'], ['З', '3'],
  // Cyrillic small letters
  ['а', 'a'], ['в', 'b'], ['с', 'c'], ['е', 'e'], ['ё', 'e'], ['һ', 'h'], ['н', 'h'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'],
  ['к', 'k'], ['м', 'm'], ['о', 'o'], ['р', 'p'], ['ԛ', 'q'], ['ѕ', 's'], ['т', 't'], ['у', 'y'], ['ү', 'y'], ['х', 'x'],
  ['ԁ', 'd'], ['ԝ', 'w'], ['ӏ', 'l'], ['ь', 'b'], ['п', 'n'], ['г', 'r'], ['ѵ', 'v'],
  // Greek capitals
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'], ['Ο', 'O'],
  ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'], ['Ϲ', 'C'], ['Ϳ', 'J'],
  // Greek small letters
  ['α', 'a'], ['β', 'b'], ['γ', 'y'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'],
  ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['ϲ', 'c'], ['ϳ', 'j'], ['ω', 'w'],
  // Latin variants NFKC keeps apart
  ['ı', 'i'], ['ȷ', 'j'], ['ɑ', 'a'], ['ɡ', 'g'], ['ɩ', 'i'], ['ʏ', 'y'], ['ꓲ', 'I'], ['ſ', 's'],
  ['Đ', 'D'], ['đ', 'd'], ['Ð', 'D'], ['ð', 'd'], ['Ɖ', 'D'], ['ɖ', 'd'], ['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'],
];

const TABLE: ReadonlyMap<string, string> = new Map(PAIRS);

/** The Latin letter `ch` (one code point) imitates, or `ch` itself. */
export function latinLookalike(ch: string): string {
  return TABLE.get(ch) ?? ch;
}

/** Every (look-alike, Latin) pair, for tests that disguise text. */
export const CONFUSABLE_PAIRS = PAIRS;
