import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the website answers of its own (see src/common/errors/catalogue.ts); pages show them in HTML. */
export const WEB_ERRORS = defineErrors({
  CSRF_INVALID: {
    status: 403,
    message: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng quay lại trang trước, tải lại trang và gửi lại.',
  },
  DRAFT_EXPIRED: {
    status: 400,
    message: 'Thông tin đăng ký đã hết hạn hoặc không còn. Vui lòng chọn lại khung giờ và điền lại thông tin.',
  },
});
