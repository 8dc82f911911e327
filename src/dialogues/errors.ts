import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the dialogues module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const DIALOGUES_ERRORS = defineErrors({
  CHAIR_NOT_FOUND: { status: 400, message: 'Người chủ trì không tồn tại hoặc đã thôi công tác.' },
  DIALOGUE_CHANGED: { status: 409, message: 'Hội nghị đối thoại vừa được người khác thay đổi; hãy tải lại.' },
  DIALOGUE_DURATION_OUT_OF_RANGE: {
    status: 422,
    message: 'Thời lượng hội nghị đối thoại nằm ngoài khoảng cho phép của hình thức này.',
  },
  DIALOGUE_INVALID_STATE: {
    status: 422,
    message: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hội nghị đối thoại.',
  },
  DIALOGUE_MINUTES_EXIST: { status: 409, message: 'Hội nghị đối thoại này đã có biên bản.' },
  DIALOGUE_NOTICE_TOO_SHORT: {
    status: 422,
    message: 'Hội nghị đối thoại chưa được thông báo đủ sớm trước ngày tổ chức.',
  },
  DIALOGUE_NOT_STARTED: { status: 422, message: 'Hội nghị đối thoại chưa diễn ra.' },
  DIALOGUE_NO_RULE: {
    status: 422,
    message: 'Không có quy định về hội nghị đối thoại áp dụng cho đơn vị vào ngày này.',
  },
  DIALOGUE_QUESTIONS_CLOSED: { status: 422, message: 'Hội nghị đối thoại này không còn nhận câu hỏi.' },
  DIALOGUE_VOTER_SHARE_TOO_LOW: { status: 422, message: 'Tỷ lệ cử tri đề nghị chưa đạt mức tối thiểu.' },
  INVALID_TIME_RANGE: { status: 400, message: 'Thời gian kết thúc phải sau thời gian bắt đầu và trong vòng 24 giờ.' },
  MERGE_TARGET_INVALID: { status: 400, message: 'Không thể gộp câu hỏi vào chính nó.' },
  MERGE_TARGET_REQUIRED: { status: 400, message: 'Phải chọn câu hỏi để gộp vào.' },
  MINUTES_EMPTY: { status: 422, message: 'Biên bản chưa có nội dung nào.' },
  ONLINE_URL_REQUIRED: { status: 400, message: 'Hội nghị trực tuyến hoặc kết hợp phải có đường dẫn tham gia.' },
  QUESTION_ALREADY_MODERATED: { status: 409, message: 'Câu hỏi đã được xử lý.' },
  QUESTION_NOT_ACCEPTED: { status: 400, message: 'Câu hỏi không thuộc hội nghị này hoặc chưa được chấp nhận.' },
  REASON_REQUIRED: { status: 400, message: 'Phải nêu lý do khi thay đổi hoặc hủy hội nghị đối thoại đã thông báo.' },
  VENUE_NOT_FOUND: { status: 400, message: 'Địa điểm không tồn tại.' },
  VENUE_REQUIRED: { status: 400, message: 'Hội nghị trực tiếp hoặc kết hợp phải có địa điểm.' },
  VOTER_SHARE_NOT_APPLICABLE: { status: 400, message: 'Chỉ ghi tỷ lệ cử tri với hội nghị theo đề nghị của cử tri.' },
  VOTER_SHARE_REQUIRED: { status: 400, message: 'Hội nghị theo đề nghị của cử tri phải ghi tỷ lệ cử tri đề nghị.' },
  /** Merging into a question not accepted: MERGE_TARGET_INVALID, answered 422 here (400 when merging into itself). */
  MERGE_TARGET_NOT_ACCEPTED: {
    code: 'MERGE_TARGET_INVALID',
    status: 422,
    message: 'Chỉ gộp vào một câu hỏi đã được chấp nhận của cùng hội nghị.',
  },
});
