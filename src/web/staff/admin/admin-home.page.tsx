import { countVi } from '../../common/format.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { ADMIN_SECTIONS, OUTBOX_PATH } from './admin-paths.js';

/** `/can-bo/quan-tri`: the administration's sections, and how many messages wait or failed. */
export function AdminHomePage({ frame, waiting, failed }: { frame: StaffFrame; waiting: number; failed: number }) {
  return (
    <StaffLayout title="Quản trị" frame={frame} crumbs={[{ label: 'Quản trị' }]}>
      <h1>Quản trị hệ thống</h1>
      {failed > 0 ? (
        <p class="notice notice--warning">
          Có {countVi(failed)} thư hoặc tin nhắn gửi lỗi.{' '}
          <a href={`${OUTBOX_PATH}?trang_thai=failed`}>Xem và gửi lại</a>
        </p>
      ) : null}
      <p>
        Hộp thư đi: {countVi(waiting)} đang chờ gửi, {countVi(failed)} gửi lỗi.
      </p>
      <ul class="card-list">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href} class="card">
            <h2 class="card-title">
              <a href={s.href}>{s.label}</a>
            </h2>
            <p>{s.purpose}</p>
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}
