/**
 * Charts of a document (bars per category, lines over periods) as plain geometry: the PDF renderer draws it as vector
 * graphics, the DOCX renderer as an SVG turned into a PNG image. Units are points; y grows downwards. Pure.
 */

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface ChartBlock {
  readonly type: 'chart';
  readonly kind: 'bar' | 'line';
  /** Caption under the chart, e.g. "Biểu đồ 1. Đơn tiếp nhận theo đơn vị". */
  readonly title: string;
  /** One label per category (bar group or point on the line). */
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** Greys that stay apart in black-and-white print (Decree 30 asks for black text; charts use shades). */
export const SERIES_FILLS = ['#333333', '#8c8c8c', '#c8c8c8', '#5e5e5e'];

export interface ChartText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  size: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; w: number; h: number };
  gridLines: { y: number }[];
  bars: { x: number; y: number; w: number; h: number; series: number }[];
  lines: { series: number; points: [number, number][] }[];
  texts: ChartText[];
  legend: { x: number; y: number; series: number; name: string }[];
}

/** A round axis maximum (1, 2 or 5 × 10^n) at or above `max`, with its tick step. */
export function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const stepInt = Math.max(1, Math.round(step * 1000) / 1000);
  return { top: Math.ceil(max / stepInt) * stepInt, step: stepInt };
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function chartGeometry(block: ChartBlock, width: number, height: number): ChartGeometry {
  const font = 8;
  const legendH = block.series.length > 1 ? font * 2 : 0;
  const plot = { x: 34, y: 8 + legendH, w: width - 34 - 8, h: height - 8 - legendH - font * 3.2 };
  const max = Math.max(0, ...block.series.flatMap((s) => s.values));
  const { top, step } = niceScale(max);
  const yOf = (v: number) => plot.y + plot.h - (v / top) * plot.h;
  const gridLines: { y: number }[] = [];
  const texts: ChartText[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) {
    gridLines.push({ y: yOf(v) });
    texts.push({ x: plot.x - 4, y: yOf(v) + font / 3, text: v.toLocaleString('vi-VN'), anchor: 'end', size: font });
  }
  const n = Math.max(1, block.labels.length);
  const slot = plot.w / n;
  const maxChars = Math.max(4, Math.floor(slot / (font * 0.45)));
  block.labels.forEach((l, i) =>
    texts.push({
      x: plot.x + slot * (i + 0.5),
      y: plot.y + plot.h + font * 1.4,
      text: shorten(l, maxChars),
      anchor: 'middle',
      size: font,
    }),
  );
  const bars: ChartGeometry['bars'] = [];
  const lines: ChartGeometry['lines'] = [];
  if (block.kind === 'bar') {
    const k = Math.max(1, block.series.length);
    const barW = (slot * 0.7) / k;
    block.series.forEach((s, si) =>
      s.values.forEach((v, i) => {
        const x = plot.x + slot * i + slot * 0.15 + barW * si;
        bars.push({ x, y: yOf(v), w: barW, h: plot.y + plot.h - yOf(v), series: si });
      }),
    );
  } else {
    block.series.forEach((s, si) =>
      lines.push({ series: si, points: s.values.map((v, i) => [plot.x + slot * (i + 0.5), yOf(v)]) }),
    );
  }
  const legend =
    block.series.length > 1
      ? block.series.map((s, si) => ({
          x: plot.x + si * (plot.w / block.series.length),
          y: 4,
          series: si,
          name: s.name,
        }))
      : [];
  return { width, height, plot, gridLines, bars, lines, texts, legend };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chart as SVG text (for the DOCX image); `fontFamily` must be a font the rasteriser has loaded. */
export function chartSvg(block: ChartBlock, width: number, height: number, fontFamily: string): string {
  const g = chartGeometry(block, width, height);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const l of g.gridLines)
    parts.push(
      `<line x1="${g.plot.x}" y1="${l.y}" x2="${g.plot.x + g.plot.w}" y2="${l.y}" stroke="#d0d0d0" stroke-width="0.5"/>`,
    );
  parts.push(
    `<line x1="${g.plot.x}" y1="${g.plot.y}" x2="${g.plot.x}" y2="${g.plot.y + g.plot.h}" stroke="#000" stroke-width="0.8"/>`,
    `<line x1="${g.plot.x}" y1="${g.plot.y + g.plot.h}" x2="${g.plot.x + g.plot.w}" y2="${g.plot.y + g.plot.h}" stroke="#000" stroke-width="0.8"/>`,
  );
  for (const b of g.bars)
    parts.push(
      `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="${SERIES_FILLS[b.series % SERIES_FILLS.length]}"/>`,
    );
  for (const l of g.lines) {
    const c = SERIES_FILLS[l.series % SERIES_FILLS.length];
    parts.push(
      `<polyline fill="none" stroke="${c}" stroke-width="1.5" points="${l.points.map((p) => p.join(',')).join(' ')}"/>`,
    );
    for (const [x, y] of l.points) parts.push(`<circle cx="${x}" cy="${y}" r="2" fill="${c}"/>`);
  }
  for (const t of g.texts)
    parts.push(
      `<text x="${t.x}" y="${t.y}" font-family="${fontFamily}" font-size="${t.size}" text-anchor="${t.anchor}">${esc(t.text)}</text>`,
    );
  for (const l of g.legend)
    parts.push(
      `<rect x="${l.x}" y="${l.y}" width="8" height="8" fill="${SERIES_FILLS[l.series % SERIES_FILLS.length]}"/>`,
      `<text x="${l.x + 11}" y="${l.y + 7}" font-family="${fontFamily}" font-size="8">${esc(l.name)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('');
}
