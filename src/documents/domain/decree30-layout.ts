/**
 * Layout rules of Decree 30/2020/NĐ-CP shared by the DOCX and PDF renderers: page geometry,
 * font sizes, the fixed texts of the header, and the small text normalisations both apply.
 */
import type {
  AdministrativeDocument,
  DocumentKind,
  Orientation,
  RichText,
  HeaderGroup,
  SignatureBlock,
  TextRun,
} from './document.model.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
export const FONT_NAME = 'Times New Roman';

/** A4 in millimetres, and the margins used (top/bottom 20–25, left 30–35, right 15–20). */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Distance from the page top to the page-number line. */
export const HEADER_MM = 10;
export const FIRST_LINE_INDENT_MM = 12.7;

/** Point sizes (ranges from the decree in comments). */
export const SIZE = {
  issuingBody: 12.5, // 12–13
  nationalTitle: 12, // 12–13; 13pt does not fit beside a 65 mm issuer column
  partyTitle: 14, // party documents (Guide 36-HD/VPTW): 15, smaller to fit the column
  motto: 13, // 13–14
  number: 13,
  placeDate: 13, // 13–14 italic
  title: 14, // 13–14 bold
  subtitle: 14,
  body: 14, // 13–14
  signatureRole: 13,
  signatureName: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
  table: 11,
} as const;

/**
 * Widths (mm) of the two header columns (issuer left, national title and motto right). They stay the
 * same in landscape, where the right column is aligned with the right margin.
 */
export function headerColumnsMm(kind: DocumentKind): { left: number; right: number } {
  // The party title is short, so party documents split the width evenly.
  return kind === 'party' ? { left: 82.5, right: 82.5 } : { left: 66, right: 99 };
}
/** The rule under the issuing body / subtitle spans this share of the text above it (1/3–1/2). */
export const SHORT_RULE_SHARE = 0.4;

export const MM_PER_INCH = 25.4;
export const mmToPt = (mm: number): number => (mm * 72) / MM_PER_INCH;
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / MM_PER_INCH);

export interface PageGeometryMm {
  readonly width: number;
  readonly height: number;
  readonly textWidth: number;
}

export function pageGeometryMm(orientation: Orientation = 'portrait'): PageGeometryMm {
  const [width, height] =
    orientation === 'landscape' ? [PAGE_MM.height, PAGE_MM.width] : [PAGE_MM.width, PAGE_MM.height];
  return { width, height, textWidth: width - MARGIN_MM.left - MARGIN_MM.right };
}

/** The line(s) of the top-right corner: national title and motto, or the party title. */
export function headerTitle(kind: DocumentKind): { title: string; motto?: string } {
  return kind === 'party' ? { title: PARTY_TITLE } : { title: NATIONAL_TITLE, motto: MOTTO };
}

/** `12/TB-UBND` → `Số: 12/TB-UBND` (state) or `Số 12-TB/TU` (party); an existing prefix is kept. */
export function numberLine(kind: DocumentKind, number: string | undefined): string | undefined {
  const text = number?.normalize('NFC').trim();
  if (!text) return undefined;
  if (/^Số(?=[\s:]|$)/u.test(text)) return text;
  return kind === 'party' ? `Số ${text}` : `Số: ${text}`;
}

/**
 * The blank left for the number a clerk writes by hand when the document is registered: no-break spaces, so it
 * keeps its width in the PDF (whose line breaker collapses ordinary spaces) as in the DOCX.
 */
export const NUMBER_BLANK = '\u00a0'.repeat(8);

/**
 * A document number (Decree 30 Annex I §II.3; party documents per Guide 36-HD/VPTW): state `12/TB-UBND`, party
 * `12-TB/ĐU`; without a number, the blank for it (`…/BB-UBND`, `…-TB/ĐU`). `code` is the document type ("TB",
 * "BB"), `abbreviation` the issuing body's ("UBND", "ĐU").
 */
export function documentNumber(
  kind: DocumentKind,
  code: string,
  abbreviation: string,
  seq?: string | number | null,
): string {
  const n = seq === undefined || seq === null || String(seq).trim() === '' ? NUMBER_BLANK : String(seq).trim();
  return kind === 'party' ? `Số ${n}-${code}/${abbreviation}` : `Số: ${n}/${code}-${abbreviation}`;
}

/** Recipient lines: "- entry;" for every entry, "- last." for the last one. */
export function recipientLines(recipients: readonly string[] | undefined): string[] {
  const entries = (recipients ?? [])
    .map((r) =>
      r
        .normalize('NFC')
        .trim()
        .replace(/[;.,]+$/u, ''),
    )
    .filter((r) => r);
  return entries.map((r, i) => `- ${r}${i === entries.length - 1 ? '.' : ';'}`);
}

/** Upper-cases Vietnamese text correctly (NFC first, so combining marks stay on their letters). */
export const upperVi = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

/** Rich text as NFC runs; a plain string becomes one regular run. */
export function toRuns(content: RichText): TextRun[] {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return runs.map((r) => ({ ...r, text: r.text.normalize('NFC') })).filter((r) => r.text !== '');
}

/** Plain text of rich text (for tests and measurements). */
export const plainText = (content: RichText): string =>
  toRuns(content)
    .map((r) => r.text)
    .join('');

/** List item prefix: "1." … or "-". */
export function listPrefix(style: 'decimal' | 'dash' | undefined, start: number | undefined, index: number): string {
  return style === 'dash' ? '-' : `${(start ?? 1) + index}.`;
}

/** Relative widths scaled to fractions summing to 1; equal when absent or invalid. */
export function columnFractions(count: number, widths: readonly number[] | undefined): number[] {
  const valid = widths && widths.length === count && widths.every((w) => Number.isFinite(w) && w > 0);
  const raw = valid ? [...widths] : Array.from({ length: count }, () => 1);
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / total);
}

/**
 * For each column, the index of the header group above it (or -1). Throws on groups out of range, of fewer than
 * two columns, or overlapping.
 */
export function groupOfColumn(count: number, groups: readonly HeaderGroup[] | undefined): number[] {
  const of = Array.from({ length: count }, () => -1);
  (groups ?? []).forEach((g, gi) => {
    if (!Number.isInteger(g.from) || !Number.isInteger(g.span) || g.span < 2 || g.from < 0 || g.from + g.span > count) {
      throw new RangeError(`Header group "${g.title}" does not fit the ${count} columns`);
    }
    for (let c = g.from; c < g.from + g.span; c++) {
      if (of[c] !== -1) throw new RangeError(`Header groups overlap at column ${c + 1}`);
      of[c] = gi;
    }
  });
  return of;
}

/** "(1)", "(2)" … the numbering row of a form's table. */
export const columnNumbers = (count: number): string[] => Array.from({ length: count }, (_, i) => `(${i + 1})`);

/** U+2011: a hyphen no line may break after (document numbers such as "12/QĐ‑UBND" stay whole). */
export const NO_BREAK_HYPHEN = '\u2011';

/**
 * Document numbers ("12/QĐ-UBND", "45-TB/TU", "05/2021/TT-TTCP") with their hyphens made non-breaking, so a
 * renderer never breaks a line inside one. Text without such numbers is returned unchanged.
 */
export function bindDocumentNumbers(text: string): string {
  return text.replace(/\d+(?:[/-][\p{L}\d.]+)*[/-][\p{Lu}Đ][\p{L}\d.]*(?:[/-][\p{L}\d.]+)*/gu, (n) =>
    n.replaceAll('-', NO_BREAK_HYPHEN),
  );
}

/** Signers grouped into rows of at most 3, keeping their order (left to right). */
export function signatureRows(signatures: readonly SignatureBlock[]): SignatureBlock[][] {
  const rows: SignatureBlock[][] = [];
  for (let i = 0; i < signatures.length; i += 3) rows.push(signatures.slice(i, i + 3));
  return rows;
}

/**
 * One signer beside the recipients list shares a row with it (recipients left, signer right);
 * otherwise signers come first and "Nơi nhận:" follows below on the left.
 */
export const recipientsBesideSigner = (doc: AdministrativeDocument): boolean =>
  doc.signatures.length === 1 && recipientLines(doc.recipients).length > 0;

/** Rejects documents the renderers cannot lay out sensibly. */
export function assertRenderable(doc: AdministrativeDocument): void {
  if (doc.issuingBody.trim() === '') throw new RangeError('issuingBody must not be empty');
  if (doc.title.trim() === '') throw new RangeError('title must not be empty');
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    if (block.columns.length === 0) throw new RangeError('A table needs at least one column');
    const bad = block.rows.findIndex((row) => row.length !== block.columns.length);
    if (bad >= 0)
      throw new RangeError(
        `Table row ${bad + 1} has ${block.rows[bad].length} cells, expected ${block.columns.length}`,
      );
    groupOfColumn(block.columns.length, block.headerGroups);
  }
}
