import { describe, expect, it } from '@jest/globals';
import { barChart, ROW_HEIGHT } from './bar-chart.js';

describe('barChart', () => {
  it('draws every bar on one scale, the delegated part after the in-person part', () => {
    const c = barChart(
      [
        { label: 'A', required: 4, inPerson: 3, delegated: 1 },
        { label: 'B', required: 2, inPerson: 0, delegated: 0 },
      ],
      540,
      200,
    );
    expect(c.plotWidth).toBe(300);
    expect(c.max).toBe(4);
    expect(c.rows[0]!.required.width).toBe(300);
    expect(c.rows[0]!.inPerson.width).toBe(225);
    expect(c.rows[0]!.delegated).toEqual({ x: 225, width: 75, value: 1 });
    expect(c.rows[1]!.y - c.rows[0]!.y).toBe(ROW_HEIGHT);
    expect(c.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a scale when nothing is required or held', () => {
    const c = barChart([{ label: 'A', required: 0, inPerson: 0, delegated: 0 }]);
    expect(c.max).toBe(1);
    expect(c.rows[0]!.required.width).toBe(0);
  });
});
