/**
 * Finding (and removing) a sealed identity in free text: the denouncer's name, ID number or
 * phone number. Matching ignores case and Vietnamese diacritics and works on NFC and NFD text.
 */
import { escapeRegExp, foldVietnamese, foldWithMap, tokenize } from './text-normalize.js';

export interface SealedIdentity {
  fullName?: string | null;
  idNumber?: string | null;
  phone?: string | null;
}

export const REDACTION_MARK = '[đã ẩn]';

const SEPARATOR = '[ .\\-]?';

/** Regex source for a name on folded text: its syllables in order, separated by spaces or punctuation. */
function nameSource(fullName: string): string | null {
  const tokens = tokenize(fullName);
  if (tokens.length === 0) return null;
  return `(?<![a-z0-9])${tokens.map(escapeRegExp).join('[^a-z0-9]{1,3}')}(?![a-z0-9])`;
}

/** Regex source for an ID/phone number on folded text, tolerating a space, dot or dash between characters. */
function numberSource(value: string, bounded: boolean): string | null {
  const chars = [...foldVietnamese(value).replace(/[^a-z0-9]/g, '')];
  if (chars.length < 4) return null;
  const body = chars.map(escapeRegExp).join(SEPARATOR);
  return bounded ? `(?<![a-z0-9])${body}(?![a-z0-9])` : body;
}

/** Decodes the escapes a JSON body, an URL or HTML may carry, so an escaped name is still found. */
function decodedVariants(text: string): string[] {
  const variants = [text];
  const unescaped = text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)));
  if (unescaped !== text) variants.push(unescaped);
  if (/%[0-9a-fA-F]{2}/.test(unescaped)) {
    try {
      variants.push(decodeURIComponent(unescaped.replace(/\+/g, ' ')));
    } catch {
      // not valid percent-encoding: the raw variants are enough
    }
  }
  return variants;
}

/**
 * True when `text` contains the name (syllables in order, any case, with or without
 * diacritics, separated by spaces/punctuation, or run together as in "NguyenVanAn"), the ID
 * number or the phone number (digits possibly separated by spaces, dots or dashes). Meant for
 * tests and guards that scan response bodies and log lines; deliberately more eager than
 * `scrubIdentity`.
 */
export function containsSealedIdentity(text: string, identity: SealedIdentity): boolean {
  const patterns: RegExp[] = [];
  if (identity.fullName) {
    const src = nameSource(identity.fullName);
    if (src) patterns.push(new RegExp(src));
    const tokens = tokenize(identity.fullName);
    const squashed = tokens.join('');
    if (tokens.length >= 2 && squashed.length >= 6) patterns.push(new RegExp(escapeRegExp(squashed)));
  }
  for (const n of [identity.idNumber, identity.phone]) {
    const src = n ? numberSource(n, false) : null;
    if (src) patterns.push(new RegExp(src));
  }
  if (patterns.length === 0) return false;
  return decodedVariants(text).some((variant) => {
    const folded = foldVietnamese(variant);
    return patterns.some((p) => p.test(folded));
  });
}

/**
 * Replaces every occurrence of the name, ID number and phone number in `text` by `mark`.
 * The result is the NFC form of `text` with the matched spans replaced.
 */
export function scrubIdentity(text: string, identity: SealedIdentity, mark: string = REDACTION_MARK): string {
  const sources: string[] = [];
  if (identity.fullName) {
    const src = nameSource(identity.fullName);
    if (src) sources.push(src);
  }
  for (const n of [identity.idNumber, identity.phone]) {
    const src = n ? numberSource(n, true) : null;
    if (src) sources.push(src);
  }
  if (sources.length === 0) return text.normalize('NFC');
  const { nfc, folded, start, end } = foldWithMap(text);
  const re = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g');
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(re)) {
    if (m[0].length === 0) continue;
    const a = start[m.index];
    const b = end[m.index + m[0].length - 1];
    const last = spans.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  let out = '';
  let pos = 0;
  for (const [a, b] of spans) {
    out += nfc.slice(pos, a) + mark;
    pos = b;
  }
  return out + nfc.slice(pos);
}
