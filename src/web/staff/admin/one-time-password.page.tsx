import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, USERS_PATH } from './admin-paths.js';

/**
 * The one-time password of an account, shown once (on the answer of the post, never stored or shown again): the
 * account was just created, or its password reset.
 */
export function OneTimePasswordPage({
  frame,
  username,
  userId,
  created,
  password,
}: {
  frame: StaffFrame;
  username: string;
  userId: string;
  created: boolean;
  password: string;
}) {
  const title = created ? 'Đã tạo tài khoản' : 'Đã đặt lại mật khẩu';
  return (
    <StaffLayout
      title={title}
      frame={frame}
      crumbs={adminCrumbs({ href: USERS_PATH, label: 'Tài khoản' }, { label: title })}
    >
      <div class="panel" role="status">
        <h1>{title}</h1>
        <p>
          Mật khẩu dùng một lần của tài khoản <strong>{username}</strong>:
        </p>
        <p class="one-time-password">
          <code id="mat-khau-mot-lan">{password}</code>
        </p>
      </div>
      <div class="notice notice--warning">
        <p>
          Mật khẩu này chỉ hiển thị <strong>một lần</strong> trên trang này và không được lưu ở dạng đọc được. Hãy trao
          trực tiếp cho người dùng (không gửi qua thư điện tử hay tin nhắn). Khi đăng nhập, người dùng phải đổi sang mật
          khẩu mới trước khi làm việc.
        </p>
      </div>
      <p>
        <a href={`${USERS_PATH}/${userId}`}>Xem tài khoản {username}</a> · <a href={USERS_PATH}>Danh sách tài khoản</a>
      </p>
    </StaffLayout>
  );
}
