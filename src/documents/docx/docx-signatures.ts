/**
 * Signatures and "Nơi nhận:" for DOCX, as borderless tables: one row for the roles and one
 * for the names (so names line up across signers), the recipients beside a single signer.
 */
import type { Paragraph, Table } from 'docx';
import type { AdministrativeDocument, SignatureBlock } from '../domain/document.model.js';
import {
  RECIPIENTS_LABEL,
  SIZE,
  recipientLines,
  recipientsBesideSigner,
  signatureRows,
  upperVi,
} from '../domain/decree30-layout.js';
import { cell, layoutTable, para } from './docx-parts.js';

/** Blank space for the handwritten signature and seal, in points. */
const SIGNING_SPACE = 62;

function roleParagraphs(sig: SignatureBlock): Paragraph[] {
  const role = { size: SIZE.signatureRole, bold: true, align: 'center', keepNext: true } as const;
  const out = [para(upperVi(sig.role), role)];
  if (sig.title) out.push(para(upperVi(sig.title), role));
  if (sig.note) out.push(para(sig.note, { size: SIZE.signatureRole, italic: true, align: 'center', keepNext: true }));
  return out;
}

const nameParagraph = (sig: SignatureBlock): Paragraph =>
  para(sig.name, { size: SIZE.signatureName, bold: true, align: 'center', before: SIGNING_SPACE });

function recipientParagraphs(doc: AdministrativeDocument): Paragraph[] {
  const lines = recipientLines(doc.recipients);
  if (lines.length === 0) return [];
  return [
    para(RECIPIENTS_LABEL, { size: SIZE.recipientsLabel, bold: true, italic: true, keepNext: true }),
    ...lines.map((l, i) => para(l, { size: SIZE.recipients, keepNext: i < lines.length - 1 })),
  ];
}

export function signatureElements(doc: AdministrativeDocument, textWidthTwips: number): (Paragraph | Table)[] {
  const half = Math.floor(textWidthTwips / 2);
  const spacer = para('', { size: 6, after: 6, keepNext: true });
  if (recipientsBesideSigner(doc)) {
    const [sig] = doc.signatures;
    return [
      spacer,
      layoutTable(
        [half, half],
        [
          [cell(half, recipientParagraphs(doc), 2), cell(half, roleParagraphs(sig))],
          [cell(half, [nameParagraph(sig)])],
        ],
      ),
    ];
  }
  const out: (Paragraph | Table)[] = [spacer];
  for (const row of signatureRows(doc.signatures)) {
    if (row.length === 1) {
      out.push(
        layoutTable(
          [half, half],
          [
            [cell(half, []), cell(half, roleParagraphs(row[0]))],
            [cell(half, []), cell(half, [nameParagraph(row[0])])],
          ],
        ),
      );
    } else {
      const w = Math.floor(textWidthTwips / row.length);
      out.push(
        layoutTable(
          row.map(() => w),
          [row.map((s) => cell(w, roleParagraphs(s))), row.map((s) => cell(w, [nameParagraph(s)]))],
        ),
      );
    }
    out.push(para('', { size: 6, after: 6 }));
  }
  out.push(...recipientParagraphs(doc));
  return out;
}
