import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { FONT_STYLES, SUBSETS, fontFile, fontName, parseUnicodeRange, splitBySubset, subsetFor } from './fonts.js';

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const VIETNAMESE = LOWER + LOWER.toLocaleUpperCase('vi') + '0123456789 .,;:!?()/-–"“”‘’…%²*';

/** The fontkit font behind a registered pdfkit font (pdfkit keeps it on the private `_font`). */
function glyphChecker(): (name: string, codePoint: number) => boolean {
  const doc = new PDFDocument({ autoFirstPage: false });
  for (const style of FONT_STYLES)
    for (const subset of SUBSETS) doc.registerFont(fontName(style, subset), fontFile(style, subset));
  return (name, cp) => {
    doc.font(name);
    const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
    return font.hasGlyphForCodePoint(cp);
  };
}

describe('Tinos subsets', () => {
  it('parses CSS unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+1EA0-1EF9')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x1ea0, 0x1ef9],
    ]);
    expect(() => parseUnicodeRange('0000-00FF')).toThrow();
  });

  it('sends ASCII to latin and Vietnamese-only letters to the vietnamese subset', () => {
    expect(subsetFor('a'.codePointAt(0)!)).toBe('latin');
    expect(subsetFor('é'.codePointAt(0)!)).toBe('latin');
    for (const ch of 'ăđĩũơưạếỹĂĐƠƯ') expect(subsetFor(ch.codePointAt(0)!)).toBe('vietnamese');
    expect(subsetFor('Ł'.codePointAt(0)!)).toBe('latin-ext');
  });

  it('splits text into maximal one-subset segments that join back to the input', () => {
    const segments = splitBySubset('Cộng hòa Việt Nam');
    expect(segments.map((s) => s.text).join('')).toBe('Cộng hòa Việt Nam');
    expect(segments.map((s) => s.subset)).toEqual(['latin', 'vietnamese', 'latin', 'vietnamese', 'latin']);
  });

  it('has a real glyph for every Vietnamese character, in every style, in the subset chosen for it', () => {
    const has = glyphChecker();
    const missing: string[] = [];
    for (const style of FONT_STYLES) {
      for (const ch of VIETNAMESE) {
        const cp = ch.codePointAt(0)!;
        if (!has(fontName(style, subsetFor(cp)), cp)) missing.push(`${style}:${ch}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('needs both files: neither the latin nor the vietnamese file covers Vietnamese alone', () => {
    const has = glyphChecker();
    const covered = (subset: (typeof SUBSETS)[number]) =>
      [...VIETNAMESE].every((ch) => has(fontName('regular', subset), ch.codePointAt(0)!));
    expect(covered('latin')).toBe(false);
    expect(covered('vietnamese')).toBe(false);
  });

  it('loads WOFF files (WOFF2 composite glyphs break pdfkit subsetting)', () => {
    expect(fontFile('regular', 'latin').subarray(0, 4).toString('latin1')).toBe('wOFF');
  });
});
