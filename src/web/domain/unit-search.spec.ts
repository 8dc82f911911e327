import { describe, expect, it } from '@jest/globals';
import { listUnits, searchWords, type ListedUnit } from './unit-search.js';

const u = (name: string, level: ListedUnit['level'] = 'commune', extra: Partial<ListedUnit> = {}): ListedUnit => ({
  id: name,
  name,
  level,
  validFrom: null,
  validTo: null,
  ...extra,
});

const UNITS = [
  u('Phường Lê Chân'),
  u('Thành phố Hải Phòng', 'city'),
  u('Phường Hồng Bàng'),
  u('Xã An Hưng'),
  u('Đặc khu Bạch Long Vĩ'),
  u('Sở Xây dựng', 'department'),
  u('Phường Cũ', 'commune', { validTo: '2025-06-30' }),
];

describe('listUnits (home page search)', () => {
  it('lists the city first, then wards and communes by Vietnamese name, then departments; dissolved units are left out', () => {
    expect(listUnits(UNITS, '2026-12-01').map((x) => x.name)).toEqual([
      'Thành phố Hải Phòng',
      'Đặc khu Bạch Long Vĩ',
      'Phường Hồng Bàng',
      'Phường Lê Chân',
      'Xã An Hưng',
      'Sở Xây dựng',
    ]);
    expect(listUnits(UNITS, '2025-06-01').map((x) => x.name)).toContain('Phường Cũ');
  });

  it('finds "Hồng Bàng" typed without diacritics, in any case, by word prefixes', () => {
    for (const q of ['hong bang', 'HONG BANG', 'Hồng Bàng', 'phuong hong', 'hồng', 'bang'])
      expect(listUnits(UNITS, '2026-12-01', q).map((x) => x.name)).toEqual(['Phường Hồng Bàng']);
    expect(listUnits(UNITS, '2026-12-01', 'dac khu').map((x) => x.name)).toEqual(['Đặc khu Bạch Long Vĩ']);
    expect(listUnits(UNITS, '2026-12-01', 'le chan')).toHaveLength(1);
    expect(listUnits(UNITS, '2026-12-01', 'khong co')).toEqual([]);
  });

  it('ignores punctuation and extra spaces in the query; an empty query lists everything', () => {
    expect(searchWords('  Hồng-Bàng, ')).toEqual(['hong', 'bang']);
    expect(listUnits(UNITS, '2026-12-01', '   ')).toHaveLength(6);
  });
});
