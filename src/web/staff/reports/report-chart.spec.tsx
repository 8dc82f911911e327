import { describe, expect, it } from '@jest/globals';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { ChartBlock } from '../../../documents/domain/chart.js';
import { ReportChart } from './report-chart.js';

const bars: ChartBlock = {
  type: 'chart',
  kind: 'bar',
  title: 'Biểu đồ 1. Đơn tiếp nhận và giải quyết đúng hạn theo đơn vị trực thuộc',
  labels: ['Phường A', 'Phường <B>'],
  series: [
    { name: 'Đơn tiếp nhận', values: [12, 1234] },
    { name: 'Giải quyết đúng hạn', values: [10, 0] },
  ],
};

describe('report chart (inline SVG + the same figures in a table)', () => {
  it('names the picture by its title and draws one bar per figure', () => {
    const html = renderToString(h(ReportChart, { block: bars, id: 'bieu-do-1' }));
    expect(html).toContain('<svg role="img" aria-labelledby="bieu-do-1-tieu-de"');
    expect(html).toContain(`<title id="bieu-do-1-tieu-de">${bars.title}</title>`);
    // background + legend keys (2) + 4 bars
    expect(html.match(/<rect /g)).toHaveLength(1 + 2 + 4);
    expect(html).not.toContain('<polyline');
  });

  it('repeats the figures in an accessible table, escaped and in Vietnamese number format', () => {
    const html = renderToString(h(ReportChart, { block: bars, id: 'x' }));
    expect(html).toContain('<th scope="row">Phường &lt;B></th>');
    expect(html).toContain('<td class="num">1.234</td>');
    expect(html).not.toContain('<B>');
  });

  it('draws a line with its points for a chart over the months', () => {
    const line: ChartBlock = {
      type: 'chart',
      kind: 'line',
      title: 'Biểu đồ 2. Diễn biến theo tháng',
      labels: ['01/2026', '02/2026', '03/2026'],
      series: [{ name: 'Đơn tiếp nhận', values: [3, 5, 4] }],
    };
    const html = renderToString(h(ReportChart, { block: line, id: 'y' }));
    expect(html.match(/<polyline /g)).toHaveLength(1);
    expect(html.match(/<circle /g)).toHaveLength(3);
    expect(html).toContain('<th scope="col">Tháng</th>');
  });
});
