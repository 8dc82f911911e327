import { defineErrors } from './catalogue.js';

/** Codes every module may answer (validation, missing records, permissions). */
export const COMMON_ERRORS = defineErrors({
  BODY_TOO_DEEP: { status: 400, message: 'Dữ liệu gửi lên lồng nhau quá sâu (tối đa … cấp).' },
  UNAUTHENTICATED: { status: 401, message: 'Cần đăng nhập để thực hiện thao tác này.' },
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
});
