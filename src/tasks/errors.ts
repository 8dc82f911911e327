import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the tasks module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const TASKS_ERRORS = defineErrors({
  INVALID_TASK_TRANSITION: {
    status: 409,
    message: 'Không thể chuyển nhiệm vụ sang trạng thái này từ trạng thái hiện tại.',
  },
  TASK_CHANGED: { status: 409, message: 'Nhiệm vụ vừa được người khác cập nhật; hãy tải lại và thử lại.' },
  TASK_DUE_REQUIRED: { status: 400, message: 'Đơn không có thời hạn luật định: cần nêu hạn xử lý.' },
  TASK_RESULT_EXISTS: { status: 409, message: 'Nhiệm vụ đã có kết quả.' },
  TASK_REASON_REQUIRED: { status: 400, message: 'Cần nêu lý do trả lại hoặc chuyển nhiệm vụ.' },
  TASK_SAME_ASSIGNEE: { status: 400, message: 'Nhiệm vụ đã được giao cho đơn vị này.' },
});
