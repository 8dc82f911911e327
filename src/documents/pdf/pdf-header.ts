/**
 * The fixed parts of a Decree 30 page in PDF: header block, title and subtitle, and the
 * signature area with "Nơi nhận:".
 */
import type { AdministrativeDocument, SignatureBlock } from '../domain/document.model.js';
import {
  RECIPIENTS_LABEL,
  SHORT_RULE_SHARE,
  SIZE,
  headerColumnsMm,
  headerTitle,
  mmToPt,
  numberLine,
  recipientLines,
  recipientsBesideSigner,
  signatureRows,
  upperVi,
} from '../domain/decree30-layout.js';
import { placeDateLine } from '../domain/vietnamese-format.js';
import type { PdfCanvas, TextOptions } from './pdf-canvas.js';
import type { LayoutLine } from './text-layout.js';

/** Blank space left for the handwritten signature and seal. */
const SIGNING_SPACE = 62;

const maxLineWidth = (lines: readonly LayoutLine[]): number => Math.max(0, ...lines.map((l) => l.width));

/** Centred text in a column, lines balanced; returns the y below it and the widest line. */
function centred(canvas: PdfCanvas, text: string, x: number, y: number, w: number, opts: TextOptions) {
  const lines = canvas.balancedLayout(text, w, opts);
  const bottom = canvas.drawLines(lines, x, y, w, 'center', opts.size);
  return { bottom, width: maxLineWidth(lines) };
}

export function drawHeader(canvas: PdfCanvas, doc: AdministrativeDocument): void {
  const columns = headerColumnsMm(doc.kind);
  const leftW = mmToPt(columns.left);
  const rightW = mmToPt(columns.right);
  const lx = canvas.left;
  const rx = canvas.left + canvas.textWidth - rightW;
  const top = canvas.y;

  let ly = top;
  if (doc.issuingBodyParent) {
    ly = centred(canvas, upperVi(doc.issuingBodyParent), lx, ly, leftW, { size: SIZE.issuingBody }).bottom;
  }
  const body = centred(canvas, upperVi(doc.issuingBody), lx, ly, leftW, { size: SIZE.issuingBody, bold: true });
  ly = body.bottom;
  if (doc.kind === 'party') {
    ly = centred(canvas, '*', lx, ly, leftW, { size: SIZE.issuingBody }).bottom;
  } else {
    const rule = body.width * SHORT_RULE_SHARE;
    canvas.hRule(lx + (leftW - rule) / 2, lx + (leftW + rule) / 2, ly + 1.5);
    ly += 4;
  }

  const { title, motto } = headerTitle(doc.kind);
  const titleSize = doc.kind === 'party' ? SIZE.partyTitle : SIZE.nationalTitle;
  const t = centred(canvas, title, rx, top, rightW, { size: titleSize, bold: true });
  let ry = t.bottom;
  const ruled = motto ? centred(canvas, motto, rx, ry, rightW, { size: SIZE.motto, bold: true }) : t;
  ry = ruled.bottom;
  canvas.hRule(rx + (rightW - ruled.width) / 2, rx + (rightW + ruled.width) / 2, ry + 1.5);
  ry += 4;

  // The number (left) and the place-and-date line (right) share one baseline.
  const y = Math.max(ly, ry) + 6;
  const num = numberLine(doc.kind, doc.number);
  const left = num ? centred(canvas, num, lx, y, leftW, { size: SIZE.number }).bottom : y;
  const date = placeDateLine(doc.placeAndDate.place, doc.placeAndDate.date);
  const right = centred(canvas, date, rx, y, rightW, { size: SIZE.placeDate, italic: true }).bottom;
  canvas.y = Math.max(left, right);
}

export function drawTitle(canvas: PdfCanvas, doc: AdministrativeDocument): void {
  canvas.y += 20;
  const w = canvas.textWidth;
  let last = centred(canvas, upperVi(doc.title), canvas.left, canvas.y, w, { size: SIZE.title, bold: true });
  if (doc.subtitle) {
    const sub = centred(canvas, doc.subtitle, canvas.left + w * 0.1, last.bottom, w * 0.8, {
      size: SIZE.subtitle,
      bold: true,
    });
    last = { bottom: sub.bottom, width: sub.width };
  }
  const rule = Math.min(last.width, w * 0.5) * SHORT_RULE_SHARE * 1.5;
  canvas.hRule(canvas.left + (w - rule) / 2, canvas.left + (w + rule) / 2, last.bottom + 3);
  canvas.y = last.bottom + 18;
}

function signatureHeight(canvas: PdfCanvas, sig: SignatureBlock, w: number): number {
  const role = canvas.layout(upperVi(sig.role), w, { size: SIZE.signatureRole, bold: true });
  const title = sig.title ? canvas.layout(upperVi(sig.title), w, { size: SIZE.signatureRole, bold: true }) : [];
  const note = sig.note ? canvas.layout(sig.note, w, { size: SIZE.signatureRole, italic: true }) : [];
  const name = canvas.layout(sig.name, w, { size: SIZE.signatureName, bold: true });
  return (
    canvas.heightOf(role, SIZE.signatureRole) +
    canvas.heightOf(title, SIZE.signatureRole) +
    canvas.heightOf(note, SIZE.signatureRole) +
    SIGNING_SPACE +
    canvas.heightOf(name, SIZE.signatureName)
  );
}

/** Draws role, title and note; returns the y below them. */
function drawSignatureTop(canvas: PdfCanvas, sig: SignatureBlock, x: number, y: number, w: number): number {
  let cy = centred(canvas, upperVi(sig.role), x, y, w, { size: SIZE.signatureRole, bold: true }).bottom;
  if (sig.title) cy = centred(canvas, upperVi(sig.title), x, cy, w, { size: SIZE.signatureRole, bold: true }).bottom;
  if (sig.note) cy = centred(canvas, sig.note, x, cy, w, { size: SIZE.signatureRole, italic: true }).bottom;
  return cy;
}

/** Signers of one row: the names share one line below the signing space. */
function drawSignatureRow(
  canvas: PdfCanvas,
  row: readonly SignatureBlock[],
  xs: readonly number[],
  y: number,
  w: number,
): number {
  const nameY = Math.max(...row.map((s, i) => drawSignatureTop(canvas, s, xs[i], y, w))) + SIGNING_SPACE;
  return Math.max(
    ...row.map((s, i) => centred(canvas, s.name, xs[i], nameY, w, { size: SIZE.signatureName, bold: true }).bottom),
  );
}

function recipientsLayout(canvas: PdfCanvas, doc: AdministrativeDocument, w: number) {
  const label = canvas.layout(RECIPIENTS_LABEL, w, { size: SIZE.recipientsLabel, bold: true, italic: true });
  const entries = recipientLines(doc.recipients).map((r) => canvas.layout(r, w, { size: SIZE.recipients }));
  const height =
    canvas.heightOf(label, SIZE.recipientsLabel) + entries.reduce((h, e) => h + canvas.heightOf(e, SIZE.recipients), 0);
  const draw = (x: number, y: number): number => {
    let cy = canvas.drawLines(label, x, y, w, 'left', SIZE.recipientsLabel);
    for (const e of entries) cy = canvas.drawLines(e, x, cy, w, 'left', SIZE.recipients);
    return cy;
  };
  return { height: entries.length > 0 ? height : 0, draw };
}

/** Signers (side by side, one signer on the right half) and "Nơi nhận:" bottom-left. */
export function drawSignatures(canvas: PdfCanvas, doc: AdministrativeDocument): void {
  const W = canvas.textWidth;
  const x0 = canvas.left;
  canvas.y += 10;
  if (recipientsBesideSigner(doc)) {
    const half = W / 2;
    const rec = recipientsLayout(canvas, doc, half - 6);
    canvas.ensure(Math.max(rec.height, signatureHeight(canvas, doc.signatures[0], half)));
    const y = canvas.y;
    const a = rec.draw(x0, y + 2);
    const b = drawSignatureRow(canvas, doc.signatures, [x0 + half], y, half);
    canvas.y = Math.max(a, b);
    return;
  }
  for (const row of signatureRows(doc.signatures)) {
    const colW = row.length === 1 ? W / 2 : W / row.length;
    const xs = row.map((_, i) => (row.length === 1 ? x0 + W / 2 : x0 + i * colW));
    canvas.ensure(Math.max(...row.map((s) => signatureHeight(canvas, s, colW))));
    const y = canvas.y;
    canvas.y = drawSignatureRow(canvas, row, xs, y, colW) + 12;
  }
  const rec = recipientsLayout(canvas, doc, W / 2);
  if (rec.height > 0) {
    canvas.ensure(rec.height);
    canvas.y = rec.draw(x0, canvas.y);
  }
}
