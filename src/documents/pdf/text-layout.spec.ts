import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { breakLines, wordOffsets, type LayoutLine, type Measure, type StyledRun } from './text-layout.js';

/** Fake metrics: every character is 1 unit wide per point of size /10; bold is 1.5×. */
const measure: Measure = (text, style, size) => [...text].length * (size / 10) * (style === 'bold' ? 1.5 : 1);
const run = (text: string, style: StyledRun['style'] = 'regular', size = 10): StyledRun => ({ text, style, size });
const words = (line: LayoutLine): string[] => line.words.map((w) => w.fragments.map((f) => f.text).join(''));

describe('breakLines', () => {
  it('fills lines greedily and marks only the last one', () => {
    const lines = breakLines([run('aa bb cc dd')], 5, 0, measure);
    expect(lines.map(words)).toEqual([
      ['aa', 'bb'],
      ['cc', 'dd'],
    ]);
    expect(lines.map((l) => l.last)).toEqual([false, true]);
    expect(lines[0].width).toBe(5);
  });

  it('indents the first line only', () => {
    const lines = breakLines([run('aa bb cc')], 6, 3, measure);
    expect(lines.map(words)).toEqual([['aa'], ['bb', 'cc']]);
    expect(lines.map((l) => l.indent)).toEqual([3, 0]);
  });

  it('keeps a word made of several styled runs together', () => {
    const lines = breakLines([run('xx '), run('Điều', 'bold'), run('1, yy')], 12, 0, measure);
    expect(lines.map(words)).toEqual([['xx', 'Điều1,'], ['yy']]);
    expect(lines[0].words[1].fragments.map((f) => f.style)).toEqual(['bold', 'regular']);
  });

  it('collapses runs of spaces and breaks at newlines', () => {
    const lines = breakLines([run('a   b\nc')], 100, 0, measure);
    expect(lines.map(words)).toEqual([['a', 'b'], ['c']]);
    expect(lines.map((l) => l.last)).toEqual([true, true]);
    expect(lines[0].width).toBe(3);
  });

  it('cuts a word longer than the line between characters', () => {
    const lines = breakLines([run('abcdefghij')], 4, 0, measure);
    expect(lines.map(words)).toEqual([['abcd'], ['efgh'], ['ij']]);
  });

  it('returns one empty line for empty text', () => {
    const lines = breakLines([run('')], 10, 0, measure);
    expect(lines).toHaveLength(1);
    expect(lines[0].words).toEqual([]);
  });

  it('never exceeds the width (but for a lone character) and never loses or reorders a character', () => {
    const text = fc.stringMatching(/^[a-zđ ]{0,60}$/u);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 10 }), (t, width, indent) => {
        const lines = breakLines([run(t)], width, indent, measure);
        for (const line of lines) {
          const singleChar = words(line).join('').length === 1;
          if (!singleChar) expect(line.indent + line.width).toBeLessThanOrEqual(width + 1e-9);
        }
        expect(lines.flatMap(words).join('')).toBe(t.replace(/ /gu, ''));
      }),
    );
  });

  it('breaks at every space when each word is as wide as the line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('abc', 'xyz', 'đêm'), { minLength: 1, maxLength: 10 }), (ws) => {
        const lines = breakLines([run(ws.join(' '))], 3, 0, measure);
        expect(lines.map(words)).toEqual(ws.map((w) => [w]));
      }),
    );
  });
});

describe('wordOffsets', () => {
  const [line] = breakLines([run('aa bb cc dd')], 9, 0, measure);
  const last = breakLines([run('aa bb')], 9, 0, measure)[0];

  it('left-aligns with single spaces', () => {
    expect(wordOffsets(line, 9, 'left')).toEqual([0, 3, 6]);
  });

  it('justifies a non-final line to both edges', () => {
    const offsets = wordOffsets(line, 12, 'justify');
    expect(offsets[0]).toBe(0);
    expect(offsets[2] + line.words[2].width).toBeCloseTo(12);
  });

  it('does not stretch the last line of a paragraph', () => {
    expect(wordOffsets(last, 20, 'justify')).toEqual([0, 3]);
  });

  it('centres and right-aligns', () => {
    expect(wordOffsets(last, 11, 'center')).toEqual([3, 6]);
    expect(wordOffsets(last, 11, 'right')).toEqual([6, 9]);
  });
});
