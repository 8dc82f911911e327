import { describe, it, expect } from '@jest/globals';
import {
  checkHolidayEntries,
  InvalidHolidayListError,
  parseHolidayEntries,
  parseHolidayYearFile,
} from './holiday-file.js';

describe('checkHolidayEntries / parseHolidayEntries', () => {
  it('accepts a valid list and returns it sorted and trimmed', () => {
    expect(
      parseHolidayEntries(2026, [
        { date: '2026-01-10', name: 'Làm bù ', kind: 'working_day', extra: 'dropped' },
        { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
      ]),
    ).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
      { date: '2026-01-10', name: 'Làm bù', kind: 'working_day' },
    ]);
  });

  it.each([
    [{ date: '2026-02-30', name: 'x', kind: 'holiday' }, 'entries[0].date'],
    [{ date: '2025-12-31', name: 'x', kind: 'holiday' }, 'entries[0].date'],
    [{ date: '2026-01-01', name: ' ', kind: 'holiday' }, 'entries[0].name'],
    [{ date: '2026-01-01', name: 'x'.repeat(201), kind: 'holiday' }, 'entries[0].name'],
    [{ date: '2026-01-01', name: 'x', kind: 'festival' }, 'entries[0].kind'],
    [{ date: '2026-01-07', name: 'x', kind: 'working_day' }, 'entries[0].kind'], // a Wednesday
    ['2026-01-01', 'entries[0]'],
  ])('rejects %p at %s', (entry, path) => {
    const issues = checkHolidayEntries(2026, [entry]);
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  it('rejects duplicate dates and non-arrays', () => {
    const dup = { date: '2026-01-01', name: 'x', kind: 'holiday' };
    expect(checkHolidayEntries(2026, [dup, dup]).map((i) => i.path)).toEqual(['entries[1].date']);
    expect(checkHolidayEntries(2026, {})).toEqual([{ path: 'entries', message: 'must be an array' }]);
  });

  it('throws a typed error listing every issue', () => {
    try {
      parseHolidayEntries(2026, [{ date: 'x', name: '', kind: 'y' }]);
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidHolidayListError);
      expect((e as InvalidHolidayListError).code).toBe('INVALID_HOLIDAY_LIST');
      expect((e as InvalidHolidayListError).issues).toHaveLength(3);
    }
  });
});

describe('parseHolidayYearFile', () => {
  it('needs a year and at least one source', () => {
    expect(() => parseHolidayYearFile({ year: 2026, source: [], entries: [] })).toThrow(InvalidHolidayListError);
    expect(() => parseHolidayYearFile({ year: '2026', source: [{}], entries: [] })).toThrow(InvalidHolidayListError);
    expect(() => parseHolidayYearFile(null)).toThrow(InvalidHolidayListError);
  });
  it('keeps notes and scope', () => {
    const f = parseHolidayYearFile({ year: 2026, scope: 's', source: [{ document: 'd' }], notes: ['n'], entries: [] });
    expect(f).toMatchObject({ year: 2026, scope: 's', notes: ['n'], entries: [] });
  });
});
