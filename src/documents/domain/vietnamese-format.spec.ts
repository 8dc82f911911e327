import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatDateVi, longDateVi, maskIdNumber, parseIsoDate, placeDateLine } from './vietnamese-format.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('formatDateVi', () => {
  it.each([
    ['2026-03-05', '05/03/2026'],
    ['2026-12-31', '31/12/2026'],
    ['2024-02-29', '29/02/2024'],
    ['2026-01-09', '09/01/2026'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateVi(iso)).toBe(expected);
  });

  it.each(['2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '5/3/2026', '2026-3-5', '', '2026-03-05T00:00'])(
    'rejects %p',
    (bad) => {
      expect(() => formatDateVi(bad)).toThrow(RangeError);
    },
  );

  it('is dd/MM/yyyy and reverses to the same date for every date', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const out = formatDateVi(iso);
        expect(out).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
        const [d, m, y] = out.split('/');
        expect(`${y}-${m}-${d}`).toBe(iso);
      }),
    );
  });
});

describe('placeDateLine (Decree 30: zero before days < 10 and months 1–2)', () => {
  it.each([
    ['2026-03-05', 'Hải Phòng, ngày 05 tháng 3 năm 2026'],
    ['2026-01-15', 'Hải Phòng, ngày 15 tháng 01 năm 2026'],
    ['2026-02-01', 'Hải Phòng, ngày 01 tháng 02 năm 2026'],
    ['2025-12-31', 'Hải Phòng, ngày 31 tháng 12 năm 2025'],
    ['2026-10-10', 'Hải Phòng, ngày 10 tháng 10 năm 2026'],
    ['2026-11-09', 'Hải Phòng, ngày 09 tháng 11 năm 2026'],
  ])('%s', (iso, expected) => {
    expect(placeDateLine('Hải Phòng', iso)).toBe(expected);
  });

  it('writes a leading zero exactly for days 1–9 and months 1–2', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const { day, month, year } = parseIsoDate(iso);
        const m = /^ngày (\d+) tháng (\d+) năm (\d+)$/u.exec(longDateVi(iso));
        expect(m).not.toBeNull();
        const [, dd, mm, yyyy] = m!;
        expect(Number(dd)).toBe(day);
        expect(Number(mm)).toBe(month);
        expect(Number(yyyy)).toBe(year);
        expect(dd.length).toBe(2);
        expect(mm.length).toBe(month < 3 || month >= 10 ? 2 : 1);
      }),
    );
  });

  it('composes a decomposed place name and trims it', () => {
    const line = placeDateLine('  Hải Phòng '.normalize('NFD'), '2026-03-05');
    expect(line).toBe('Hải Phòng, ngày 05 tháng 3 năm 2026');
    expect(line).toBe(line.normalize('NFC'));
  });

  it('rejects an empty place', () => {
    expect(() => placeDateLine('  ', '2026-03-05')).toThrow(RangeError);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['001203004567', '001******567'],
    ['031234567', '03*****67'],
    ['C1234567', 'C1****67'],
    ['0012 0300 4567', '001******567'],
    ['1234', '1**4'],
    ['123', '***'],
    ['', ''],
  ])('%p → %p', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });

  it('keeps the length, hides at least half, and shows only the ends', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{0,20}$/u), (id) => {
        const out = maskIdNumber(id);
        expect(out).toHaveLength(id.length);
        const hidden = [...out].filter((c) => c === '*').length;
        expect(hidden).toBeGreaterThanOrEqual(Math.ceil(id.length / 2));
        const keep = (id.length - hidden) / 2;
        expect(out.slice(0, keep)).toBe(id.slice(0, keep));
        expect(out.slice(id.length - keep)).toBe(id.slice(id.length - keep));
        expect(out.slice(keep, id.length - keep)).toMatch(/^\**$/u);
      }),
    );
  });

  it('never reveals the middle digits (the birth year and serial of a CCCD)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/u), (id) => {
        const out = maskIdNumber(id);
        expect(out.slice(3, 9)).toBe('******');
        expect(out).not.toContain(id.slice(3, 9));
      }),
    );
  });
});
