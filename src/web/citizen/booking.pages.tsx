import type { Slot } from '../../bookings/domain/slots.js';
import { countVi, timeRangeVi } from '../common/format.js';
import type { FormErrors } from '../common/form-errors.js';
import { Button, Checkbox, ErrorSummary, Hidden, PostForm, Radios, TextField, Textarea } from '../common/forms.js';
import { DATA_USE_PATH, Layout, type SiteOffice } from '../common/layout.js';
import { type BookingFormValues, filledReps, hiddenFields, REP_ROWS } from './booking-form.js';
import type { PublicSession } from './calendar.service.js';
import { SessionFacts } from './session-card.js';
import { QrNoticeLink, sessionNoticePath } from './qr-notice.page.js';
import { bookingPath, PETITION_TYPE_LABELS, SALUTATION_LABELS, unitPath } from './texts.js';
import type { FormSlot } from '../../bookings/booking-rules.js';

/** A slot with its forms of reception (the bookings service's slot grid). */
type OnlineSlot = Slot & Partial<Pick<FormSlot, 'mode' | 'recording'>>;

interface Common {
  office: SiteOffice;
  session: PublicSession;
  unitId: string;
}

const slotLabel = (s: Slot, zone: string) =>
  s.remaining > 0
    ? `${timeRangeVi(s.startsAt, s.endsAt, zone)} · còn ${countVi(s.remaining)} chỗ`
    : `${timeRangeVi(s.startsAt, s.endsAt, zone)} · đã hết chỗ`;

/** Step 1: choose a time. A full slot stays selectable: choosing it means joining its waitlist. GET form, no secret. */
export function SlotPage({
  office,
  session,
  unitId,
  slots,
  errors,
  chosen,
}: Common & {
  slots: Slot[];
  errors?: FormErrors | null;
  chosen?: string;
}) {
  return (
    <Layout title="Chọn giờ đến" office={office}>
      <p>
        <a href={unitPath(unitId)}>Quay lại lịch của đơn vị</a>
      </p>
      <ErrorSummary errors={errors} />
      <form method="get" action={`${bookingPath(session.id)}/thong-tin`} noValidate>
        <Radios
          name="khung"
          id="khung"
          legendClass="legend-large"
          label={<h1 class="legend-h1">Chọn giờ bạn muốn đến</h1>}
          hint="Mỗi khung giờ tiếp một số người. Khung giờ đã hết chỗ thì bạn có thể đăng ký danh sách chờ: khi có người hủy, bạn được xếp vào và được báo lại."
          error={errors?.byField.khung}
          value={chosen}
          options={slots.map((s) => ({
            value: s.startsAt,
            label: slotLabel(s, session.timeZone),
            hint: s.remaining > 0 ? undefined : 'Đăng ký danh sách chờ',
          }))}
        />
        <Button>Tiếp tục</Button>
      </form>
      <h2>Buổi tiếp</h2>
      <SessionFacts s={session} />
      <QrNoticeLink href={sessionNoticePath(session.id)} />
    </Layout>
  );
}

/** The form of reception (a hybrid session) and the recording consent (a recorded online session). */
function OnlineChoice({
  slot,
  values,
  errors,
}: {
  slot: OnlineSlot;
  values: BookingFormValues;
  errors: Record<string, string>;
}) {
  if (!slot.mode || slot.mode === 'in_person') return null;
  const rec = slot.recording;
  return (
    <>
      {slot.mode === 'hybrid' ? (
        <Radios
          name="form"
          label="Hình thức tiếp"
          hint="Tiếp trực tuyến: bạn tham gia bằng điện thoại hoặc máy tính có camera; đường dẫn gửi riêng cho bạn."
          value={values.form || 'in_person'}
          error={errors.form}
          options={[
            { value: 'in_person', label: 'Đến trụ sở tiếp công dân (trực tiếp)' },
            { value: 'online', label: 'Tiếp công dân trực tuyến (qua video)' },
          ]}
        />
      ) : (
        <p class="notice">
          Buổi tiếp này là tiếp công dân trực tuyến (qua video): đường dẫn tham gia gửi riêng cho bạn.
        </p>
      )}
      {rec ? (
        <Checkbox
          name="recordingConsent"
          label="Tôi đồng ý để buổi tiếp trực tuyến được ghi hình."
          hint={`Mục đích: ${rec.purpose}. Bản ghi được lưu ${rec.retentionDays} ngày. Nếu không đồng ý, bạn chọn tiếp trực tiếp.`}
          checked={values.recordingConsent}
          error={errors.recordingConsent}
        />
      ) : null}
    </>
  );
}

/** Step 2: the details form. Labels as people say them; the ID number is asked again after an error. */
export function DetailsPage({
  office,
  session,
  csrf,
  values,
  errors,
  slot,
}: Common & {
  csrf: string;
  values: BookingFormValues;
  errors?: FormErrors | null;
  slot: OnlineSlot;
}) {
  const e = errors?.byField ?? {};
  return (
    <Layout title="Thông tin của bạn" office={office}>
      <p>
        <a href={bookingPath(session.id)}>Chọn giờ khác</a>
      </p>
      <ErrorSummary errors={errors} />
      <h1>Thông tin của bạn</h1>
      <p class="notice">
        Giờ đến: <strong>{timeRangeVi(slot.startsAt, slot.endsAt, session.timeZone)}</strong>
        {values.waitlist ? ' (khung giờ đã hết chỗ: bạn đăng ký danh sách chờ)' : null}
      </p>
      <PostForm action={`${bookingPath(session.id)}/kiem-tra`} csrf={csrf}>
        <Hidden name="slot" value={values.slot} />
        <Hidden name="waitlist" value={values.waitlist ? '1' : null} />
        <TextField
          name="fullName"
          label="Họ và tên"
          hint="Ghi đúng như trên Căn cước công dân, có dấu."
          value={values.fullName}
          error={e.fullName}
          autoComplete="name"
          maxLength={100}
          spellcheck={false}
        />
        <Radios
          name="salutation"
          label="Cách xưng hô trên giấy tờ"
          optional
          value={values.salutation}
          error={e.salutation}
          options={[
            { value: 'ong', label: SALUTATION_LABELS.ong },
            { value: 'ba', label: SALUTATION_LABELS.ba },
            { value: '', label: 'Không chọn (ghi là “công dân”)' },
          ]}
        />
        <TextField
          name="idNumber"
          label="Số CCCD hoặc hộ chiếu"
          hint="Căn cước công dân gồm 12 chữ số."
          value={values.idNumber}
          error={e.idNumber}
          autoComplete="off"
          width="medium"
          maxLength={64}
          spellcheck={false}
        />
        <TextField
          name="phone"
          type="tel"
          label="Số điện thoại"
          hint="Để báo cho bạn khi lịch thay đổi."
          value={values.phone}
          error={e.phone}
          autoComplete="tel"
          inputMode="tel"
          width="medium"
          maxLength={32}
        />
        <TextField
          name="email"
          type="email"
          label="Email"
          optional
          value={values.email}
          error={e.email}
          autoComplete="email"
          maxLength={254}
          spellcheck={false}
        />
        <TextField
          name="address"
          label="Địa chỉ"
          hint="Nơi bạn đang sinh sống."
          value={values.address}
          error={e.address}
          autoComplete="street-address"
          maxLength={300}
        />
        <Textarea
          name="topic"
          label="Nội dung cần trình bày"
          hint="Tóm tắt vụ việc trong vài câu. Bạn sẽ trình bày đầy đủ tại buổi tiếp."
          value={values.topic}
          error={e.topic}
          maxLength={2000}
        />
        <Radios
          name="petitionType"
          label="Loại đơn (nếu biết)"
          value={values.petitionType}
          error={e.petitionType}
          options={[
            ...Object.entries(PETITION_TYPE_LABELS).map(([value, label]) => ({ value, label })),
            { value: '', label: 'Tôi chưa biết' },
          ]}
        />
        <Radios
          name="group"
          label="Đi cùng"
          value={values.group}
          options={[
            { value: 'mot', label: 'Tôi đến một mình' },
            { value: 'doan', label: 'Tôi đến cùng những người có chung nội dung (đoàn)' },
          ]}
        />
        <div class="field" id="doan">
          <h2>Nếu bạn đi theo đoàn</h2>
          <p class="hint">
            Từ 5 người trở lên, đoàn cử người đại diện để trình bày: đoàn từ 5 đến 10 người cử không quá 2 người, đoàn
            trên 10 người cử không quá 5 người (Nghị định 124/2020/NĐ-CP, Điều 6). Bạn là một người đại diện.
          </p>
          <TextField
            name="groupSize"
            label="Số người có chung nội dung, kể cả bạn"
            value={values.groupSize}
            error={e.groupSize}
            inputMode="numeric"
            width="short"
            optional
            maxLength={4}
          />
          {Array.from({ length: REP_ROWS }, (_, i) => (
            <fieldset class="fieldset" key={i}>
              <legend class="legend">Người đi cùng thứ {i + 1} (không bắt buộc)</legend>
              <TextField
                name={`representatives-${i}-fullName`}
                label={`Họ và tên người đi cùng thứ ${i + 1}`}
                value={values.reps[i]?.fullName}
                error={e[`representatives-${i}-fullName`]}
                optional
                maxLength={100}
              />
              <TextField
                name={`representatives-${i}-idNumber`}
                label={`Số CCCD hoặc hộ chiếu của người đi cùng thứ ${i + 1}`}
                value={values.reps[i]?.idNumber}
                error={e[`representatives-${i}-idNumber`]}
                optional
                width="medium"
                maxLength={64}
              />
            </fieldset>
          ))}
        </div>
        <OnlineChoice slot={slot} values={values} errors={e} />
        <Checkbox
          name="consent"
          label="Tôi đồng ý để cơ quan dùng các thông tin trên vào việc tiếp công dân và giải quyết vụ việc của tôi."
          hint={
            <>
              Xem <a href={DATA_USE_PATH}>cách chúng tôi sử dụng và bảo vệ dữ liệu cá nhân</a> (Nghị định
              13/2023/NĐ-CP).
            </>
          }
          checked={values.consent}
          error={e.consent}
        />
        <Button>Tiếp tục</Button>
      </PostForm>
    </Layout>
  );
}

/** Step 3: check and confirm, each answer with a "Sửa" button (the values travel in hidden fields, not the URL). */
export function CheckPage({
  office,
  session,
  csrf,
  values,
  slot,
  errors,
  offerWaitlist,
}: Common & {
  csrf: string;
  values: BookingFormValues;
  slot: Slot;
  errors?: FormErrors | null;
  offerWaitlist?: boolean;
}) {
  const base = bookingPath(session.id);
  const reps = values.group === 'doan' ? filledReps(values) : [];
  const row = (label: string, value: string, field: string) => (
    <div key={field}>
      <dt>{label}</dt>
      <dd>{value || 'Không có'}</dd>
      <dd>
        <button type="submit" class="link-button" name="_sua" value={field} formAction={`${base}/sua`}>
          Sửa<span class="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </dd>
    </div>
  );
  return (
    <Layout title="Kiểm tra thông tin" office={office}>
      <ErrorSummary errors={errors} />
      <h1>Kiểm tra thông tin trước khi đặt lịch</h1>
      <PostForm action={`${base}/xac-nhan`} csrf={csrf}>
        {hiddenFields(values).map(([name, value]) => (
          <Hidden key={name} name={name} value={value} />
        ))}
        <h2>Buổi tiếp</h2>
        <SessionFacts s={session} />
        <dl class="summary-list">
          <div>
            <dt>Giờ đến</dt>
            <dd>
              {timeRangeVi(slot.startsAt, slot.endsAt, session.timeZone)}
              {values.waitlist ? ' (danh sách chờ)' : null}
            </dd>
          </div>
        </dl>
        <h2>Thông tin của bạn</h2>
        <dl class="summary-list">
          {row('Họ và tên', values.fullName, 'fullName')}
          {row('Cách xưng hô', SALUTATION_LABELS[values.salutation] ?? 'Công dân', 'salutation')}
          {row('Số CCCD hoặc hộ chiếu', values.idNumber, 'idNumber')}
          {row('Số điện thoại', values.phone, 'phone')}
          {row('Email', values.email, 'email')}
          {row('Địa chỉ', values.address, 'address')}
          {row('Nội dung cần trình bày', values.topic, 'topic')}
          {row('Loại đơn', PETITION_TYPE_LABELS[values.petitionType] ?? 'Chưa biết', 'petitionType')}
          {row(
            'Đi cùng',
            values.group === 'doan'
              ? `Đoàn ${values.groupSize} người${reps.length ? `; đi cùng: ${reps.map((r) => `${r.fullName} (${r.idNumber})`).join(', ')}` : ''}`
              : 'Một mình',
            'group',
          )}
        </dl>
        {offerWaitlist ? (
          <Button name="waitlist" value="1">
            Đăng ký danh sách chờ cho khung giờ này
          </Button>
        ) : (
          <Button>Xác nhận đặt lịch</Button>
        )}
      </PostForm>
      <p>
        <a href={base}>Chọn khung giờ khác</a>
      </p>
    </Layout>
  );
}
