import type { UserView } from '../../../auth/users.service.js';
import { Button, ErrorSummary, Hidden, PostForm, Select } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, USERS_PATH } from './admin-paths.js';
import { RolesField } from './roles-field.js';
import { ActiveTag, rolesText } from './users.page.js';

/**
 * `/can-bo/quan-tri/tai-khoan/:id`: one account; change its roles and unit, reset its password, disable or enable
 * it. Every change ends the person's open sessions at once.
 */
export function UserPage({
  frame,
  user,
  units,
  unitName,
  values,
  errors,
}: {
  frame: StaffFrame;
  user: UserView;
  units: { value: string; label: string }[];
  unitName: string;
  values: { roles: string[]; unitId: string };
  errors?: FormErrors | null;
}) {
  const base = `${USERS_PATH}/${user.id}`;
  return (
    <StaffLayout
      title={`Tài khoản ${user.username}`}
      frame={frame}
      crumbs={adminCrumbs({ href: USERS_PATH, label: 'Tài khoản' }, { label: user.username })}
    >
      <h1>Tài khoản {user.username}</h1>
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        <div>
          <dt>Họ và tên</dt>
          <dd>{user.fullName ?? '—'}</dd>
        </div>
        <div>
          <dt>Chức danh</dt>
          <dd>{user.title ?? '—'}</dd>
        </div>
        <div>
          <dt>Vai trò</dt>
          <dd>{rolesText(user.roles)}</dd>
        </div>
        <div>
          <dt>Đơn vị</dt>
          <dd>{unitName}</dd>
        </div>
        <div>
          <dt>Trạng thái</dt>
          <dd>
            <ActiveTag active={user.active} />
          </dd>
        </div>
      </dl>

      <h2>Vai trò và đơn vị</h2>
      <p>Khi lưu thay đổi, mọi phiên đăng nhập đang mở của tài khoản này kết thúc ngay.</p>
      <PostForm action={base} csrf={frame.csrf}>
        <RolesField value={values.roles} error={errors?.byField.roles} />
        <Select name="unitId" label="Đơn vị" options={units} value={values.unitId} error={errors?.byField.unitId} />
        <Button>Lưu vai trò và đơn vị</Button>
      </PostForm>

      <h2>Mật khẩu</h2>
      <p>
        Đặt lại mật khẩu cấp một mật khẩu dùng một lần, chỉ hiển thị một lần. Mật khẩu cũ và mọi phiên đăng nhập hết
        hiệu lực ngay.
      </p>
      <PostForm action={`${base}/dat-lai-mat-khau`} csrf={frame.csrf}>
        <Button variant="secondary">Đặt lại mật khẩu</Button>
      </PostForm>

      <h2>{user.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản'}</h2>
      {user.active ? (
        <p>Tài khoản bị khóa không đăng nhập được; phiên đang mở kết thúc ngay.</p>
      ) : (
        <p>Tài khoản đang bị khóa. Mở khóa để người dùng đăng nhập lại được.</p>
      )}
      <PostForm action={`${base}/trang-thai`} csrf={frame.csrf}>
        <Hidden name="disabled" value={user.active ? 'true' : 'false'} />
        <Button variant={user.active ? 'warning' : 'secondary'}>
          {user.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản'}
        </Button>
      </PostForm>
    </StaffLayout>
  );
}
