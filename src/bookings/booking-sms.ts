import { DateTime } from '../common/time/luxon.js';
import type { SmsOutboxMessage } from '../notifications/notifications.service.js';
import type { BookingEntity } from './booking.entity.js';
import type { BookingMailKind } from './booking-mails.js';
import { slotTimes } from './booking-documents.js';
import type { SessionContext } from './booking-sessions.js';

/**
 * The citizen's page for one booking (the web's manage page asks for the manage token, which an SMS never carries).
 * One place to change if the web pages use another path.
 */
export function bookingManageLink(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl}/quan-ly?ma=${encodeURIComponent(code)}`;
}

/**
 * A booking's SMS (template of src/notifications/domain/sms-templates.data.ts): code, local date and time, place and the
 * manage link; never the ID number or the manage token. Sent to the phone number the citizen gave (decrypted by the
 * caller, stored encrypted again by the outbox).
 */
export function bookingSms(
  kind: BookingMailKind,
  booking: BookingEntity,
  ctx: SessionContext,
  phone: string,
  publicBaseUrl: string,
  extra: { reason?: string | null; position?: number | null; dedupeKey?: string } = {},
): SmsOutboxMessage {
  const start = DateTime.fromJSDate(slotTimes(ctx.session, booking.slotIndex).startsAt).setZone(ctx.session.timeZone);
  const place = ctx.venue ? `${ctx.venue.name}, ${ctx.venue.address}` : 'nơi tiếp công dân đã thông báo';
  return {
    kind: `booking.${kind}`,
    phone,
    template: `booking.${kind}`,
    values: {
      code: booking.code,
      date: start.toFormat('dd/MM/yyyy'),
      time: start.toFormat('HH:mm'),
      place,
      link: bookingManageLink(publicBaseUrl, booking.code),
      position: extra.position ?? null,
      reason: extra.reason || 'không nêu',
    },
    refType: 'booking',
    refId: booking.id,
    dedupeKey: extra.dedupeKey ? `sms:${extra.dedupeKey}` : undefined,
    identitySealed: booking.petitionType === 'denunciation',
  };
}
