import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { containsSealedIdentity, REDACTION_MARK, scrubIdentity } from './identity-scan.js';
import { foldVietnamese } from './text-normalize.js';

const identity = { fullName: 'Nguyễn Thị Ánh Tuyết', idNumber: '031190001234', phone: '0912 345 678' };

describe('containsSealedIdentity', () => {
  it.each([
    ['the exact name', 'Người tố cáo: Nguyễn Thị Ánh Tuyết, trú tại Lê Chân'],
    ['upper case', 'NGUYỄN THỊ ÁNH TUYẾT'],
    ['no diacritics', 'nguoi to cao nguyen thi anh tuyet'],
    ['NFD text', 'Nguyễn Thị Ánh Tuyết'.normalize('NFD')],
    ['extra spaces and punctuation', 'Nguyễn  Thị, Ánh-Tuyết'],
    ['run together', '{"user":"NguyenThiAnhTuyet"}'],
    ['slug', '/files/nguyen-thi-anh-tuyet.pdf'],
    ['JSON \\u escapes', '{"name":"Nguy\\u1ec5n Th\\u1ecb \\u00c1nh Tuy\\u1ebft"}'],
    ['percent-encoded', '/search?q=Nguy%E1%BB%85n%20Th%E1%BB%8B%20%C3%81nh%20Tuy%E1%BA%BFt'],
    ['HTML entities', 'Nguy&#7877;n Th&#x1ECB; &#193;nh Tuy&#7871;t'],
    ['the ID number', 'CCCD 031190001234'],
    ['the ID number with separators', 'CCCD 031-190-001-234'],
    ['the ID number inside a longer token', 'cccd031190001234x'],
    ['the phone number without spaces', 'ĐT: 0912345678'],
  ])('finds %s', (_what, text) => {
    expect(containsSealedIdentity(text, identity)).toBe(true);
  });

  it.each([
    ['another person', 'Nguyễn Thị Ánh Hồng, 031190009999'],
    ['the name in another order', 'Tuyết Ánh Thị Nguyễn'],
    ['part of the name', 'bà Ánh Tuyết'],
    ['a masked ID number', 'CCCD 031******234'],
    ['nothing', ''],
  ])('does not flag %s', (_what, text) => {
    expect(containsSealedIdentity(text, identity)).toBe(false);
  });

  it('an empty identity matches nothing', () => {
    expect(containsSealedIdentity('Nguyễn Thị Ánh Tuyết 031190001234', {})).toBe(false);
  });

  it('property: finds the name in any text that embeds it, whatever the case and diacritics', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('NFC', 'NFD', 'fold', 'upper') as fc.Arbitrary<string>,
        (pre, post, form) => {
          const name = identity.fullName;
          const shown =
            form === 'fold'
              ? foldVietnamese(name)
              : form === 'upper'
                ? name.toUpperCase()
                : name.normalize(form as 'NFC' | 'NFD');
          expect(containsSealedIdentity(`${pre} ${shown} ${post}`, { fullName: name })).toBe(true);
        },
      ),
    );
  });
});

describe('scrubIdentity', () => {
  it('replaces the name, ID number and phone, keeping the rest', () => {
    const text = 'Tôi là NGUYEN THI ANH TUYET (CCCD 031190001234, ĐT 0912.345.678) tố cáo ông Trần Văn B.';
    const out = scrubIdentity(text, identity);
    expect(out).toBe(`Tôi là ${REDACTION_MARK} (CCCD ${REDACTION_MARK}, ĐT ${REDACTION_MARK}) tố cáo ông Trần Văn B.`);
    expect(containsSealedIdentity(out, identity)).toBe(false);
  });

  it('works on NFD input and returns NFC', () => {
    const out = scrubIdentity('Bà Nguyễn Thị Ánh Tuyết trình bày'.normalize('NFD'), identity);
    expect(out).toBe(`Bà ${REDACTION_MARK} trình bày`);
  });

  it('does not cut into longer words or numbers', () => {
    expect(scrubIdentity('số 10311900012345', identity)).toBe('số 10311900012345');
    expect(scrubIdentity('Nguyễn Thị Ánh Tuyếtx', identity)).toBe('Nguyễn Thị Ánh Tuyếtx');
  });

  it('leaves text without the identity unchanged', () => {
    const text = 'Phản ánh việc lấn chiếm vỉa hè tại phường Lê Chân.';
    expect(scrubIdentity(text, identity)).toBe(text);
  });

  it('property: after scrubbing, the name written in the usual forms is gone', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('NFC', 'NFD', 'fold', 'upper'), (pre, post, form) => {
        const name = identity.fullName;
        const shown =
          form === 'fold'
            ? foldVietnamese(name)
            : form === 'upper'
              ? name.toUpperCase()
              : name.normalize(form as 'NFC' | 'NFD');
        const out = scrubIdentity(`${pre} ${shown} ${post}`, { fullName: name });
        expect(out).toContain(REDACTION_MARK);
        expect(foldVietnamese(out)).not.toContain(foldVietnamese(`${name}`));
      }),
    );
  });
});
