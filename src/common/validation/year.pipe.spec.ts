import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { YearPipe } from './year.pipe.js';

describe('YearPipe', () => {
  const pipe = new YearPipe();
  it.each(['2000', '2026', '2100', 2026])('accepts %p', (v) => expect(pipe.transform(v)).toBe(Number(v)));
  it.each([
    '1899',
    '1900',
    '1999',
    '2101',
    '2200',
    '-1',
    '1e3',
    '02026',
    '20 26',
    '',
    'abcd',
    '9999',
    1000,
    2026.5,
    NaN,
    -1,
  ])('refuses %p with 400 naming the field', (v) => {
    let error: unknown;
    try {
      pipe.transform(v);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(400);
    expect((error as DomainError).errors).toEqual([
      { field: 'year', message: 'Phải là năm có 4 chữ số, từ năm 2000 đến năm 2100.' },
    ]);
  });
});
