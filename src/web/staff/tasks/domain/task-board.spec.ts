import { describe, expect, it } from '@jest/globals';
import { WeekendCalendar } from '../../../../calendar/domain/working-days.js';
import { boardFilter, boardQuery, daysLeftVi, noonOf, pageAsked, reasonOf, workingDaysLeft } from './task-board.js';

describe('task board filters', () => {
  it('reads the status, the petition type and the page, falling back to the active tasks', () => {
    expect(boardFilter({})).toEqual({ status: 'active', page: 1 });
    expect(boardFilter({ 'trang-thai': 'done', loai: 'complaint', trang: '3' })).toEqual({
      status: 'done',
      type: 'complaint',
      page: 3,
    });
    expect(boardFilter({ 'trang-thai': 'drop table', loai: 'x', trang: '-1' })).toEqual({ status: 'active', page: 1 });
    expect(boardFilter({ 'trang-thai': ['done'] })).toEqual({ status: 'active', page: 1 });
  });

  it('keeps only the filters that differ from the default in the page links', () => {
    expect(boardQuery({ status: 'active', page: 2 })).toEqual({});
    expect(boardQuery({ status: 'overdue', type: 'denunciation', page: 1 })).toEqual({
      'trang-thai': 'overdue',
      loai: 'denunciation',
    });
  });

  it('reads a page number and nothing else', () => {
    expect(pageAsked('12')).toBe(12);
    expect(pageAsked('0')).toBe(1);
    expect(pageAsked('1e3')).toBe(1);
    expect(pageAsked(undefined)).toBe(1);
  });
});

describe('working days left', () => {
  const cal = new WeekendCalendar();
  it('counts working days to the due day, negative once it is passed', () => {
    // Friday 2026-03-06 → Tuesday 2026-03-10: Monday and Tuesday.
    expect(workingDaysLeft(cal, '2026-03-06', '2026-03-10')).toBe(2);
    expect(workingDaysLeft(cal, '2026-03-10', '2026-03-10')).toBe(0);
    expect(workingDaysLeft(cal, '2026-03-10', '2026-03-06')).toBe(-2);
  });

  it('does not walk a due day beyond the horizon', () => {
    expect(workingDaysLeft(cal, '2026-12-01', '2021-01-04')).toBeNull();
    expect(workingDaysLeft(cal, '2026-03-06', '2026-03-20', 5)).toBeNull();
    expect(workingDaysLeft(cal, '2026-03-06', '2026-03-10', 5)).toBe(2);
    expect(daysLeftVi(null, true)).toBe('Quá hạn hơn 90 ngày');
    expect(daysLeftVi(null, false)).toBe('Còn hơn 90 ngày');
  });

  it('says it in Vietnamese', () => {
    expect(daysLeftVi(3)).toBe('Còn 3 ngày làm việc');
    expect(daysLeftVi(0)).toBe('Đến hạn hôm nay');
    expect(daysLeftVi(-2)).toBe('Quá hạn 2 ngày làm việc');
  });
});

describe('reasons typed in a form', () => {
  it('needs at least ten characters after trimming', () => {
    expect(reasonOf('  ngắn  ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
    expect(reasonOf('  Xác minh theo yêu cầu của Chánh Thanh tra  ')).toBe('Xác minh theo yêu cầu của Chánh Thanh tra');
    expect(reasonOf('x'.repeat(1001))).toBeNull();
  });
});

describe('local dates', () => {
  it('are noon in Việt Nam', () => {
    expect(noonOf('2026-03-06').toISOString()).toBe('2026-03-06T05:00:00.000Z');
  });
});
