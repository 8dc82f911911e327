import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the website answers of its own (see src/common/errors/catalogue.ts); pages show them in HTML. */
export const WEB_ERRORS = defineErrors({
  CSRF_INVALID: {
    status: 403,
    message: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng quay lại trang trước, tải lại trang và gửi lại.',
  },
  STAFF_FORBIDDEN: {
    status: 403,
    message: 'Tài khoản của bạn không có quyền dùng trang này. Nếu cần, vui lòng liên hệ quản trị viên của đơn vị.',
  },
  DRAFT_EXPIRED: {
    status: 400,
    message: 'Thông tin đăng ký đã hết hạn hoặc không còn. Vui lòng chọn lại khung giờ và điền lại thông tin.',
  },
});
