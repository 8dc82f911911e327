import { describe, expect, it } from '@jest/globals';
import { cellVi, readReportChoice, reportQueryString } from './report-choice.js';

const defaults = { unitId: 'u1', today: '2026-03-15' };

describe('report choice', () => {
  it('defaults to the person unit and the current month', () => {
    const c = readReportChoice({}, defaults);
    expect(c.values).toMatchObject({ unitId: 'u1', period: 'month', year: '2026', month: '3' });
    expect(c.query).toEqual({ unitId: 'u1', period: 'month', year: '2026', month: '3' });
  });

  it('reads a preset without a month, and a typed range as ISO dates', () => {
    expect(readReportChoice({ unitId: 'u2', period: 'nine_months', year: '2025' }, defaults).query).toEqual({
      unitId: 'u2',
      period: 'nine_months',
      year: '2025',
    });
    expect(readReportChoice({ period: 'range', from: '01/02/2026', to: '2026-02-28' }, defaults).query).toEqual({
      unitId: 'u1',
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('names the field of each problem and sends no query', () => {
    const c = readReportChoice({ period: 'range', from: '31/02/2026', to: 'x' }, defaults);
    expect(c.query).toBeNull();
    expect(Object.keys(c.problems)).toEqual(['from', 'to']);
    expect(readReportChoice({ period: 'month', month: '13' }, defaults).problems.month).toContain('1 đến 12');
    expect(readReportChoice({ period: 'year', year: '26' }, defaults).problems.year).toBeDefined();
  });

  it('keeps the choice in links and shows figures in Vietnamese', () => {
    const c = readReportChoice({ period: 'month', month: '3', year: '2026' }, defaults);
    expect(reportQueryString(c.values, { format: 'pdf' })).toBe('unitId=u1&period=month&year=2026&month=3&format=pdf');
    expect(cellVi(1234)).toBe('1.234');
    expect(cellVi(66.7)).toBe('66,7');
    expect(cellVi(null)).toBe('—');
  });
});
