import type { OutboxItemDto } from '../../../notifications/dto/outbox.dto.js';
import { countVi, dayDateVi, timeVi } from '../../common/format.js';
import { Button, ErrorSummary, Hidden, PostForm, Select } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import type { Paging } from '../../domain/paging.js';
import { Pagination, StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { CHANNEL_LABELS, OUTBOX_STATUS_LABELS, optionsOf } from './admin-labels.js';
import { adminCrumbs, OUTBOX_PATH } from './admin-paths.js';

type Counts = Record<'pending' | 'sending' | 'sent' | 'failed', number>;
export interface OutboxFilters {
  trang_thai: string;
  kenh: string;
}

const STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

/**
 * `/can-bo/quan-tri/hop-thu-di`: e-mails and SMS waiting, sent, failed (counts per channel), the list as the API's
 * admin view shows it (recipient and subject masked or sealed by the policy; never the message text), and a failed
 * message put back in the queue.
 */
export function OutboxPage({
  frame,
  summary,
  items,
  filters,
  paging,
  errors,
  retried,
}: {
  frame: StaffFrame;
  summary: { byChannel: Record<'email' | 'sms', Counts> } & Counts;
  items: OutboxItemDto[];
  filters: OutboxFilters;
  paging: Paging;
  errors?: FormErrors | null;
  retried?: boolean;
}) {
  const back = `${OUTBOX_PATH}?${new URLSearchParams({ ...filters, trang: String(paging.page) }).toString()}`;
  return (
    <StaffLayout title="Hộp thư đi" frame={frame} crumbs={adminCrumbs({ label: 'Hộp thư đi' })}>
      <h1>Hộp thư đi</h1>
      {retried ? (
        <p class="notice" role="status">
          Đã đưa thư trở lại hàng đợi; hệ thống sẽ gửi lại trong lượt gửi tới.
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <table class="data-table">
        <caption>Số thư theo kênh và trạng thái</caption>
        <thead>
          <tr>
            <th scope="col">Kênh</th>
            {STATUSES.map((s) => (
              <th scope="col" class="num" key={s}>
                {OUTBOX_STATUS_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['email', 'sms'] as const).map((ch) => (
            <tr key={ch}>
              <th scope="row">{CHANNEL_LABELS[ch]}</th>
              {STATUSES.map((s) => (
                <td class="num" key={s}>
                  {countVi(summary.byChannel[ch][s])}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Tổng</th>
            {STATUSES.map((s) => (
              <td class="num" key={s}>
                {countVi(summary[s])}
              </td>
            ))}
          </tr>
        </tbody>
      </table>

      <form method="get" action={OUTBOX_PATH} class="filters">
        <Select
          name="trang_thai"
          label="Trạng thái"
          options={optionsOf(OUTBOX_STATUS_LABELS)}
          value={filters.trang_thai}
          empty="Tất cả"
        />
        <Select name="kenh" label="Kênh" options={optionsOf(CHANNEL_LABELS)} value={filters.kenh} empty="Tất cả" />
        <button type="submit" class="button button--secondary">
          Lọc
        </button>
      </form>

      {items.length === 0 ? (
        <p>Không có thư nào phù hợp.</p>
      ) : (
        <table class="data-table">
          <caption>Các thư đi ({countVi(paging.total)})</caption>
          <thead>
            <tr>
              <th scope="col">Tạo lúc</th>
              <th scope="col">Kênh</th>
              <th scope="col">Loại</th>
              <th scope="col">Người nhận</th>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Trạng thái</th>
              <th scope="col" class="num">
                Số lần gửi
              </th>
              <th scope="col">Lỗi gần nhất</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td>
                  {dayDateVi(m.createdAt)} {timeVi(m.createdAt)}
                </td>
                <td>{CHANNEL_LABELS[m.channel] ?? m.channel}</td>
                <td>
                  <code>{m.kind}</code>
                </td>
                <td>{m.to}</td>
                <td>{m.secret ? `${m.subject} (mã dùng một lần)` : m.subject}</td>
                <td>
                  <StatusTag status={m.status} label={OUTBOX_STATUS_LABELS[m.status] ?? m.status} />
                </td>
                <td class="num">{m.attempts}</td>
                <td>{m.lastError ?? '—'}</td>
                <td>
                  {m.status === 'failed' ? (
                    <PostForm action={`${OUTBOX_PATH}/${m.id}/gui-lai`} csrf={frame.csrf}>
                      <Hidden name="back" value={back} />
                      <Button variant="secondary">Gửi lại</Button>
                    </PostForm>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination path={OUTBOX_PATH} query={filters as unknown as Record<string, unknown>} paging={paging} />
    </StaffLayout>
  );
}
