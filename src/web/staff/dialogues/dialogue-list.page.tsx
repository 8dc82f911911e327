import type { DialogueOutput } from '../../../dialogues/dto/dialogues.output.js';
import { dayDateVi, timeRangeVi } from '../../common/format.js';
import { Select } from '../../common/forms.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { DIALOGUES_STAFF_PATH, NEW_DIALOGUE_PATH, staffDialoguePath } from './dialogue-paths.js';

export const DIALOGUE_STATUS_OPTIONS = [
  { value: 'draft', label: 'Dự thảo' },
  { value: 'published', label: 'Đã thông báo' },
  { value: 'held', label: 'Đã tổ chức' },
  { value: 'results_published', label: 'Đã công bố kết quả' },
  { value: 'cancelled', label: 'Đã hủy' },
];

/** `/can-bo/doi-thoai`: the dialogues of the person's units, newest first, with their status in words. */
export function DialogueListPage(props: {
  frame: StaffFrame;
  dialogues: DialogueOutput[];
  paging: Paging;
  status: string | null;
  canPlan: boolean;
}) {
  const { frame, dialogues, paging } = props;
  return (
    <StaffLayout title="Hội nghị đối thoại" frame={frame} crumbs={[{ label: 'Đối thoại' }]}>
      <h1>Hội nghị đối thoại với Nhân dân</h1>
      {props.canPlan ? (
        <p>
          <a class="button" href={NEW_DIALOGUE_PATH}>
            Lập kế hoạch hội nghị mới
          </a>
        </p>
      ) : null}
      <form method="get" action={DIALOGUES_STAFF_PATH} class="filters">
        <Select
          name="trang_thai"
          id="trang_thai"
          label="Trạng thái"
          options={DIALOGUE_STATUS_OPTIONS}
          value={props.status}
          empty="Tất cả"
          optional
        />
        <button type="submit" class="button button--secondary button--small">
          Lọc
        </button>
      </form>
      {dialogues.length === 0 ? (
        <p>Chưa có hội nghị đối thoại nào.</p>
      ) : (
        <table class="data-table">
          <caption>Các hội nghị đối thoại ({paging.total})</caption>
          <thead>
            <tr>
              <th scope="col">Chủ đề</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Hình thức</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {dialogues.map((d) => (
              <tr key={d.id}>
                <td>
                  <a href={staffDialoguePath(d.id)}>{d.topic}</a>
                </td>
                <td>{d.unitName}</td>
                <td>
                  {dayDateVi(d.startsAt, d.timeZone)}, {timeRangeVi(d.startsAt, d.endsAt, d.timeZone)}
                </td>
                <td>{d.modeLabel}</td>
                <td>
                  <StatusTag status={d.status} label={d.statusLabel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination path={DIALOGUES_STAFF_PATH} query={{ trang_thai: props.status ?? undefined }} paging={paging} />
    </StaffLayout>
  );
}
