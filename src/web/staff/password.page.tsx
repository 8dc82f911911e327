import { Button, ErrorSummary, PasswordField, PostForm } from '../common/forms.js';
import type { FormErrors } from '../common/form-errors.js';
import { StaffLayout, type StaffFrame } from './staff-layout.js';
import { CHANGE_PASSWORD_PATH } from './staff-paths.js';

/** Changing one's own password (required after an admin's reset before anything else opens). */
export function ChangePasswordPage({
  frame,
  pending,
  errors,
}: {
  frame: StaffFrame;
  pending: boolean;
  errors?: FormErrors | null;
}) {
  return (
    <StaffLayout title="Đổi mật khẩu" frame={frame} crumbs={[{ label: 'Đổi mật khẩu' }]}>
      <h1>Đổi mật khẩu</h1>
      {pending ? (
        <p class="notice" role="status">
          Mật khẩu của bạn là mật khẩu tạm thời do quản trị viên đặt. Vui lòng chọn mật khẩu mới trước khi tiếp tục.
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <PostForm action={CHANGE_PASSWORD_PATH} csrf={frame.csrf}>
        <PasswordField
          name="current"
          label="Mật khẩu hiện tại"
          autoComplete="current-password"
          error={errors?.byField.current}
        />
        <PasswordField
          name="next"
          label="Mật khẩu mới"
          autoComplete="new-password"
          hint="Từ 8 đến 200 ký tự."
          error={errors?.byField.next}
        />
        <Button>Đổi mật khẩu</Button>
      </PostForm>
    </StaffLayout>
  );
}
