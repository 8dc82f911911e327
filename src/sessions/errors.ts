import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the sessions module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const SESSIONS_ERRORS = defineErrors({
  INVALID_DELEGATE: { status: 400, message: 'Người được ủy quyền chủ trì thay không hợp lệ.' },
  INVALID_HELD_BY: {
    status: 400,
    message: 'Người tiếp phải là người chủ trì, người được ủy quyền chủ trì thay hoặc cấp phó cùng đơn vị.',
  },
  INVALID_SESSION_TIME: { status: 400, message: 'Thời gian buổi tiếp không hợp lệ.' },
  SESSION_CHANGED_MEANWHILE: {
    status: 409,
    message: 'Buổi tiếp vừa được người khác thay đổi; hãy tải lại và thử lại.',
  },
  SESSION_CLOSED: { status: 409, message: 'Buổi tiếp đã được ghi nhận hoặc đã bị hủy.' },
  SESSION_NOT_PLANNED: { status: 409, message: 'Chỉ công bố được buổi tiếp đang ở trạng thái dự kiến.' },
  SESSION_NOT_STARTED: { status: 422, message: 'Buổi tiếp chưa bắt đầu, chưa thể ghi nhận đã tiếp.' },
  CANCEL_WITH_CHANGES: {
    status: 400,
    message: 'Khi hủy buổi tiếp không được đồng thời thay đổi giờ, địa điểm hay người được ủy quyền chủ trì thay.',
  },
  PUBLISH_NOTICE_TOO_SHORT: {
    status: 422,
    message: 'Lịch tiếp công dân được công bố muộn hơn hạn niêm yết; muốn công bố muộn phải xác nhận và nêu lý do.',
  },
  INVALID_ONLINE_SETTINGS: {
    status: 400,
    message:
      'Thông tin tiếp trực tuyến không hợp lệ (hình thức, địa chỉ phòng họp, số chỗ trực tuyến hoặc việc ghi hình).',
  },
  ONLINE_TERMS_LOCKED: {
    status: 409,
    message:
      'Buổi tiếp đã công bố: không thể đổi hình thức tiếp, số chỗ trực tuyến hay việc ghi hình (chỉ được đổi địa chỉ phòng họp).',
  },
  REASON_REQUIRED: { status: 400, message: 'Phải nêu lý do.' },
  SESSION_DAY_TAKEN: {
    status: 409,
    message: 'Cán bộ đã có một buổi tiếp trong ngày này; mỗi người chỉ tiếp một buổi mỗi ngày.',
  },
});
