import { describe, expect, it } from '@jest/globals';
import { SEALED_LABEL } from '../common/privacy/masking-policy.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { outboxDetail, outboxView } from './outbox-view.js';

const message = (identitySealed: boolean) =>
  Object.assign(new OutboxMessageEntity(), {
    id: 'm1',
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
});
