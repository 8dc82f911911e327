import { localDateVi } from '../../common/format.js';
import { Button, ErrorSummary, Hidden, PostForm, TextField } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, HOLIDAYS_PATH } from './admin-paths.js';
import { HOLIDAY_KIND_LABELS, type HolidayRow, type HolidaySourceValues } from './domain/admin-forms.js';

export interface HolidayYearView {
  year: number;
  computed: boolean;
  source: { document: string; issuer: string; date: string | null; covers: string; url: string }[];
  entries: { date: string; name: string; kind: string }[];
}

function RowField({ id, label, value, error }: { id: string; label: string; value: string; error?: string }) {
  return (
    <>
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <input
        class="input"
        id={id}
        name={id}
        value={value}
        maxLength={id.startsWith('date') ? 10 : 120}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-loi` : undefined}
      />
      {error ? (
        <p class="field-error" id={`${id}-loi`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * `/can-bo/quan-tri/ngay-nghi/:year`: a year's official days off (published list or the computed default) with the
 * documents they come from, and the form replacing the list (one row a day; empty a row to remove that day).
 */
export function HolidaysPage({
  frame,
  view,
  rows,
  sourceValues,
  errors,
  saved,
}: {
  frame: StaffFrame;
  view: HolidayYearView;
  rows: HolidayRow[];
  sourceValues: HolidaySourceValues;
  errors?: FormErrors | null;
  saved?: boolean;
}) {
  const { year } = view;
  const e = errors?.byField ?? {};
  return (
    <StaffLayout
      title={`Ngày nghỉ năm ${year}`}
      frame={frame}
      crumbs={adminCrumbs({ href: HOLIDAYS_PATH, label: 'Ngày nghỉ chính thức' }, { label: `Năm ${year}` })}
    >
      <h1>Ngày nghỉ chính thức năm {year}</h1>
      {saved ? (
        <p class="notice" role="status">
          Đã lưu danh sách ngày nghỉ năm {year}. Các thời hạn tính từ nay dùng danh sách mới.
        </p>
      ) : null}
      <nav class="year-nav" aria-label="Chọn năm">
        <a href={`${HOLIDAYS_PATH}/${year - 1}`}>‹ Năm {year - 1}</a>
        <a href={`${HOLIDAYS_PATH}/${year + 1}`}>Năm {year + 1} ›</a>
      </nav>
      <ErrorSummary errors={errors} />
      {view.computed ? (
        <p class="notice notice--warning">
          Năm {year} chưa có danh sách đã công bố: các ngày dưới đây do hệ thống tính theo Bộ luật Lao động 2019 (Điều
          112). Hãy cập nhật khi Chính phủ công bố lịch nghỉ chính thức.
        </p>
      ) : null}
      <h2>Nguồn</h2>
      {view.source.length === 0 ? (
        <p>Chưa ghi văn bản nguồn.</p>
      ) : (
        <ul>
          {view.source.map((s, i) => (
            <li key={i}>
              {s.document} – {s.issuer}
              {s.date ? `, ngày ${localDateVi(s.date)}` : ''}
              {s.covers ? `: ${s.covers}` : ''}
              {s.url ? (
                <>
                  {' '}
                  (<a href={s.url}>nơi đọc văn bản</a>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <table class="data-table">
        <caption>Các ngày nghỉ và ngày làm bù năm {year}</caption>
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Tên</th>
            <th scope="col">Loại</th>
          </tr>
        </thead>
        <tbody>
          {view.entries.map((d) => (
            <tr key={d.date}>
              <td>{localDateVi(d.date)}</td>
              <td>{d.name}</td>
              <td>{HOLIDAY_KIND_LABELS[d.kind as keyof typeof HOLIDAY_KIND_LABELS] ?? d.kind}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Sửa danh sách năm {year}</h2>
      <p>
        Mỗi dòng một ngày (ngày/tháng/năm). Xóa trống ngày và tên của một dòng để bỏ ngày đó. Lưu xong, các dòng trống
        mới hiện ra để thêm tiếp.
      </p>
      <PostForm action={`${HOLIDAYS_PATH}/${year}`} csrf={frame.csrf}>
        <Hidden name="rows" value={rows.length} />
        <table class="data-table holiday-rows">
          <caption>Danh sách ngày nghỉ (sửa)</caption>
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Ngày</th>
              <th scope="col">Tên</th>
              <th scope="col">Loại</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td>
                  <RowField id={`date_${i}`} label={`Ngày, dòng ${i + 1}`} value={r.date} error={e[`date_${i}`]} />
                </td>
                <td>
                  <RowField id={`name_${i}`} label={`Tên, dòng ${i + 1}`} value={r.name} error={e[`name_${i}`]} />
                </td>
                <td>
                  <label class="visually-hidden" for={`kind_${i}`}>
                    Loại, dòng {i + 1}
                  </label>
                  <select
                    class="input"
                    id={`kind_${i}`}
                    name={`kind_${i}`}
                    aria-invalid={e[`kind_${i}`] ? 'true' : undefined}
                    aria-describedby={e[`kind_${i}`] ? `kind_${i}-loi` : undefined}
                  >
                    {Object.entries(HOLIDAY_KIND_LABELS).map(([value, label]) => (
                      <option key={value} value={value} selected={r.kind === value}>
                        {label}
                      </option>
                    ))}
                  </select>
                  {e[`kind_${i}`] ? (
                    <p class="field-error" id={`kind_${i}-loi`}>
                      {e[`kind_${i}`]}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <fieldset class="fieldset">
          <legend class="legend">Văn bản nguồn</legend>
          <p class="hint">
            Văn bản thứ nhất trong danh sách nguồn ở trên (các văn bản khác giữ nguyên). Để trống nếu chưa có.
          </p>
          <TextField
            name="sourceDocument"
            label="Số và tên văn bản"
            optional
            value={sourceValues.document}
            maxLength={200}
            error={e.sourceDocument}
          />
          <TextField
            name="sourceIssuer"
            label="Cơ quan ban hành"
            optional
            value={sourceValues.issuer}
            maxLength={200}
            error={e.sourceIssuer}
          />
          <TextField
            name="sourceDate"
            label="Ngày ban hành"
            hint="Ngày/tháng/năm."
            optional
            value={sourceValues.date}
            width="short"
            maxLength={10}
            error={e.sourceDate}
          />
          <TextField
            name="sourceCovers"
            label="Nội dung văn bản quy định"
            optional
            value={sourceValues.covers}
            maxLength={300}
            error={e.sourceCovers}
          />
          <TextField
            name="sourceUrl"
            label="Địa chỉ đọc văn bản"
            optional
            value={sourceValues.url}
            maxLength={500}
            error={e.sourceUrl}
          />
        </fieldset>
        <Button>Lưu danh sách năm {year}</Button>
      </PostForm>
    </StaffLayout>
  );
}
