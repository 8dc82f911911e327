import { describe, expect, it } from '@jest/globals';
import { SEALED_LABEL } from '../common/privacy/masking-policy.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { outboxDetail, outboxView, SECRET_LABEL } from './outbox-view.js';

const message = (identitySealed: boolean) =>
  Object.assign(new OutboxMessageEntity(), {
    id: 'm1',
    channel: 'email',
    toEnc: null,
    secret: false,
    template: null,
    parts: null,
    deliveryState: null,
    deliveredAt: null,
    kind: 'booking.confirmed',
    toAddress: 'to.ngo@example.vn',
    subject: 'Xác nhận đăng ký tiếp công dân – HP-ABCD',
    text: 'Kính gửi ông/bà Ngô Văn Tố,',
    html: '<p>Ngô Văn Tố</p>',
    attachments: [{ filename: 'lich-tiep-HP-ABCD.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' }],
    refType: 'booking',
    refId: 'b1',
    dedupeKey: 'booking-created:b1',
    identitySealed,
    status: 'pending',
    attempts: 0,
    lastError: null,
    notBefore: null,
    claimedBy: null,
    claimedAt: null,
    sentAt: null,
    createdAt: new Date('2026-03-02T01:00:00Z'),
  });
const admin = { roles: ['admin'], unitId: 'city' };

describe('outbox view', () => {
  it('shows the admin the recipient of an ordinary message in clear (to be audited), and masks it for other roles', () => {
    expect(outboxView(message(false), admin)).toMatchObject({
      clear: true,
      sealed: false,
      item: { to: 'to.ngo@example.vn' },
    });
    expect(outboxView(message(false), { roles: ['office'], unitId: 'w' })).toMatchObject({
      clear: false,
      item: { to: 't***@example.vn' },
    });
  });

  it('seals recipient, subject, text, html and attachment names of a message to a denouncer, for every role', () => {
    for (const roles of [['admin'], ['inspector'], ['secretary'], ['admin', 'inspector']]) {
      const { detail, clear } = outboxDetail(message(true), { roles, unitId: 'w' });
      expect(clear).toBe(false);
      expect(detail).toMatchObject({
        to: SEALED_LABEL,
        subject: SEALED_LABEL,
        text: SEALED_LABEL,
        html: SEALED_LABEL,
        identitySealed: true,
      });
      expect(detail.attachments).toEqual([{ filename: SEALED_LABEL, contentType: 'text/calendar', size: 15 }]);
      expect(JSON.stringify(detail)).not.toMatch(/Ngô Văn Tố|to\.ngo|HP-ABCD/u);
    }
  });

  it('shows an SMS recipient only as its mask (never audited as clear), its delivery state, and never a one-time code', () => {
    const sms = Object.assign(message(false), {
      channel: 'sms',
      toAddress: '+8491****678',
      toEnc: 'v2:ciphertext',
      template: 'booking.otp@1',
      secret: true,
      text: 'v2:ciphertext-of-the-code',
      html: null,
      attachments: null,
      parts: 1,
      deliveryState: 'DELIVRD',
      deliveredAt: new Date('2026-03-02T01:00:05Z'),
    });
    const { detail, clear } = outboxDetail(sms, admin);
    expect(clear).toBe(false);
    expect(detail).toMatchObject({
      channel: 'sms',
      to: '+8491****678',
      text: SECRET_LABEL,
      secret: true,
      parts: 1,
      deliveryState: 'DELIVRD',
      deliveredAt: '2026-03-02T01:00:05.000Z',
    });
    expect(JSON.stringify(detail)).not.toContain('ciphertext');
  });
});
