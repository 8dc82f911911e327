import { Button, ErrorSummary, PostForm, Radios, Select, TextField } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { LEVEL_LABELS } from './admin-labels.js';
import { adminCrumbs, UNITS_PATH } from './admin-paths.js';

export interface UnitValues {
  name: string;
  level: string;
  parentId: string;
  code: string;
  validFrom: string;
  validTo: string;
}

const DATE_HINT = 'Ngày/tháng/năm, ví dụ 01/07/2025. Để trống nếu không giới hạn.';

/** A new unit (`/don-vi/moi`) or the edit of one (`/don-vi/:id`; its code is not edited, as in the API). */
export function UnitFormPage({
  frame,
  unitId,
  parents,
  values,
  errors,
}: {
  frame: StaffFrame;
  unitId: string | null;
  parents: { value: string; label: string }[];
  values: UnitValues;
  errors?: FormErrors | null;
}) {
  const title = unitId ? `Sửa đơn vị: ${values.name}` : 'Thêm đơn vị';
  return (
    <StaffLayout
      title={title}
      frame={frame}
      crumbs={adminCrumbs({ href: UNITS_PATH, label: 'Đơn vị' }, { label: unitId ? 'Sửa đơn vị' : 'Thêm đơn vị' })}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={unitId ? `${UNITS_PATH}/${unitId}` : UNITS_PATH} csrf={frame.csrf}>
        <TextField name="name" label="Tên đơn vị" value={values.name} maxLength={200} error={errors?.byField.name} />
        <Radios
          name="level"
          label="Cấp"
          options={Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label }))}
          value={values.level}
          error={errors?.byField.level}
        />
        <Select
          name="parentId"
          label="Đơn vị cấp trên"
          optional
          options={parents}
          value={values.parentId}
          empty="Không có"
          error={errors?.byField.parentId}
        />
        {unitId ? null : (
          <TextField
            name="code"
            label="Mã đơn vị"
            hint="Mã đơn vị hành chính, ví dụ 11311."
            optional
            value={values.code}
            maxLength={32}
            width="short"
            error={errors?.byField.code}
          />
        )}
        <TextField
          name="validFrom"
          label="Hiệu lực từ ngày"
          hint={DATE_HINT}
          optional
          value={values.validFrom}
          width="short"
          maxLength={10}
          error={errors?.byField.validFrom}
        />
        <TextField
          name="validTo"
          label="Hết hiệu lực từ ngày"
          hint={DATE_HINT}
          optional
          value={values.validTo}
          width="short"
          maxLength={10}
          error={errors?.byField.validTo}
        />
        <Button>{unitId ? 'Lưu thay đổi' : 'Thêm đơn vị'}</Button>
      </PostForm>
    </StaffLayout>
  );
}
