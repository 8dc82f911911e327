/**
 * Tables for the PDF renderer: bordered cells that wrap, a bold header row repeated on every
 * page, rows moved whole to the next page when they fit there, and split between pages only
 * when a single row is taller than a page.
 */
import type { TableBlock } from '../domain/document.model.js';
import { SIZE, columnFractions } from '../decree30-layout.js';
import type { PdfCanvas } from './pdf-canvas.js';
import type { LayoutLine } from './text-layout.js';

const PAD_X = 3;
const PAD_Y = 2;

interface Cell {
  lines: LayoutLine[];
}

export function drawTable(canvas: PdfCanvas, table: TableBlock): void {
  const size = table.fontSize ?? SIZE.table;
  const widths = columnFractions(table.columns.length, table.widths).map((f) => f * canvas.textWidth);
  const xs = widths.map((_, i) => canvas.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = (i: number): number => Math.max(1, widths[i] - 2 * PAD_X);
  const alignOf = (i: number) => table.align?.[i] ?? 'left';

  const header: Cell[] = table.columns.map((c, i) => ({ lines: canvas.layout(c, inner(i), { size, bold: true }) }));
  const rowHeight = (cells: readonly Cell[]): number =>
    Math.max(...cells.map((c) => canvas.heightOf(c.lines, size))) + 2 * PAD_Y;
  const headerHeight = rowHeight(header);

  const drawRow = (cells: readonly Cell[], height: number, isHeader: boolean): void => {
    cells.forEach((cell, i) => {
      canvas.doc.save().lineWidth(0.5).rect(xs[i], canvas.y, widths[i], height).stroke().restore();
      const align = isHeader ? 'center' : alignOf(i);
      canvas.drawLines(cell.lines, xs[i] + PAD_X, canvas.y + PAD_Y, inner(i), align, size);
    });
    canvas.y += height;
  };
  const drawHeader = (): void => drawRow(header, headerHeight, true);
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
        while (n < c.lines.length && h + canvas.lineHeight(c.lines[n], size) <= room) h += canvas.lineHeight(c.lines[n++], size);
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
