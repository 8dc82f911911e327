/**
 * Finding (and removing) a sealed identity in free text: the denouncer's name, ID number or
 * phone number. Matching works on the matching form of `src/common/text/match-fold.ts` (NFKC,
 * invisible characters removed, Cyrillic/Greek look-alikes mapped to Latin, diacritics and case
 * ignored), so a name or number disguised with zero-width characters, homoglyphs, full-width
 * digits, NFD diacritics or separators inside numbers is still found; the matches are replaced
 * in the original text through the folded form's map back to the original offsets.
 */
import { foldForMatch, foldText } from '../../common/text/match-fold.js';
import { escapeRegExp } from './text-normalize.js';

export interface SealedIdentity {
  fullName?: string | null;
  idNumber?: string | null;
  phone?: string | null;
}

export const REDACTION_MARK = '[đã ẩn]';

/**
 * Between two characters of a number: up to three separators (spaces, dots, commas, dashes, slashes, brackets…).
 * An explicit class: a Unicode property class here makes every compilation of the pattern slow.
 */
const NUMBER_SEPARATOR = '[\\t \\u00A0.,:;/\\\\_()\\[\\]\'"*#~+\\-\\u2010-\\u2015\\u00B7\\u2022\\u2219\\u30FB]{0,3}';
/** Between two syllables of a name: one to three non-alphanumerics (spaces, punctuation, a line break). */
const NAME_SEPARATOR = '[^a-z0-9]{1,3}';

/** Folded alphanumeric tokens of a name. */
function nameTokens(fullName: string): string[] {
  return foldText(fullName)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Regex sources for a name on folded text: its syllables in order, separated, or run together when long enough. */
function nameSources(fullName: string): string[] {
  const tokens = nameTokens(fullName);
  if (tokens.length === 0) return [];
  const bound = (body: string) => `(?<![a-z0-9])${body}(?![a-z0-9])`;
  const sources = [bound(tokens.map(escapeRegExp).join(NAME_SEPARATOR))];
  const squashed = tokens.join('');
  if (tokens.length >= 2 && squashed.length >= 6) sources.push(bound(escapeRegExp(squashed)));
  return sources;
}

/** The folded alphanumerics of an ID or phone number, and its other written forms (+84 for a Vietnamese phone). */
function numberForms(value: string): string[] {
  const chars = foldText(value).replace(/[^a-z0-9]/g, '');
  if (chars.length < 4) return [];
  const forms = [chars];
  if (/^0\d{8,10}$/.test(chars)) forms.push(`84${chars.slice(1)}`);
  return forms;
}

/**
 * Regex source for a number on folded text, tolerating separators between its characters. Bounded: not inside a
 * longer number (a digit next to it), nor inside a longer word when it starts or ends with a letter.
 */
function numberSource(chars: string, bounded: boolean): string {
  const body =
    (chars.startsWith('84') ? `(?:\\+${NUMBER_SEPARATOR})?` : '') + [...chars].map(escapeRegExp).join(NUMBER_SEPARATOR);
  if (!bounded) return body;
  const edge = (c: string) => (/\d/.test(c) ? '[0-9]' : '[a-z0-9]');
  return `(?<!${edge(chars[0]!)})${body}(?!${edge(chars.at(-1)!)})`;
}

function numberSources(identity: SealedIdentity, bounded: boolean): string[] {
  return [identity.idNumber, identity.phone].flatMap((n) =>
    n ? numberForms(n).map((f) => numberSource(f, bounded)) : [],
  );
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
 * number or the phone number (possibly with separators), however disguised (see the file
 * comment). Meant for tests and guards that scan response bodies and log lines; deliberately
 * more eager than `scrubIdentity` (numbers and run-together names also inside longer tokens).
 */
export function containsSealedIdentity(text: string, identity: SealedIdentity): boolean {
  const sources = identity.fullName ? nameSources(identity.fullName) : [];
  if (identity.fullName) {
    const squashed = nameTokens(identity.fullName).join('');
    if (nameTokens(identity.fullName).length >= 2 && squashed.length >= 6) sources.push(escapeRegExp(squashed));
  }
  sources.push(...numberSources(identity, false));
  if (sources.length === 0) return false;
  const patterns = sources.map((s) => new RegExp(s));
  return decodedVariants(text).some((variant) => {
    const folded = foldText(variant);
    return patterns.some((p) => p.test(folded));
  });
}

/**
 * Replaces every occurrence of the name, ID number and phone number in `text` by `mark`.
 * Text where nothing is found is returned as it is; otherwise the result is the NFC form of
 * `text` with the matched spans replaced.
 */
export function scrubIdentity(text: string, identity: SealedIdentity, mark: string = REDACTION_MARK): string {
  const sources = [...(identity.fullName ? nameSources(identity.fullName) : []), ...numberSources(identity, true)];
  if (sources.length === 0) return text;
  const { folded, start, end } = foldForMatch(text);
  const re = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g');
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(re)) {
    if (m[0].length === 0) continue;
    const a = start[m.index]!;
    const b = end[m.index + m[0].length - 1]!;
    const last = spans.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const [a, b] of spans) {
    out += text.slice(pos, a) + mark;
    pos = b;
  }
  return (out + text.slice(pos)).normalize('NFC');
}
