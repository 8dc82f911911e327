import { dayDateVi, timeVi } from '../../common/format.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { adminCrumbs, PRESETS_PATH } from './admin-paths.js';

/** Vietnamese names of the rule presets (data/rules/*.json); an unknown one shows its code. */
export const PRESET_LABELS: Record<string, string> = {
  'reception-frequency': 'Tần suất tiếp công dân định kỳ',
  notice: 'Thời hạn thông báo, niêm yết',
  'online-reception': 'Tiếp công dân trực tuyến',
  'petition-deadlines': 'Thời hạn xử lý đơn',
  dialogues: 'Đối thoại trực tiếp với Nhân dân',
};

export const presetLabel = (name: string): string => PRESET_LABELS[name] ?? name;

/** `/can-bo/quan-tri/quy-dinh`: the rule presets, their revision and last change. */
export function PresetsPage({
  frame,
  presets,
}: {
  frame: StaffFrame;
  presets: { name: string; revision: number; updatedAt: Date; updatedBy: string | null }[];
}) {
  return (
    <StaffLayout title="Bộ quy tắc" frame={frame} crumbs={adminCrumbs({ label: 'Bộ quy tắc' })}>
      <h1>Bộ quy tắc</h1>
      <p>
        Các quy định về thời hạn và tần suất mà hệ thống dùng để tính. Mỗi quy định có các phiên bản theo ngày hiệu lực;
        phiên bản đã có hiệu lực không được sửa, chỉ thêm phiên bản mới.
      </p>
      <table class="data-table">
        <caption>Các bộ quy tắc ({presets.length})</caption>
        <thead>
          <tr>
            <th scope="col">Bộ quy tắc</th>
            <th scope="col">Mã</th>
            <th scope="col" class="num">
              Lần sửa đổi
            </th>
            <th scope="col">Cập nhật lần cuối</th>
          </tr>
        </thead>
        <tbody>
          {presets.map((p) => (
            <tr key={p.name}>
              <td>
                <a href={`${PRESETS_PATH}/${p.name}`}>{presetLabel(p.name)}</a>
              </td>
              <td>
                <code>{p.name}</code>
              </td>
              <td class="num">{p.revision}</td>
              <td>
                {dayDateVi(p.updatedAt)} {timeVi(p.updatedAt)}
                {p.updatedBy ? ` (${p.updatedBy === 'data-file' ? 'tệp dữ liệu ban đầu' : p.updatedBy})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffLayout>
  );
}
