import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the reports module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const REPORTS_ERRORS = defineErrors({
  REPORT_INVALID_PERIOD: { status: 400, message: 'Kỳ báo cáo không hợp lệ.' },
  REPORT_ALREADY_SENT: {
    status: 409,
    message: 'Báo cáo của kỳ này đã gửi; muốn phát hành phiên bản mới phải nêu lý do.',
  },
});
