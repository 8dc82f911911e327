import { countVi, dayDateVi, timeVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, Select, TextField } from '../../common/forms.js';
import type { Paging } from '../../domain/paging.js';
import { ROLE_LABELS } from '../staff-nav.js';
import { Pagination } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { AUDIT_PATH } from '../tasks/task-paths.js';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditFilterForm, auditQuery } from './domain/audit-filter.js';

export interface AuditRow {
  id: string;
  at: Date;
  actorUsername: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string | null;
  seq: number;
}

/** `/can-bo/nhat-ky`: the audit log with filters (GET, bookmarkable), newest first, paginated. */
export function AuditLogPage(p: {
  frame: StaffFrame;
  form: AuditFilterForm;
  errors: FormErrors | null;
  /** An inspector reads one record's trail at a time (the API's rule): the list waits for a record. */
  needsRecord: boolean;
  rows: AuditRow[];
  paging: Paging;
}) {
  const e = p.errors?.byField ?? {};
  const f = p.form;
  return (
    <StaffLayout title="Nhật ký hệ thống" frame={p.frame} crumbs={[{ label: 'Nhật ký hệ thống' }]}>
      <ErrorSummary errors={p.errors} />
      <h1>Nhật ký hệ thống</h1>
      <p class="lead">
        Mọi thao tác ghi dữ liệu và mọi lần xem thông tin được bảo vệ đều được ghi lại, không thể sửa hay xóa.
      </p>
      <form method="get" action={AUDIT_PATH} class="filters" aria-label="Lọc nhật ký">
        <Select
          name="hanh-dong"
          label="Thao tác"
          options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
          value={f.action}
          empty="Tất cả"
          error={e['hanh-dong']}
        />
        <Select
          name="loai"
          label="Loại bản ghi"
          options={Object.entries(AUDIT_ENTITIES).map(([value, label]) => ({ value, label }))}
          value={f.entityType}
          empty="Tất cả"
          error={e.loai}
        />
        <TextField name="ma" label="Mã bản ghi" value={f.entityId} optional width="medium" error={e.ma} />
        <TextField name="nguoi" label="Tên đăng nhập" value={f.username} optional width="short" />
        <TextField
          name="tu"
          label="Từ ngày"
          hint="Ngày/tháng/năm"
          value={f.from}
          optional
          width="short"
          error={e.tu}
          inputMode="numeric"
        />
        <TextField
          name="den"
          label="Đến ngày"
          hint="Ngày/tháng/năm"
          value={f.to}
          optional
          width="short"
          error={e.den}
          inputMode="numeric"
        />
        <Button variant="secondary">Lọc</Button>
      </form>
      {p.needsRecord ? (
        <p class="notice">
          Thanh tra viên xem nhật ký theo từng bản ghi: chọn loại bản ghi và nhập mã bản ghi (ví dụ từ trang của đơn tố
          cáo, liên kết “Nhật ký của đơn này”).
        </p>
      ) : (
        <>
          <p role="status">
            {p.paging.total === 0
              ? 'Không có dòng nhật ký nào phù hợp.'
              : `Có ${countVi(p.paging.total)} dòng nhật ký.`}
          </p>
          {p.rows.length > 0 ? (
            <table class="data-table">
              <caption>Nhật ký, mới nhất trước, trang {p.paging.page}</caption>
              <thead>
                <tr>
                  <th scope="col">Thời điểm</th>
                  <th scope="col">Người thực hiện</th>
                  <th scope="col">Thao tác</th>
                  <th scope="col">Bản ghi</th>
                  <th scope="col">Nội dung</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {dayDateVi(r.at)} {timeVi(r.at)}
                    </td>
                    <td>
                      {r.actorUsername ?? 'Không xác định'}
                      {r.actorRoles.length ? (
                        <span class="hint">
                          {' '}
                          ({r.actorRoles.map((x) => ROLE_LABELS[x as keyof typeof ROLE_LABELS] ?? x).join(', ')})
                        </span>
                      ) : null}
                    </td>
                    <td>{AUDIT_ACTIONS[r.action] ?? r.action}</td>
                    <td>
                      {AUDIT_ENTITIES[r.entityType] ?? r.entityType}
                      {r.entityId ? <span class="hint audit-id"> {r.entityId}</span> : null}
                    </td>
                    <td>{r.summary ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Pagination path={AUDIT_PATH} query={auditQuery(f)} paging={p.paging} />
        </>
      )}
    </StaffLayout>
  );
}
