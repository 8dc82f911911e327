import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nodemailer from 'nodemailer';
import { decodeWords, startSmtp, type TestSmtp } from './helpers/smtp.js';

/** The shared SMTP test helper, checked against nodemailer's own encoding (no app server involved). */
describe('test helper: SMTP server and MIME decoding', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp({
      reject: (m) => (m.envelopeTo.includes('bounce@example.vn') ? { code: 550, message: 'No such user' } : undefined),
    });
  });
  afterAll(() => smtp.close());

  it('decodes RFC 2047 words split inside a multibyte character', () => {
    const bytes = Buffer.from('Đặt lịch', 'utf8');
    const a = `=?UTF-8?B?${bytes.subarray(0, 3).toString('base64')}?=`;
    const b = `=?UTF-8?B?${bytes.subarray(3).toString('base64')}?=`;
    expect(decodeWords(`${a} ${b}`)).toBe('Đặt lịch');
    expect(decodeWords('=?utf-8?Q?Xin_ch=C3=A0o?= bạn')).toBe('Xin chào bạn');
  });

  it('receives a nodemailer message with a Vietnamese subject, body and attachments intact', async () => {
    const transport = nodemailer.createTransport(smtp.url);
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Tiếp công dân định kỳ\r\nEND:VCALENDAR\r\n';
    const subject =
      'Xác nhận đặt lịch tiếp công dân – Ủy ban nhân dân xã Đông Hưng, mã ĐẶT-LỊCH-ỐNG-ẸỤỴ-12345 (thứ Năm)';
    await transport.sendMail({
      from: 'Tiếp công dân <no-reply@tiepdan.local>',
      to: 'nguyen.van.an@example.vn',
      subject,
      text: 'Kính gửi ông Nguyễn Văn An,\nLịch tiếp của ông đã được xác nhận.',
      html: '<p>Kính gửi ông <b>Nguyễn Văn An</b></p>',
      attachments: [
        { filename: 'lich-tiep.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
        { filename: 'Giấy hẹn.txt', content: 'Giấy hẹn số 1', contentType: 'text/plain; charset=utf-8' },
      ],
    });
    const [m] = await smtp.waitFor(1);
    expect(m.envelopeTo).toEqual(['nguyen.van.an@example.vn']);
    expect(m.subject).toBe(subject);
    expect(m.raw).not.toContain('Đ'); // really encoded on the wire
    expect(m.text).toContain('Nguyễn Văn An');
    expect(m.html).toContain('<b>Nguyễn Văn An</b>');
    expect(m.attachments.map((a) => a.filename)).toEqual(['lich-tiep.ics', 'Giấy hẹn.txt']);
    expect(m.attachments[0].contentType).toBe('text/calendar');
    expect(m.attachments[0].content.toString('utf8')).toBe(ics);
    expect(m.attachments[1].content.toString('utf8')).toBe('Giấy hẹn số 1');
    transport.close();
  });

  it('refuses messages the test wants refused, with the SMTP code the client sees', async () => {
    const transport = nodemailer.createTransport(smtp.url);
    const err = await transport
      .sendMail({ from: 'a@tiepdan.local', to: 'bounce@example.vn', subject: 'x', text: 'y' })
      .then(
        () => null,
        (e: unknown) => e as { responseCode?: number },
      );
    expect(err?.responseCode).toBe(550);
    expect(smtp.rejected()).toBe(1);
    expect(smtp.to('bounce@example.vn')).toHaveLength(0);
    transport.close();
  });
});
