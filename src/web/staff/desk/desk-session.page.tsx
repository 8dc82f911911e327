import type { BookingView } from '../../../bookings/booking-views.js';
import { HANDLING_ROUTE_LABELS, type HandlingRoute } from '../../../minutes/domain/handling.js';
import { PETITION_TYPE_LABELS } from '../../../petitions/domain/petition-types.js';
import { dayDateVi, localDateVi, timeRangeVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import {
  Button,
  Checkbox,
  ErrorSummary,
  PostForm,
  Textarea,
  TextField,
  type SelectOption,
} from '../../common/forms.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { CaseForm } from './case-form.js';
import { DESK_PATH, DESK_DONE, type DeskDone, deskSessionPath, downloadPath, finalizePath } from './desk-paths.js';
import type { DeskMinutes, DeskSession } from './desk-view.service.js';
import { ATTENDEE_ROWS, type CaseValues, DESK_DOWNLOADS, type DeskDownload } from './domain/desk-forms.js';

/** Which form of the page a failed post belongs to (its values and errors are shown there). */
export type DeskForm = 'booking' | 'minutes' | 'case' | 'amendment';

export interface DeskSessionProps {
  frame: StaffFrame;
  desk: DeskSession;
  /** The user may check in, record cases and finalise (secretary, office). */
  canWrite: boolean;
  /** The user may add an amendment to locked minutes (secretary, office, leader). */
  canAmend: boolean;
  done?: DeskDone | null;
  failed?: { form: DeskForm; errors: FormErrors; values?: Record<string, string> } | null;
}

const sessionTitle = (d: DeskSession) => `Buổi tiếp ${dayDateVi(d.session.startsAt, d.session.timeZone)}`;

/** `/can-bo/ban-tiep/:id`: bookings with check-in and no-show, the minutes (attendees, cases), Form 03, downloads. */
export function DeskSessionPage(props: DeskSessionProps) {
  const { desk, failed } = props;
  const s = desk.session;
  const title = sessionTitle(desk);
  return (
    <StaffLayout
      title={title}
      frame={props.frame}
      crumbs={[{ href: DESK_PATH, label: 'Bàn tiếp dân' }, { label: title }]}
    >
      <h1>{title}</h1>
      {props.done ? (
        <p class="notice" role="status">
          {DESK_DONE[props.done]}
        </p>
      ) : null}
      {failed?.form === 'booking' ? <ErrorSummary errors={failed.errors} /> : null}
      <dl class="summary-list">
        <div>
          <dt>Thời gian</dt>
          <dd>
            {timeRangeVi(s.startsAt, s.endsAt, s.timeZone)}, {dayDateVi(s.startsAt, s.timeZone)}
          </dd>
        </div>
        <div>
          <dt>Người chủ trì tiếp</dt>
          <dd>{desk.officialName}</dd>
        </div>
        <div>
          <dt>Địa điểm</dt>
          <dd>{desk.venueName}</dd>
        </div>
        <div>
          <dt>Trạng thái</dt>
          <dd>
            <StatusTag status={s.status} />
          </dd>
        </div>
      </dl>
      <Bookings {...props} />
      <Minutes {...props} />
      <ReceptionLog desk={desk} />
      <Downloads desk={desk} />
    </StaffLayout>
  );
}

function Bookings({ desk, canWrite, frame }: DeskSessionProps) {
  const list = desk.bookings.filter((b) => b.status !== 'cancelled' && b.status !== 'pending');
  return (
    <section aria-labelledby="dang-ky">
      <h2 id="dang-ky">Công dân đăng ký trước</h2>
      {list.length === 0 ? (
        <p>Chưa có công dân đăng ký buổi tiếp này.</p>
      ) : (
        <table class="data-table">
          <caption>Danh sách đăng ký ({list.length})</caption>
          <thead>
            <tr>
              <th scope="col">Mã đăng ký</th>
              <th scope="col">Khung giờ</th>
              <th scope="col">Họ và tên</th>
              <th scope="col">Số giấy tờ</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Trạng thái</th>
              {canWrite ? <th scope="col">Ghi nhận</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.code}>
                <td class="code-inline">{b.code}</td>
                <td>{timeRangeVi(b.slotStartsAt, b.slotEndsAt, desk.session.timeZone)}</td>
                <td>
                  {b.fullName}
                  {b.groupSize > 1 ? ` (nhóm ${b.groupSize} người)` : ''}
                  {b.form === 'online' ? ' · trực tuyến' : ''}
                </td>
                <td>{b.idNumber}</td>
                <td>{b.topic}</td>
                <td>
                  <StatusTag status={b.status} />
                </td>
                {canWrite ? (
                  <td>{b.status === 'confirmed' ? <BookingActions b={b} desk={desk} csrf={frame.csrf} /> : null}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function BookingActions({ b, desk, csrf }: { b: BookingView; desk: DeskSession; csrf: string }) {
  const base = `${deskSessionPath(desk.session.id)}/dang-ky/${encodeURIComponent(b.code)}`;
  return (
    <div class="desk-actions">
      <PostForm action={`${base}/co-mat`} csrf={csrf}>
        {b.form === 'online' ? (
          <Checkbox
            name="identityChecked"
            id={`identityChecked-${b.code}`}
            label={`Đã kiểm tra giấy tờ tùy thân qua camera (${b.fullName})`}
          />
        ) : null}
        <Button variant="secondary">
          Đã đến<span class="visually-hidden">: {b.fullName}</span>
        </Button>
      </PostForm>
      <PostForm action={`${base}/vang-mat`} csrf={csrf}>
        <Button variant="secondary">
          Vắng mặt<span class="visually-hidden">: {b.fullName}</span>
        </Button>
      </PostForm>
    </div>
  );
}

const routeLabel = (r: string) => HANDLING_ROUTE_LABELS[r as HandlingRoute] ?? r;

function CasesTable({
  m,
  desk,
  canWrite,
  csrf,
}: {
  m: DeskMinutes;
  desk: DeskSession;
  canWrite: boolean;
  csrf: string;
}) {
  if (m.cases.length === 0) return <p>Chưa ghi vụ việc nào.</p>;
  const draft = m.status === 'draft';
  const id = desk.session.id;
  return (
    <table class="data-table">
      <caption>Vụ việc trong biên bản ({m.cases.length})</caption>
      <thead>
        <tr>
          <th scope="col">STT</th>
          <th scope="col">Công dân</th>
          <th scope="col">Phân loại</th>
          <th scope="col">Hướng xử lý</th>
          <th scope="col">Đơn vị chủ trì, thời hạn</th>
          {draft && canWrite ? <th scope="col">Sửa dự thảo</th> : null}
          {!draft ? <th scope="col">Bản gửi công dân</th> : null}
        </tr>
      </thead>
      <tbody>
        {m.cases.map((c) => (
          <tr key={c.id}>
            <td class="num">{c.seq}</td>
            <td>
              {c.fullName}
              {c.bookingCode ? ` (mã ${c.bookingCode})` : ' (không đăng ký trước)'}
            </td>
            <td>{PETITION_TYPE_LABELS[c.petitionType]}</td>
            <td>
              {routeLabel(c.handlingRoute)}
              {c.refusalGround ? ` theo khoản ${c.refusalGround} Điều 9` : ''}
            </td>
            <td>
              {c.assigneeUnitName ?? ''}
              {c.dueDate ? `, hạn ${localDateVi(c.dueDate)}` : ''}
            </td>
            {draft && canWrite ? (
              <td>
                <PostForm action={`${deskSessionPath(id)}/vu-viec/${c.id}/xoa`} csrf={csrf}>
                  <Button variant="warning">
                    Xóa<span class="visually-hidden"> vụ việc của {c.fullName}</span>
                  </Button>
                </PostForm>
              </td>
            ) : null}
            {!draft ? (
              <td>
                {c.petitionId ? (
                  <a href={`${downloadPath(id, 'thong-bao-ket-luan.pdf')}?vu-viec=${c.id}`} download>
                    Thông báo kết luận (PDF)<span class="visually-hidden">, bản gửi {c.fullName}</span>
                  </a>
                ) : (
                  'Không có đơn'
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Minutes(props: DeskSessionProps) {
  const { desk, canWrite, frame, failed } = props;
  const m = desk.minutes;
  const id = desk.session.id;
  return (
    <section aria-labelledby="bien-ban">
      <h2 id="bien-ban">Biên bản tiếp công dân</h2>
      {!m ? (
        canWrite ? (
          <NewMinutes {...props} />
        ) : (
          <p>Chưa lập biên bản.</p>
        )
      ) : (
        <>
          <dl class="summary-list">
            <div>
              <dt>Tình trạng</dt>
              <dd>
                <StatusTag status={m.status === 'final' ? 'finalized' : 'draft'} />
                {m.finalizedAt ? ` lúc ${dayDateVi(m.finalizedAt, desk.session.timeZone)}` : ''}
              </dd>
            </div>
            <div>
              <dt>Người chủ trì</dt>
              <dd>
                {m.chair.fullName ?? ''}
                {m.chair.title ? `, ${m.chair.title}` : ''}
              </dd>
            </div>
            <div>
              <dt>Cán bộ cùng tiếp</dt>
              <dd>{m.officials.map((o) => `${o.fullName} (${o.title})`).join('; ') || 'Không có'}</dd>
            </div>
            <div>
              <dt>Thư ký</dt>
              <dd>
                {m.secretary.fullName}, {m.secretary.title}
              </dd>
            </div>
          </dl>
          <CasesTable m={m} desk={desk} canWrite={canWrite} csrf={frame.csrf} />
          {m.status === 'draft' && canWrite ? (
            <>
              <h3 id="ghi-vu-viec">Ghi vụ việc: công dân đã đến hoặc người đến trực tiếp</h3>
              {failed?.form === 'case' ? <ErrorSummary errors={failed.errors} /> : null}
              <CaseForm
                action={`${deskSessionPath(id)}/vu-viec`}
                csrf={frame.csrf}
                values={failed?.form === 'case' ? (failed.values as Partial<CaseValues>) : {}}
                errors={failed?.form === 'case' ? failed.errors : null}
                checkedIn={checkedInOptions(desk)}
                units={desk.units}
              />
              {m.cases.length > 0 ? (
                <p class="desk-finalize">
                  <a class="button button--primary" href={finalizePath(id)}>
                    Hoàn tất biên bản
                  </a>
                </p>
              ) : null}
            </>
          ) : null}
          {m.status === 'final' ? <Amendments {...props} m={m} /> : null}
        </>
      )}
    </section>
  );
}

/** The checked-in bookings not yet recorded in a case (the choices of the case form's "Đăng ký"). */
function checkedInOptions(desk: DeskSession): SelectOption[] {
  const recorded = new Set((desk.minutes?.cases ?? []).map((c) => c.bookingCode));
  return desk.bookings
    .filter((b) => b.status === 'checked_in' && !recorded.has(b.code))
    .map((b) => ({ value: b.code, label: `${b.code} – ${b.fullName}` }));
}

function NewMinutes({ desk, frame, failed }: DeskSessionProps) {
  const v = failed?.form === 'minutes' ? (failed.values ?? {}) : {};
  const e = failed?.form === 'minutes' ? failed.errors.byField : {};
  const rows = Array.from({ length: ATTENDEE_ROWS }, (_, i) => i);
  return (
    <>
      <p>Chưa lập biên bản. Người chủ trì là người tiếp của buổi (hoặc người được ủy quyền); thư ký là bạn.</p>
      {failed?.form === 'minutes' ? <ErrorSummary errors={failed.errors} /> : null}
      <PostForm action={`${deskSessionPath(desk.session.id)}/bien-ban`} csrf={frame.csrf}>
        <TextField name="number" label="Số biên bản" value={v.number} error={e.number} width="medium" optional />
        {rows.map((i) => (
          <fieldset class="fieldset" key={i}>
            <legend class="legend">Cán bộ cùng tiếp {i + 1} (không bắt buộc)</legend>
            <TextField
              name={`officials-${i}-fullName`}
              label="Họ và tên"
              value={v[`officials-${i}-fullName`]}
              error={e[`officials-${i}-fullName`]}
              optional
            />
            <TextField
              name={`officials-${i}-title`}
              label="Chức vụ"
              value={v[`officials-${i}-title`]}
              error={e[`officials-${i}-title`]}
              optional
            />
          </fieldset>
        ))}
        <Button>Lập biên bản</Button>
      </PostForm>
    </>
  );
}

function Amendments(props: DeskSessionProps & { m: DeskMinutes }) {
  const { m, canAmend, frame, desk, failed } = props;
  const v = failed?.form === 'amendment' ? (failed.values ?? {}) : {};
  const e = failed?.form === 'amendment' ? failed.errors.byField : {};
  return (
    <>
      <h3>Đính chính</h3>
      {m.amendments.length === 0 ? (
        <p>Chưa có văn bản đính chính.</p>
      ) : (
        <ul class="list-plain">
          {m.amendments.map((a) => (
            <li key={a.id} class="card">
              <p>
                <strong>{dayDateVi(a.createdAt, desk.session.timeZone)}</strong> – {a.author}
              </p>
              <p>Lý do: {a.reason}</p>
              <p>{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      {canAmend ? (
        <>
          <p>Biên bản đã khóa: mọi sửa đổi được lập thành văn bản đính chính, không sửa hay xóa nội dung đã khóa.</p>
          {failed?.form === 'amendment' ? <ErrorSummary errors={failed.errors} /> : null}
          <PostForm action={`${deskSessionPath(desk.session.id)}/dinh-chinh`} csrf={frame.csrf}>
            <TextField name="reason" label="Lý do đính chính" value={v.reason} error={e.reason} />
            <Textarea name="text" label="Nội dung đính chính" value={v.text} error={e.text} rows={3} />
            <Button>Thêm đính chính</Button>
          </PostForm>
        </>
      ) : null}
    </>
  );
}

function ReceptionLog({ desk }: { desk: DeskSession }) {
  return (
    <section aria-labelledby="so-tiep">
      <h2 id="so-tiep">Sổ tiếp công dân (Mẫu số 03)</h2>
      {desk.log.length === 0 ? (
        <p>Chưa có dòng nào của buổi tiếp này trong sổ.</p>
      ) : (
        <table class="data-table">
          <caption>Các dòng của buổi tiếp trong sổ ({desk.log.length})</caption>
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Ngày tiếp</th>
              <th scope="col">Họ tên – Địa chỉ</th>
              <th scope="col">Số CCCD/Hộ chiếu</th>
              <th scope="col">Nội dung vụ việc</th>
              <th scope="col">Phân loại/Số người</th>
              <th scope="col">Hướng xử lý</th>
              <th scope="col">Theo dõi, ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {desk.log.map((l) => (
              <tr key={l.caseId}>
                <td class="num">{l.no}</td>
                <td>{l.receivedOn}</td>
                <td class="desk-pre">{l.nameAndAddress}</td>
                <td>{l.idNumber}</td>
                <td>{l.content}</td>
                <td>{l.typeAndPeople}</td>
                <td>{routeLabel(l.handlingRoute)}</td>
                <td>{[l.followUp, l.note].filter(Boolean).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Downloads({ desk }: { desk: DeskSession }) {
  const m = desk.minutes;
  const files = (Object.keys(DESK_DOWNLOADS) as DeskDownload[]).filter((f) => {
    const doc = DESK_DOWNLOADS[f].doc;
    if (doc === 'minutes') return !!m;
    if (doc === 'conclusion') return m?.status === 'final';
    return true;
  });
  return (
    <section aria-labelledby="tai-ve">
      <h2 id="tai-ve">Tải về</h2>
      <ul class="list-plain">
        {files.map((f) => (
          <li key={f}>
            <a href={downloadPath(desk.session.id, f)} download>
              {DESK_DOWNLOADS[f].label}
            </a>
          </li>
        ))}
      </ul>
      {m?.status !== 'final' ? <p class="hint">Thông báo kết luận có sau khi hoàn tất biên bản.</p> : null}
    </section>
  );
}
