/**
 * Vietnamese text folding for matching: diacritics removed (NFC or NFD input alike),
 * đ → d, lower case. "Nguyễn Văn Ánh" → "nguyen van anh".
 */

const COMBINING_MARKS = /\p{M}/gu;

/** Folds one string: NFD, strip combining marks, đ/Đ (and the look-alike Ð) → d, lower case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase();
}

/** Folded alphanumeric tokens (syllables, for Vietnamese). */
export function tokenize(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/**
 * Folds `text` code point by code point and keeps, for every folded character, the index range
 * it came from in the NFC form of `text`, so that matches on the folded text can be mapped back.
 */
export function foldWithMap(text: string): { nfc: string; folded: string; start: number[]; end: number[] } {
  const nfc = text.normalize('NFC');
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of nfc) {
    const f = foldVietnamese(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { nfc, folded, start, end };
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
