import { timeRangeVi } from '../../common/format.js';
import { Select } from '../../common/forms.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import {
  addDaysIso,
  byDay,
  type CalendarView,
  isoDateVi,
  monthTitle,
  nextMonth,
  previousMonth,
} from './domain/calendar-grid.js';
import { CALENDAR_PATH, NEW_SESSION_PATH } from './office-paths.js';

export interface CalendarItem {
  kind: 'session' | 'dialogue';
  id: string;
  localDate: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  title: string;
  place: string;
  tags: string[];
  href: string | null;
}

export interface CalendarPageProps {
  frame: StaffFrame;
  view: CalendarView;
  today: string;
  items: CalendarItem[];
  units: { value: string; label: string }[];
  officials: { value: string; label: string }[];
  unitId?: string;
  officialId?: string;
  canWrite: boolean;
}

const WEEKDAY_HEADS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

function query(p: { unitId?: string; officialId?: string }, extra: Record<string, string>): string {
  const q = new URLSearchParams(extra);
  if (p.unitId) q.set('donvi', p.unitId);
  if (p.officialId) q.set('canbo', p.officialId);
  return `${CALENDAR_PATH}?${q.toString()}`;
}

function Item({ it }: { it: CalendarItem }) {
  return (
    <li class={`cal-item cal-item--${it.kind}`}>
      <span class="cal-time">{timeRangeVi(new Date(it.startsAt), new Date(it.endsAt), it.timeZone)}</span>{' '}
      {it.kind === 'dialogue' ? <span class="cal-kind">Đối thoại: </span> : null}
      {it.href ? <a href={it.href}>{it.title}</a> : <span>{it.title}</span>}{' '}
      {it.tags.map((t) => (
        <StatusTag key={t} status={t} />
      ))}
    </li>
  );
}

export function CalendarPage(p: CalendarPageProps) {
  const { view } = p;
  const days = byDay(p.items);
  const title =
    view.kind === 'month'
      ? `Lịch tiếp công dân – ${monthTitle(view.month)}`
      : `Lịch tiếp công dân – tuần từ ${isoDateVi(view.week)}`;
  const prev =
    view.kind === 'month'
      ? query(p, { thang: previousMonth(view.month) })
      : query(p, { tuan: addDaysIso(view.week, -7) });
  const next =
    view.kind === 'month' ? query(p, { thang: nextMonth(view.month) }) : query(p, { tuan: addDaysIso(view.week, 7) });
  const other =
    view.kind === 'month'
      ? query(p, { tuan: p.today >= view.from && p.today <= view.to ? p.today : view.from })
      : query(p, { thang: view.week.slice(0, 7) });
  const weeks: string[][] = [];
  for (let i = 0; i < view.days.length; i += 7) weeks.push(view.days.slice(i, i + 7));
  return (
    <StaffLayout title={title} frame={p.frame} crumbs={[{ label: 'Lịch tiếp công dân' }]}>
      <h1>{title}</h1>
      <form method="get" action={CALENDAR_PATH} class="filters">
        {view.kind === 'month' ? (
          <input type="hidden" name="thang" value={view.month} />
        ) : (
          <input type="hidden" name="tuan" value={view.week} />
        )}
        <Select name="donvi" label="Đơn vị" options={p.units} value={p.unitId} empty="Mọi đơn vị" />
        <Select name="canbo" label="Người chủ trì" options={p.officials} value={p.officialId} empty="Mọi cán bộ" />
        <button type="submit" class="button button--secondary button--small">
          Lọc
        </button>
      </form>
      <nav class="cal-nav" aria-label="Chuyển kỳ xem">
        <a href={prev}>‹ {view.kind === 'month' ? 'Tháng trước' : 'Tuần trước'}</a>
        <a href={next}>{view.kind === 'month' ? 'Tháng sau' : 'Tuần sau'} ›</a>
        <a href={other}>{view.kind === 'month' ? 'Xem theo tuần' : 'Xem theo tháng'}</a>
        {p.canWrite ? (
          <a href={NEW_SESSION_PATH} class="button button--secondary button--small">
            Tạo buổi tiếp đột xuất
          </a>
        ) : null}
      </nav>
      <p class="hint">
        {p.items.length === 0
          ? 'Không có buổi tiếp hoặc hội nghị đối thoại nào trong kỳ này.'
          : `${p.items.length} mục trong kỳ. Trạng thái ghi bằng chữ bên cạnh mỗi mục.`}
      </p>
      {view.kind === 'month' ? (
        <table class="data-table cal-month">
          <caption>{monthTitle(view.month)}: buổi tiếp công dân và hội nghị đối thoại</caption>
          <thead>
            <tr>
              {WEEKDAY_HEADS.map((d) => (
                <th scope="col" key={d}>
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w[0]}>
                {w.map((d) => {
                  const list = days.get(d) ?? [];
                  const outside = d < view.from || d > view.to;
                  return (
                    <td key={d} class={outside ? 'cal-day cal-day--outside' : 'cal-day'}>
                      <span class="cal-date">
                        {Number(d.slice(8, 10))}
                        {d === p.today ? ' (hôm nay)' : ''}
                      </span>
                      {list.length > 0 ? (
                        <ul class="cal-items">
                          {list.map((it) => (
                            <Item key={it.id} it={it} />
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div class="cal-week">
          {view.days.map((d) => {
            const list = days.get(d) ?? [];
            return (
              <section key={d} class="card cal-weekday">
                <h2>
                  {isoDateVi(d)}
                  {d === p.today ? ' (hôm nay)' : ''}
                </h2>
                {list.length > 0 ? (
                  <ul class="cal-items">
                    {list.map((it) => (
                      <Item key={it.id} it={it} />
                    ))}
                  </ul>
                ) : (
                  <p class="hint">Không có lịch.</p>
                )}
              </section>
            );
          })}
        </div>
      )}
    </StaffLayout>
  );
}
