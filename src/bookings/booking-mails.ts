import type { OutboxMessage } from '../notifications/notifications.service.js';
import type { BookingEntity } from './booking.entity.js';
import { bookingIcs, DEFAULT_JOIN_OPENS_MINUTES, localWhen, slotTimes, summaryOf } from './booking-documents.js';
import { joinOf } from './booking-join.js';
import type { SessionContext } from './booking-sessions.js';
import { letterClosing, salutationLine, youOf } from '../notifications/domain/citizen-letter.js';
import { agencyName } from '../org/domain/agency-name.js';

export type BookingMailKind =
  'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'session_moved' | 'session_cancelled' | 'session_changed';

const SUBJECTS: Record<BookingMailKind, string> = {
  confirmed: 'Xác nhận đăng ký tiếp công dân',
  waitlisted: 'Đã ghi nhận vào danh sách chờ tiếp công dân',
  promoted: 'Đã có chỗ: lịch tiếp công dân được xác nhận',
  reminder: 'Nhắc lịch tiếp công dân',
  session_moved: 'Thay đổi thời gian buổi tiếp công dân',
  session_cancelled: 'Hủy buổi tiếp công dân',
  session_changed: 'Thay đổi thông tin buổi tiếp công dân',
};

/** The first paragraph; `{you}` is how the letter calls the citizen (ông, bà, or ông/bà). */
const OPENINGS: Record<BookingMailKind, string> = {
  confirmed: 'Đăng ký tiếp công dân của {you} đã được xác nhận.',
  waitlisted:
    'Khung giờ {you} chọn đã hết chỗ; {you} đã được ghi vào danh sách chờ. Khi có người hủy, chúng tôi sẽ báo ngay bằng thư điện tử.',
  promoted:
    'Một chỗ vừa được trả lại và {you} là người tiếp theo trong danh sách chờ: lịch tiếp của {you} nay đã được xác nhận.',
  reminder: 'Xin nhắc {you} lịch tiếp công dân sắp tới.',
  session_moved:
    'Buổi tiếp công dân {you} đã đăng ký được dời sang thời gian mới (xem bên dưới). Đăng ký của {you} vẫn giữ nguyên.',
  session_cancelled:
    'Rất tiếc, buổi tiếp công dân {you} đã đăng ký đã bị hủy. Đăng ký của {you} không còn hiệu lực; {you} có thể đăng ký buổi tiếp khác.',
  session_changed: 'Thông tin buổi tiếp công dân {you} đã đăng ký đã thay đổi (xem bên dưới).',
};

/** A booking's e-mail, in Vietnamese, with the booking's .ics attached (never the citizen's ID or phone number). */
export function bookingMail(
  kind: BookingMailKind,
  booking: BookingEntity,
  ctx: SessionContext,
  to: string,
  now: Date,
  extra: { reason?: string | null; position?: number | null; dedupeKey?: string } = {},
): OutboxMessage {
  const { startsAt, endsAt } = slotTimes(ctx.session, booking.slotIndex);
  const zone = ctx.session.timeZone;
  const you = youOf(booking.salutation);
  const agency = ctx.unit ? agencyName(ctx.unit) : 'Bộ phận tiếp công dân';
  const online = booking.form === 'online';
  const join =
    kind === 'session_cancelled'
      ? null
      : joinOf(booking, ctx.session, ctx.meetingUrl, ctx.joinOpensMinutesBefore ?? DEFAULT_JOIN_OPENS_MINUTES);
  const lines = [
    salutationLine(booking.fullName, booking.salutation),
    '',
    OPENINGS[kind].replaceAll('{you}', you),
    extra.reason ? `Lý do: ${extra.reason}` : null,
    '',
    `Mã đăng ký: ${booking.code}`,
    `Buổi tiếp: ${summaryOf(ctx)}`,
    `Thời gian: từ ${localWhen(startsAt, zone)} đến ${localWhen(endsAt, zone).slice(0, 5)}`,
    online ? 'Hình thức: tiếp công dân trực tuyến' : null,
    !online && ctx.venue ? `Địa điểm: ${ctx.venue.name}, ${ctx.venue.address}` : null,
    join ? `Đường dẫn tham gia: ${join.url}` : null,
    join ? `Đường dẫn mở từ ${localWhen(new Date(join.opensAt), zone)}.` : null,
    booking.groupSize > 1 ? `Số người tham dự: ${booking.seats} (đoàn ${booking.groupSize} người)` : null,
    extra.position ? `Vị trí trong danh sách chờ: ${extra.position}` : null,
    '',
    online
      ? 'Khi tham gia, xin chuẩn bị CCCD/Hộ chiếu để xuất trình qua camera và giấy tờ liên quan.'
      : 'Khi đến, xin mang theo CCCD/Hộ chiếu và giấy tờ liên quan.',
    'Để xem hoặc hủy đăng ký, dùng mã đăng ký và mã quản lý đã nhận khi đăng ký.',
    ...letterClosing(agency, [ctx.venue ? `Nơi tiếp công dân: ${ctx.venue.name}, ${ctx.venue.address}` : null]),
  ].filter((l): l is string => l !== null);
  return {
    kind: `booking.${kind}`,
    to,
    subject: `${SUBJECTS[kind]} – ${booking.code}`,
    text: lines.join('\n'),
    attachments: [
      {
        filename: `lich-tiep-${booking.code}.ics`,
        content: bookingIcs(booking, ctx, now),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
    refType: 'booking',
    refId: booking.id,
    dedupeKey: extra.dedupeKey,
    identitySealed: booking.petitionType === 'denunciation',
  };
}
