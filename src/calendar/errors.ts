import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the calendar module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const CALENDAR_ERRORS = defineErrors({
  INVALID_HOLIDAY_LIST: { status: 400, message: 'Danh sách ngày nghỉ không hợp lệ.' },
  INVALID_RULE_PRESET: { status: 400, message: 'Bộ quy tắc không hợp lệ.' },
  PRESET_HISTORY_CHANGED: {
    status: 422,
    message: 'Không được sửa hoặc xóa phiên bản quy tắc đã có hiệu lực; hãy thêm phiên bản mới với ngày hiệu lực mới.',
  },
  PRESET_REVISION_CONFLICT: { status: 422, message: 'Bộ quy tắc đã được người khác sửa; hãy tải lại và thử lại.' },
});
