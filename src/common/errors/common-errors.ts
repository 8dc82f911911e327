import { defineErrors } from './catalogue.js';
import { DB_PROBLEMS } from './db-errors.js';

const db = <K extends keyof typeof DB_PROBLEMS>(k: K) => ({
  status: DB_PROBLEMS[k].status,
  message: DB_PROBLEMS[k].detail,
});

/**
 * Codes every module may answer: validation, missing records, permissions, HTTP-level refusals (the global filter's
 * answers for statuses that do not come from a domain error) and database failures (`mapDbError`).
 */
export const COMMON_ERRORS = defineErrors({
  ALREADY_EXISTS: { status: 409, message: 'Dữ liệu đã tồn tại (trùng với một bản ghi khác).' },
  BAD_REQUEST: { status: 400, message: 'Yêu cầu không hợp lệ.' },
  BODY_TOO_DEEP: { status: 400, message: 'Dữ liệu gửi lên lồng nhau quá sâu.' },
  CONSTRAINT_VIOLATED: { status: 400, message: 'Dữ liệu không thỏa mãn ràng buộc.' },
  DATABASE_BUSY: db('DATABASE_BUSY'),
  DATABASE_STORAGE_FULL: db('DATABASE_STORAGE_FULL'),
  DATABASE_TIMEOUT: db('DATABASE_TIMEOUT'),
  DATABASE_UNAVAILABLE: db('DATABASE_UNAVAILABLE'),
  ENCRYPTED_FIELD_INVALID: {
    status: 500,
    message: 'Dữ liệu mã hóa của bản ghi không hợp lệ hoặc không thuộc về bản ghi này; không thể hiển thị.',
  },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  INTERNAL_ERROR: { status: 500, message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.' },
  MALFORMED_JSON: { status: 400, message: 'Nội dung JSON không đúng cú pháp.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Phương thức không được hỗ trợ.' },
  MISSING_VALUE: { status: 400, message: 'Thiếu một giá trị bắt buộc.' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy tài nguyên được yêu cầu.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Nội dung gửi lên vượt quá giới hạn cho phép.' },
  REFERENCE_NOT_FOUND: {
    status: 400,
    message: 'Dữ liệu tham chiếu tới một bản ghi không tồn tại hoặc đang được sử dụng.',
  },
  SERVICE_STARTING: {
    status: 503,
    message: 'Dịch vụ đang khởi động (đang cập nhật cấu trúc cơ sở dữ liệu). Vui lòng thử lại sau ít giây.',
  },
  SERVICE_STOPPING: { status: 503, message: 'Dịch vụ đang dừng để bảo trì hoặc cập nhật. Vui lòng thử lại sau.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Bạn đã gửi quá nhiều yêu cầu, vui lòng thử lại sau.' },
  UNAUTHENTICATED: { status: 401, message: 'Cần đăng nhập để thực hiện thao tác này.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kiểu nội dung không được hỗ trợ.' },
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
});
