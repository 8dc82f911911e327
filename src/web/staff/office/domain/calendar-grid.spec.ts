import { describe, expect, it } from '@jest/globals';
import {
  addDaysIso,
  byDay,
  calendarView,
  isoDateVi,
  monthTitle,
  nextMonth,
  previousMonth,
  sessionTags,
} from './calendar-grid.js';

describe('calendarView', () => {
  it('shows the month of today by default, in whole weeks from Monday', () => {
    const v = calendarView({}, '2026-12-10');
    expect(v.kind).toBe('month');
    expect(v.from).toBe('2026-12-01');
    expect(v.to).toBe('2026-12-31');
    expect(v.days[0]).toBe('2026-11-30');
    expect(v.days[v.days.length - 1]).toBe('2027-01-03');
    expect(v.days.length % 7).toBe(0);
  });

  it('reads ?thang and ?tuan (the week from its Monday), ignoring bad values', () => {
    expect(calendarView({ thang: '2027-02' }, '2026-12-10')).toMatchObject({
      kind: 'month',
      from: '2027-02-01',
      to: '2027-02-28',
    });
    const w = calendarView({ tuan: '2026-12-10' }, '2026-12-01');
    expect(w).toMatchObject({ kind: 'week', week: '2026-12-07', from: '2026-12-07', to: '2026-12-13' });
    expect(w.days).toHaveLength(7);
    expect(calendarView({ tuan: '2026-02-30' }, '2026-12-10').kind).toBe('month');
    expect(calendarView({ thang: '2026-13' }, '2026-12-10')).toMatchObject({ from: '2026-12-01' });
  });

  it('steps months across years', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(monthTitle('2027-02')).toBe('Tháng 2/2027');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(isoDateVi('2026-12-07')).toBe('Thứ Hai, 07/12/2026');
    expect(isoDateVi('2027-02-14')).toBe('Chủ Nhật, 14/02/2027');
  });
});

describe('sessionTags', () => {
  const base = {
    status: 'published',
    shiftedFrom: null,
    delegateOfficialId: null,
    modified: false,
    changeReason: null,
  };
  it('gives the status, then moved and delegated', () => {
    expect(sessionTags(base)).toEqual(['published']);
    expect(sessionTags({ ...base, shiftedFrom: '2027-02-08' })).toEqual(['published', 'moved']);
    expect(sessionTags({ ...base, modified: true, changeReason: 'Họp đột xuất' })).toEqual(['published', 'moved']);
    expect(sessionTags({ ...base, modified: true, changeReason: 'Đi công tác', delegateOfficialId: 'x' })).toEqual([
      'published',
      'delegated',
    ]);
    expect(sessionTags({ ...base, status: 'cancelled', delegateOfficialId: 'x' })).toEqual(['cancelled']);
  });
});

describe('byDay', () => {
  it('groups by local date keeping the order', () => {
    const m = byDay([
      { localDate: '2026-12-01', n: 1 },
      { localDate: '2026-12-02', n: 2 },
      { localDate: '2026-12-01', n: 3 },
    ]);
    expect(m.get('2026-12-01')!.map((x) => x.n)).toEqual([1, 3]);
    expect(m.get('2026-12-03')).toBeUndefined();
  });
});
