import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the notifications module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const NOTIFICATIONS_ERRORS = defineErrors({
  OUTBOX_NOT_FAILED: { status: 409, message: 'Chỉ có thể gửi lại thư đã gửi không thành công.' },
  SMTP_NOT_CONFIGURED: { status: 409, message: 'Chưa cấu hình máy chủ thư (SMTP_URL); thư vẫn nằm trong hàng đợi.' },
});
