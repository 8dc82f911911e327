import { countVi, dayDateVi, localDateVi, timeRangeVi } from '../common/format.js';
import type { PublicSession } from './calendar.service.js';
import { bookingPath } from './texts.js';

/** Who receives, when and where: the facts of one session, as the unit page and the booking pages show them. */
export function SessionFacts({ s }: { s: PublicSession }) {
  return (
    <dl class="summary-list">
      <div>
        <dt>Người tiếp</dt>
        <dd>
          {s.receiver ? `${s.receiver.fullName}, ${s.receiver.title}` : 'Lãnh đạo đơn vị'}
          {s.delegateFor ? ` (thay ${s.delegateFor.fullName}, ${s.delegateFor.title})` : null}
        </dd>
      </div>
      <div>
        <dt>Thời gian</dt>
        <dd>
          {dayDateVi(s.startsAt, s.timeZone)}, {timeRangeVi(s.startsAt, s.endsAt, s.timeZone)}
        </dd>
      </div>
      <div>
        <dt>Địa điểm</dt>
        <dd>{s.venue ? `${s.venue.name}, ${s.venue.address}` : 'Trụ sở tiếp công dân của đơn vị'}</dd>
      </div>
    </dl>
  );
}

/** One session of the unit calendar: the facts, its state (cancelled, changed, moved), seats left, the links. */
export function SessionCard({ s, headingLevel = 3 }: { s: PublicSession; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cancelled = s.status === 'cancelled';
  return (
    <article class={cancelled ? 'card card--cancelled' : 'card'}>
      <Heading>
        {dayDateVi(s.startsAt, s.timeZone)} · {timeRangeVi(s.startsAt, s.endsAt, s.timeZone)}
      </Heading>
      {cancelled ? (
        <p>
          <span class="tag tag--cancelled">Đã hủy</span>
          {s.changeReason ? ` Lý do: ${s.changeReason}` : null}
        </p>
      ) : s.changeReason || s.shiftedFrom ? (
        <p>
          <span class="tag tag--moved">Đã thay đổi</span>
          {s.shiftedFrom ? ` Dời từ ${localDateVi(s.shiftedFrom)}.` : null}
          {s.changeReason ? ` Lý do: ${s.changeReason}` : null}
        </p>
      ) : null}
      <SessionFacts s={s} />
      {cancelled ? null : s.bookable ? (
        <p>
          {s.seatsLeft && s.seatsLeft > 0 ? (
            <>Còn {countVi(s.seatsLeft)} chỗ đặt trước. </>
          ) : (
            <>
              <span class="tag tag--full">Đã hết chỗ</span> Có thể đăng ký danh sách chờ.{' '}
            </>
          )}
          <a
            class="button button--primary"
            href={bookingPath(s.id)}
            aria-label={`Đặt lịch ${dayDateVi(s.startsAt, s.timeZone)}`}
          >
            Đặt lịch
          </a>
        </p>
      ) : (
        <p>Đã hết thời hạn đặt lịch trước cho buổi này. Bạn vẫn có thể đến trực tiếp.</p>
      )}
    </article>
  );
}
