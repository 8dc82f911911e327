import { dayDateVi, localDateVi, timeVi } from '../../common/format.js';
import { Button, ErrorSummary, Hidden, PostForm, Select, Textarea, TextField } from '../../common/forms.js';
import type { FormErrors } from '../../common/form-errors.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, PRESETS_PATH } from './admin-paths.js';
import type { VersionList } from './domain/admin-forms.js';
import { presetLabel } from './presets.page.js';

export interface NewVersionValues {
  list: string;
  effectiveFrom: string;
  content: string;
}

function VersionsTable({ list, index, name }: { list: VersionList; index: number; name: string }) {
  return (
    <section class="preset-list" aria-labelledby={`danh-muc-${index}`}>
      <h3 id={`danh-muc-${index}`}>{list.label}</h3>
      <table class="data-table">
        <caption>
          Các phiên bản: {list.label} ({list.versions.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Hiệu lực từ</th>
            <th scope="col">Hết hiệu lực từ</th>
            <th scope="col">Nội dung</th>
          </tr>
        </thead>
        <tbody>
          {list.versions.map((v, i) => {
            const { effectiveFrom, effectiveTo, ...rest } = v;
            return (
              <tr key={i}>
                <td>{typeof effectiveFrom === 'string' ? localDateVi(effectiveFrom) : '—'}</td>
                <td>{typeof effectiveTo === 'string' ? localDateVi(effectiveTo) : '—'}</td>
                <td>
                  <pre class="preset-json">{JSON.stringify(rest, null, 2)}</pre>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={`${PRESETS_PATH}/${name}?danh_muc=${encodeURIComponent(list.path)}#them-phien-ban`}>
          Thêm phiên bản cho “{list.label}”
        </a>
      </p>
    </section>
  );
}

/**
 * `/can-bo/quan-tri/quy-dinh/:name`: one rule preset — each list of dated versions, the revision history — and the
 * form adding a version (a date in force and the content as JSON, started from the newest version).
 */
export function PresetPage({
  frame,
  name,
  revision,
  description,
  lists,
  revisions,
  values,
  errors,
  saved,
}: {
  frame: StaffFrame;
  name: string;
  revision: number;
  description: string | null;
  lists: VersionList[];
  revisions: { revision: number; createdAt: Date; createdBy: string | null }[];
  values: NewVersionValues;
  errors?: FormErrors | null;
  saved?: boolean;
}) {
  const label = presetLabel(name);
  return (
    <StaffLayout
      title={label}
      frame={frame}
      crumbs={adminCrumbs({ href: PRESETS_PATH, label: 'Bộ quy tắc' }, { label })}
    >
      <h1>{label}</h1>
      {saved ? (
        <p class="notice" role="status">
          Đã thêm phiên bản mới (lần sửa đổi {revision}).
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        <div>
          <dt>Mã</dt>
          <dd>
            <code>{name}</code>
          </dd>
        </div>
        <div>
          <dt>Lần sửa đổi hiện tại</dt>
          <dd>{revision}</dd>
        </div>
        {description ? (
          <div>
            <dt>Mô tả</dt>
            <dd>{description}</dd>
          </div>
        ) : null}
      </dl>
      <h2>Các phiên bản</h2>
      {lists.length === 0 ? <p>Bộ quy tắc này không có danh mục phiên bản.</p> : null}
      {lists.map((l, i) => (
        <VersionsTable key={l.path} list={l} index={i} name={name} />
      ))}

      {lists.length > 0 ? (
        <section aria-labelledby="them-phien-ban">
          <h2 id="them-phien-ban">Thêm phiên bản</h2>
          <p>
            Phiên bản mới áp dụng từ ngày hiệu lực của nó; các kỳ trước vẫn dùng phiên bản cũ. Nội dung ghi theo dạng
            JSON, có sẵn nội dung của phiên bản mới nhất để sửa; nên ghi rõ văn bản nguồn.
          </p>
          <PostForm action={`${PRESETS_PATH}/${name}/phien-ban`} csrf={frame.csrf}>
            <Hidden name="expectedRevision" value={revision} />
            <Select
              name="list"
              label="Danh mục"
              options={lists.map((l) => ({ value: l.path, label: l.label }))}
              value={values.list}
              error={errors?.byField.list}
            />
            <TextField
              name="effectiveFrom"
              label="Hiệu lực từ ngày"
              hint="Ngày/tháng/năm, ví dụ 01/01/2027."
              value={values.effectiveFrom}
              width="short"
              maxLength={10}
              error={errors?.byField.effectiveFrom}
            />
            <Textarea
              name="content"
              label="Nội dung phiên bản (JSON)"
              hint="Không ghi effectiveFrom: ngày hiệu lực lấy ở ô trên."
              value={values.content}
              rows={12}
              maxLength={20000}
              error={errors?.byField.content}
            />
            <Button>Thêm phiên bản</Button>
          </PostForm>
        </section>
      ) : null}

      <h2>Lịch sử sửa đổi</h2>
      <table class="data-table">
        <caption>Các lần sửa đổi ({revisions.length})</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Lần
            </th>
            <th scope="col">Thời điểm</th>
            <th scope="col">Người sửa</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.revision}>
              <td class="num">{r.revision}</td>
              <td>
                {dayDateVi(r.createdAt)} {timeVi(r.createdAt)}
              </td>
              <td>{r.createdBy ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffLayout>
  );
}
