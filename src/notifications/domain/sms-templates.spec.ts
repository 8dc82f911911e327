import { describe, expect, it } from '@jest/globals';
import { SMS_TEMPLATES, VARIABLE_CAPS } from './sms-templates.data.js';
import { capValue, placeholdersOf, renderSms, SMS_TEMPLATE_NAMES } from './sms-templates.js';
import { countParts } from './sms-text.js';

/** Long but realistic values (longer than the caps where the real world can be). */
const LONG = {
  code: 'K7M9-P2QX',
  date: '31/12/2026',
  time: '16:30',
  place:
    'Trụ sở Tiếp công dân Ủy ban nhân dân tỉnh Thừa Thiên Huế, số 16 đường Lê Lợi, phường Vĩnh Ninh, thành phố Huế, tỉnh Thừa Thiên Huế',
  link: 'https://tiepcongdan.thuathienhue.gov.vn/dat-lich/K7M9-P2QX/quan-ly?ma=0123456789abcdef0123456789abcdef',
  position: '1234',
  reason: 'Lãnh đạo Ủy ban nhân dân tỉnh phải dự họp đột xuất với Chính phủ về công tác phòng chống thiên tai, bão lũ',
  otp: '123456',
  minutes: '10',
};

describe('SMS templates', () => {
  it.each(SMS_TEMPLATE_NAMES)('%s: within 2 GSM-7 parts with long values, and Vietnamese with diacritics', (name) => {
    const { text, template } = renderSms(name, LONG);
    expect(template).toBe(`${name}@${SMS_TEMPLATES[name].version}`);
    expect(countParts(text, 'gsm7')).toBeLessThanOrEqual(2);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(SMS_TEMPLATES[name].text).toMatch(/[àáạảãăắằẳẵặâấầẩẫậđèéẹẻẽêếềểễệìíịỉĩòóọỏõôốồổỗộơớờởỡợùúụủũưứừửữựỳýỵỷỹ]/);
  });

  it('uses only placeholders with a cap', () => {
    for (const name of SMS_TEMPLATE_NAMES)
      for (const p of placeholdersOf(name)) expect(Object.keys(VARIABLE_CAPS)).toContain(p);
  });

  it('refuses a missing value', () => {
    expect(() => renderSms('booking.otp', { otp: '123456' })).toThrow('{minutes}');
  });

  it('caps and flattens values', () => {
    expect(capValue('a\nb', 10)).toBe('a b');
    expect(capValue('abcdefghij', 5)).toBe('abcd…');
    expect(renderSms('petition.answered', { date: '02/03/2026', link: 'h'.repeat(200) }).text).toContain(
      'h'.repeat(89) + '…',
    );
  });
});
