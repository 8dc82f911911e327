import type { FormErrors } from '../../common/form-errors.js';
import { localDateVi } from '../../common/format.js';
import { Button, ErrorSummary, PostForm, Radios, Select, TextField } from '../../common/forms.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { HOLIDAY_POLICY_LABELS, RHYTHMS, type ScheduleFormValues, WEEKDAYS } from './domain/schedule-form.js';
import type { PreviewRow } from './domain/schedule-preview.js';
import { SCHEDULES_PATH } from './office-paths.js';

export interface ScheduleFormPageProps {
  frame: StaffFrame;
  /** Null: a new schedule; else the schedule's id (the official cannot change). */
  scheduleId: string | null;
  action: string;
  officials: { value: string; label: string }[];
  venues: { value: string; label: string }[];
  /** The legal minimum of each head official, as text, for the office to compare. */
  minimums: { official: string; text: string; source: string }[];
  /** The minimum of the official chosen (after a round trip). */
  chosenMinimum: { text: string; source: string } | null;
  values: Partial<ScheduleFormValues>;
  errors?: FormErrors | null;
  preview?: PreviewRow[] | null;
}

const OUTCOME: Record<PreviewRow['outcome'], { status: string; label: string }> = {
  kept: { status: 'planned', label: 'Giữ nguyên' },
  moved: { status: 'moved', label: 'Dời ngày' },
  skipped: { status: 'cancelled', label: 'Bỏ qua' },
};

function Preview({ rows }: { rows: PreviewRow[] }) {
  const changed = rows.filter((r) => r.outcome !== 'kept').length;
  return (
    <section class="card" aria-labelledby="xem-truoc-tieu-de" id="xem-truoc">
      <h2 id="xem-truoc-tieu-de">Xem trước các ngày tiếp (3 tháng tới)</h2>
      <p>
        {rows.length} lần theo quy tắc; {changed} lần trùng ngày nghỉ được dời hoặc bỏ qua. Chưa có gì được lưu.
      </p>
      <table class="data-table">
        <caption>Ngày theo quy tắc và ngày tiếp sau khi xét ngày nghỉ</caption>
        <thead>
          <tr>
            <th scope="col">Ngày theo quy tắc</th>
            <th scope="col">Ngày tiếp</th>
            <th scope="col">Kết quả</th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.occurrenceDate} class={r.outcome === 'kept' ? undefined : 'preview-changed'}>
              <td>{localDateVi(r.occurrenceDate)}</td>
              <td>{r.localDate ? localDateVi(r.localDate) : '—'}</td>
              <td>
                <StatusTag status={OUTCOME[r.outcome].status} label={OUTCOME[r.outcome].label} />
              </td>
              <td>{r.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ScheduleFormPage(p: ScheduleFormPageProps) {
  const e = p.errors?.byField ?? {};
  const v = p.values;
  const title = p.scheduleId ? 'Sửa lịch tiếp định kỳ' : 'Lập lịch tiếp định kỳ';
  return (
    <StaffLayout
      title={title}
      frame={p.frame}
      crumbs={[{ href: SCHEDULES_PATH, label: 'Lịch tiếp định kỳ' }, { label: title }]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} />
      {p.chosenMinimum ? (
        <p class="notice" role="status">
          Mức tối thiểu theo quy định cho người chủ trì đã chọn: <strong>{p.chosenMinimum.text}</strong> (
          {p.chosenMinimum.source}).
        </p>
      ) : null}
      {p.preview ? <Preview rows={p.preview} /> : null}
      <PostForm action={p.action} csrf={p.frame.csrf}>
        {p.scheduleId ? (
          <p>
            Người chủ trì: <strong>{p.officials.find((o) => o.value === v.officialId)?.label ?? ''}</strong>
            <input type="hidden" name="officialId" value={v.officialId ?? ''} />
          </p>
        ) : (
          <Select
            name="officialId"
            label="Người chủ trì tiếp công dân"
            options={p.officials}
            value={v.officialId}
            error={e.officialId}
            empty="Chọn cán bộ"
          />
        )}
        <Select
          name="venueId"
          label="Địa điểm tiếp"
          options={p.venues}
          value={v.venueId}
          error={e.venueId}
          empty="Chọn địa điểm"
        />
        <Select
          name="weekday"
          label="Ngày trong tuần"
          options={WEEKDAYS.map((w) => ({ value: w.value, label: w.label }))}
          value={v.weekday}
          error={e.weekday}
          empty="Chọn ngày"
        />
        <Radios
          name="rhythm"
          label="Nhịp tiếp"
          options={RHYTHMS.map((r) => ({ value: r.value, label: r.label }))}
          value={v.rhythm ?? 'weekly'}
          error={e.rhythm}
        />
        <TextField
          name="startTime"
          label="Giờ bắt đầu"
          hint="Ví dụ 08:00"
          value={v.startTime ?? '08:00'}
          error={e.startTime}
          width="short"
        />
        <TextField
          name="durationMinutes"
          label="Thời lượng (phút)"
          value={v.durationMinutes ?? '180'}
          error={e.durationMinutes}
          inputMode="numeric"
          width="short"
        />
        <TextField
          name="validFrom"
          label="Áp dụng từ ngày (năm-tháng-ngày)"
          hint="Ví dụ 2027-01-04"
          value={v.validFrom}
          error={e.validFrom}
          width="short"
        />
        <TextField
          name="validUntil"
          label="Áp dụng đến ngày (năm-tháng-ngày)"
          optional
          value={v.validUntil}
          error={e.validUntil}
          width="short"
        />
        <Radios
          name="holidayPolicy"
          label="Khi trùng ngày nghỉ, ngày lễ, Tết"
          options={Object.entries(HOLIDAY_POLICY_LABELS).map(([value, label]) => ({ value, label }))}
          value={v.holidayPolicy ?? 'next_working_day'}
          error={e.holidayPolicy}
        />
        <TextField
          name="slotMinutes"
          label="Thời lượng mỗi lượt tiếp (phút)"
          value={v.slotMinutes ?? '30'}
          error={e.slotMinutes}
          inputMode="numeric"
          width="short"
        />
        <TextField
          name="seatsPerSlot"
          label="Số chỗ đăng ký mỗi lượt"
          value={v.seatsPerSlot ?? '5'}
          error={e.seatsPerSlot}
          inputMode="numeric"
          width="short"
        />
        <div class="button-row">
          <Button variant="secondary" name="hanh-dong" value="xem-truoc">
            Xem trước
          </Button>
          <Button name="hanh-dong" value="luu">
            Lưu lịch
          </Button>
        </div>
      </PostForm>
      {p.minimums.length > 0 ? (
        <section class="card">
          <h2>Mức tối thiểu theo quy định</h2>
          <ul>
            {p.minimums.map((m) => (
              <li key={m.official}>
                {m.official}: {m.text} ({m.source})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </StaffLayout>
  );
}
