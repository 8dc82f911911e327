import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { containsSealedIdentity, REDACTION_MARK, scrubIdentity, type SealedIdentity } from './identity-scan.js';
import { foldText } from '../../common/text/match-fold.js';

/**
 * Disguised identities: names, ID numbers and phone numbers written with invisible characters,
 * Cyrillic/Greek look-alike letters, full-width characters, decomposed diacritics, odd case and
 * separators inside numbers, embedded in ordinary text, must always be scrubbed; text without
 * them must come back unchanged.
 */

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân'];
const GIVEN = ['Ánh', 'Tuyết', 'Hùng', 'Dũng', 'Phương', 'Hằng', 'Khoa', 'Tâm', 'Nghĩa', 'Quyết', 'Yến', 'Kiệt'];
const FILLER = [
  'tôi',
  'việc',
  'lấn',
  'chiếm',
  'vỉa',
  'hè',
  'tại',
  'ông',
  'bà',
  'đề',
  'nghị',
  'xử',
  'kiểm',
  'tra',
  'gửi',
  'đơn',
  'cán',
  'bộ',
  'số',
  'điện',
  'thoại',
  'CCCD',
  'trú',
  'ở',
  'Lê',
  'Chân',
  'Hải',
  'Phòng',
];

/** Latin letter → letters of other alphabets drawn the same. */
const LOOKALIKES: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с', 'ϲ'],
  e: ['е', 'ε'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  x: ['х', 'χ'],
  y: ['у', 'ү'],
  i: ['і', 'ι'],
  j: ['ј'],
  s: ['ѕ'],
  h: ['һ'],
  k: ['κ', 'к'],
  v: ['ν'],
  u: ['υ'],
  t: ['τ', 'т'],
  d: ['ԁ'],
  g: ['ɡ'],
  n: ['п'],
  m: ['м'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С', 'Ϲ'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  J: ['Ј'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  S: ['Ѕ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['У', 'Υ', 'Ү'],
  Z: ['Ζ'],
  D: ['Ԁ'],
  Đ: ['Ð'],
  đ: ['ð'],
};
const INVISIBLES = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const INVISIBLE_RE = new RegExp(INVISIBLES.join('|'), 'g');
const fullWidth = (ch: string) => (/[0-9A-Za-z]/.test(ch) ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch);

type Gen = fc.GeneratorValue;

/** Disguises one name or number character by character (the text is taken in NFD so that bases and marks are apart). */
function disguiseChars(g: Gen, text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    let c = ch;
    if (/\p{L}/u.test(c)) {
      const caseChoice = g(fc.constantFrom, 'keep', 'keep', 'upper', 'lower');
      c = caseChoice === 'upper' ? c.toUpperCase() : caseChoice === 'lower' ? c.toLowerCase() : c;
      const look = LOOKALIKES[c];
      const how = g(fc.constantFrom, 'keep', 'keep', 'lookalike', 'fullwidth');
      if (how === 'lookalike' && look) c = g(fc.constantFrom, ...look);
      else if (how === 'fullwidth') c = fullWidth(c);
    } else if (/\d/.test(c) && g(fc.boolean)) {
      c = fullWidth(c);
    }
    out += c;
    if (g(fc.integer, { min: 0, max: 3 }) === 0) out += g(fc.constantFrom, ...INVISIBLES);
  }
  return g(fc.boolean) ? out.normalize('NFC') : out;
}

/** A name with its syllables joined by one to three spaces or punctuation, then disguised. */
function disguiseName(g: Gen, name: string): string {
  const sep = () => g(fc.constantFrom, ' ', ' ', '  ', ', ', ' - ', '\u00A0', '\u3000');
  return name
    .split(' ')
    .map((w) => disguiseChars(g, w))
    .join(sep());
}

/** A number cut into groups joined by separators, then disguised. */
function disguiseNumber(g: Gen, digits: string, phone: boolean): string {
  let text = phone && g(fc.boolean) ? `+84${digits.slice(1)}` : digits;
  const groups: string[] = [];
  while (text.length > 0) {
    const n = g(fc.integer, { min: 1, max: 4 });
    groups.push(text.slice(0, n));
    text = text.slice(n);
  }
  const sep = () => g(fc.constantFrom, '', '', ' ', '.', '-', ' - ', '. ', '–', '\u00A0');
  return groups.map((x) => disguiseChars(g, x)).join(sep());
}

const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN))
  .map((p) => p.join(' '));
const idNumber = fc.stringMatching(/^0[0-9]{11}$/);
const phone = fc.stringMatching(/^0[35789][0-9]{8}$/);
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 8 }).map((w) => w.join(' '));
const around = fc.constantFrom(' ', ': ', ', ', '\n', ' (', ') ', ' — ');
const identity = fc.record({ fullName: name, idNumber, phone });

describe('scrubIdentity against disguises', () => {
  it('the filler vocabulary shares no token with the names (sanity of the generators)', () => {
    const nameTokens = new Set([...SURNAMES, ...MIDDLE, ...GIVEN].map(foldText));
    expect(FILLER.map(foldText).filter((w) => nameTokens.has(w))).toEqual([]);
  });

  it('property: a disguised name, ID number or phone embedded in text is always replaced, the rest kept', () => {
    fc.assert(
      fc.property(
        identity,
        fc.constantFrom('fullName', 'idNumber', 'phone'),
        filler,
        filler,
        around,
        around,
        fc.gen(),
        (who, field, pre, post, s1, s2, g) => {
          const shown =
            field === 'fullName' ? disguiseName(g, who.fullName) : disguiseNumber(g, who[field], field === 'phone');
          const out = scrubIdentity(`${pre}${s1}${shown}${s2}${post}`, who);
          expect(out.replace(INVISIBLE_RE, '')).toBe(`${pre}${s1}${REDACTION_MARK}${s2}${post}`.normalize('NFC'));
          expect(containsSealedIdentity(out, who)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: every disguised form is found by containsSealedIdentity', () => {
    fc.assert(
      fc.property(identity, filler, fc.gen(), (who, pre, g) => {
        expect(containsSealedIdentity(`${pre} ${disguiseName(g, who.fullName)}`, { fullName: who.fullName })).toBe(
          true,
        );
        expect(
          containsSealedIdentity(`${pre} ${disguiseNumber(g, who.idNumber, false)}`, { idNumber: who.idNumber }),
        ).toBe(true);
        expect(containsSealedIdentity(`${pre} ${disguiseNumber(g, who.phone, true)}`, { phone: who.phone })).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('property: text without the identity is left exactly as it is', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(...FILLER),
          fc.stringMatching(/^[0-9]{1,3}$/).map((n) => `${n} đồng`),
        ),
        { maxLength: 12 },
      )
      .chain((words) => fc.constantFrom(' ', '\n', ', ').map((sep) => words.join(sep)));
    fc.assert(
      fc.property(identity, text, fc.constantFrom('NFC', 'NFD'), (who: SealedIdentity, t, form) => {
        const input = t.normalize(form as 'NFC' | 'NFD');
        expect(scrubIdentity(input, who)).toBe(input);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['zero-width inside the name', 'Ngu\u200Byễn Th\u200Dị Á\u2060nh Tuy\uFEFFết', '[đã ẩn]'],
    ['Cyrillic look-alikes', 'Nguyễn Thị Ánh Tuуết'.replace('e', 'е'), '[đã ẩn]'],
    ['full-width digits', 'CCCD ０３１１９０００１２３４', 'CCCD [đã ẩn]'],
    ['separators in the phone', 'ĐT: 09 12 - 34.56 78', 'ĐT: [đã ẩn]'],
    ['+84 phone', 'ĐT +84 912 345 678', 'ĐT [đã ẩn]'],
    ['ID glued to a label', 'CCCD031190001234', 'CCCD[đã ẩn]'],
  ])('scrubs %s', (_what, text, expected) => {
    expect(
      scrubIdentity(text, { fullName: 'Nguyễn Thị Ánh Tuyết', idNumber: '031190001234', phone: '0912345678' }),
    ).toBe(expected);
  });
});
