/**
 * The SMS texts, as data (Vietnamese with diacritics; GSM-7 sending strips them). Each template has a version: change
 * the text → bump the version (the outbox records `kind@version`, so an admin can tell which wording a citizen got).
 * Placeholders `{name}` are filled by renderSms (sms-templates.ts), each value capped at its VARIABLE_CAPS length, so
 * every template stays within 2 GSM-7 parts (checked by sms-templates.spec.ts with long values).
 */
export const SMS_TEMPLATES = {
  'booking.confirmed': {
    version: 1,
    text: 'Tiếp công dân: đã xác nhận lịch {date} lúc {time}, tại {place}. Mã: {code}. Xem/hủy: {link}',
  },
  'booking.waitlisted': {
    version: 1,
    text: 'Tiếp công dân: khung giờ {date} {time} đã hết chỗ, quý vị ở vị trí chờ số {position}. Mã: {code}. Xem: {link}',
  },
  'booking.promoted': {
    version: 1,
    text: 'Tiếp công dân: đã có chỗ cho quý vị, lịch {date} lúc {time}, tại {place}. Mã: {code}. Xem/hủy: {link}',
  },
  'booking.reminder': {
    version: 1,
    text: 'Nhắc lịch tiếp công dân {date} lúc {time}, tại {place}. Mã: {code}. Mang theo CCCD. Xem/hủy: {link}',
  },
  'booking.session_moved': {
    version: 1,
    text: 'Tiếp công dân: buổi tiếp của quý vị (mã {code}) dời sang {date} lúc {time}, tại {place}. Xem: {link}',
  },
  'booking.session_changed': {
    version: 1,
    text: 'Tiếp công dân: buổi tiếp (mã {code}) có thay đổi: {date} lúc {time}, tại {place}. Xem: {link}',
  },
  'booking.session_cancelled': {
    version: 1,
    text: 'Tiếp công dân: buổi tiếp {date} lúc {time} (mã {code}) đã bị hủy. Lý do: {reason}. Quý vị có thể đặt lịch khác.',
  },
  'booking.otp': {
    version: 1,
    text: 'Mã xác nhận đặt lịch tiếp công dân: {otp}. Hiệu lực {minutes} phút. Không đưa mã này cho người khác.',
  },
  'petition.answered': {
    version: 1,
    text: 'Đơn của quý vị tiếp nhận ngày {date} đã có kết quả giải quyết. Xem tại: {link}',
  },
  'survey.invitation': {
    version: 2,
    text: 'Mời quý vị cho biết mức độ hài lòng (không ghi tên) về việc giải quyết đơn tiếp nhận ngày {date}: {link}',
  },
} as const;

/** How long each value may be before it is cut (with "…"): what keeps every template within 2 GSM-7 parts. */
export const VARIABLE_CAPS = {
  code: 16,
  date: 10,
  time: 5,
  place: 100,
  link: 90,
  position: 4,
  reason: 90,
  otp: 6,
  minutes: 3,
} as const;
