import type { BookingView } from '../../bookings/booking-views.js';
import { dayDateVi, timeRangeVi } from '../common/format.js';
import type { FormErrors } from '../common/form-errors.js';
import { Button, ErrorSummary, Hidden, PostForm, TextField } from '../common/forms.js';
import { Layout, type SiteOffice } from '../common/layout.js';
import { groupForReading } from '../common/format.js';
import type { PublicSession } from './calendar.service.js';
import { manageUrl } from './manage-links.js';
import { SessionFacts } from './session-card.js';
import { PETITION_TYPE_LABELS, unitPath, WHAT_TO_BRING } from './texts.js';

const STATUS_TEXT: Record<string, string> = {
  confirmed: 'Đã xác nhận',
  waitlisted: 'Đang trong danh sách chờ',
  cancelled: 'Đã hủy',
  checked_in: 'Đã đến',
  no_show: 'Không đến',
};

/** "/quan-ly": find a booking by its code and manage code (both from the confirmation page or e-mail). */
export function LookupPage({
  office,
  errors,
  code,
}: {
  office: SiteOffice;
  errors?: FormErrors | null;
  code?: string;
}) {
  return (
    <Layout title="Lịch hẹn đã đặt" office={office} current="/quan-ly">
      <ErrorSummary errors={errors} />
      <h1>Xem hoặc hủy lịch hẹn đã đặt</h1>
      <p>
        Cách nhanh nhất là mở <strong>đường dẫn quản lý</strong> bạn nhận được khi đặt lịch. Nếu chỉ có mã, hãy nhập cả
        hai mã dưới đây.
      </p>
      <form method="get" action="/quan-ly/tim" noValidate>
        <TextField
          name="ma"
          label="Mã đặt lịch"
          hint="Ví dụ: HP-7K2M 9QAC"
          value={code}
          error={errors?.byField.ma}
          width="medium"
          autoComplete="off"
          spellcheck={false}
          maxLength={32}
        />
        <TextField
          name="token"
          label="Mã quản lý"
          hint="Chuỗi ký tự sau “token=” trong đường dẫn quản lý."
          error={errors?.byField.token}
          autoComplete="off"
          spellcheck={false}
          maxLength={128}
        />
        <Button>Xem lịch hẹn</Button>
      </form>
    </Layout>
  );
}

/** The booking code, large and grouped for reading aloud (each group read separately by screen readers too). */
function BookingCode({ code }: { code: string }) {
  return (
    <p class="booking-code" aria-label={`Mã đặt lịch: ${groupForReading(code).join(' ')}`}>
      {groupForReading(code).join(' ')}
    </p>
  );
}

/** The booking, seen by its owner (manage link): state, code, when and where, what to bring, .ics, cancel. */
export function ManagePage({
  office,
  booking,
  session,
  token,
  justBooked,
  manageLink,
}: {
  office: SiteOffice;
  booking: BookingView;
  session: PublicSession | null;
  token: string;
  justBooked?: boolean;
  manageLink: string;
}) {
  const zone = session?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const waitlisted = booking.status === 'waitlisted';
  const cancellable = booking.status === 'confirmed' || booking.status === 'waitlisted';
  const title = justBooked ? (waitlisted ? 'Đã vào danh sách chờ' : 'Đã đặt lịch') : 'Lịch hẹn của bạn';
  return (
    <Layout title={title} office={office} current="/quan-ly">
      {justBooked ? (
        <div class="panel">
          <h1>{title}</h1>
          <p>Mã đặt lịch của bạn</p>
          <BookingCode code={booking.code} />
        </div>
      ) : (
        <>
          <h1>{title}</h1>
          <p>Mã đặt lịch</p>
          <BookingCode code={booking.code} />
        </>
      )}
      <p class={booking.status === 'cancelled' ? 'notice notice--warning' : 'notice'} role="status">
        Trạng thái: <strong>{STATUS_TEXT[booking.status] ?? booking.status}</strong>
        {waitlisted && booking.position ? `. Bạn đứng thứ ${booking.position} trong danh sách chờ.` : '.'}
        {waitlisted ? ' Khi có người hủy, bạn được xếp vào và được báo lại.' : null}
      </p>
      {session?.status === 'cancelled' ? (
        <p class="notice notice--warning">
          Buổi tiếp này đã bị hủy{session.changeReason ? `. Lý do: ${session.changeReason}` : ''}.
        </p>
      ) : null}
      <h2>Giờ và nơi đến</h2>
      <dl class="summary-list">
        <div>
          <dt>Ngày và giờ đến</dt>
          <dd>
            {dayDateVi(booking.slotStartsAt, zone)}, {timeRangeVi(booking.slotStartsAt, booking.slotEndsAt, zone)}
          </dd>
        </div>
      </dl>
      {session ? <SessionFacts s={session} /> : null}
      <p>
        <a class="button button--secondary" href={manageUrl(booking.code, token, 'lich.ics')} download>
          Tải tệp lịch (.ics)
        </a>
      </p>
      <h2>Khi đến, bạn mang theo</h2>
      <ul>
        {WHAT_TO_BRING.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <h2>Đường dẫn quản lý lịch hẹn</h2>
      <div class="notice notice--warning">
        <p>
          <strong>Hãy lưu lại đường dẫn này</strong> (chụp màn hình hoặc ghi lại). Dùng nó để xem hoặc hủy lịch hẹn.
          Đừng gửi cho người khác.
        </p>
        <p class="secret-link">
          <a href={manageLink}>{manageLink}</a>
        </p>
      </div>
      <h2>Thông tin bạn đã gửi</h2>
      <dl class="summary-list">
        <div>
          <dt>Họ và tên</dt>
          <dd>{booking.fullName}</dd>
        </div>
        <div>
          <dt>Số CCCD hoặc hộ chiếu</dt>
          <dd>{booking.idNumber}</dd>
        </div>
        <div>
          <dt>Số điện thoại</dt>
          <dd>{booking.phone}</dd>
        </div>
        <div>
          <dt>Nội dung cần trình bày</dt>
          <dd>{booking.topic}</dd>
        </div>
        <div>
          <dt>Loại đơn</dt>
          <dd>{booking.petitionType ? PETITION_TYPE_LABELS[booking.petitionType] : 'Chưa biết'}</dd>
        </div>
        {booking.groupSize > 1 ? (
          <div>
            <dt>Đoàn</dt>
            <dd>
              {booking.groupSize} người, {booking.seats} người đến
            </dd>
          </div>
        ) : null}
      </dl>
      {cancellable ? (
        <p>
          <a class="button button--warning" href={manageUrl(booking.code, token, 'huy')}>
            Hủy lịch hẹn
          </a>
        </p>
      ) : null}
      {session ? (
        <p>
          <a href={unitPath(session.unitId)}>Xem lịch tiếp công dân của đơn vị</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** Cancel, step 1: what will happen, and the button. */
export function CancelPage({
  office,
  booking,
  token,
  csrf,
  errors,
}: {
  office: SiteOffice;
  booking: BookingView;
  token: string;
  csrf: string;
  errors?: FormErrors | null;
}) {
  return (
    <Layout title="Hủy lịch hẹn" office={office} current="/quan-ly">
      <ErrorSummary errors={errors} />
      <h1>Bạn có chắc muốn hủy lịch hẹn?</h1>
      <p>
        Lịch hẹn <strong>{groupForReading(booking.code).join(' ')}</strong> lúc{' '}
        {timeRangeVi(booking.slotStartsAt, booking.slotEndsAt)}, {dayDateVi(booking.slotStartsAt)} sẽ bị hủy. Chỗ của
        bạn được nhường cho người trong danh sách chờ. Việc hủy không thể hoàn tác; nếu cần, bạn có thể đặt lịch lại.
      </p>
      <PostForm action={`/quan-ly/${encodeURIComponent(booking.code)}/huy`} csrf={csrf}>
        <Hidden name="token" value={token} />
        <Button variant="warning">Hủy lịch hẹn</Button>
      </PostForm>
      <p>
        <a href={manageUrl(booking.code, token)}>Không hủy, quay lại</a>
      </p>
    </Layout>
  );
}
