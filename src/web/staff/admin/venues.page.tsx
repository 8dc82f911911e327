import type { VenueView } from '../../../org/venues.service.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination } from '../staff-components.js';
import { ListSearch } from './list-search.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, VENUES_PATH } from './admin-paths.js';

/** `/can-bo/quan-tri/dia-diem`: the reception venues, 20 a page. */
export function VenuesPage({
  frame,
  venues,
  unitNames,
  paging,
  q,
}: {
  frame: StaffFrame;
  q: string;
  venues: VenueView[];
  unitNames: Map<string, string>;
  paging: Paging;
}) {
  return (
    <StaffLayout title="Địa điểm tiếp" frame={frame} crumbs={adminCrumbs({ label: 'Địa điểm tiếp' })}>
      <h1>Địa điểm tiếp công dân</h1>
      <p>
        <a class="button button--primary" href={`${VENUES_PATH}/moi`}>
          Thêm địa điểm
        </a>
      </p>
      <ListSearch action={VENUES_PATH} label="Tìm theo tên hoặc địa chỉ" value={q} />
      <table class="data-table">
        <caption>Các địa điểm tiếp công dân ({paging.total})</caption>
        <thead>
          <tr>
            <th scope="col">Tên địa điểm</th>
            <th scope="col">Địa chỉ</th>
            <th scope="col">Đơn vị</th>
          </tr>
        </thead>
        <tbody>
          {venues.map((v) => (
            <tr key={v.id}>
              <td>
                <a href={`${VENUES_PATH}/${v.id}`}>{v.name}</a>
              </td>
              <td>{v.address}</td>
              <td>{unitNames.get(v.unitId) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination path={VENUES_PATH} query={{ q }} paging={paging} />
    </StaffLayout>
  );
}
