import { describe, expect, it } from '@jest/globals';
import {
  countParts,
  encodeGsm7,
  encodeUcs2,
  gsmSeptets,
  isGsm7,
  parseReceipt,
  smsPdus,
  smsText,
  splitParts,
  stripVietnamese,
  toGsm7Text,
} from './sms-text.js';

describe('stripVietnamese', () => {
  it.each([
    ['Nguyễn Thị Hồng Nhung', 'Nguyen Thi Hong Nhung'],
    ['Đặng Văn Đức', 'Dang Van Duc'],
    ['đường Lê Lợi, phường Vĩnh Ninh', 'duong Le Loi, phuong Vinh Ninh'],
    ['Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'Uy ban nhan dan tinh Thua Thien Hue'],
    ['ắằẳẵặấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ', 'aaaaaaaaaa eeeee ooooo ooooo uuuuu yyyyy'],
    ['ẮẰẲẴẶẤẦẨẪẬĐ ƠƯ Ỹ', 'AAAAAAAAAAD OU Y'],
    ['Quý vị', 'Quy vi'],
    ['08:00 – 123', '08:00 – 123'],
  ])('%s → %s', (input, out) => {
    expect(stripVietnamese(input)).toBe(out);
  });

  it('gives the same result for composed and decomposed input', () => {
    const composed = 'Trần Thị Hồng Đào';
    expect(stripVietnamese(composed.normalize('NFD'))).toBe(stripVietnamese(composed));
    expect(stripVietnamese(composed)).toBe('Tran Thi Hong Dao');
  });

  it('leaves no character outside ASCII for any Vietnamese letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toUpperCase();
    expect(stripVietnamese(all)).toMatch(/^[A-Za-z]+$/);
    expect(stripVietnamese(all)).toHaveLength(all.length);
  });
});

describe('GSM-7', () => {
  it('knows basic, extension and foreign characters', () => {
    expect(gsmSeptets('a')).toBe(1);
    expect(gsmSeptets('@')).toBe(1);
    expect(gsmSeptets('€')).toBe(2);
    expect(gsmSeptets('[')).toBe(2);
    expect(gsmSeptets('ă')).toBe(0);
    expect(gsmSeptets('`')).toBe(0);
    expect(isGsm7('Xin chao 123 {ok}')).toBe(true);
    expect(isGsm7('Việt Nam')).toBe(false);
  });

  it('replaces characters outside the alphabet after stripping', () => {
    expect(toGsm7Text('Lịch 08:00–09:00 “Đà Nẵng” … ✓')).toBe('Lich 08:00-09:00 "Da Nang" ... ?');
    expect(isGsm7(toGsm7Text('Mọi thứ ✓ 漢字 😀'))).toBe(true);
  });

  it('encodes unpacked septets with ESC for extensions', () => {
    expect([...encodeGsm7('@A€')]).toEqual([0x00, 0x41, 0x1b, 0x65]);
    expect([...encodeUcs2('Đà')]).toEqual([0x01, 0x10, 0x00, 0xe0]);
  });
});

describe('parts', () => {
  it('counts 160/153 for GSM-7 and 70/67 for UCS-2', () => {
    expect(countParts('a'.repeat(160), 'gsm7')).toBe(1);
    expect(countParts('a'.repeat(161), 'gsm7')).toBe(2);
    expect(countParts('a'.repeat(306), 'gsm7')).toBe(2);
    expect(countParts('a'.repeat(307), 'gsm7')).toBe(3);
    expect(countParts('ă'.repeat(70), 'ucs2')).toBe(1);
    expect(countParts('ă'.repeat(71), 'ucs2')).toBe(2);
    expect(countParts('ă'.repeat(134), 'ucs2')).toBe(2);
    expect(countParts('ă'.repeat(135), 'ucs2')).toBe(3);
    // the same Vietnamese text: one GSM-7 part, three UCS-2 parts
    expect(countParts('ă'.repeat(150), 'gsm7')).toBe(1);
  });

  it('counts an extension character as two septets and never splits it', () => {
    expect(countParts('€'.repeat(80), 'gsm7')).toBe(1);
    expect(countParts('€'.repeat(81), 'gsm7')).toBe(2);
    const parts = splitParts('a' + '€'.repeat(100), 'gsm7');
    expect(parts.join('')).toBe('a' + '€'.repeat(100));
    for (const p of parts) expect([...p].reduce((n, c) => n + gsmSeptets(c), 0)).toBeLessThanOrEqual(153);
  });

  it('builds concatenated parts with a UDH and the right data_coding', () => {
    const text = 'Nguyễn Văn An '.repeat(20);
    const gsm = smsPdus(text, 'gsm7', 0x1a);
    expect(gsm).toHaveLength(2);
    gsm.forEach((p, i) => {
      expect(p.dataCoding).toBe(0);
      expect(p.esmClass).toBe(0x40);
      expect([...p.shortMessage.subarray(0, 6)]).toEqual([5, 0, 3, 0x1a, 2, i + 1]);
    });
    const joined = gsm.map((p) => p.shortMessage.subarray(6).toString('latin1')).join('');
    expect(joined).toBe(smsText(text, 'gsm7'));
    const ucs = smsPdus(text, 'ucs2', 7);
    expect(ucs).toHaveLength(5);
    expect(ucs.every((p) => p.dataCoding === 8 && p.shortMessage.length <= 140)).toBe(true);
    expect(smsPdus('Ngắn', 'ucs2', 1)).toEqual([{ dataCoding: 8, esmClass: 0, shortMessage: encodeUcs2('Ngắn') }]);
  });
});

describe('parseReceipt', () => {
  it('reads id, stat, err and done date', () => {
    expect(
      parseReceipt('id:ab12 sub:001 dlvrd:001 submit date:2612010830 done date:2612010831 stat:DELIVRD err:000 text:x'),
    ).toEqual({ id: 'ab12', stat: 'DELIVRD', err: '000', doneDate: '2612010831' });
    expect(parseReceipt('hello')).toBeNull();
  });
});
