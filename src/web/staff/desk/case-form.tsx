import { REFUSAL_GROUND_LABELS, HANDLING_ROUTE_LABELS, REFUSAL_GROUNDS } from '../../../minutes/domain/handling.js';
import { PETITION_TYPE_LABELS, PETITION_TYPES } from '../../../petitions/domain/petition-types.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, PostForm, Radios, Select, Textarea, TextField, type SelectOption } from '../../common/forms.js';
import type { CaseValues } from './domain/desk-forms.js';

/** The order the desk offers the routes in: the three common ones first, the refusal last. */
const ROUTES = ['accept', 'transfer', 'guide', 'refuse'] as const;

/**
 * One person (or group) received: a booked citizen checked in (chosen by booking code) or a walk-in. The fields are
 * those of POST /minutes/:id/cases; the refusal ground is chosen from the four of Art. 9 only.
 */
export function CaseForm(props: {
  action: string;
  csrf: string;
  values: Partial<CaseValues>;
  errors?: FormErrors | null;
  checkedIn: SelectOption[];
  units: SelectOption[];
}) {
  const v = props.values;
  const e = props.errors?.byField ?? {};
  return (
    <PostForm action={props.action} csrf={props.csrf}>
      <fieldset class="fieldset">
        <legend class="legend">Công dân</legend>
        <Select
          name="bookingCode"
          label="Đăng ký"
          hint="Chọn mã đăng ký của công dân đã có mặt, hoặc để trống với người đến trực tiếp không đăng ký trước."
          empty="Người đến trực tiếp, không đăng ký trước"
          options={props.checkedIn}
          value={v.bookingCode}
          error={e.bookingCode}
          optional
        />
        <TextField name="fullName" label="Họ và tên" value={v.fullName} error={e.fullName} autoComplete="off" />
        <Radios
          name="salutation"
          label="Cách xưng hô trong văn bản"
          optional
          value={v.salutation ?? ''}
          options={[
            { value: 'ong', label: 'Ông' },
            { value: 'ba', label: 'Bà' },
            { value: '', label: 'Không ghi (công dân)' },
          ]}
          error={e.salutation}
        />
        <TextField
          name="idNumber"
          label="Số CCCD hoặc hộ chiếu"
          value={v.idNumber}
          error={e.idNumber}
          width="medium"
          autoComplete="off"
          spellcheck={false}
        />
        <TextField name="address" label="Địa chỉ" value={v.address} error={e.address} autoComplete="off" />
      </fieldset>
      <fieldset class="fieldset">
        <legend class="legend">Nội dung vụ việc</legend>
        <Textarea name="summary" label="Tóm tắt nội dung" value={v.summary} error={e.summary} rows={3} />
        <Textarea name="request" label="Yêu cầu của công dân" value={v.request} error={e.request} rows={2} optional />
        <Radios
          name="petitionType"
          label="Phân loại đơn"
          value={v.petitionType}
          options={PETITION_TYPES.map((t) => ({ value: t, label: PETITION_TYPE_LABELS[t] }))}
          error={e.petitionType}
        />
        <TextField
          name="previouslyHandledBy"
          label="Cơ quan đã giải quyết"
          value={v.previouslyHandledBy}
          error={e.previouslyHandledBy}
          optional
        />
      </fieldset>
      <fieldset class="fieldset">
        <legend class="legend">Hướng xử lý</legend>
        <Radios
          name="handlingRoute"
          label="Hướng xử lý"
          hint="Thụ lý và chuyển đơn cần đơn vị chủ trì và thời hạn; khi hoàn tất biên bản, mỗi vụ việc này tạo một đơn và một công việc."
          value={v.handlingRoute}
          options={ROUTES.map((r) => ({ value: r, label: HANDLING_ROUTE_LABELS[r] }))}
          error={e.handlingRoute}
        />
        <Select
          name="assigneeUnitId"
          label="Đơn vị chủ trì xử lý"
          hint="Chỉ với thụ lý hoặc chuyển đơn."
          empty="Chọn đơn vị"
          options={props.units}
          value={v.assigneeUnitId}
          error={e.assigneeUnitId}
          optional
        />
        <TextField
          name="dueDate"
          label="Thời hạn xử lý"
          hint="Ngày/tháng/năm, ví dụ 20/03/2026. Chỉ với thụ lý hoặc chuyển đơn."
          value={v.dueDate}
          error={e.dueDate}
          width="short"
          inputMode="numeric"
          autoComplete="off"
          optional
        />
        <Radios
          name="refusalGround"
          label="Căn cứ từ chối tiếp (Điều 9 Luật Tiếp công dân)"
          hint="Chỉ khi từ chối tiếp; chỉ được từ chối theo một trong bốn trường hợp sau."
          value={v.refusalGround}
          optional
          options={REFUSAL_GROUNDS.map((g) => ({ value: String(g), label: `Khoản ${g}: ${REFUSAL_GROUND_LABELS[g]}` }))}
          error={e.refusalGround}
        />
        <Textarea
          name="refusalReason"
          label="Lý do từ chối"
          value={v.refusalReason}
          error={e.refusalReason}
          rows={2}
          optional
        />
        <Textarea
          name="conclusion"
          label="Kết luận của người chủ trì"
          value={v.conclusion}
          error={e.conclusion}
          rows={3}
        />
        <TextField name="note" label="Ghi chú" value={v.note} error={e.note} optional />
      </fieldset>
      <Button>Ghi vụ việc</Button>
    </PostForm>
  );
}
