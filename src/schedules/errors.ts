import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the schedules module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const SCHEDULES_ERRORS = defineErrors({
  INVALID_RRULE: { status: 400, message: 'Quy tắc lặp (RRULE) không hợp lệ.' },
  INVALID_VALIDITY: { status: 400, message: 'Ngày kết thúc hiệu lực không được sớm hơn ngày bắt đầu hiệu lực.' },
});
