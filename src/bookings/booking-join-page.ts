import { joinIsOpen } from '../sessions/domain/online-reception.js';
import type { SessionRecord } from '../sessions/session-record.js';
import type { BookingEntity } from './booking.entity.js';
import { localWhen } from './booking-documents.js';
import { joinOf } from './booking-join.js';

/** What the joining page answers: the link from `opensAt` on; before that, when to come back (no link). */
export interface JoinPage {
  code: string;
  form: BookingEntity['form'];
  open: boolean;
  opensAt: string | null;
  url: string | null;
  message: string;
}

export function joinPage(
  booking: Pick<BookingEntity, 'code' | 'form' | 'status' | 'slotIndex'>,
  session: Pick<SessionRecord, 'startsAt' | 'slotMinutes' | 'timeZone' | 'status'>,
  meetingUrl: string | null | undefined,
  minutesBefore: number,
  now: Date,
): JoinPage {
  const base = { code: booking.code, form: booking.form };
  if (booking.form !== 'online')
    return { ...base, open: false, opensAt: null, url: null, message: 'Đăng ký này là tiếp công dân trực tiếp.' };
  if (session.status === 'cancelled' || booking.status === 'cancelled')
    return { ...base, open: false, opensAt: null, url: null, message: 'Buổi tiếp hoặc đăng ký đã bị hủy.' };
  const join = joinOf(booking, session, meetingUrl, minutesBefore);
  if (!join)
    return {
      ...base,
      open: false,
      opensAt: null,
      url: null,
      message:
        booking.status === 'waitlisted'
          ? 'Đăng ký đang trong danh sách chờ: đường dẫn tham gia chỉ có khi đăng ký được xác nhận.'
          : 'Đăng ký không còn hiệu lực để tham gia buổi tiếp trực tuyến.',
    };
  const opensAt = new Date(join.opensAt);
  if (!joinIsOpen(now, opensAt))
    return {
      ...base,
      open: false,
      opensAt: join.opensAt,
      url: null,
      message: `Đường dẫn tham gia sẽ hiển thị từ ${localWhen(opensAt, session.timeZone)}. Xin quay lại vào thời điểm đó.`,
    };
  return {
    ...base,
    open: true,
    opensAt: join.opensAt,
    url: join.url,
    message:
      'Xin bấm vào đường dẫn để vào phòng tiếp công dân trực tuyến và chuẩn bị CCCD/Hộ chiếu để xuất trình qua camera.',
  };
}
