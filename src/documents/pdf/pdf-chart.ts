/** Draws a chart block as PDF vector graphics (rectangles, lines, text) at the cursor, keeping it on one page. */
import { type ChartBlock, chartGeometry, SERIES_FILLS } from '../domain/chart.js';
import type { PdfCanvas } from './pdf-canvas.js';

export const CHART_HEIGHT_PT = 190;

function text(canvas: PdfCanvas, x: number, y: number, s: string, size: number, anchor: 'start' | 'middle' | 'end') {
  const w = 160;
  const [line] = canvas.layout(s, w, { size });
  if (!line) return;
  const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
  canvas.drawLine(line, left, y - size, w, anchor === 'end' ? 'right' : anchor === 'middle' ? 'center' : 'left');
}

export function drawChart(canvas: PdfCanvas, block: ChartBlock): void {
  const captionSize = 11;
  canvas.ensure(CHART_HEIGHT_PT + captionSize * 2);
  const g = chartGeometry(block, canvas.textWidth, CHART_HEIGHT_PT);
  const ox = canvas.left;
  const oy = canvas.y;
  const doc = canvas.doc;
  doc.save();
  for (const l of g.gridLines)
    doc
      .lineWidth(0.4)
      .strokeColor('#d0d0d0')
      .moveTo(ox + g.plot.x, oy + l.y)
      .lineTo(ox + g.plot.x + g.plot.w, oy + l.y)
      .stroke();
  doc
    .lineWidth(0.8)
    .strokeColor('#000000')
    .moveTo(ox + g.plot.x, oy + g.plot.y)
    .lineTo(ox + g.plot.x, oy + g.plot.y + g.plot.h)
    .lineTo(ox + g.plot.x + g.plot.w, oy + g.plot.y + g.plot.h)
    .stroke();
  for (const b of g.bars) doc.rect(ox + b.x, oy + b.y, b.w, b.h).fill(SERIES_FILLS[b.series % SERIES_FILLS.length]);
  for (const l of g.lines) {
    const c = SERIES_FILLS[l.series % SERIES_FILLS.length];
    l.points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(ox + x, oy + y) : doc.lineTo(ox + x, oy + y)));
    if (l.points.length) doc.lineWidth(1.5).strokeColor(c).stroke();
    for (const [x, y] of l.points) doc.circle(ox + x, oy + y, 2).fill(c);
  }
  for (const l of g.legend) doc.rect(ox + l.x, oy + l.y, 8, 8).fill(SERIES_FILLS[l.series % SERIES_FILLS.length]);
  doc.fillColor('#000000').restore();
  for (const t of g.texts) text(canvas, ox + t.x, oy + t.y, t.text, t.size, t.anchor);
  for (const l of g.legend) text(canvas, ox + l.x + 11, oy + l.y + 8, l.name, 8, 'start');
  canvas.y = oy + CHART_HEIGHT_PT;
  canvas.flow(block.title, { size: captionSize, italic: true, align: 'center', indent: 0 });
}
