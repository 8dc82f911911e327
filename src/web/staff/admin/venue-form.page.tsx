import { Button, ErrorSummary, PostForm, Select, TextField } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, VENUES_PATH } from './admin-paths.js';

export interface VenueValues {
  name: string;
  address: string;
  unitId: string;
}

/** A new venue (`/dia-diem/moi`) or the edit of one (`/dia-diem/:id`; the unit is not changed, as in the API). */
export function VenueFormPage({
  frame,
  venueId,
  units,
  unitName,
  values,
  errors,
}: {
  frame: StaffFrame;
  venueId: string | null;
  units: { value: string; label: string }[];
  unitName: string | null;
  values: VenueValues;
  errors?: FormErrors | null;
}) {
  const title = venueId ? `Sửa địa điểm: ${values.name}` : 'Thêm địa điểm tiếp công dân';
  return (
    <StaffLayout
      title={title}
      frame={frame}
      crumbs={adminCrumbs(
        { href: VENUES_PATH, label: 'Địa điểm tiếp' },
        { label: venueId ? 'Sửa địa điểm' : 'Thêm địa điểm' },
      )}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={venueId ? `${VENUES_PATH}/${venueId}` : VENUES_PATH} csrf={frame.csrf}>
        <TextField name="name" label="Tên địa điểm" value={values.name} maxLength={200} error={errors?.byField.name} />
        <TextField
          name="address"
          label="Địa chỉ"
          hint="Số nhà, đường, phường/xã, tỉnh/thành phố."
          value={values.address}
          maxLength={300}
          error={errors?.byField.address}
        />
        {venueId ? (
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
        <Button>{venueId ? 'Lưu thay đổi' : 'Thêm địa điểm'}</Button>
      </PostForm>
    </StaffLayout>
  );
}
