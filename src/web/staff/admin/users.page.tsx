import type { UserView } from '../../../auth/users.service.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { ListSearch } from './list-search.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { ROLE_LABELS } from '../staff-nav.js';
import { adminCrumbs, USERS_PATH } from './admin-paths.js';

export const rolesText = (roles: readonly string[]): string =>
  roles.map((r) => ROLE_LABELS[r as keyof typeof ROLE_LABELS] ?? r).join(', ');

export function ActiveTag({ active }: { active: boolean }) {
  return active ? <StatusTag status="done" label="Đang hoạt động" /> : <StatusTag status="overdue" label="Đã khóa" />;
}

/** `/can-bo/quan-tri/tai-khoan`: the accounts, 20 a page. */
export function UsersPage({
  frame,
  users,
  unitNames,
  paging,
  q,
}: {
  frame: StaffFrame;
  q: string;
  users: UserView[];
  unitNames: Map<string, string>;
  paging: Paging;
}) {
  return (
    <StaffLayout title="Tài khoản" frame={frame} crumbs={adminCrumbs({ label: 'Tài khoản' })}>
      <h1>Tài khoản</h1>
      <p>
        <a class="button button--primary" href={`${USERS_PATH}/moi`}>
          Tạo tài khoản
        </a>
      </p>
      <ListSearch action={USERS_PATH} label="Tìm theo tên đăng nhập hoặc họ tên" value={q} />
      <table class="data-table">
        <caption>Các tài khoản cán bộ ({paging.total})</caption>
        <thead>
          <tr>
            <th scope="col">Tên đăng nhập</th>
            <th scope="col">Họ và tên</th>
            <th scope="col">Vai trò</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                <a href={`${USERS_PATH}/${u.id}`}>{u.username}</a>
              </td>
              <td>{u.fullName ?? '—'}</td>
              <td>{rolesText(u.roles)}</td>
              <td>{(u.unitId && unitNames.get(u.unitId)) ?? '—'}</td>
              <td>
                <ActiveTag active={u.active} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination path={USERS_PATH} query={{ q }} paging={paging} />
    </StaffLayout>
  );
}
