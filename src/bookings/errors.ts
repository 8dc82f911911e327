import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the bookings module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const BOOKINGS_ERRORS = defineErrors({
  BOOKING_NOT_CANCELLABLE: { status: 409, message: 'Buổi tiếp công dân đã bắt đầu, không thể hủy đăng ký.' },
  BOOKING_NOT_CONFIRMED: { status: 409, message: 'Chỉ đăng ký đã được xác nhận mới có thể ghi nhận có mặt.' },
  SLOT_NOT_FOUND: { status: 400, message: 'Buổi tiếp không có khung giờ bắt đầu vào thời điểm này.' },
  BOOKING_CLOSED: { status: 409, message: 'Đã hết thời hạn đăng ký cho buổi tiếp công dân này.' },
  CHECK_IN_CLOSED: { status: 422, message: 'Đã hết ngày tiếp công dân: không thể ghi nhận có mặt nữa.' },
  CHECK_IN_NOT_OPEN: { status: 422, message: 'Chưa đến giờ ghi nhận có mặt.' },
  DUPLICATE_BOOKING: {
    status: 409,
    message: 'Số CCCD/Hộ chiếu này đã có một đăng ký còn hiệu lực trong buổi tiếp công dân này.',
  },
  FORM_NOT_OFFERED: { status: 400, message: 'Buổi tiếp công dân không tổ chức theo hình thức đã chọn.' },
  IDENTITY_CHECK_REQUIRED: {
    status: 422,
    message:
      'Tiếp trực tuyến: thư ký phải kiểm tra giấy tờ tùy thân công dân xuất trình qua camera trước khi ghi nhận có mặt.',
  },
  RECORDING_CONSENT_REQUIRED: {
    status: 422,
    message:
      'Buổi tiếp trực tuyến này được ghi hình: cần công dân đồng ý ghi hình để đăng ký trực tuyến. Nếu không đồng ý, công dân có thể đăng ký tiếp trực tiếp.',
  },
  GROUP_DUPLICATE_PERSON: {
    status: 400,
    message: 'Một người chỉ được khai một lần trong danh sách đoàn (trùng số CCCD/Hộ chiếu).',
  },
  GROUP_SIZE_INVALID: { status: 400, message: 'Số người trong đoàn không hợp lệ.' },
  GROUP_TOO_MANY_ATTENDEES: { status: 400, message: 'Số người khai đến nhiều hơn số người trong đoàn.' },
  GROUP_TOO_MANY_REPRESENTATIVES: { status: 400, message: 'Đoàn đông người cử quá số người đại diện cho phép.' },
  NOT_ENOUGH_SEATS: { status: 409, message: 'Khung giờ không còn đủ chỗ cho số người của đăng ký này.' },
  SESSION_CANCELLED: { status: 409, message: 'Buổi tiếp công dân đã bị hủy.' },
  SESSION_NOT_PUBLISHED: { status: 409, message: 'Buổi tiếp công dân chưa được công bố nên chưa nhận đăng ký.' },
  SESSION_PAST: { status: 409, message: 'Buổi tiếp công dân đã bắt đầu hoặc đã kết thúc, không thể đăng ký.' },
  SLOT_FULL: {
    status: 409,
    message: 'Khung giờ đã hết chỗ. Vui lòng chọn khung giờ khác hoặc đăng ký vào danh sách chờ.',
  },
  /** No-show before the session started: SESSION_NOT_STARTED, answered 409 here (422 when recording a session held). */
  NO_SHOW_BEFORE_START: {
    code: 'SESSION_NOT_STARTED',
    status: 409,
    message: 'Chỉ ghi nhận vắng mặt sau khi buổi tiếp công dân đã bắt đầu.',
  },
  VERIFICATION_CODE_WRONG: {
    status: 422,
    message: 'Mã xác nhận không đúng. Vui lòng kiểm tra tin nhắn và nhập lại.',
  },
  VERIFICATION_EXPIRED: {
    status: 410,
    message:
      'Mã xác nhận đã hết hạn hoặc đã nhập sai quá số lần cho phép; chỗ giữ đã được trả lại. Vui lòng đăng ký lại.',
  },
  VERIFICATION_EMAIL_REQUIRED: {
    status: 400,
    message: 'Cần có địa chỉ thư điện tử để nhận mã xác nhận đăng ký.',
  },
  TOO_MANY_CODES: {
    status: 429,
    message: 'Số điện thoại này đã nhận quá nhiều mã xác nhận trong một giờ, vui lòng thử lại sau.',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    message: 'Số CCCD/Hộ chiếu này đã được dùng để đăng ký quá nhiều lần trong một giờ, vui lòng thử lại sau.',
  },
});
