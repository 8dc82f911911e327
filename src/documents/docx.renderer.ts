/**
 * Renders an `AdministrativeDocument` to DOCX (the `docx` package) in the Decree 30/2020/NĐ-CP
 * layout: A4, margins 20/20/30/15 mm, Times New Roman, header block as a borderless 2-column
 * table, page numbers centred in the top margin from page 2 (different first-page header),
 * signature blocks and "Nơi nhận:"; landscape for wide registers.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { AdministrativeDocument } from './domain/document.model.js';
import {
  FONT_NAME,
  HEADER_MM,
  MARGIN_MM,
  PAGE_MM,
  SIZE,
  assertRenderable,
  mmToTwip,
  pageGeometryMm,
  upperVi,
} from './domain/decree30-layout.js';
import { blockElements } from './docx/docx-body.js';
import { headerTable, titleParagraphs } from './docx/docx-header.js';
import { halfPoints } from './docx/docx-parts.js';
import { signatureElements } from './docx/docx-signatures.js';

const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, cs: FONT_NAME, eastAsia: FONT_NAME };

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });

export async function renderDocx(doc: AdministrativeDocument): Promise<Buffer> {
  assertRenderable(doc);
  const orientation = doc.orientation ?? 'portrait';
  const textWidth = mmToTwip(pageGeometryMm(orientation).textWidth);
  const document = new Document({
    creator: 'tiepdan',
    title: [upperVi(doc.title), doc.subtitle].filter(Boolean).join(' ').normalize('NFC'),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(SIZE.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { line: 264 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mmToTwip(PAGE_MM.width),
              height: mmToTwip(PAGE_MM.height),
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(MARGIN_MM.top),
              bottom: mmToTwip(MARGIN_MM.bottom),
              left: mmToTwip(MARGIN_MM.left),
              right: mmToTwip(MARGIN_MM.right),
              header: mmToTwip(HEADER_MM) - mmToTwip(2),
              footer: mmToTwip(10),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [
          headerTable(doc, textWidth),
          ...titleParagraphs(doc, textWidth),
          ...doc.blocks.flatMap((b) => blockElements(b, textWidth)),
          ...signatureElements(doc, textWidth),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
