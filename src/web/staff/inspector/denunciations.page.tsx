import { countVi, localDateVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, PostForm, Select, Textarea } from '../../common/forms.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { short } from '../tasks/task-board.page.js';
import { auditOf, DENUNCIATIONS_PATH, denunciationPath } from '../tasks/task-paths.js';

export const QUEUE_FILTERS = { all: 'Tất cả', main: 'Tố cáo có danh tính', anonymous: 'Tố cáo nặc danh' } as const;
export type QueueFilter = keyof typeof QUEUE_FILTERS;

export interface DenunciationRow {
  id: string;
  receivedOn: string;
  subject: string | null;
  content?: string;
  status: string;
  anonymous: boolean;
  queue: string;
}

/** `/can-bo/to-cao`: the inspector's queue of denunciations, anonymous ones included; no denouncer is named. */
export function DenunciationsPage(p: {
  frame: StaffFrame;
  queue: QueueFilter;
  rows: DenunciationRow[];
  paging: Paging;
}) {
  return (
    <StaffLayout title="Đơn tố cáo" frame={p.frame} crumbs={[{ label: 'Đơn tố cáo' }]}>
      <h1>Đơn tố cáo</h1>
      <p class="lead">
        Danh tính người tố cáo được giữ bí mật. Chỉ thanh tra của đơn vị nhận đơn được xem, sau khi nêu lý do; mỗi lần
        xem đều được ghi nhật ký.
      </p>
      <form method="get" action={DENUNCIATIONS_PATH} class="filters" aria-label="Lọc đơn tố cáo">
        <Select
          name="hang-doi"
          id="hang-doi"
          label="Hàng đợi"
          options={Object.entries(QUEUE_FILTERS).map(([value, label]) => ({ value, label }))}
          value={p.queue}
        />
        <Button variant="secondary">Lọc</Button>
      </form>
      <p role="status">
        {p.paging.total === 0 ? 'Không có đơn tố cáo nào.' : `Có ${countVi(p.paging.total)} đơn tố cáo.`}
      </p>
      {p.rows.length > 0 ? (
        <table class="data-table">
          <caption>Đơn tố cáo, mới nhất trước, trang {p.paging.page}</caption>
          <thead>
            <tr>
              <th scope="col">Ngày nhận</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Hình thức</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.id}>
                <td>{localDateVi(r.receivedOn)}</td>
                <td>
                  <a href={denunciationPath(r.id)}>{r.subject ?? 'Đơn tố cáo'}</a>
                </td>
                <td>{r.queue === 'anonymous' || r.anonymous ? 'Nặc danh' : 'Có danh tính (bảo mật)'}</td>
                <td>
                  <StatusTag status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination
        path={DENUNCIATIONS_PATH}
        query={p.queue === 'all' ? {} : { 'hang-doi': p.queue }}
        paging={p.paging}
      />
    </StaffLayout>
  );
}

export interface Petitioner {
  fullName: string;
  address?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface DenunciationDetail extends DenunciationRow {
  content: string;
  typeLabel: string;
  processedAsDenunciation: boolean | null;
  deadlines: { label: string; dueOn: string }[];
  petitioner: Petitioner | null;
}

/**
 * `/can-bo/to-cao/:id`: one denunciation as everyone but its unit's inspector sees it (identity sealed), with the form
 * to reveal the identity after typing a reason; after the post, the identity (rendered on the post, never in a URL)
 * and the link to the audit trail of the record.
 */
export function DenunciationPage(p: {
  frame: StaffFrame;
  d: DenunciationDetail;
  mayReveal: boolean;
  revealed: boolean;
  reason?: string;
  errors?: FormErrors | null;
}) {
  const { d } = p;
  const title = d.subject ? short(d.subject, 80) : 'Đơn tố cáo';
  return (
    <StaffLayout
      title={title}
      frame={p.frame}
      crumbs={[{ href: DENUNCIATIONS_PATH, label: 'Đơn tố cáo' }, { label: title }]}
    >
      <ErrorSummary errors={p.errors} />
      <h1>{title}</h1>
      <dl class="summary-list">
        <div>
          <dt>Ngày nhận đơn</dt>
          <dd>{localDateVi(d.receivedOn)}</dd>
        </div>
        <div>
          <dt>Trạng thái</dt>
          <dd>
            <StatusTag status={d.status} />
          </dd>
        </div>
        <div>
          <dt>Hình thức</dt>
          <dd>
            {d.queue === 'anonymous' || d.anonymous
              ? 'Tố cáo nặc danh (không xử lý theo thủ tục giải quyết tố cáo)'
              : 'Tố cáo có danh tính'}
          </dd>
        </div>
        {d.deadlines.map((x) => (
          <div key={x.label}>
            <dt>{x.label}</dt>
            <dd>{localDateVi(x.dueOn)}</dd>
          </div>
        ))}
        <div>
          <dt>Nội dung</dt>
          <dd class="prewrap">{d.content}</dd>
        </div>
      </dl>
      <section aria-labelledby="danh-tinh">
        <h2 id="danh-tinh">Danh tính người tố cáo</h2>
        {p.revealed ? (
          d.petitioner ? (
            <>
              <p class="notice notice--warning" role="status">
                Bạn đang xem danh tính được bảo vệ. Lần xem này đã được ghi nhật ký cùng lý do: “{p.reason}”.
              </p>
              <dl class="summary-list">
                <div>
                  <dt>Họ và tên</dt>
                  <dd>{d.petitioner.fullName}</dd>
                </div>
                <div>
                  <dt>Địa chỉ</dt>
                  <dd>{d.petitioner.address ?? 'Không có'}</dd>
                </div>
                <div>
                  <dt>Số định danh</dt>
                  <dd>{d.petitioner.idNumber ?? 'Không có'}</dd>
                </div>
                <div>
                  <dt>Điện thoại</dt>
                  <dd>{d.petitioner.phone ?? 'Không có'}</dd>
                </div>
                <div>
                  <dt>Thư điện tử</dt>
                  <dd>{d.petitioner.email ?? 'Không có'}</dd>
                </div>
              </dl>
            </>
          ) : (
            <p class="notice" role="status">
              Đơn không có thông tin người tố cáo (nặc danh). Lần xem đã được ghi nhật ký.
            </p>
          )
        ) : p.mayReveal ? (
          <PostForm action={`${denunciationPath(d.id)}/danh-tinh`} csrf={p.frame.csrf}>
            <Textarea
              name="reason"
              id="ly-do"
              label="Lý do cần xem danh tính"
              hint="Ít nhất 10 ký tự. Lý do được ghi vào nhật ký hệ thống cùng tên của bạn."
              value={p.reason}
              error={p.errors?.byField['ly-do']}
              maxLength={250}
              rows={3}
            />
            <Button variant="warning">Xem danh tính</Button>
          </PostForm>
        ) : (
          <p class="notice">Danh tính được bảo mật. Chỉ thanh tra của đơn vị nhận đơn được xem, sau khi nêu lý do.</p>
        )}
        <p>
          <a href={auditOf('petition', d.id)}>Nhật ký của đơn này</a>
        </p>
      </section>
    </StaffLayout>
  );
}
