import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the compliance module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const COMPLIANCE_ERRORS = defineErrors({
  INVALID_PERIOD: { status: 400, message: 'Ngày kết thúc không được sớm hơn ngày bắt đầu.' },
});
