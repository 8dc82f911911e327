import { defineErrors } from '../common/errors/catalogue.js';

/** Every error code the auth module answers, with its status and Vietnamese message (see src/common/errors/catalogue.ts). */
export const AUTH_ERRORS = defineErrors({
  ACCOUNT_LOCKED: { status: 429, message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  INVALID_TOKEN: { status: 401, message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.' },
  LAST_ADMIN: { status: 409, message: 'Không thể khóa hoặc bỏ quyền quản trị của quản trị viên cuối cùng.' },
  OFFICIAL_NOT_FOUND: { status: 400, message: 'Cán bộ không tồn tại.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.' },
  PASSWORD_UNCHANGED: { status: 400, message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã được sử dụng.' },
  USER_CHANGED: { status: 409, message: 'Tài khoản vừa được thay đổi bởi thao tác khác, vui lòng thử lại.' },
  WRONG_CURRENT_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
});
