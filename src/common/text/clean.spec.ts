import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { plainToInstance } from 'class-transformer';
import { cleanFreeText, cleanName } from './clean.js';
import { CleanName, CleanText } from './clean.decorators.js';

const INVISIBLE = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
];

describe('cleanName', () => {
  it('composes NFD diacritics into NFC', () => {
    expect(cleanName('Nguyễn Văn Ánh'.normalize('NFD'))).toBe('Nguyễn Văn Ánh'.normalize('NFC'));
  });

  it('removes bidi overrides, zero-width and control characters, even between a letter and its accent', () => {
    expect(cleanName('\u202ENguy\u200Bê\u0303n\u2066 Văn\u0000 A\uFEFF\n')).toBe('Nguyễn Văn A');
    expect(cleanName('e\u200B\u0301')).toBe('é');
  });

  it('property: the result has no invisible character and is NFC; cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...INVISIBLE, 'ê\u0303', '\t', '\n')), { maxLength: 10 }),
        (parts) => {
          const out = cleanName(parts.join(''));
          expect(INVISIBLE.some((c) => out.includes(c)) || /[\t\n\r]/.test(out)).toBe(false);
          expect(out).toBe(out.normalize('NFC'));
          expect(cleanName(out)).toBe(out);
        },
      ),
    );
  });
});

describe('cleanFreeText', () => {
  it('keeps tabs and line breaks, removes the rest', () => {
    expect(cleanFreeText('Dòng 1\r\n\tDòng\u200B 2\u202E\u0007')).toBe('Dòng 1\r\n\tDòng 2');
  });
});

describe('@CleanName / @CleanText', () => {
  class Body {
    @CleanName() fullName: unknown;
    @CleanText() content: unknown;
    @CleanName() names: unknown;
  }

  it('clean strings (and strings in arrays) when the body becomes the DTO, leave other values to validation', () => {
    const b = plainToInstance(Body, { fullName: 'A\u200Bn\u0301', content: 'x\ny\u202E', names: ['B\u2060ình', 3] });
    expect(b).toEqual(Object.assign(new Body(), { fullName: 'Ań', content: 'x\ny', names: ['Bình', 3] }));
    expect(plainToInstance(Body, { fullName: 12 }).fullName).toBe(12);
  });
});
