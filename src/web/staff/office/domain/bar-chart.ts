/**
 * The compliance bar chart drawn by the server as inline SVG: per head official, the sessions required and the ones
 * held (in person / by a deputy), as bars on one scale. Pure geometry; the page draws it and repeats the figures in a
 * table.
 */
export interface BarInput {
  label: string;
  required: number;
  inPerson: number;
  delegated: number;
}

export interface BarRow {
  label: string;
  y: number;
  required: { width: number; value: number };
  inPerson: { width: number; value: number };
  delegated: { x: number; width: number; value: number };
}

export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  max: number;
  rows: BarRow[];
  ticks: { x: number; value: number }[];
}

export const ROW_HEIGHT = 44;
const TOP = 24;

export function barChart(items: readonly BarInput[], width = 720, labelWidth = 220): BarChart {
  const max = Math.max(1, ...items.map((i) => Math.max(i.required, i.inPerson + i.delegated)));
  const plotWidth = width - labelWidth - 40;
  const scale = (n: number) => Math.round((n / max) * plotWidth);
  const rows = items.map((it, i) => ({
    label: it.label,
    y: TOP + i * ROW_HEIGHT,
    required: { width: scale(it.required), value: it.required },
    inPerson: { width: scale(it.inPerson), value: it.inPerson },
    delegated: { x: scale(it.inPerson), width: scale(it.delegated), value: it.delegated },
  }));
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  const ticks: { x: number; value: number }[] = [];
  for (let v = 0; v <= max; v += step) ticks.push({ x: scale(v), value: v });
  return { width, height: TOP + items.length * ROW_HEIGHT + 24, labelWidth, plotWidth, max, rows, ticks };
}
