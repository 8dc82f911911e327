/**
 * A thin layer over a pdfkit document: Tinos fonts per subset, measurement, drawing of laid-out
 * lines at exact positions, and a vertical cursor with page breaks. All units are points.
 */
import PDFDocument from 'pdfkit';
import type { Alignment, Orientation, RichText } from '../domain/document.model.js';
import { MARGIN_MM, NO_BREAK_HYPHEN, mmToPt, pageGeometryMm, toRuns } from '../domain/decree30-layout.js';
import { FONT_STYLES, SUBSETS, fontFile, fontName, splitBySubset, styleOf, type FontStyle } from './fonts.js';
import { breakLines, wordOffsets, type LayoutLine, type StyledRun } from './text-layout.js';

/** Line height as a multiple of the font size. */
export const LINE_FACTOR = 1.2;

export interface TextOptions {
  readonly size: number;
  readonly align?: Alignment;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly indent?: number;
}

export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = mmToPt(MARGIN_MM.left);
  readonly top = mmToPt(MARGIN_MM.top);
  readonly bottom: number;
  readonly textWidth: number;
  y: number;

  constructor(
    readonly orientation: Orientation,
    info: { title: string; author: string },
  ) {
    const geo = pageGeometryMm(orientation);
    this.pageWidth = mmToPt(geo.width);
    this.pageHeight = mmToPt(geo.height);
    this.textWidth = mmToPt(geo.textWidth);
    this.bottom = this.pageHeight - mmToPt(MARGIN_MM.bottom);
    this.doc = new PDFDocument({
      size: 'A4',
      layout: orientation,
      margins: { top: this.top, bottom: mmToPt(MARGIN_MM.bottom), left: this.left, right: mmToPt(MARGIN_MM.right) },
      bufferPages: true,
      info: { Title: info.title, Author: info.author, Creator: 'tiepdan' },
      lang: 'vi-VN',
    });
    for (const style of FONT_STYLES) {
      for (const subset of SUBSETS) this.doc.registerFont(fontName(style, subset), fontFile(style, subset));
    }
    this.y = this.top;
  }

  readonly measure = (text: string, style: FontStyle, size: number): number =>
    splitBySubset(text).reduce(
      (sum, seg) => sum + this.doc.font(fontName(style, seg.subset)).fontSize(size).widthOfString(seg.text),
      0,
    );

  /** Runs of rich text with a default style and size. */
  runs(content: RichText, opts: TextOptions): StyledRun[] {
    // The PDF line breaker never breaks at a hyphen, so a no-break hyphen is drawn as the plain one (same glyph).
    return toRuns(content).map((r) => ({
      text: r.text.replaceAll(NO_BREAK_HYPHEN, '-'),
      style: styleOf(r.bold ?? opts.bold, r.italic ?? opts.italic),
      size: opts.size,
    }));
  }

  layout(content: RichText, width: number, opts: TextOptions): LayoutLine[] {
    return breakLines(this.runs(content, opts), width, opts.indent ?? 0, this.measure);
  }

  /**
   * Like `layout`, but for centred headings: the narrowest width that needs no more lines than
   * `width` does, so a wrapped title splits into lines of similar length (no orphan word).
   */
  balancedLayout(content: RichText, width: number, opts: TextOptions): LayoutLine[] {
    const lines = this.layout(content, width, opts);
    if (lines.length < 2 || lines.some((l) => l.last && l !== lines[lines.length - 1])) return lines;
    let lo = width / lines.length;
    let hi = width;
    let best = lines;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      const attempt = this.layout(content, mid, opts);
      if (attempt.length <= lines.length) {
        best = attempt;
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return best;
  }

  lineHeight(line: LayoutLine, fallbackSize: number): number {
    return (line.size || fallbackSize) * LINE_FACTOR;
  }

  heightOf(lines: readonly LayoutLine[], size: number): number {
    return lines.reduce((h, l) => h + this.lineHeight(l, size), 0);
  }

  /** Draws one line whose box starts at (x, y) and is `width` wide. */
  drawLine(line: LayoutLine, x: number, y: number, width: number, align: Alignment): void {
    const offsets = wordOffsets(line, width, align);
    line.words.forEach((word, i) => {
      let cx = x + offsets[i];
      for (const frag of word.fragments) {
        for (const seg of splitBySubset(frag.text)) {
          this.doc.font(fontName(frag.style, seg.subset)).fontSize(frag.size);
          this.doc.text(seg.text, cx, y, { lineBreak: false });
          cx += this.doc.widthOfString(seg.text);
        }
      }
    });
  }

  /** Draws lines top-down from (x, y) without page breaks; returns the y below them. */
  drawLines(lines: readonly LayoutLine[], x: number, y: number, width: number, align: Alignment, size: number): number {
    let cy = y;
    for (const line of lines) {
      this.drawLine(line, x, cy, width, align);
      cy += this.lineHeight(line, size);
    }
    return cy;
  }

  /** Flowing text at the cursor across the full text width, breaking pages between lines. */
  flow(content: RichText, opts: TextOptions): void {
    const lines = this.layout(content, this.textWidth, opts);
    for (const line of lines) {
      const h = this.lineHeight(line, opts.size);
      this.ensure(h);
      this.drawLine(line, this.left, this.y, this.textWidth, opts.align ?? 'justify');
      this.y += h;
    }
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > this.top + 0.01) this.newPage();
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', layout: this.orientation, margins: this.doc.page.margins });
    this.y = this.top;
  }

  hRule(x1: number, x2: number, y: number, lineWidth = 0.6): void {
    this.doc.save().lineWidth(lineWidth).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /** Page numbers centred in the top margin of every page but the first. */
  numberPages(size: number, centreFromTop: number): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const [line] = this.layout(String(i - range.start + 1), this.textWidth, { size });
      this.drawLine(line, this.left, centreFromTop - (size * LINE_FACTOR) / 2, this.textWidth, 'center');
    }
  }

  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
