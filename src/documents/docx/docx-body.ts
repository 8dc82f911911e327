/** Body blocks (paragraphs, headings, lists, tables) for DOCX. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, TableBlock } from '../domain/document.model.js';
import {
  FIRST_LINE_INDENT_MM,
  SIZE,
  columnFractions,
  columnNumbers,
  groupOfColumn,
  listPrefix,
  mmToTwip,
  toRuns,
} from '../domain/decree30-layout.js';
import { ALIGN, para, ptToTwip, textRuns } from './docx-parts.js';
import { chartElements } from './docx-chart.js';

const PARAGRAPH_AFTER = 6;

const centred = (text: string, size: number, bold = true, italic = false): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(text, { size, bold, italic }) });

/**
 * The header rows, repeated on every page: one row of titles; or, with header groups, a row where each group's
 * title spans its columns and the other titles span two rows, then the grouped columns' own titles; then the
 * numbering row "(1)" … when asked for.
 */
function headerRowsOf(block: TableBlock, widths: readonly number[], size: number): TableRow[] {
  const row = (children: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children });
  const cell = (width: number, text: string, extra: { columnSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [centred(text, size)],
      ...extra,
    });
  const out: TableRow[] = [];
  const groups = block.headerGroups ?? [];
  if (groups.length === 0) {
    out.push(row(block.columns.map((c, i) => cell(widths[i], c))));
  } else {
    const of = groupOfColumn(block.columns.length, groups);
    const top: TableCell[] = [];
    for (let i = 0; i < block.columns.length; i++) {
      if (of[i] === -1) top.push(cell(widths[i], block.columns[i], { rowSpan: 2 }));
      else if (groups[of[i]].from === i) {
        const g = groups[of[i]];
        top.push(
          cell(
            widths.slice(g.from, g.from + g.span).reduce((a, b) => a + b, 0),
            g.title,
            { columnSpan: g.span },
          ),
        );
      }
    }
    out.push(row(top));
    out.push(row(block.columns.flatMap((c, i) => (of[i] === -1 ? [] : [cell(widths[i], c)]))));
  }
  if (block.numberedColumns) {
    out.push(
      row(
        columnNumbers(block.columns.length).map(
          (n, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              children: [centred(n, size, false, true)],
            }),
        ),
      ),
    );
  }
  return out;
}

function dataTable(block: TableBlock, textWidthTwips: number): Table {
  const size = block.fontSize ?? SIZE.table;
  const widths = columnFractions(block.columns.length, block.widths).map((f) => Math.floor(f * textWidthTwips));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cellOf = (i: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      children,
    });
  const headerRows = headerRowsOf(block, widths, size);
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((content, i) =>
          cellOf(i, [
            new Paragraph({ alignment: ALIGN[block.align?.[i] ?? 'left'], children: textRuns(content, { size }) }),
          ]),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    margins: { left: ptToTwip(3), right: ptToTwip(3), top: ptToTwip(1), bottom: ptToTwip(1) },
    rows: [...headerRows, ...rows],
  });
}

/** One model block as DOCX paragraphs and tables. */
export function blockElements(block: Block, textWidthTwips: number): (Paragraph | Table)[] {
  const firstLine = mmToTwip(FIRST_LINE_INDENT_MM);
  const body = { size: SIZE.body, after: PARAGRAPH_AFTER };
  switch (block.type) {
    case 'paragraph':
      return [
        para(block.content, {
          ...body,
          align: block.align ?? 'justify',
          firstLine: block.indent === false ? 0 : firstLine,
        }),
      ];
    case 'heading':
      return [
        para(block.text, {
          ...body,
          bold: true,
          keepNext: true,
          align: block.align === 'center' ? 'center' : 'justify',
          firstLine: block.align === 'center' ? 0 : firstLine,
        }),
      ];
    case 'list':
      return block.items.map((item, i) =>
        para([{ text: `${listPrefix(block.style, block.start, i)} ` }, ...toRuns(item)], {
          ...body,
          after: i === block.items.length - 1 ? PARAGRAPH_AFTER : PARAGRAPH_AFTER / 2,
          align: 'justify',
          firstLine,
        }),
      );
    case 'table':
      return [dataTable(block, textWidthTwips), para('', { size: 6, after: PARAGRAPH_AFTER })];
    case 'chart':
      return chartElements(block);
  }
}
