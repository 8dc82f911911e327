import type { FormErrors } from '../../common/form-errors.js';
import { dayDateVi, localDateVi, timeRangeVi, timeVi } from '../../common/format.js';
import { Button, Checkbox, ErrorSummary, PostForm, Select, TextField, Textarea } from '../../common/forms.js';
import type { SessionView } from '../../../sessions/session-view.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { sessionTags } from './domain/calendar-grid.js';
import { AD_HOC_REASON_LABELS } from './domain/session-forms.js';
import { CALENDAR_PATH, sessionPath } from './office-paths.js';

export type SessionForm = 'publish' | 'move' | 'cancel' | 'delegate';

export const DONE_NOTICES: Record<string, string> = {
  'cong-bo': 'Đã công bố buổi tiếp.',
  'doi-lich': 'Đã dời lịch buổi tiếp.',
  huy: 'Đã hủy buổi tiếp.',
  'uy-quyen': 'Đã ghi nhận người được ủy quyền chủ trì.',
  tao: 'Đã tạo buổi tiếp đột xuất (dự kiến, chưa công bố).',
};

export interface SessionPageProps {
  frame: StaffFrame;
  session: SessionView;
  officialName: string;
  delegateName: string;
  venueName: string;
  unitName: string;
  deputies: { value: string; label: string }[];
  canWrite: boolean;
  done?: string;
  form?: SessionForm;
  errors?: FormErrors | null;
  values?: Record<string, string>;
  /** The publish (or move) was refused under the notice period: offer the override with a reason. */
  offerOverride?: boolean;
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="summary-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function SessionPage(p: SessionPageProps) {
  const s = p.session;
  const zone = s.timeZone;
  const title = `Buổi tiếp ${dayDateVi(s.startsAt, zone)}`;
  const by = (form: SessionForm, id: string) => (p.form === form ? p.errors?.byField[id] : undefined);
  const val = (form: SessionForm, name: string, fallback = '') =>
    p.form === form ? (p.values?.[name] ?? fallback) : fallback;
  const open = s.status === 'planned' || s.status === 'published';
  const action = (a: string) => `${sessionPath(s.id)}/${a}`;
  return (
    <StaffLayout
      title={title}
      frame={p.frame}
      crumbs={[
        { href: `${CALENDAR_PATH}?thang=${s.localDate.slice(0, 7)}`, label: 'Lịch tiếp công dân' },
        { label: title },
      ]}
    >
      <h1>{title}</h1>
      {p.done && DONE_NOTICES[p.done] ? (
        <p class="notice" role="status">
          {DONE_NOTICES[p.done]}
        </p>
      ) : null}
      <ErrorSummary errors={p.errors} />
      <p class="cal-tags">
        {sessionTags(s).map((t) => (
          <StatusTag key={t} status={t} />
        ))}
      </p>
      <dl class="summary-list">
        <Row label="Ngày">{localDateVi(s.localDate)}</Row>
        <Row label="Giờ">{timeRangeVi(s.startsAt, s.endsAt, zone)}</Row>
        <Row label="Người chủ trì">{p.officialName}</Row>
        {s.delegateOfficialId ? <Row label="Người được ủy quyền">{p.delegateName}</Row> : null}
        <Row label="Địa điểm">{p.venueName}</Row>
        <Row label="Đơn vị">{p.unitName}</Row>
        {s.shiftedFrom ? <Row label="Dời do ngày nghỉ, ngày gốc">{localDateVi(s.shiftedFrom)}</Row> : null}
        {s.adHoc ? (
          <Row label="Tiếp đột xuất (khoản 3 Điều 18 Luật Tiếp công dân)">
            {s.adHocReason ? AD_HOC_REASON_LABELS[s.adHocReason] : ''}
            {s.note ? ` – ${s.note}` : ''}
          </Row>
        ) : null}
        {s.changeReason ? <Row label="Lý do thay đổi">{s.changeReason}</Row> : null}
        {s.publishedAt ? <Row label="Công bố lúc">{`${timeVi(s.publishedAt)} ${dayDateVi(s.publishedAt)}`}</Row> : null}
        {s.publishOverrideReason ? <Row label="Lý do công bố muộn">{s.publishOverrideReason}</Row> : null}
      </dl>
      {p.canWrite && open ? (
        <div class="office-actions">
          {s.status === 'planned' ? (
            <section class="card">
              <h2>Công bố</h2>
              <p class="hint">
                Lịch phải được thông báo công khai ít nhất 5 ngày làm việc trước buổi tiếp (Điều 24 Luật Tiếp công dân).
              </p>
              <PostForm action={action('cong-bo')} csrf={p.frame.csrf}>
                {p.form === 'publish' && p.offerOverride ? (
                  <>
                    <Checkbox
                      name="override"
                      id="publish-override"
                      label="Vẫn công bố dù chưa đủ thời hạn thông báo"
                      checked={val('publish', 'override') === 'yes'}
                      error={by('publish', 'publish-override')}
                    />
                    <Textarea
                      name="reason"
                      id="publish-reason"
                      label="Lý do công bố muộn"
                      hint="Lý do được ghi lại và lưu vết."
                      value={val('publish', 'reason')}
                      error={by('publish', 'publish-reason')}
                      maxLength={1000}
                    />
                  </>
                ) : null}
                <Button>Công bố buổi tiếp</Button>
              </PostForm>
            </section>
          ) : null}
          <section class="card">
            <h2>Dời lịch</h2>
            <PostForm action={action('doi-lich')} csrf={p.frame.csrf}>
              <TextField
                name="date"
                id="move-date"
                label="Ngày mới (năm-tháng-ngày)"
                hint="Ví dụ 2026-12-16"
                value={val('move', 'date', s.localDate)}
                error={by('move', 'move-date')}
                width="short"
              />
              <TextField
                name="startTime"
                id="move-startTime"
                label="Giờ bắt đầu"
                hint="Ví dụ 08:00"
                value={val('move', 'startTime', timeVi(s.startsAt, zone))}
                error={by('move', 'move-startTime')}
                width="short"
              />
              {p.form === 'move' && p.offerOverride ? (
                <Checkbox
                  name="override"
                  id="move-override"
                  label="Vẫn dời dù chưa đủ thời hạn thông báo"
                  checked={val('move', 'override') === 'yes'}
                  error={by('move', 'move-override')}
                />
              ) : null}
              <Textarea
                name="reason"
                id="move-reason"
                label="Lý do dời lịch"
                optional={s.status === 'planned'}
                value={val('move', 'reason')}
                error={by('move', 'move-reason')}
                maxLength={1000}
              />
              <Button variant="secondary">Dời lịch</Button>
            </PostForm>
          </section>
          <section class="card">
            <h2>Ủy quyền chủ trì</h2>
            <PostForm action={action('uy-quyen')} csrf={p.frame.csrf}>
              <Select
                name="delegateOfficialId"
                id="delegate-official"
                label="Người được ủy quyền"
                options={[{ value: 'none', label: 'Bỏ ủy quyền (người đứng đầu trực tiếp tiếp)' }, ...p.deputies]}
                value={val('delegate', 'delegateOfficialId', s.delegateOfficialId ?? '')}
                error={by('delegate', 'delegate-official')}
                empty="Chọn cán bộ"
              />
              <Textarea
                name="reason"
                id="delegate-reason"
                label="Lý do ủy quyền"
                value={val('delegate', 'reason')}
                error={by('delegate', 'delegate-reason')}
                maxLength={1000}
              />
              <Button variant="secondary">Ghi nhận ủy quyền</Button>
            </PostForm>
          </section>
          <section class="card">
            <h2>Hủy buổi tiếp</h2>
            <PostForm action={action('huy')} csrf={p.frame.csrf}>
              <Textarea
                name="reason"
                id="cancel-reason"
                label="Lý do hủy"
                value={val('cancel', 'reason')}
                error={by('cancel', 'cancel-reason')}
                maxLength={1000}
              />
              <Button variant="warning">Hủy buổi tiếp</Button>
            </PostForm>
          </section>
        </div>
      ) : null}
    </StaffLayout>
  );
}
