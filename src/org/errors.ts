import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the org module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const ORG_ERRORS = defineErrors({
  UNIT_CYCLE: { status: 400, message: 'Không thể đặt đơn vị cấp dưới làm đơn vị cấp trên.' },
  UNIT_NOT_FOUND: { status: 400, message: 'Đơn vị không tồn tại.' },
  /** A schedule or a session for an official who no longer serves. */
  OFFICIAL_INACTIVE: { status: 400, message: 'Cán bộ không còn hoạt động.' },
});
