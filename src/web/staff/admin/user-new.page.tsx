import { Button, ErrorSummary, PostForm, Select, TextField } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, USERS_PATH } from './admin-paths.js';
import { RolesField } from './roles-field.js';

export interface NewUserValues {
  username: string;
  fullName: string;
  title: string;
  roles: string[];
  unitId: string;
}

/** `/can-bo/quan-tri/tai-khoan/moi`: a new account; its first password is a one-time password shown once. */
export function NewUserPage({
  frame,
  units,
  values,
  errors,
}: {
  frame: StaffFrame;
  units: { value: string; label: string }[];
  values: NewUserValues;
  errors?: FormErrors | null;
}) {
  return (
    <StaffLayout
      title="Tạo tài khoản"
      frame={frame}
      crumbs={adminCrumbs({ href: USERS_PATH, label: 'Tài khoản' }, { label: 'Tạo tài khoản' })}
    >
      <h1>Tạo tài khoản</h1>
      <p>
        Sau khi tạo, hệ thống cấp một mật khẩu dùng một lần. Người dùng đăng nhập bằng mật khẩu đó và phải đổi mật khẩu
        ngay.
      </p>
      <ErrorSummary errors={errors} />
      <PostForm action={USERS_PATH} csrf={frame.csrf}>
        <TextField
          name="username"
          label="Tên đăng nhập"
          hint="Từ 3 đến 64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang."
          value={values.username}
          autoComplete="off"
          spellcheck={false}
          maxLength={64}
          width="medium"
          error={errors?.byField.username}
        />
        <TextField
          name="fullName"
          label="Họ và tên"
          optional
          value={values.fullName}
          maxLength={120}
          error={errors?.byField.fullName}
        />
        <TextField
          name="title"
          label="Chức danh"
          hint="In trên văn bản, ví dụ: Công chức Văn phòng HĐND và UBND phường."
          optional
          value={values.title}
          maxLength={200}
          error={errors?.byField.title}
        />
        <RolesField value={values.roles} error={errors?.byField.roles} />
        <Select
          name="unitId"
          label="Đơn vị"
          options={units}
          value={values.unitId}
          empty="Chọn đơn vị"
          error={errors?.byField.unitId}
        />
        <Button>Tạo tài khoản</Button>
      </PostForm>
    </StaffLayout>
  );
}
