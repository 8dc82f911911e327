import { describe, expect, it } from '@jest/globals';
import { DateTime } from '../../common/time/luxon.js';
import {
  countVi,
  dateVi,
  dayDateVi,
  groupForReading,
  localDateOf,
  localDateVi,
  timeRangeVi,
  timeVi,
} from './format.js';

describe('Vietnamese formats of the website', () => {
  it('writes the day of the week and the date as people write them, in Việt Nam time', () => {
    // 10/12/2026 is a Thursday; 01:00Z is 08:00 in Hà Nội.
    expect(dayDateVi(new Date('2026-12-10T01:00:00Z'))).toBe('Thứ Năm, 10/12/2026');
    expect(dayDateVi('2026-12-13T01:00:00Z')).toBe('Chủ Nhật, 13/12/2026');
    expect(dayDateVi('2026-12-07T01:00:00Z')).toBe('Thứ Hai, 07/12/2026');
    // 17:30Z on the 9th is already the 10th in Việt Nam.
    expect(dateVi('2026-12-09T17:30:00Z')).toBe('10/12/2026');
    expect(localDateVi('2026-12-12')).toBe('Thứ Bảy, 12/12/2026');
  });

  it('writes times on the 24-hour clock and ranges with an en dash', () => {
    expect(timeVi('2026-12-10T01:00:00Z')).toBe('08:00');
    expect(timeRangeVi('2026-12-10T01:00:00Z', '2026-12-10T01:30:00Z')).toBe('08:00–08:30');
    expect(timeRangeVi('2026-12-10T06:45:00Z', '2026-12-10T07:15:00Z')).toBe('13:45–14:15');
  });

  it('groups a code for reading aloud and separates thousands with a dot', () => {
    expect(groupForReading('HB7K2M9Q')).toEqual(['HB7K', '2M9Q']);
    expect(groupForReading('AB-CDEFG')).toEqual(['AB', 'CDEF', 'G']);
    expect(countVi(1234567)).toBe('1.234.567');
  });

  it('agrees with Luxon on every quarter hour around the year, in zones with and without summer time', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const zone of zones)
      for (let ms = start; ms < start + 366 * 86_400_000; ms += (3 * 60 + 7) * 60_000) {
        const at = new Date(ms);
        const d = DateTime.fromJSDate(at).setZone(zone);
        expect(dateVi(at, zone)).toBe(d.toFormat('dd/MM/yyyy'));
        expect(timeVi(at, zone)).toBe(d.toFormat('HH:mm'));
        expect(localDateOf(at, zone)).toBe(d.toISODate());
        expect(dayDateVi(at, zone).split(', ')[0]).toBe(
          ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'][d.weekday - 1],
        );
      }
  });
});
