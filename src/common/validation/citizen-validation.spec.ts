import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  cccdBirthYear,
  isCitizenIdNumber,
  isPassportNumber,
  isVietnameseFullName,
  isVietnameseMobile,
  normalizeFullName,
  normalizeIdentityNumber,
  normalizePhoneVn,
  validateFullName,
  validateIdentityNumber,
  validatePhoneVn,
} from './citizen-validation.js';

describe('full name', () => {
  it.each([
    'Nguyễn Văn An',
    'Đặng Thị Ánh Tuyết',
    'NGUYỄN THỊ HƯƠNG',
    'Trương Ngọc Ửng',
    'Lò Văn Pọm',
    "H'Hen Niê",
    'Ksor Y Đứ',
    'Jean-Pierre Dupont',
    'Müller Hans',
    'Nguyễn Văn A',
    'Khổng Tử',
    'Hùng',
  ])('accepts %j', (name) => {
    expect(isVietnameseFullName(name)).toBe(true);
  });

  it.each([
    ['too short', 'A'],
    ['empty', '   '],
    ['a digit', 'Nguyễn Văn 3'],
    ['markup', '<b>Nguyễn</b>'],
    ['an underscore', 'Nguyễn_Văn'],
    ['a leading apostrophe', "'An Nguyễn"],
    ['a trailing hyphen', 'Nguyễn Văn-'],
    ['a zero-width joiner', 'Nguy\u200Dễn Văn'],
    ['an emoji', 'Nguyễn Văn 😀'],
    ['a non-Latin script', '王小明'],
    ['stacked combining marks', 'Nguye\u0302\u0303\u0301\u0300\u0309n Văn'],
    ['a dot', 'Nguyễn V. An'],
  ])('refuses a name with %s', (_label, name) => {
    const r = validateFullName(name);
    expect(r.ok).toBe(false);
  });

  it('refuses more than 100 characters, counting code points', () => {
    const word = 'Nguyễn ';
    expect(isVietnameseFullName(word.repeat(14).trim())).toBe(true); // 97 chars
    expect(isVietnameseFullName(word.repeat(15).trim())).toBe(false); // 104 chars
    expect(validateFullName('A')).toEqual({ ok: false, message: 'Họ và tên phải có từ 2 đến 100 ký tự.' });
  });

  it('normalises to NFC, one space and a plain apostrophe', () => {
    const decomposed = 'Nguye\u0302\u0303n  \u00A0Va\u0306n   An '.normalize('NFD');
    const r = validateFullName(decomposed);
    expect(r).toEqual({ ok: true, value: 'Nguyễn Văn An' });
    expect(r.ok && r.value === r.value.normalize('NFC')).toBe(true);
    expect(normalizeFullName('H\u2019Hen  Niê')).toBe("H'Hen Niê");
  });

  it('allows a letter with a combining mark that has no precomposed form (ethnic-minority scripts)', () => {
    expect(isVietnameseFullName('Rơ\u0306 Châm')).toBe(true);
  });

  it('gives a Vietnamese message', () => {
    const r = validateFullName('Nguyen 123');
    expect(r.ok === false && r.message).toMatch(/chữ cái/);
  });

  it('property: names made of Vietnamese letters are accepted, and validation is idempotent', () => {
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'];
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 })
      .map((cs) => cs.join(''))
      .map((w) => w[0]!.toUpperCase() + w.slice(1));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const name = words.join(' ');
        fc.pre([...name].length >= 2);
        const r = validateFullName(name.normalize('NFD'));
        expect(r).toEqual({ ok: true, value: name.normalize('NFC') });
        if (r.ok) expect(validateFullName(r.value)).toEqual(r);
      }),
    );
  });
});

describe('citizen ID (CCCD)', () => {
  const opts = { currentYear: 2026 };

  it.each([
    ['Hải Phòng, male born 1985', '031085001234'],
    ['Hà Nội, female born 2001', '001301123456'],
    ['Cà Mau, 096', '096099000001'],
    ['with spaces', '031 085 001 234'],
    ['born this year', '001326000001'],
  ])('accepts %s', (_label, id) => {
    expect(isCitizenIdNumber(id, opts)).toBe(true);
  });

  it.each([
    ['province 000', '000085001234'],
    ['province 097', '097085001234'],
    ['11 digits', '03108500123'],
    ['13 digits', '0310850012345'],
    ['a letter', '03108500123A'],
    ['born in the future (2027)', '001327000001'],
    ['22nd century', '001400000001'],
  ])('refuses %s', (_label, id) => {
    expect(isCitizenIdNumber(id, opts)).toBe(false);
  });

  it('reads the birth year from the century digit', () => {
    expect(cccdBirthYear('031085001234')).toBe(1985);
    expect(cccdBirthYear('031185001234')).toBe(1985);
    expect(cccdBirthYear('031205001234')).toBe(2005);
    expect(cccdBirthYear('031399001234')).toBe(2099);
    expect(cccdBirthYear('031900001234')).toBe(2300);
  });

  it('property: every 12-digit number with province 001–096 and a past birth year is accepted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 96 }),
        fc.integer({ min: 1900, max: 2026 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 999_999 }),
        (province, year, female, serial) => {
          const century = (Math.floor(year / 100) - 19) * 2 + (female ? 1 : 0);
          const id = `${String(province).padStart(3, '0')}${century}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
          expect(isCitizenIdNumber(id, opts)).toBe(true);
          expect(cccdBirthYear(id)).toBe(year);
        },
      ),
    );
  });
});

describe('passport', () => {
  it.each(['B1234567', 'c1234567', 'N-1234567', 'E12345678', 'AB1234567', '12345678', 'P12345'])('accepts %j', (p) => {
    expect(isPassportNumber(p)).toBe(true);
  });

  it.each(['123456789', 'ABCDEFGH', 'B1234', 'B123456789', 'B12345#7', ''])('refuses %j', (p) => {
    expect(isPassportNumber(p)).toBe(false);
  });
});

describe('validateIdentityNumber', () => {
  const opts = { currentYear: 2026 };

  it('classifies and normalises', () => {
    expect(validateIdentityNumber(' 031 085 001 234 ', opts)).toEqual({
      ok: true,
      value: { number: '031085001234', kind: 'cccd' },
    });
    expect(validateIdentityNumber('b1234567', opts)).toEqual({
      ok: true,
      value: { number: 'B1234567', kind: 'passport' },
    });
  });

  it('explains why the old 9-digit CMND is refused', () => {
    const r = validateIdentityNumber('031234567', opts);
    expect(r.ok === false && r.message).toMatch(/Chứng minh nhân dân 9 số/);
  });

  it('refuses a malformed 12-digit number as a CCCD, not as a passport', () => {
    const r = validateIdentityNumber('099085001234', opts);
    expect(r.ok === false && r.message).toMatch(/căn cước công dân không hợp lệ/);
  });

  it('refuses garbage and over-long input', () => {
    expect(validateIdentityNumber('hello', opts).ok).toBe(false);
    expect(validateIdentityNumber('1'.repeat(65), opts).ok).toBe(false);
  });

  it('normalises full-width digits', () => {
    expect(normalizeIdentityNumber('０３１０８５００１２３４')).toBe('031085001234');
  });
});

describe('normalizePhoneVn', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['84 912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['091-234-5678', '+84912345678'],
    ['0084912345678', '+84912345678'],
    ['+84 (0) 912 345 678', '+84912345678'],
    ['912345678', '+84912345678'],
    ['0321234567', '+84321234567'],
    ['0561234567', '+84561234567'],
    ['0701234567', '+84701234567'],
    ['0843456789', '+84843456789'],
    ['843456789', '+84843456789'],
    ['02253123456', '+842253123456'],
    ['(024) 3825 1234', '+842438251234'],
    ['+84 28 3829 1234', '+842838291234'],
  ])('%j → %j', (raw, e164) => {
    expect(normalizePhoneVn(raw)).toBe(e164);
  });

  it.each([
    '',
    '091234567',
    '09123456789',
    '0112345678',
    '0412345678',
    '0612345678',
    '+33612345678',
    '+8491234567a',
    '0225312345',
    'phone: 0912345678',
    '0912 345 678 ext 2',
    '++84912345678',
  ])('refuses %j', (raw) => {
    expect(normalizePhoneVn(raw)).toBeNull();
  });

  it('validatePhoneVn gives a Vietnamese message', () => {
    expect(validatePhoneVn('12')).toEqual({
      ok: false,
      message: 'Số điện thoại không hợp lệ; vui lòng nhập số di động hoặc số cố định tại Việt Nam.',
    });
    expect(validatePhoneVn('0912345678')).toEqual({ ok: true, value: '+84912345678' });
  });

  it('tells mobiles from landlines', () => {
    expect(isVietnameseMobile('+84912345678')).toBe(true);
    expect(isVietnameseMobile('+842253123456')).toBe(false);
  });

  it('property: every written form of a valid mobile normalises to the same E.164', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('3', '5', '7', '8', '9'),
        fc.stringMatching(/^\d{8}$/),
        fc.constantFrom('0', '+84', '84', '0084', '+84 ', '+84 (0)'),
        fc.constantFrom('', ' ', '.', '-'),
        (lead, rest, prefix, sep) => {
          const nsn = lead + rest;
          const written = prefix + [nsn.slice(0, 3), nsn.slice(3, 6), nsn.slice(6)].join(sep);
          const e164 = normalizePhoneVn(written);
          expect(e164).toBe(`+84${nsn}`);
          expect(normalizePhoneVn(e164!)).toBe(e164);
        },
      ),
    );
  });
});
