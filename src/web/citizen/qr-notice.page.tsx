import { dayDateVi, timeRangeVi } from '../common/format.js';
import { Layout, type SiteOffice } from '../common/layout.js';

export const QR_NOTICE_PATH = '/in-thong-bao';
export const unitNoticePath = (unitId: string) => `${QR_NOTICE_PATH}/don-vi/${unitId}`;
export const sessionNoticePath = (sessionId: string) => `${QR_NOTICE_PATH}/buoi-tiep/${sessionId}`;

export interface NoticeSession {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  who: string;
  venue: string;
  status: string;
  changeReason: string | null;
}

const STATUS_WORDS: Record<string, string> = { cancelled: 'Đã hủy', moved: 'Đã dời lịch' };

/** Link to a printable notice, for the unit calendar and session pages. */
export function QrNoticeLink({ href }: { href: string }) {
  return (
    <p>
      <a href={href}>In thông báo có mã QR (khổ A4) để niêm yết</a>
    </p>
  );
}

/**
 * A printable A4 notice for the notice board: the title, what it is about, and a large QR code to the page itself
 * (with its address in letters, for those who cannot scan). Printing hides the navigation (site.css @media print).
 */
export function QrNoticePage(props: {
  office: SiteOffice;
  title: string;
  subtitle: string;
  url: string;
  qr: string;
  sessions: NoticeSession[];
  backPath: string;
}) {
  return (
    <Layout title={props.title} office={props.office}>
      <div class="qr-notice">
        <p class="qr-notice__agency">{props.office.agency}</p>
        <h1>{props.title}</h1>
        <p class="lead">{props.subtitle}</p>
        {props.sessions.length ? (
          <ul class="list-plain">
            {props.sessions.map((s, i) => (
              <li key={i}>
                <strong>
                  {dayDateVi(s.startsAt, s.timeZone)}, {timeRangeVi(s.startsAt, s.endsAt, s.timeZone)}
                </strong>
                {STATUS_WORDS[s.status]
                  ? ` — ${STATUS_WORDS[s.status]}${s.changeReason ? `: ${s.changeReason}` : ''}`
                  : ''}
                <br />
                {s.who} · {s.venue}
              </li>
            ))}
          </ul>
        ) : null}
        <img class="qr-notice__code" src={props.qr} width={320} height={320} alt={`Mã QR dẫn tới ${props.url}`} />
        <p class="qr-notice__hint">Quét mã QR bằng điện thoại để xem lịch và đặt lịch trước, hoặc truy cập:</p>
        <p class="qr-notice__url">{props.url}</p>
      </div>
      <p class="no-print">
        Dùng chức năng In của trình duyệt (khổ A4) để in thông báo này. <a href={props.backPath}>Quay lại trang lịch</a>
      </p>
    </Layout>
  );
}
