import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the feeds module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const FEEDS_ERRORS = defineErrors({
  FEED_NOT_FOUND: { status: 404, message: 'Lịch không tồn tại hoặc bạn không có quyền xem.' },
});
