/** Small DOCX building blocks shared by the header, body and signature parts. */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  NoBreakHyphen,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Alignment, RichText } from '../domain/document.model.js';
import { NO_BREAK_HYPHEN, toRuns } from '../domain/decree30-layout.js';

/** Word measures run sizes in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);

export const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const satisfies Record<Alignment, unknown>;

export interface RunStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A run's text with each U+2011 as Word's no-break hyphen element (Word breaks lines after a plain hyphen). */
const runChildren = (text: string): (string | NoBreakHyphen)[] =>
  text
    .split(NO_BREAK_HYPHEN)
    .flatMap((piece, i) => (i === 0 ? [piece] : [new NoBreakHyphen(), piece]))
    .filter((c) => c !== '');

/** Text runs; `\n` inside a run becomes a line break. */
export function textRuns(content: RichText, style: RunStyle): TextRun[] {
  return toRuns(content).flatMap((run) =>
    run.text.split('\n').map(
      (part, i) =>
        new TextRun({
          children: runChildren(part),
          break: i > 0 ? 1 : undefined,
          bold: run.bold ?? style.bold,
          italics: run.italic ?? style.italic,
          size: halfPoints(style.size),
        }),
    ),
  );
}

export interface ParagraphStyle extends RunStyle {
  readonly align?: Alignment;
  readonly firstLine?: number;
  readonly before?: number;
  readonly after?: number;
  readonly keepNext?: boolean;
}

/** A paragraph of rich text; spacing in points, first-line indent in twips. */
export function para(content: RichText, style: ParagraphStyle): Paragraph {
  return new Paragraph({
    alignment: ALIGN[style.align ?? 'left'],
    indent: style.firstLine ? { firstLine: style.firstLine } : undefined,
    spacing: { before: ptToTwip(style.before ?? 0), after: ptToTwip(style.after ?? 0) },
    keepNext: style.keepNext,
    children: textRuns(content, style),
  });
}

/**
 * A horizontal rule `ruleTwips` long, centred in a box `boxTwips` wide: an empty paragraph of
 * exact small height whose top border is narrowed by equal left and right indents.
 */
export function ruleParagraph(ruleTwips: number, boxTwips: number, keepNext = false): Paragraph {
  const side = Math.max(0, Math.round((boxTwips - ruleTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    keepNext,
    children: [new TextRun({ text: '', size: 2 })],
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

/** A borderless layout table (fixed column widths in twips), as Word templates use for headers. */
export function layoutTable(widths: readonly number[], rows: readonly (readonly TableCell[])[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: [...cells] })),
  });
}

export function cell(width: number, children: readonly Paragraph[], rowSpan?: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    rowSpan,
    children: children.length > 0 ? [...children] : [new Paragraph({})],
  });
}
