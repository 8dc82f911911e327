/**
 * Renders an `AdministrativeDocument` to PDF (pdfkit, embedded Tinos fonts covering Vietnamese)
 * in the Decree 30/2020/NĐ-CP layout: A4, margins 20/20/30/15 mm, header block, title, body,
 * signatures and "Nơi nhận:", page numbers centred in the top margin from page 2.
 */
import type { AdministrativeDocument, Block } from './domain/document.model.js';
import {
  FIRST_LINE_INDENT_MM,
  HEADER_MM,
  SIZE,
  assertRenderable,
  listPrefix,
  mmToPt,
  toRuns,
  upperVi,
} from './domain/decree30-layout.js';
import { PdfCanvas } from './pdf/pdf-canvas.js';
import { drawHeader, drawSignatures, drawTitle } from './pdf/pdf-header.js';
import { drawTable } from './pdf/pdf-table.js';
import { drawChart } from './pdf/pdf-chart.js';

/** Space after each paragraph (the decree asks for at least 6 pt). */
const PARAGRAPH_SPACING = 6;

function drawBlock(canvas: PdfCanvas, block: Block): void {
  const indent = mmToPt(FIRST_LINE_INDENT_MM);
  switch (block.type) {
    case 'paragraph':
      canvas.flow(block.content, {
        size: SIZE.body,
        align: block.align ?? 'justify',
        indent: block.indent === false ? 0 : indent,
      });
      break;
    case 'heading':
      canvas.ensure(SIZE.body * 4); // keep a heading with the lines that follow it
      canvas.flow(block.text, {
        size: SIZE.body,
        bold: true,
        align: block.align === 'center' ? 'center' : 'justify',
        indent: block.align === 'center' ? 0 : indent,
      });
      break;
    case 'list':
      block.items.forEach((item, i) => {
        const prefix = listPrefix(block.style, block.start, i);
        canvas.flow([{ text: `${prefix} ` }, ...toRuns(item)], { size: SIZE.body, align: 'justify', indent });
        if (i < block.items.length - 1) canvas.y += PARAGRAPH_SPACING / 2;
      });
      break;
    case 'table':
      drawTable(canvas, block);
      break;
    case 'chart':
      drawChart(canvas, block);
      break;
  }
  canvas.y += PARAGRAPH_SPACING;
}

export async function renderPdf(doc: AdministrativeDocument): Promise<Buffer> {
  assertRenderable(doc);
  const canvas = new PdfCanvas(doc.orientation ?? 'portrait', {
    title: [upperVi(doc.title), doc.subtitle].filter(Boolean).join(' ').normalize('NFC'),
    author: upperVi(doc.issuingBody),
  });
  drawHeader(canvas, doc);
  drawTitle(canvas, doc);
  for (const block of doc.blocks) drawBlock(canvas, block);
  drawSignatures(canvas, doc);
  canvas.numberPages(SIZE.pageNumber, mmToPt(HEADER_MM));
  return canvas.finish();
}
