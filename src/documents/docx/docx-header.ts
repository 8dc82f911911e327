/** The Decree 30 header block (2-column borderless table) and the title for DOCX. */
import type { Paragraph, Table } from 'docx';
import type { AdministrativeDocument } from '../domain/document.model.js';
import {
  SHORT_RULE_SHARE,
  SIZE,
  headerColumnsMm,
  headerTitle,
  mmToTwip,
  numberLine,
  upperVi,
} from '../domain/decree30-layout.js';
import { measureText } from '../text-measure.js';
import { placeDateLine } from '../domain/vietnamese-format.js';
import { cell, layoutTable, para, ptToTwip, ruleParagraph } from './docx-parts.js';

/** Width in twips of text on one line, capped at the box it sits in. */
const lineTwips = (text: string, size: number, box: number, bold = false): number =>
  Math.min(box, ptToTwip(measureText(text, size, { bold })));

/**
 * Row 1: issuer (parent, body, short rule or `*`) | national title, motto and its rule.
 * Row 2: the number | the place-and-date line, so both share one baseline.
 * In landscape an empty middle column pushes the right column to the right margin.
 */
export function headerTable(doc: AdministrativeDocument, textWidthTwips: number): Table {
  const cols = headerColumnsMm(doc.kind);
  const left = mmToTwip(cols.left);
  const right = mmToTwip(cols.right);
  const middle = Math.max(0, textWidthTwips - left - right);

  const issuer: Paragraph[] = [];
  if (doc.issuingBodyParent) {
    issuer.push(para(upperVi(doc.issuingBodyParent), { size: SIZE.issuingBody, align: 'center' }));
  }
  const body = upperVi(doc.issuingBody);
  issuer.push(para(body, { size: SIZE.issuingBody, bold: true, align: 'center' }));
  if (doc.kind === 'party') issuer.push(para('*', { size: SIZE.issuingBody, align: 'center' }));
  else issuer.push(ruleParagraph(lineTwips(body, SIZE.issuingBody, left, true) * SHORT_RULE_SHARE, left));

  const { title, motto } = headerTitle(doc.kind);
  const titleSize = doc.kind === 'party' ? SIZE.partyTitle : SIZE.nationalTitle;
  const national: Paragraph[] = [para(title, { size: titleSize, bold: true, align: 'center' })];
  if (motto) national.push(para(motto, { size: SIZE.motto, bold: true, align: 'center' }));
  const ruled = motto ? lineTwips(motto, SIZE.motto, right, true) : lineTwips(title, titleSize, right, true);
  national.push(ruleParagraph(ruled, right));

  const num = numberLine(doc.kind, doc.number);
  const numberCell = num ? [para(num, { size: SIZE.number, align: 'center', before: 6 })] : [];
  const date = placeDateLine(doc.placeAndDate.place, doc.placeAndDate.date);
  const dateCell = [para(date, { size: SIZE.placeDate, italic: true, align: 'center', before: 6 })];

  const widths = middle > 0 ? [left, middle, right] : [left, right];
  const row = (a: Paragraph[], b: Paragraph[]) =>
    middle > 0 ? [cell(left, a), cell(middle, []), cell(right, b)] : [cell(left, a), cell(right, b)];
  return layoutTable(widths, [row(issuer, national), row(numberCell, dateCell)]);
}

/** Title ("THÔNG BÁO"), the optional summary line, and the short rule beneath. */
export function titleParagraphs(doc: AdministrativeDocument, textWidthTwips: number): Paragraph[] {
  const out: Paragraph[] = [
    para(upperVi(doc.title), { size: SIZE.title, bold: true, align: 'center', before: 20, keepNext: true }),
  ];
  let last = lineTwips(upperVi(doc.title), SIZE.title, textWidthTwips, true);
  if (doc.subtitle) {
    out.push(para(doc.subtitle, { size: SIZE.subtitle, bold: true, align: 'center', keepNext: true }));
    last = lineTwips(doc.subtitle, SIZE.subtitle, textWidthTwips * 0.8, true);
  }
  const rule = Math.min(last, textWidthTwips * 0.5) * SHORT_RULE_SHARE * 1.5;
  out.push(ruleParagraph(rule, textWidthTwips, true));
  out.push(para('', { size: 6, after: 6 }));
  return out;
}
