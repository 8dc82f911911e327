import { localDateVi } from '../../common/format.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { formOfRrule, HOLIDAY_POLICY_LABELS, RHYTHMS, WEEKDAYS } from './domain/schedule-form.js';
import type { HolidayPolicy } from '../../../schedules/domain/schedule.types.js';
import { NEW_SCHEDULE_PATH, schedulePath } from './office-paths.js';

export interface ScheduleRow {
  id: string;
  official: string;
  venue: string;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  validFrom: string;
  validUntil: string | null;
  holidayPolicy: HolidayPolicy;
  active: boolean;
  minimum: string | null;
}

export const SCHEDULE_NOTICES: Record<string, string> = {
  tao: 'Đã lưu lịch tiếp định kỳ và tạo các buổi tiếp dự kiến 12 tháng tới.',
  sua: 'Đã lưu thay đổi; các buổi tiếp dự kiến chưa ai sửa đã được lập lại.',
};

/** "Thứ Hai hằng tuần" from a rule the form knows; the rule itself otherwise. */
export function rhythmText(rrule: string): string {
  const f = formOfRrule(rrule);
  if (!f) return rrule;
  const day = WEEKDAYS.find((w) => w.value === f.weekday)!.label;
  const rhythm = RHYTHMS.find((r) => r.value === f.rhythm)!.label.toLowerCase();
  return `${day}, ${rhythm}`;
}

export function SchedulesPage(p: { frame: StaffFrame; rows: ScheduleRow[]; canWrite: boolean; done?: string }) {
  const title = 'Lịch tiếp định kỳ';
  return (
    <StaffLayout title={title} frame={p.frame} crumbs={[{ label: title }]}>
      <h1>{title}</h1>
      {p.done && SCHEDULE_NOTICES[p.done] ? (
        <p class="notice" role="status">
          {SCHEDULE_NOTICES[p.done]}
        </p>
      ) : null}
      {p.canWrite ? (
        <p>
          <a class="button" href={NEW_SCHEDULE_PATH}>
            Lập lịch tiếp định kỳ mới
          </a>
        </p>
      ) : null}
      {p.rows.length === 0 ? (
        <p>Chưa có lịch tiếp định kỳ nào.</p>
      ) : (
        <table class="data-table">
          <caption>Lịch tiếp định kỳ của các đơn vị</caption>
          <thead>
            <tr>
              <th scope="col">Người chủ trì</th>
              <th scope="col">Nhịp tiếp</th>
              <th scope="col">Giờ</th>
              <th scope="col">Địa điểm</th>
              <th scope="col">Hiệu lực</th>
              <th scope="col">Ngày nghỉ</th>
              <th scope="col">Mức tối thiểu theo quy định</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.id}>
                <td>{p.canWrite ? <a href={schedulePath(r.id)}>{r.official}</a> : r.official}</td>
                <td>{rhythmText(r.rrule)}</td>
                <td>
                  {r.startTime}, {r.durationMinutes} phút
                </td>
                <td>{r.venue}</td>
                <td>
                  Từ {localDateVi(r.validFrom)}
                  {r.validUntil ? ` đến ${localDateVi(r.validUntil)}` : ''}
                </td>
                <td>{HOLIDAY_POLICY_LABELS[r.holidayPolicy]}</td>
                <td>{r.minimum ?? 'Không áp dụng'}</td>
                <td>
                  <StatusTag status={r.active ? 'open' : 'cancelled'} label={r.active ? 'Đang áp dụng' : 'Đã ngừng'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
