/**
 * Tables for the PDF renderer: bordered cells that wrap, a bold header row repeated on every
 * page, rows moved whole to the next page when they fit there, and split between pages only
 * when a single row is taller than a page.
 */
import type { TableBlock } from '../domain/document.model.js';
import { SIZE, columnFractions, columnNumbers, groupOfColumn } from '../domain/decree30-layout.js';
import type { PdfCanvas } from './pdf-canvas.js';
import type { LayoutLine } from './text-layout.js';

const PAD_X = 3;
const PAD_Y = 2;

interface Cell {
  lines: LayoutLine[];
}

/** A box of the header: its rectangle and its centred (bold or italic) lines. */
interface HeaderBox {
  x: number;
  dy: number;
  w: number;
  h: number;
  lines: LayoutLine[];
}

/**
 * The header as boxes: titles (a group's title over its columns, the other titles over two rows when there are
 * groups), then the numbering row "(1)" … when asked for. Text is centred both ways in its box.
 */
function headerLayout(
  canvas: PdfCanvas,
  table: TableBlock,
  widths: readonly number[],
  xs: readonly number[],
  size: number,
) {
  const inner = (w: number): number => Math.max(1, w - 2 * PAD_X);
  const lay = (text: string, w: number, italic = false) =>
    canvas.layout(text, inner(w), { size, bold: !italic, italic });
  const height = (lines: LayoutLine[]): number => canvas.heightOf(lines, size) + 2 * PAD_Y;
  const groups = table.headerGroups ?? [];
  const of = groupOfColumn(table.columns.length, groups);
  const titles = table.columns.map((c, i) => lay(c, widths[i]));
  const boxes: HeaderBox[] = [];
  let bottom: number;
  if (groups.length === 0) {
    bottom = Math.max(...titles.map(height));
    titles.forEach((lines, i) => boxes.push({ x: xs[i], dy: 0, w: widths[i], h: bottom, lines }));
  } else {
    const groupBoxes = groups.map((g) => {
      const w = widths.slice(g.from, g.from + g.span).reduce((a, b) => a + b, 0);
      return { x: xs[g.from], w, lines: lay(g.title, w) };
    });
    const top = Math.max(...groupBoxes.map((b) => height(b.lines)));
    const under = Math.max(0, ...titles.filter((_, i) => of[i] !== -1).map(height));
    bottom = Math.max(top + under, ...titles.filter((_, i) => of[i] === -1).map(height));
    for (const b of groupBoxes) boxes.push({ ...b, dy: 0, h: top });
    titles.forEach((lines, i) =>
      boxes.push(
        of[i] === -1
          ? { x: xs[i], dy: 0, w: widths[i], h: bottom, lines }
          : { x: xs[i], dy: top, w: widths[i], h: bottom - top, lines },
      ),
    );
  }
  if (table.numberedColumns) {
    const numbers = columnNumbers(table.columns.length).map((n, i) => lay(n, widths[i], true));
    const h = Math.max(...numbers.map(height));
    numbers.forEach((lines, i) => boxes.push({ x: xs[i], dy: bottom, w: widths[i], h, lines }));
    bottom += h;
  }
  const draw = (y: number): void => {
    for (const b of boxes) {
      canvas.doc
        .save()
        .lineWidth(0.5)
        .rect(b.x, y + b.dy, b.w, b.h)
        .stroke()
        .restore();
      const textH = canvas.heightOf(b.lines, size);
      canvas.drawLines(b.lines, b.x + PAD_X, y + b.dy + Math.max(PAD_Y, (b.h - textH) / 2), inner(b.w), 'center', size);
    }
  };
  return { height: bottom, draw };
}

export function drawTable(canvas: PdfCanvas, table: TableBlock): void {
  const size = table.fontSize ?? SIZE.table;
  const widths = columnFractions(table.columns.length, table.widths).map((f) => f * canvas.textWidth);
  const xs = widths.map((_, i) => canvas.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = (i: number): number => Math.max(1, widths[i] - 2 * PAD_X);
  const alignOf = (i: number) => table.align?.[i] ?? 'left';

  const rowHeight = (cells: readonly Cell[]): number =>
    Math.max(...cells.map((c) => canvas.heightOf(c.lines, size))) + 2 * PAD_Y;
  const header = headerLayout(canvas, table, widths, xs, size);
  const headerHeight = header.height;

  const drawRow = (cells: readonly Cell[], height: number, isHeader: boolean): void => {
    cells.forEach((cell, i) => {
      canvas.doc.save().lineWidth(0.5).rect(xs[i], canvas.y, widths[i], height).stroke().restore();
      const align = isHeader ? 'center' : alignOf(i);
      canvas.drawLines(cell.lines, xs[i] + PAD_X, canvas.y + PAD_Y, inner(i), align, size);
    });
    canvas.y += height;
  };
  const drawHeader = (): void => {
    header.draw(canvas.y);
    canvas.y += headerHeight;
  };
  const freshPage = (): void => {
    canvas.newPage();
    drawHeader();
  };

  canvas.ensure(headerHeight + size * 2.5);
  drawHeader();
  const pageTop = (): number => canvas.top + headerHeight;

  for (const row of table.rows) {
    let cells: Cell[] = row.map((content, i) => ({ lines: canvas.layout(content, inner(i), { size }) }));
    for (;;) {
      const need = rowHeight(cells);
      if (canvas.y + need <= canvas.bottom) {
        drawRow(cells, need, false);
        break;
      }
      const atPageTop = canvas.y <= pageTop() + 0.01;
      if (!atPageTop && need <= canvas.bottom - pageTop()) {
        freshPage();
        continue;
      }
      // Taller than a page (or no room left): draw what fits here, carry the rest over.
      const room = canvas.bottom - canvas.y - 2 * PAD_Y;
      const split = cells.map((c) => {
        let h = 0;
        let n = 0;
        while (n < c.lines.length && h + canvas.lineHeight(c.lines[n], size) <= room)
          h += canvas.lineHeight(c.lines[n++], size);
        return n;
      });
      if (split.every((n) => n === 0) && !atPageTop) {
        freshPage();
        continue;
      }
      const taken = cells.map((c, i) => ({ lines: c.lines.slice(0, Math.max(split[i], atPageTop ? 1 : 0)) }));
      drawRow(taken, Math.min(rowHeight(taken), canvas.bottom - canvas.y), false);
      cells = cells.map((c, i) => ({ lines: c.lines.slice(taken[i].lines.length) }));
      freshPage();
    }
  }
}
