import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the minutes module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const MINUTES_ERRORS = defineErrors({
  BOOKING_NOT_CHECKED_IN: { status: 400, message: 'Công dân theo lịch hẹn này chưa được ghi nhận có mặt.' },
  BOOKING_NOT_FOUND: { status: 400, message: 'Không tìm thấy lịch hẹn này trong buổi tiếp.' },
  DUE_DATE_AFTER_LEGAL_DEADLINE: { status: 400, message: 'Hạn xử lý không được muộn hơn thời hạn luật định.' },
  INVALID_CASE: { status: 400, message: 'Thông tin vụ việc chưa hợp lệ.' },
  INVALID_CHAIR: {
    status: 400,
    message: 'Người chủ trì phải là người đứng đầu, người được ủy quyền chủ trì thay hoặc cấp phó cùng đơn vị.',
  },
  MINUTES_EXIST: { status: 409, message: 'Buổi tiếp này đã có biên bản.' },
  MINUTES_FINALIZED: { status: 409, message: 'Biên bản đã được khóa; chỉ có thể bổ sung bằng văn bản đính chính.' },
  MINUTES_NOT_FINALIZED: { status: 422, message: 'Biên bản chưa khóa: hãy sửa trực tiếp.' },
  REFUSAL_NOTICE_NOT_APPLICABLE: {
    status: 422,
    message: 'Thông báo từ chối bằng văn bản chỉ ban hành khi từ chối theo khoản 3 Điều 9 Luật Tiếp công dân.',
  },
  SURVEY_SLIP_NOT_APPLICABLE: {
    status: 422,
    message:
      'Phiếu mời khảo sát tại quầy chỉ dành cho vụ việc đã trả lại đơn và hướng dẫn hoặc từ chối tiếp, sau khi biên bản đã khóa.',
  },
  /** Correcting a draft: the same code as above, answered 409 here since this code was first written. */
  MINUTES_DRAFT_NOT_CORRECTABLE: {
    code: 'MINUTES_NOT_FINALIZED',
    status: 409,
    message: 'Biên bản còn là bản nháp: hãy sửa trực tiếp, chỉ đính chính sau khi đã khóa.',
  },
});
