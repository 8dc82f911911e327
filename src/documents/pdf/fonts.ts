/**
 * Tinos (metric-compatible with Times New Roman, SIL OFL) from `@fontsource/tinos`.
 *
 * Fontsource ships the font cut into unicode-range subsets; no single file covers Vietnamese:
 * the `latin` file lacks ă đ ĩ ũ ơ ư and U+1EA0–1EF9 (ạ ả … ỹ), the `vietnamese` file lacks the
 * plain ASCII letters. The PDF renderer therefore registers every subset and draws each
 * character with the subset whose range contains it. WOFF is used, not WOFF2: pdfkit's fontkit
 * reads both, but subsetting composite glyphs (ộ, ế …) from WOFF2 throws a RangeError.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type Subset = 'latin' | 'vietnamese' | 'latin-ext';

/** Lookup order: Vietnamese letters first, then Latin-1, then the extended Latin fallback. */
export const SUBSETS: readonly Subset[] = ['vietnamese', 'latin', 'latin-ext'];
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

const STYLE_FILE: Record<FontStyle, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
  boldItalic: '700-italic',
};

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/tinos/files/tinos-latin-400-normal.woff'));
const unicodeJson = join(packageDir, '..', 'unicode.json');

type Range = readonly [number, number];

/** Parses a CSS unicode-range list such as `U+0000-00FF,U+0131`. */
export function parseUnicodeRange(css: string): Range[] {
  return css.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/iu.exec(part);
    if (!m) throw new Error(`Bad unicode-range part: ${part}`);
    const lo = parseInt(m[1], 16);
    return [lo, m[2] ? parseInt(m[2], 16) : lo] as const;
  });
}

let ranges: Map<Subset, Range[]> | undefined;

function subsetRanges(): Map<Subset, Range[]> {
  if (!ranges) {
    const json = JSON.parse(readFileSync(unicodeJson, 'utf8')) as Record<string, string>;
    ranges = new Map(SUBSETS.map((s) => [s, parseUnicodeRange(json[s])]));
  }
  return ranges;
}

/** The subset that draws a code point; characters outside every range fall back to `latin`. */
export function subsetFor(codePoint: number): Subset {
  for (const [subset, list] of subsetRanges()) {
    if (list.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)) return subset;
  }
  return 'latin';
}

export interface SubsetSegment {
  readonly subset: Subset;
  readonly text: string;
}

/** Cuts text into maximal segments drawn with one subset file. */
export function splitBySubset(text: string): SubsetSegment[] {
  const out: { subset: Subset; text: string }[] = [];
  for (const ch of text) {
    const subset = subsetFor(ch.codePointAt(0) ?? 0);
    const last = out[out.length - 1];
    if (last && last.subset === subset) last.text += ch;
    else out.push({ subset, text: ch });
  }
  return out;
}

/** The pdfkit font name registered for a style and subset. */
export const fontName = (style: FontStyle, subset: Subset): string => `Tinos-${style}-${subset}`;

const fileCache = new Map<string, Buffer>();

/** The WOFF file of one style and subset. */
export function fontFile(style: FontStyle, subset: Subset): Buffer {
  const file = join(packageDir, `tinos-${subset}-${STYLE_FILE[style]}.woff`);
  let buf = fileCache.get(file);
  if (!buf) {
    buf = readFileSync(file);
    fileCache.set(file, buf);
  }
  return buf;
}

export const styleOf = (bold: boolean | undefined, italic: boolean | undefined): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
