import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { looksPersonal, maskComment, MASKS } from './comment-masking.js';

describe('maskComment', () => {
  it.each([
    ['Gọi tôi 0912345678 nhé', `Gọi tôi ${MASKS.phone} nhé`],
    ['sđt 0912 345 678.', `sđt ${MASKS.phone}.`],
    ['sđt 0912.345.678', `sđt ${MASKS.phone}`],
    ['sđt 091-234-5678', `sđt ${MASKS.phone}`],
    ['+84 912 345 678 là số tôi', `${MASKS.phone} là số tôi`],
    ['84912345678', MASKS.phone],
    ['máy bàn (024) 3823 4567', `máy bàn ${MASKS.phone}`],
    ['CCCD 001085012345 của tôi', `CCCD ${MASKS.idNumber} của tôi`],
    ['CMND 123456789', `CMND ${MASKS.idNumber}`],
    ['thư nguyen.van.a@gmail.com trả lời', `thư ${MASKS.email} trả lời`],
    ['thư lê.thị@ví-dụ.vn', `thư ${MASKS.email}`],
  ])('%s', (input, expected) => {
    expect(maskComment(input)).toBe(expected);
  });

  it.each([
    'Cán bộ tiếp đón nhiệt tình, ngày 12/10/2026 tôi được hướng dẫn rõ.',
    'Chờ 45 phút, phòng số 3.',
    'Số tiền 1.500.000 đồng đã được trả.',
    'Năm 2026 tốt hơn năm 2025.',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(maskComment(input)).toBe(input);
  });

  const sep = fc.constantFrom('', ' ', '.', '-');
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const mobile = fc
    .tuple(fc.constantFrom('03', '05', '07', '08', '09'), fc.array(digit, { minLength: 8, maxLength: 8 }), sep, sep)
    .map(([p, d, s1, s2]) => `${p}${d[0]}${s1}${d.slice(1, 4).join('')}${s2}${d.slice(4).join('')}`);
  const intl = mobile.map((m) => `+84 ${m.slice(1)}`);
  const idNo = fc.array(digit, { minLength: 12, maxLength: 12 }).map((d) => d.join(''));
  const email = fc
    .tuple(
      fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
      fc.stringMatching(/^[a-z]{2,10}$/),
      fc.constantFrom('vn', 'com', 'gov.vn'),
    )
    .map(([u, d, t]) => `${u}@${d}.${t}`);
  const words = fc
    .array(fc.constantFrom('cán bộ', 'rất', 'tốt', 'chờ lâu', 'cảm ơn', 'ý kiến'), { maxLength: 4 })
    .map((w) => w.join(' '));

  it('never leaves a phone number, an ID number or an e-mail address in the masked text', () => {
    fc.assert(
      fc.property(words, fc.oneof(mobile, intl, idNo, email), words, (a, secret, b) => {
        const out = maskComment(`${a} ${secret} ${b}`);
        expect(out).not.toContain(secret);
        expect(looksPersonal(out)).toBe(false);
        expect(out.startsWith(a)).toBe(true);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = maskComment(s);
        expect(maskComment(once)).toBe(once);
      }),
    );
  });
});
