import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, PostForm, Radios, Select, Textarea, TextField } from '../../common/forms.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import type { DialogueFormValues } from './domain/dialogue-form.js';
import { DIALOGUES_STAFF_PATH, NEW_DIALOGUE_PATH } from './dialogue-paths.js';

export interface PlanChoices {
  unit: { id: string; name: string };
  units: { id: string; name: string }[];
  chairs: { id: string; label: string }[];
  venues: { id: string; label: string }[];
}

/** `/can-bo/doi-thoai/moi`: plan a dialogue (a draft; it is announced from its page, under the notice rule). */
export function NewDialoguePage(props: {
  frame: StaffFrame;
  choices: PlanChoices;
  values?: DialogueFormValues;
  errors?: FormErrors | null;
}) {
  const { frame, choices } = props;
  const v = props.values ?? {};
  const e = props.errors?.byField ?? {};
  return (
    <StaffLayout
      title="Lập kế hoạch hội nghị đối thoại"
      frame={frame}
      crumbs={[{ href: DIALOGUES_STAFF_PATH, label: 'Đối thoại' }, { label: 'Kế hoạch mới' }]}
    >
      <ErrorSummary errors={props.errors} />
      <h1>Lập kế hoạch hội nghị đối thoại</h1>
      {choices.units.length > 1 ? (
        <form method="get" action={NEW_DIALOGUE_PATH} class="filters">
          <Select
            name="unitId"
            id="chon-don-vi"
            label="Đơn vị tổ chức"
            options={choices.units.map((u) => ({ value: u.id, label: u.name }))}
            value={choices.unit.id}
          />
          <button type="submit" class="button button--secondary button--small">
            Chọn đơn vị
          </button>
        </form>
      ) : null}
      <p>
        Đơn vị tổ chức: <strong>{choices.unit.name}</strong>. Hội nghị được lưu ở dạng dự thảo; sau đó bạn thông báo hội
        nghị từ trang của nó (phải thông báo trước ít nhất 7 ngày).
      </p>
      <PostForm action={`${NEW_DIALOGUE_PATH}?unitId=${choices.unit.id}`} csrf={frame.csrf}>
        <TextField name="topic" label="Chủ đề hội nghị" value={v.topic} error={e.topic} maxLength={500} />
        <Select
          name="chairOfficialId"
          label="Người chủ trì"
          options={choices.chairs.map((c) => ({ value: c.id, label: c.label }))}
          value={v.chairOfficialId}
          empty="Chọn người chủ trì"
          error={e.chairOfficialId}
        />
        <TextField
          name="date"
          label="Ngày tổ chức"
          hint="Ngày/tháng/năm, ví dụ 20/03/2026."
          value={v.date}
          error={e.date}
          width="short"
          inputMode="numeric"
        />
        <TextField
          name="startTime"
          label="Giờ bắt đầu"
          hint="Giờ:phút, ví dụ 08:00."
          value={v.startTime}
          error={e.startTime}
          width="short"
        />
        <TextField
          name="endTime"
          label="Giờ kết thúc"
          hint="Giờ:phút, ví dụ 10:00."
          value={v.endTime}
          error={e.endTime}
          width="short"
        />
        <Radios
          name="mode"
          label="Hình thức"
          value={v.mode ?? 'in_person'}
          error={e.mode}
          options={[
            { value: 'in_person', label: 'Trực tiếp' },
            { value: 'online', label: 'Trực tuyến' },
            { value: 'hybrid', label: 'Kết hợp trực tiếp và trực tuyến' },
          ]}
        />
        <Select
          name="venueId"
          label="Địa điểm"
          hint="Bắt buộc với hình thức trực tiếp và kết hợp."
          options={choices.venues.map((x) => ({ value: x.id, label: x.label }))}
          value={v.venueId}
          empty="Chưa chọn"
          error={e.venueId}
          optional
        />
        <TextField
          name="onlineUrl"
          label="Đường dẫn tham gia trực tuyến"
          hint="Bắt đầu bằng https://; bắt buộc với hình thức trực tuyến và kết hợp."
          value={v.onlineUrl}
          error={e.onlineUrl}
          maxLength={500}
          optional
        />
        <Textarea
          name="content"
          label="Nội dung và cách thức tham dự"
          hint="Người dân đọc nội dung này trên trang công khai: đăng ký phát biểu, gửi câu hỏi trước, giấy tờ mang theo."
          value={v.content}
          error={e.content}
          maxLength={5000}
          optional
        />
        <Radios
          name="trigger"
          label="Căn cứ tổ chức"
          value={v.trigger ?? 'periodic'}
          error={e.trigger}
          options={[
            { value: 'periodic', label: 'Định kỳ theo quy định' },
            { value: 'voter_request', label: 'Theo đề nghị của cử tri' },
            { value: 'necessary', label: 'Khi cần thiết' },
          ]}
        />
        <TextField
          name="voterRequestShare"
          label="Tỷ lệ cử tri đề nghị (%)"
          hint="Chỉ ghi khi tổ chức theo đề nghị của cử tri."
          value={v.voterRequestShare}
          error={e.voterRequestShare}
          width="short"
          inputMode="numeric"
          optional
        />
        <Button>Lưu dự thảo</Button>
      </PostForm>
    </StaffLayout>
  );
}
