/**
 * The matching form of a text, used to find a person's name, ID number or phone number however it is disguised:
 *
 * 1. Unicode NFKC per character (full-width digits and letters, ligatures, circled digits → plain ones);
 * 2. invisible and format characters removed (zero-width, bidi controls, soft hyphen, …: Unicode category Cf) and
 *    control characters other than line breaks and tabs;
 * 3. letters of other alphabets that look like Latin ones (Cyrillic, Greek) mapped to Latin;
 * 4. diacritics removed (NFD, then combining marks dropped; NFC and NFD input alike), đ → d;
 * 5. lower case.
 *
 * Separators are kept (the matcher decides where they may appear). Each character of the folded text remembers the
 * range of the ORIGINAL text it came from, so a match found on the folded text is replaced in the original text.
 */
import { latinLookalike } from './confusables.js';

export interface FoldedText {
  /** The matching form (only ASCII letters and digits come from letters and digits). */
  readonly folded: string;
  /** `start[i]`, `end[i]`: the range of the original text the folded character `i` comes from. */
  readonly start: readonly number[];
  readonly end: readonly number[];
}

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u115F\u1160\u3164\uFFA0]/gu;

/** The folded form of one cluster (a base character with its combining marks). */
function foldCluster(cluster: string): string {
  // Look-alikes are mapped before NFKC too: NFKC turns some of them into other non-Latin letters (ϲ → ς).
  const compat = [...cluster].map(latinLookalike).join('').normalize('NFKC').replace(INVISIBLE, '');
  let out = '';
  for (const ch of compat.normalize('NFD')) {
    if (MARK.test(ch)) continue;
    out += latinLookalike(ch);
  }
  return out.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** Splits `text` into clusters (a code point and the combining marks or invisibles that follow it), with offsets. */
function* clusters(text: string): Generator<[string, number]> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const startAt = i;
    const first = text.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    while (i < n) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!MARK.test(ch)) break;
      i += ch.length;
    }
    yield [text.slice(startAt, i), startAt];
  }
}

/** The matching form of `text` with its map back to `text`'s offsets. */
export function foldForMatch(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  for (const [cluster, at] of clusters(text)) {
    const f = foldCluster(cluster);
    for (let k = 0; k < f.length; k++) {
      start.push(at);
      end.push(at + cluster.length);
    }
    folded += f;
  }
  return { folded, start, end };
}

/** Only the matching form. */
export function foldText(text: string): string {
  return foldForMatch(text).folded;
}
