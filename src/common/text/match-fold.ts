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
// eslint-disable-next-line no-control-regex -- removing control characters is the purpose of this pattern
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u115F\u1160\u3164\uFFA0]/gu;

/** Folded clusters already seen (Vietnamese text uses a few hundred); bounded so crafted input cannot grow it. */
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 8192;

/** The folded form of one cluster, from the cache when possible; ASCII directly. */
function foldClusterCached(cluster: string): string {
  if (cluster.length === 1) {
    const c = cluster.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : cluster;
  }
  let f = CACHE.get(cluster);
  if (f === undefined) {
    f = foldCluster(cluster);
    if (CACHE.size < CACHE_LIMIT) CACHE.set(cluster, f);
  }
  return f;
}

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

/** Whether the code point at `i` is a combining mark (all of them are at U+0300 or above). */
function isMarkAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) < 0x300) return false;
  return MARK.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * The matching form of `text` with its map back to `text`'s offsets. The text is cut into clusters (a code point and
 * the combining marks that follow it), each folded as a whole.
 */
export function foldForMatch(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const at = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < n && isMarkAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    const f = foldClusterCached(text.slice(at, i));
    for (let k = 0; k < f.length; k++) {
      start.push(at);
      end.push(i);
    }
    folded += f;
  }
  return { folded, start, end };
}

/** Only the matching form. */
export function foldText(text: string): string {
  return foldForMatch(text).folded;
}
