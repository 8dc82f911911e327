import { Button, Checkbox, ErrorSummary, PostForm, Radios, Select, TextField } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { BODY_LABELS, optionsOf, POSITION_LABELS } from './admin-labels.js';
import { adminCrumbs, OFFICIALS_PATH } from './admin-paths.js';

export interface OfficialValues {
  fullName: string;
  title: string;
  unitId: string;
  position: string;
  body: string;
  active: boolean;
}

/** A new official (`/can-bo/moi`) or the edit of one (`/can-bo/:id`; the unit is not changed, as in the API). */
export function OfficialFormPage({
  frame,
  officialId,
  units,
  unitName,
  values,
  errors,
}: {
  frame: StaffFrame;
  officialId: string | null;
  units: { value: string; label: string }[];
  unitName: string | null;
  values: OfficialValues;
  errors?: FormErrors | null;
}) {
  const title = officialId ? `Sửa thông tin cán bộ: ${values.fullName}` : 'Thêm cán bộ lãnh đạo';
  return (
    <StaffLayout
      title={title}
      frame={frame}
      crumbs={adminCrumbs(
        { href: OFFICIALS_PATH, label: 'Cán bộ lãnh đạo' },
        { label: officialId ? 'Sửa thông tin' : 'Thêm cán bộ' },
      )}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={officialId ? `${OFFICIALS_PATH}/${officialId}` : OFFICIALS_PATH} csrf={frame.csrf}>
        <TextField
          name="fullName"
          label="Họ và tên"
          value={values.fullName}
          maxLength={120}
          error={errors?.byField.fullName}
        />
        <TextField
          name="title"
          label="Chức danh"
          hint="Ví dụ: Chủ tịch UBND phường."
          value={values.title}
          maxLength={200}
          error={errors?.byField.title}
        />
        {officialId ? (
          <p>
            Đơn vị: <strong>{unitName ?? '—'}</strong>
          </p>
        ) : (
          <Select
            name="unitId"
            label="Đơn vị"
            options={units}
            value={values.unitId}
            empty="Chọn đơn vị"
            error={errors?.byField.unitId}
          />
        )}
        <Radios
          name="position"
          label="Vị trí"
          options={optionsOf(POSITION_LABELS)}
          value={values.position}
          error={errors?.byField.position}
        />
        <Radios
          name="body"
          label="Khối"
          options={optionsOf(BODY_LABELS)}
          value={values.body}
          error={errors?.byField.body}
        />
        {officialId ? (
          <Checkbox
            name="active"
            label="Đang công tác"
            hint="Bỏ chọn khi cán bộ thôi giữ chức vụ (không còn được xếp lịch tiếp)."
            checked={values.active}
            error={errors?.byField.active}
          />
        ) : null}
        <Button>{officialId ? 'Lưu thay đổi' : 'Thêm cán bộ'}</Button>
      </PostForm>
    </StaffLayout>
  );
}
