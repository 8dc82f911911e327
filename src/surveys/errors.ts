import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the surveys module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const SURVEYS_ERRORS = defineErrors({
  SURVEY_NOT_FOUND: { status: 404, message: 'Không tìm thấy phiếu khảo sát: mã không đúng.' },
  SURVEY_ALREADY_ANSWERED: { status: 409, message: 'Phiếu khảo sát này đã được trả lời. Cảm ơn ông/bà.' },
  SURVEY_EXPIRED: { status: 410, message: 'Đường dẫn khảo sát đã hết hạn.' },
  SURVEY_INVALID_ANSWERS: { status: 400, message: 'Câu trả lời chưa hợp lệ.' },
  SURVEY_UNAVAILABLE: { status: 503, message: 'Chưa có bộ câu hỏi khảo sát đang áp dụng.' },
  INVALID_PERIOD: { status: 400, message: 'Ngày kết thúc không được sớm hơn ngày bắt đầu.' },
});
