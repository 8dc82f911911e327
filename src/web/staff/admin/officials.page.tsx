import type { OfficialView } from '../../../org/officials.service.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { ListSearch } from './list-search.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { BODY_LABELS, POSITION_LABELS } from './admin-labels.js';
import { adminCrumbs, OFFICIALS_PATH } from './admin-paths.js';

/** `/can-bo/quan-tri/can-bo`: the leading officials, 20 a page. */
export function OfficialsPage({
  frame,
  officials,
  unitNames,
  paging,
  q,
}: {
  frame: StaffFrame;
  q: string;
  officials: OfficialView[];
  unitNames: Map<string, string>;
  paging: Paging;
}) {
  return (
    <StaffLayout title="Cán bộ lãnh đạo" frame={frame} crumbs={adminCrumbs({ label: 'Cán bộ lãnh đạo' })}>
      <h1>Cán bộ lãnh đạo</h1>
      <p>
        <a class="button button--primary" href={`${OFFICIALS_PATH}/moi`}>
          Thêm cán bộ
        </a>
      </p>
      <ListSearch action={OFFICIALS_PATH} label="Tìm theo họ tên hoặc chức danh" value={q} />
      <table class="data-table">
        <caption>Các cán bộ lãnh đạo ({paging.total})</caption>
        <thead>
          <tr>
            <th scope="col">Họ và tên</th>
            <th scope="col">Chức danh</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Vị trí</th>
            <th scope="col">Khối</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {officials.map((o) => (
            <tr key={o.id}>
              <td>
                <a href={`${OFFICIALS_PATH}/${o.id}`}>{o.fullName}</a>
              </td>
              <td>{o.title}</td>
              <td>{unitNames.get(o.unitId) ?? '—'}</td>
              <td>{POSITION_LABELS[o.position] ?? o.position}</td>
              <td>{BODY_LABELS[o.body] ?? o.body}</td>
              <td>
                {o.active ? (
                  <StatusTag status="done" label="Đang công tác" />
                ) : (
                  <StatusTag status="cancelled" label="Thôi công tác" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination path={OFFICIALS_PATH} query={{ q }} paging={paging} />
    </StaffLayout>
  );
}
