import { describe, expect, it } from '@jest/globals';
import { complianceChoice, periodLabel } from './compliance-view.js';

describe('compliance view', () => {
  it('reads the year and period, defaulting to this year as a whole', () => {
    expect(complianceChoice({}, '2026-12-01')).toEqual({ year: 2026, period: 'year' });
    expect(complianceChoice({ nam: '2025', ky: 'quarter' }, '2026-12-01')).toEqual({ year: 2025, period: 'quarter' });
    expect(complianceChoice({ nam: '3000', ky: 'x' }, '2026-12-01')).toEqual({ year: 2026, period: 'year' });
  });

  it('names the periods in Vietnamese', () => {
    expect(periodLabel('2026-03')).toBe('Tháng 3/2026');
    expect(periodLabel('2026-Q4')).toBe('Quý IV/2026');
    expect(periodLabel('2026-H2')).toBe('6 tháng cuối năm 2026');
    expect(periodLabel('2026-9M')).toBe('9 tháng năm 2026');
    expect(periodLabel('2026')).toBe('Năm 2026');
  });
});
