import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, PostForm, Radios, Select, TextField, Textarea } from '../../common/forms.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { AD_HOC_REASON_LABELS, type AdHocValues } from './domain/session-forms.js';
import { CALENDAR_PATH, NEW_SESSION_PATH } from './office-paths.js';

export interface AdHocPageProps {
  frame: StaffFrame;
  officials: { value: string; label: string }[];
  venues: { value: string; label: string }[];
  values: Partial<AdHocValues>;
  errors?: FormErrors | null;
}

/** `/can-bo/lich/buoi-moi`: an ad-hoc session with its legal ground (Law 42/2013 Art. 18(3)). */
export function AdHocPage(p: AdHocPageProps) {
  const e = p.errors?.byField ?? {};
  const title = 'Tạo buổi tiếp đột xuất';
  return (
    <StaffLayout
      title={title}
      frame={p.frame}
      crumbs={[{ href: CALENDAR_PATH, label: 'Lịch tiếp công dân' }, { label: title }]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} />
      <p class="hint">
        Người đứng đầu tiếp công dân đột xuất khi có vụ việc thuộc khoản 3 Điều 18 Luật Tiếp công dân. Buổi tiếp được
        tạo ở trạng thái dự kiến; công bố ở trang của buổi tiếp.
      </p>
      <PostForm action={NEW_SESSION_PATH} csrf={p.frame.csrf}>
        <Select
          name="officialId"
          label="Người chủ trì"
          options={p.officials}
          value={p.values.officialId}
          error={e.officialId}
          empty="Chọn cán bộ"
        />
        <Select
          name="venueId"
          label="Địa điểm"
          options={p.venues}
          value={p.values.venueId}
          error={e.venueId}
          empty="Chọn địa điểm"
        />
        <TextField
          name="date"
          label="Ngày tiếp (năm-tháng-ngày)"
          hint="Ví dụ 2026-12-18"
          value={p.values.date}
          error={e.date}
          width="short"
        />
        <TextField
          name="startTime"
          label="Giờ bắt đầu"
          hint="Ví dụ 08:00"
          value={p.values.startTime}
          error={e.startTime}
          width="short"
        />
        <TextField
          name="durationMinutes"
          label="Thời lượng (phút)"
          value={p.values.durationMinutes ?? '120'}
          error={e.durationMinutes}
          inputMode="numeric"
          width="short"
        />
        <Radios
          name="adHocReason"
          label="Căn cứ tiếp đột xuất"
          options={Object.entries(AD_HOC_REASON_LABELS).map(([value, label]) => ({ value, label }))}
          value={p.values.adHocReason}
          error={e.adHocReason}
        />
        <Textarea name="note" label="Vụ việc cụ thể" value={p.values.note} error={e.note} maxLength={1000} />
        <Button>Tạo buổi tiếp</Button>
      </PostForm>
    </StaffLayout>
  );
}
