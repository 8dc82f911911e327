/**
 * Width of a line of text in Times New Roman, measured with Tinos (metric-compatible), for
 * layout decisions the DOCX renderer must make itself (the length of the rule under the motto).
 */
import PDFDocument from 'pdfkit';
import { FONT_STYLES, SUBSETS, fontFile, fontName, splitBySubset, styleOf } from './pdf/fonts.js';

let measurer: PDFKit.PDFDocument | undefined;

function doc(): PDFKit.PDFDocument {
  if (!measurer) {
    measurer = new PDFDocument({ autoFirstPage: false });
    for (const style of FONT_STYLES) {
      for (const subset of SUBSETS) measurer.registerFont(fontName(style, subset), fontFile(style, subset));
    }
  }
  return measurer;
}

/** Width in points of `text` on one line at `size` points. */
export function measureText(text: string, size: number, opts: { bold?: boolean; italic?: boolean } = {}): number {
  const style = styleOf(opts.bold, opts.italic);
  const d = doc();
  return splitBySubset(text.normalize('NFC')).reduce(
    (sum, seg) => sum + d.font(fontName(style, seg.subset)).fontSize(size).widthOfString(seg.text),
    0,
  );
}
