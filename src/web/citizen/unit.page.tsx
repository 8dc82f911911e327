import { Layout, type SiteOffice } from '../common/layout.js';
import { dayDateVi, timeRangeVi } from '../common/format.js';
import type { PublicDialogueItem, PublicSession } from './calendar.service.js';
import { QrNoticeLink, unitNoticePath } from './qr-notice.page.js';
import { SessionCard } from './session-card.js';
import { WHAT_TO_BRING } from './texts.js';

/** A unit's calendar: upcoming reception sessions and dialogues, what to bring, and "Thêm vào lịch của tôi". */
export function UnitPage(props: {
  office: SiteOffice;
  unitId: string;
  unitName: string;
  sessions: PublicSession[];
  dialogues: PublicDialogueItem[];
  feedUrl: string;
}) {
  const { sessions, dialogues } = props;
  return (
    <Layout title={`Lịch tiếp công dân – ${props.unitName}`} office={props.office}>
      <p>
        <a href="/">Chọn đơn vị khác</a>
      </p>
      <h1>Lịch tiếp công dân của {props.unitName}</h1>
      <p>
        <a class="button button--secondary" href={props.feedUrl}>
          Thêm vào lịch của tôi
        </a>
      </p>
      <p class="hint">Lịch của đơn vị sẽ hiện trong ứng dụng lịch trên điện thoại và tự cập nhật khi có thay đổi.</p>
      <p>
        <a href={`/cach-thuc-tiep-cong-dan/${props.unitId}`}>Cách thức tiếp công dân tại đơn vị</a>
      </p>
      <h2>Các buổi tiếp sắp tới</h2>
      {sessions.length === 0 ? (
        <p>Hiện chưa có buổi tiếp công dân nào được công bố trong 90 ngày tới.</p>
      ) : (
        sessions.map((s) => <SessionCard key={s.id} s={s} />)
      )}
      <h2>Khi đến, bạn mang theo</h2>
      <ul>
        {WHAT_TO_BRING.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <h2>Hội nghị đối thoại sắp tới</h2>
      {dialogues.length === 0 ? (
        <p>Hiện chưa có hội nghị đối thoại nào được thông báo.</p>
      ) : (
        dialogues.map((d) => (
          <article class={d.cancelled ? 'card card--cancelled' : 'card'} key={d.id}>
            <h3>{d.topic}</h3>
            {d.cancelled ? (
              <p>
                <span class="tag tag--cancelled">Đã hủy</span>
                {d.changeReason ? ` Lý do: ${d.changeReason}` : null}
              </p>
            ) : null}
            <dl class="summary-list">
              <div>
                <dt>Thời gian</dt>
                <dd>
                  {dayDateVi(d.startsAt)}, {timeRangeVi(d.startsAt, d.endsAt)}
                </dd>
              </div>
              <div>
                <dt>Chủ trì</dt>
                <dd>{d.chairs.map((c) => `${c.fullName}, ${c.title}`).join('; ') || 'Lãnh đạo đơn vị'}</dd>
              </div>
              <div>
                <dt>Hình thức, địa điểm</dt>
                <dd>
                  {d.modeLabel}
                  {d.venue ? `: ${d.venue.name}, ${d.venue.address}` : null}
                </dd>
              </div>
            </dl>
          </article>
        ))
      )}
      <QrNoticeLink href={unitNoticePath(props.unitId)} />
    </Layout>
  );
}
