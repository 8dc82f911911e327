import { describe, expect, it } from '@jest/globals';
import { chartGeometry, chartSvg, niceScale } from './chart.js';

describe('chart geometry', () => {
  it('rounds the axis up to 1, 2 or 5 × 10^n', () => {
    expect(niceScale(0)).toEqual({ top: 5, step: 1 });
    expect(niceScale(7)).toEqual({ top: 8, step: 2 });
    expect(niceScale(93)).toEqual({ top: 100, step: 20 });
    expect(niceScale(1234)).toEqual({ top: 1500, step: 500 });
  });

  it('bars stand on the axis with heights proportional to the values, grouped per label', () => {
    const g = chartGeometry(
      {
        type: 'chart',
        kind: 'bar',
        title: 't',
        labels: ['A', 'B'],
        series: [
          { name: 'x', values: [10, 5] },
          { name: 'y', values: [0, 2] },
        ],
      },
      400,
      200,
    );
    const base = g.plot.y + g.plot.h;
    expect(g.bars).toHaveLength(4);
    for (const b of g.bars) expect(b.y + b.h).toBeCloseTo(base);
    expect(g.bars[0].h).toBeCloseTo(g.plot.h); // 10 is the top of the axis
    expect(g.bars[1].h).toBeCloseTo(g.plot.h / 2);
    expect(g.bars[1].x).toBeGreaterThan(g.bars[0].x + g.bars[0].w); // B after A
    expect(g.legend.map((l) => l.name)).toEqual(['x', 'y']);
  });

  it('a line has one point per label; the SVG escapes text', () => {
    const block = {
      type: 'chart' as const,
      kind: 'line' as const,
      title: 't',
      labels: ['01/2026', '02/2026', '03/2026'],
      series: [{ name: 'Đơn <mới>', values: [1, 3, 2] }],
    };
    const g = chartGeometry(block, 300, 150);
    expect(g.lines[0].points).toHaveLength(3);
    expect(g.lines[0].points[1][1]).toBeLessThan(g.lines[0].points[0][1]);
    const svg = chartSvg({ ...block, series: [...block.series, { name: 'b', values: [0, 0, 0] }] }, 300, 150, 'serif');
    expect(svg).toContain('Đơn &lt;mới&gt;');
    expect(svg).toContain('<polyline');
  });
});
