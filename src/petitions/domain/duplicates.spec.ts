import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { findPossibleDuplicates, isPossibleDuplicate, normalizeIdNumber, shingles, similarity } from './duplicates.js';
import { foldVietnamese } from './text-normalize.js';

const LAND = 'Đề nghị giải quyết việc bồi thường đất nông nghiệp bị thu hồi tại thôn Đông, xã An Hưng';
const LAND_AGAIN = 'Khiếu nại về bồi thường đất nông nghiệp bị thu hồi ở thôn Đông xã An Hưng chưa thỏa đáng';
const NOISE = 'Phản ánh tiếng ồn của xưởng gỗ hoạt động ban đêm tại tổ dân phố số 5';
const BRIBE = 'Cán bộ địa chính xã nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất';
const BRIBE_AGAIN = 'Tố cáo cán bộ địa chính xã nhận tiền của dân khi làm giấy chứng nhận quyền sử dụng đất';

describe('similarity', () => {
  it('is 1 for the same text written with or without diacritics, in any case, NFC or NFD', () => {
    expect(similarity(LAND, foldVietnamese(LAND))).toBe(1);
    expect(similarity(LAND, LAND.toUpperCase())).toBe(1);
    expect(similarity(LAND, LAND.normalize('NFD'))).toBe(1);
  });

  it('scores a rewording of the same case above the threshold', () => {
    expect(similarity(LAND, LAND_AGAIN)).toBeGreaterThanOrEqual(0.5);
    expect(similarity(BRIBE, BRIBE_AGAIN)).toBeGreaterThanOrEqual(0.5);
  });

  it('scores unrelated cases low', () => {
    expect(similarity(LAND, NOISE)).toBeLessThan(0.2);
    expect(similarity(BRIBE, NOISE)).toBeLessThan(0.2);
  });

  it('keeps word order (bigrams): the same syllables shuffled are less similar than the original', () => {
    const shuffled = LAND.split(' ').reverse().join(' ');
    expect(similarity(LAND, shuffled)).toBeLessThan(0.75);
  });

  it('handles empty and function-word-only texts', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('và của là', 'VÀ CỦA LÀ')).toBe(1);
    expect(similarity('', LAND)).toBe(0);
  });

  it('ignores function words', () => {
    expect(shingles('việc của các hộ dân')).toEqual(new Set(['ho', 'dan', 'ho dan']));
  });

  it('property: symmetric, within [0, 1], and 1 on itself when it has content', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(s, 12);
        expect(similarity(a, a)).toBe(1);
      }),
    );
  });
});

describe('isPossibleDuplicate', () => {
  const earlier = { idNumber: '031190001234', unitId: 'u1', content: LAND };

  it('same citizen, same unit, similar case → possible duplicate', () => {
    expect(isPossibleDuplicate({ idNumber: '031 190 001 234', unitId: 'u1', content: LAND_AGAIN }, earlier)).toBe(true);
  });

  it('not for another citizen, another unit, a different case, or no ID', () => {
    expect(isPossibleDuplicate({ idNumber: '031190009999', unitId: 'u1', content: LAND }, earlier)).toBe(false);
    expect(isPossibleDuplicate({ idNumber: '031190001234', unitId: 'u2', content: LAND }, earlier)).toBe(false);
    expect(isPossibleDuplicate({ idNumber: '031190001234', unitId: 'u1', content: NOISE }, earlier)).toBe(false);
    expect(isPossibleDuplicate({ idNumber: null, unitId: 'u1', content: LAND }, { ...earlier, idNumber: null })).toBe(
      false,
    );
  });

  it('the threshold is adjustable', () => {
    const c = { idNumber: '031190001234', unitId: 'u1', content: LAND_AGAIN };
    expect(isPossibleDuplicate(c, earlier, 0.99)).toBe(false);
    expect(isPossibleDuplicate(c, earlier, 0.1)).toBe(true);
  });

  it('normalizes ID numbers', () => {
    expect(normalizeIdNumber(' 031-190.001 234 ')).toBe('031190001234');
    expect(normalizeIdNumber('b1234567')).toBe(normalizeIdNumber('B 1234567'));
    expect(normalizeIdNumber(undefined)).toBe('');
  });
});

describe('findPossibleDuplicates', () => {
  it('returns the earlier cases of the same citizen and unit, most similar first', () => {
    const earlier = [
      { id: 'a', idNumber: '031190001234', unitId: 'u1', content: NOISE },
      { id: 'b', idNumber: '031190001234', unitId: 'u1', content: LAND_AGAIN },
      { id: 'c', idNumber: '031190001234', unitId: 'u1', content: LAND },
      { id: 'd', idNumber: '031190001234', unitId: 'u2', content: LAND },
    ];
    const found = findPossibleDuplicates({ idNumber: '031190001234', unitId: 'u1', content: LAND }, earlier);
    expect(found.map((f) => f.petition.id)).toEqual(['c', 'b']);
    expect(found[0].score).toBe(1);
  });
});
