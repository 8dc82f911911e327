import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the petitions module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const PETITIONS_ERRORS = defineErrors({
  ANONYMOUS_NOT_PROCESSED: {
    status: 422,
    message: 'Tố cáo nặc danh không được thụ lý giải quyết như tố cáo; có thể thanh tra, kiểm tra hoặc chuyển đơn.',
  },
  EXTENSION_CONFLICT: {
    status: 409,
    message: 'Một quyết định gia hạn khác vừa được ghi nhận; hãy tải lại và thử lại.',
  },
  EXTENSION_INVALID_DAYS: { status: 400, message: 'Số ngày gia hạn phải là số nguyên dương.' },
  EXTENSION_LIMIT_REACHED: { status: 422, message: 'Đã gia hạn đủ số lần pháp luật cho phép.' },
  EXTENSION_NOT_ALLOWED: {
    status: 422,
    message: 'Loại đơn hoặc mức độ phức tạp này không được gia hạn thời hạn giải quyết.',
  },
  EXTENSION_TOO_LONG: { status: 422, message: 'Số ngày gia hạn vượt quá mức tối đa cho mỗi lần gia hạn.' },
  PETITION_ALREADY_PAUSED: { status: 409, message: 'Thời hạn của đơn đang tạm dừng.' },
  PETITION_NOT_PAUSED: { status: 409, message: 'Thời hạn của đơn không ở trạng thái tạm dừng.' },
  PETITION_NOT_RECEIVED: { status: 409, message: 'Chỉ thụ lý được đơn đang ở trạng thái mới tiếp nhận.' },
});
