import { countVi, localDateVi } from '../../common/format.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { SEARCH_PATH } from '../staff-paths.js';

export interface SearchRow {
  id: string;
  lookupCode: string | null;
  typeLabel: string;
  receivedOn: string;
  status: string;
  subject: string | null;
  petitionerName: string | null;
  identityProtected: boolean;
  /** Where the row leads (the petition's task, or the inspector's denunciation page), if anywhere. */
  href: string | null;
}

/** `/can-bo/tim-ho-so?q=`: petitions of the user's units by lookup code or citizen name (never across the seal). */
export function SearchPage(p: { frame: StaffFrame; q: string; tooShort: boolean; rows: SearchRow[]; paging: Paging }) {
  return (
    <StaffLayout title="Tìm hồ sơ" frame={p.frame} crumbs={[{ label: 'Tìm hồ sơ' }]}>
      <h1>Tìm hồ sơ</h1>
      <p class="lead">
        Tìm theo mã tra cứu (ví dụ HS-26-…) hoặc họ tên công dân, trong các đơn vị bạn phụ trách. Đơn tố cáo không tìm
        được theo họ tên người tố cáo.
      </p>
      {p.tooShort ? (
        <p class="notice" role="status">
          Nhập mã tra cứu hoặc ít nhất 2 ký tự của họ tên vào ô tìm kiếm ở đầu trang.
        </p>
      ) : (
        <>
          <p role="status">
            {p.paging.total === 0
              ? `Không tìm thấy hồ sơ nào với “${p.q}”.`
              : `Tìm thấy ${countVi(p.paging.total)} hồ sơ với “${p.q}”.`}
          </p>
          {p.rows.length > 0 ? (
            <table class="data-table">
              <caption>Kết quả tìm kiếm, mới nhất trước, trang {p.paging.page}</caption>
              <thead>
                <tr>
                  <th scope="col">Mã tra cứu</th>
                  <th scope="col">Loại đơn</th>
                  <th scope="col">Người gửi</th>
                  <th scope="col">Ngày nhận</th>
                  <th scope="col">Trạng thái</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.href ? <a href={r.href}>{r.lookupCode ?? 'Không có mã'}</a> : (r.lookupCode ?? 'Không có mã')}
                    </td>
                    <td>
                      {r.typeLabel}
                      {r.subject ? <span class="hint"> · {r.subject}</span> : null}
                    </td>
                    <td>{r.identityProtected ? 'Được bảo mật' : (r.petitionerName ?? 'Không có')}</td>
                    <td>{localDateVi(r.receivedOn)}</td>
                    <td>
                      <StatusTag status={r.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Pagination path={SEARCH_PATH} query={{ q: p.q }} paging={p.paging} />
        </>
      )}
    </StaffLayout>
  );
}
