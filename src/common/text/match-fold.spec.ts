import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { foldForMatch, foldText } from './match-fold.js';

describe('foldText', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['Nguyễn Văn Đức'.normalize('NFD'), 'nguyen van duc'],
    ['Ngu\u200Byễn\u00AD', 'nguyen'],
    ['Nguуễn', 'nguyen'], // Cyrillic у
    ['ΑΝΗ', 'anh'], // Greek capitals
    ['０９１２', '0912'],
    ['Ｔｕｙết', 'tuyet'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('property: every folded character maps back to a range of the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { folded, start, end } = foldForMatch(text);
        expect(start).toHaveLength(folded.length);
        for (let i = 0; i < folded.length; i++) {
          expect(0 <= start[i]! && start[i]! < end[i]! && end[i]! <= text.length).toBe(true);
          if (i > 0) expect(start[i]! >= start[i - 1]!).toBe(true);
        }
      }),
    );
  });

  it('property: plain ASCII letters and digits fold to themselves in lower case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .,-]*$/), (text) => expect(foldText(text)).toBe(text.toLowerCase())),
    );
  });
});
