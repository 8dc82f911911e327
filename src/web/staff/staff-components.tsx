import type { Paging } from '../domain/paging.js';
import { pageHref } from '../domain/paging.js';

/**
 * A list's page links ("Trang trước", numbers, "Trang sau"), plain links that keep the list's filters. Nothing shown for
 * a single page.
 */
export function Pagination({ path, query, paging }: { path: string; query: Record<string, unknown>; paging: Paging }) {
  if (paging.pages <= 1) return null;
  const numbers: number[] = [];
  for (let i = Math.max(1, paging.page - 2); i <= Math.min(paging.pages, paging.page + 2); i++) numbers.push(i);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <p class="pagination-count">
        Trang {paging.page}/{paging.pages} · {paging.total} mục
      </p>
      <ul>
        {paging.page > 1 ? (
          <li>
            <a href={pageHref(path, query, paging.page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {numbers.map((n) => (
          <li key={n}>
            {n === paging.page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={pageHref(path, query, n)} aria-label={`Trang ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
        {paging.page < paging.pages ? (
          <li>
            <a href={pageHref(path, query, paging.page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The Vietnamese words of the statuses shown as tags (sessions, dialogues, tasks, petitions, bookings). */
export const STATUS_LABELS: Record<string, string> = {
  planned: 'Dự kiến',
  draft: 'Dự thảo',
  published: 'Đã công bố',
  announced: 'Đã thông báo',
  moved: 'Đã dời lịch',
  rescheduled: 'Đã dời lịch',
  cancelled: 'Đã hủy',
  held: 'Đã tiếp',
  delegated: 'Ủy quyền tiếp',
  open: 'Chưa xử lý',
  in_progress: 'Đang xử lý',
  returned: 'Bị trả lại',
  done: 'Đã xong',
  overdue: 'Quá hạn',
  confirmed: 'Đã xác nhận',
  waitlisted: 'Danh sách chờ',
  checked_in: 'Đã đến',
  pending: 'Chờ xác nhận',
  no_show: 'Vắng mặt',
  finalized: 'Đã hoàn tất',
  results_published: 'Đã công bố kết quả',
  received: 'Đã tiếp nhận',
  accepted: 'Đã thụ lý',
  refused: 'Không thụ lý',
  transferred: 'Đã chuyển đơn',
  resolved: 'Đã giải quyết',
};

/**
 * A status as a tag: the word always written (never colour alone), and a class per status for its colour
 * (`tag tag--<status>` in site.css).
 */
export function StatusTag({ status, label }: { status: string; label?: string }) {
  return (
    <strong class={`tag tag--${status.replace(/[^a-z_]/g, '')}`}>{label ?? STATUS_LABELS[status] ?? status}</strong>
  );
}
