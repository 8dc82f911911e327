import { DateTime } from '../common/time/luxon.js';
import { buildCalendar } from '../feeds/domain/ical-builder.js';
import type { FeedEventStatus } from '../feeds/domain/feed.types.js';
import { sessionDescription, sessionSummary } from '../feeds/domain/session-texts.js';
import type { BookingEntity } from './booking.entity.js';
import type { SessionContext } from './booking-sessions.js';
import { joinOf } from './booking-join.js';

/** Default of JOIN_OPENS_MINUTES_BEFORE (documents built without the settings at hand, e.g. e-mails). */
export const DEFAULT_JOIN_OPENS_MINUTES = 15;

/** Start and end of a booking's slot: the session's start plus `slotIndex` slots (a moved session moves them too). */
export function slotTimes(
  session: { startsAt: Date; slotMinutes: number },
  slotIndex: number,
): { startsAt: Date; endsAt: Date } {
  const step = session.slotMinutes * 60_000;
  const start = session.startsAt.getTime() + slotIndex * step;
  return { startsAt: new Date(start), endsAt: new Date(start + step) };
}

function eventStatus(booking: BookingEntity, ctx: SessionContext): FeedEventStatus {
  if (booking.status === 'cancelled' || ctx.session.status === 'cancelled') return 'cancelled';
  return booking.status === 'waitlisted' ? 'tentative' : 'confirmed';
}

export function summaryOf(ctx: SessionContext, cancelled = false): string {
  return sessionSummary({
    officialName: ctx.official?.fullName ?? '',
    officialTitle: ctx.official?.title ?? '',
    adHoc: ctx.session.adHoc,
    delegate: ctx.delegate ? { name: ctx.delegate.fullName, title: ctx.delegate.title } : null,
    cancelled,
    mode: ctx.session.mode,
  });
}

/** The booking as one VEVENT (UID stable per booking; SEQUENCE follows the session's). */
export function bookingIcs(
  booking: BookingEntity,
  ctx: SessionContext,
  generatedAt: Date,
  joinOpensMinutesBefore = ctx.joinOpensMinutesBefore ?? DEFAULT_JOIN_OPENS_MINUTES,
): string {
  const { startsAt, endsAt } = slotTimes(ctx.session, booking.slotIndex);
  const status = eventStatus(booking, ctx);
  const join = status === 'cancelled' ? null : joinOf(booking, ctx.session, ctx.meetingUrl, joinOpensMinutesBefore);
  const online = booking.form === 'online';
  const description = [
    `Mã đăng ký: ${booking.code}`,
    online ? 'Hình thức: tiếp công dân trực tuyến.' : null,
    booking.status === 'waitlisted' ? 'Trạng thái: đang trong danh sách chờ.' : null,
    join
      ? `Tham gia trực tuyến: ${join.url}\nĐường dẫn mở từ ${localWhen(new Date(join.opensAt), ctx.session.timeZone)}. ` +
        'Xin chuẩn bị CCCD/Hộ chiếu để xuất trình qua camera.'
      : null,
    online ? null : sessionDescription({ venueName: ctx.venue?.name, venueAddress: ctx.venue?.address }),
  ]
    .filter(Boolean)
    .join('\n');
  return buildCalendar({
    name: 'Lịch hẹn tiếp công dân',
    timeZone: ctx.session.timeZone,
    generatedAt: generatedAt.toISOString(),
    events: [
      {
        uid: `booking-${booking.id}@tiepdan`,
        sequence: ctx.session.sequence + (booking.status === 'cancelled' ? 1 : 0),
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        timeZone: ctx.session.timeZone,
        summary: summaryOf(ctx, status === 'cancelled'),
        location: online
          ? (join?.url ?? 'Trực tuyến')
          : [ctx.venue?.name, ctx.venue?.address].filter(Boolean).join(', ') || null,
        description,
        url: join?.url ?? null,
        status,
        lastModified: booking.updatedAt.toISOString(),
      },
    ],
  });
}

/** "08:30 thứ Hai, ngày 02/03/2026" in the session's zone. */
export function localWhen(instant: Date, zone: string): string {
  const d = DateTime.fromJSDate(instant).setZone(zone).setLocale('vi');
  const weekday = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'][d.weekday];
  return `${d.toFormat('HH:mm')} ${weekday}, ngày ${d.toFormat('dd/MM/yyyy')}`;
}
