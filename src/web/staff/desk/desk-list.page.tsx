import type { SessionView } from '../../../sessions/session-view.js';
import { dayDateVi, timeRangeVi } from '../../common/format.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { DESK_PATH, deskSessionPath } from './desk-paths.js';

/** `/can-bo/ban-tiep`: today's and the coming sessions of the unit, each opening its desk. */
export function DeskListPage(props: {
  frame: StaffFrame;
  today: string;
  sessions: SessionView[];
  names: Map<string, string>;
  paging: Paging;
  query: Record<string, unknown>;
}) {
  const { sessions, names } = props;
  return (
    <StaffLayout title="Bàn tiếp dân" frame={props.frame} crumbs={[{ label: 'Bàn tiếp dân' }]}>
      <h1>Bàn tiếp dân</h1>
      <p>
        Các buổi tiếp công dân của đơn vị hôm nay và 30 ngày tới. Chọn một buổi để điểm danh, ghi biên bản và sổ tiếp.
      </p>
      {sessions.length === 0 ? (
        <p class="notice" role="status">
          Không có buổi tiếp nào từ hôm nay đến 30 ngày tới.
        </p>
      ) : (
        <table class="data-table">
          <caption>Buổi tiếp công dân ({props.paging.total})</caption>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Người tiếp</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={deskSessionPath(s.id)}>
                    {dayDateVi(s.startsAt, s.timeZone)}
                    {s.localDate === props.today ? ' (hôm nay)' : ''}
                  </a>
                </td>
                <td>{timeRangeVi(s.startsAt, s.endsAt, s.timeZone)}</td>
                <td>{names.get(s.delegateOfficialId ?? s.officialId) ?? ''}</td>
                <td>
                  <StatusTag status={s.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination path={DESK_PATH} query={props.query} paging={props.paging} />
    </StaffLayout>
  );
}
