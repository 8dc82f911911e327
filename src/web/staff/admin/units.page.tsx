import type { UnitOutput } from '../../../org/dto/units.output.js';
import { localDateVi } from '../../common/format.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination } from '../staff-components.js';
import { ListSearch } from './list-search.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { LEVEL_LABELS } from './admin-labels.js';
import { adminCrumbs, UNITS_PATH } from './admin-paths.js';

/** "Từ Thứ Ba, 01/07/2025 đến Thứ Ba, 31/12/2030": a unit's period in force. */
export function periodText(from: string | null, to: string | null): string {
  if (!from && !to) return 'Không giới hạn';
  return `${from ? `Từ ${localDateVi(from)}` : 'Không rõ ngày bắt đầu'}${to ? ` đến ${localDateVi(to)}` : ''}`;
}

/** `/can-bo/quan-tri/don-vi`: the units, 20 a page. */
export function UnitsPage({
  frame,
  units,
  names,
  paging,
  q,
}: {
  frame: StaffFrame;
  q: string;
  units: UnitOutput[];
  names: Map<string, string>;
  paging: Paging;
}) {
  return (
    <StaffLayout title="Đơn vị" frame={frame} crumbs={adminCrumbs({ label: 'Đơn vị' })}>
      <h1>Đơn vị</h1>
      <p>
        <a class="button button--primary" href={`${UNITS_PATH}/moi`}>
          Thêm đơn vị
        </a>
      </p>
      <ListSearch action={UNITS_PATH} label="Tìm theo tên hoặc mã đơn vị" value={q} />
      <table class="data-table">
        <caption>Các đơn vị ({paging.total})</caption>
        <thead>
          <tr>
            <th scope="col">Tên đơn vị</th>
            <th scope="col">Mã</th>
            <th scope="col">Cấp</th>
            <th scope="col">Đơn vị cấp trên</th>
            <th scope="col">Thời gian hiệu lực</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <td>
                <a href={`${UNITS_PATH}/${u.id}`}>{u.name}</a>
              </td>
              <td>{u.code ?? '—'}</td>
              <td>{LEVEL_LABELS[u.level] ?? u.level}</td>
              <td>{(u.parentId && names.get(u.parentId)) ?? '—'}</td>
              <td>{periodText(u.validFrom, u.validTo)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination path={UNITS_PATH} query={{ q }} paging={paging} />
    </StaffLayout>
  );
}
