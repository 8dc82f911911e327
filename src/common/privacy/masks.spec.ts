import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { maskContact, maskEmail, maskIdNumber, maskPhone } from './masks.js';

describe('maskIdNumber', () => {
  it.each([
    ['001085001567', '001******567'],
    ['031 085 001 234', '031******234'],
    ['B1234567', 'B*****67'],
    ['e12345678', 'E******78'],
    ['AB123', '*****'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });

  it('returns an empty string for a missing value', () => {
    expect(maskIdNumber(null)).toBe('');
    expect(maskIdNumber(undefined)).toBe('');
  });

  it('property: a CCCD keeps its length, and its 6 middle digits never show', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(12);
        expect(masked.slice(3, 9)).toBe('******');
        expect(masked.slice(0, 3) + masked.slice(9)).toBe(id.slice(0, 3) + id.slice(9));
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['+84912345678', '+8491****678'],
    ['0912 345 678', '+8491****678'],
    ['02253123456', '+8422*****456'],
    ['+33612345678', '*********78'],
    ['12', '**'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('returns an empty string for a missing value', () => {
    expect(maskPhone(null)).toBe('');
  });

  it('property: at most 5 digits of a mobile number show', () => {
    fc.assert(
      fc.property(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), (lead, rest) => {
        const masked = maskPhone(`0${lead}${rest}`);
        expect(masked).toMatch(/^\+84\d{2}\*{4}\d{3}$/);
        expect(masked.slice(3, 5)).toBe(lead + rest[0]);
        expect(masked.slice(-3)).toBe(rest.slice(-3));
      }),
    );
  });
});

describe('maskEmail', () => {
  it.each([
    ['nguyenvana@gmail.com', 'n***@gmail.com'],
    ['a@b.vn', 'a***@b.vn'],
    ['Đức@example.vn', 'Đ***@example.vn'],
    ['no-at-sign', '***'],
    ['@example.com', '***'],
    ['user@', '***'],
  ])('%j → %j', (input, masked) => {
    expect(maskEmail(input)).toBe(masked);
  });

  it('returns an empty string for a missing value', () => {
    expect(maskEmail(undefined)).toBe('');
  });
});

describe('maskContact', () => {
  it.each([
    ['0912345678', '+8491****678'],
    ['hoa.tran@example.vn', 'h***@example.vn'],
    ['Zalo: hoatran', '***********an'],
    ['abc', '***'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskContact(input)).toBe(masked);
  });

  it('property: every contact with a letter or digit comes out with something hidden', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).filter((s) => /[\p{L}\p{N}]/u.test(s)),
        (s) => {
          expect(maskContact(s)).toContain('*');
        },
      ),
    );
  });
});
