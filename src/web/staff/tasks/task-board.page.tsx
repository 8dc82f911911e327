import { PETITION_TYPE_LABELS, PETITION_TYPES } from '../../../petitions/domain/petition-types.js';
import { countVi, dayDateVi } from '../../common/format.js';
import { Button, Select } from '../../common/forms.js';
import { pageHref, type Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { BOARD_STATUSES, type BoardFilter, boardQuery, daysLeftVi, noonOf } from './domain/task-board.js';
import type { BoardRow } from './task-board.reader.js';
import { BOARD_PATH, taskPath } from './task-paths.js';

/** The status shown for a task: overdue wins over open / in progress (word and colour). */
export function taskTag(t: { status: string; overdue: boolean }, late: boolean) {
  const active = t.status === 'open' || t.status === 'in_progress';
  return active && (t.overdue || late) ? (
    <>
      <StatusTag status={t.status} /> <StatusTag status="overdue" />
    </>
  ) : (
    <StatusTag status={t.status} />
  );
}

/** `/can-bo/cong-viec`: the tasks of the user's unit, overdue first then by due day, with filters and pages. */
export function TaskBoardPage(props: {
  frame: StaffFrame;
  filter: BoardFilter;
  rows: BoardRow[];
  paging: Paging;
  /** False when the unit has more tasks than were counted (then "more than N" and plain previous/next links). */
  exact: boolean;
}) {
  const { frame, filter, rows, paging, exact } = props;
  return (
    <StaffLayout title="Công việc" frame={frame} crumbs={[{ label: 'Công việc' }]}>
      <h1>Công việc của đơn vị</h1>
      <p class="lead">
        Nhiệm vụ xử lý đơn được giao cho {frame.unitName}: việc quá hạn xếp trước, sau đó theo hạn xử lý. Số ngày còn
        lại tính theo ngày làm việc.
      </p>
      <form method="get" action={BOARD_PATH} class="filters" aria-label="Lọc công việc">
        <Select
          name="trang-thai"
          id="trang-thai"
          label="Trạng thái"
          options={Object.entries(BOARD_STATUSES).map(([value, label]) => ({ value, label }))}
          value={filter.status}
        />
        <Select
          name="loai"
          id="loai"
          label="Loại đơn"
          options={PETITION_TYPES.map((t) => ({ value: t, label: PETITION_TYPE_LABELS[t] }))}
          value={filter.type ?? ''}
          empty="Tất cả"
        />
        <Button variant="secondary">Lọc</Button>
      </form>
      <p role="status">
        {paging.total === 0
          ? 'Không có công việc nào phù hợp.'
          : exact
            ? `Có ${countVi(paging.total)} công việc.`
            : `Có hơn ${countVi(paging.total)} công việc.`}
      </p>
      {rows.length > 0 ? (
        <table class="data-table task-board">
          <caption>Danh sách công việc, trang {paging.page}</caption>
          <thead>
            <tr>
              <th scope="col">Nhiệm vụ</th>
              <th scope="col">Loại đơn</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Hạn xử lý</th>
              <th scope="col">Hạn theo luật</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.task.id}>
                <td>
                  <a href={taskPath(r.task.id)}>{r.subject ?? short(r.task.instruction)}</a>
                  {r.subject ? (
                    <>
                      <br />
                      <span class="hint">{short(r.task.instruction)}</span>
                    </>
                  ) : null}
                  {r.unitName ? (
                    <>
                      <br />
                      <span class="hint">Đơn vị giao: {r.unitName}</span>
                    </>
                  ) : null}
                </td>
                <td>{r.typeLabel}</td>
                <td>{taskTag(r.task, r.late)}</td>
                <td>
                  {dayDateVi(noonOf(r.dueOn))}
                  {r.task.status === 'open' || r.task.status === 'in_progress' ? (
                    <>
                      <br />
                      <span class={r.late ? 'days-left days-left--late' : 'days-left'}>
                        {daysLeftVi(r.daysLeft, r.late)}
                      </span>
                    </>
                  ) : null}
                </td>
                <td>
                  {r.legalDueOn ? dayDateVi(noonOf(r.legalDueOn)) : 'Không có hạn luật định'}
                  {r.paused ? (
                    <>
                      <br />
                      <span class="hint">Đang tạm dừng tính hạn</span>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {exact ? (
        <Pagination path={BOARD_PATH} query={boardQuery(filter)} paging={paging} />
      ) : (
        <nav class="pagination" aria-label="Phân trang">
          <p class="pagination-count">Trang {paging.page}</p>
          <ul>
            {paging.page > 1 ? (
              <li>
                <a href={pageHref(BOARD_PATH, boardQuery(filter), paging.page - 1)} rel="prev">
                  ‹ Trang trước
                </a>
              </li>
            ) : null}
            <li>
              <a href={pageHref(BOARD_PATH, boardQuery(filter), paging.page + 1)} rel="next">
                Trang sau ›
              </a>
            </li>
          </ul>
        </nav>
      )}
    </StaffLayout>
  );
}

/** The first words of a long text (one line of a list). */
export function short(s: string, max = 90): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
