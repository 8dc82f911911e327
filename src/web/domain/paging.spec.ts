import { describe, expect, it } from '@jest/globals';
import { pageHref, pageOf, paging } from './paging.js';

describe('paging', () => {
  it('starts at page 1 and counts pages', () => {
    expect(paging(undefined, 45)).toEqual({ page: 1, pages: 3, size: 20, offset: 0, total: 45 });
  });
  it('clamps a page past the end, below 1 or not a number', () => {
    expect(paging('9', 45).page).toBe(3);
    expect(paging('0', 45).page).toBe(1);
    expect(paging('x', 45).page).toBe(1);
    expect(paging('2', 45).offset).toBe(20);
  });
  it('has one page for an empty list', () => {
    expect(paging('3', 0)).toMatchObject({ page: 1, pages: 1, offset: 0 });
  });
});

describe('pageHref / pageOf', () => {
  it('keeps the filters and replaces the page', () => {
    expect(pageHref('/can-bo/cong-viec', { trang_thai: 'open', trang: '2', x: '' }, 3)).toBe(
      '/can-bo/cong-viec?trang_thai=open&trang=3',
    );
    expect(pageHref('/can-bo/cong-viec', { trang: '2' }, 1)).toBe('/can-bo/cong-viec');
  });
  it('slices one page', () => {
    expect(pageOf([1, 2, 3, 4, 5], paging('2', 5, 2))).toEqual([3, 4]);
  });
});
