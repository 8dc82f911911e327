import type { FrequencyVersion } from '../../calendar/domain/rule-presets.js';
import { Layout, type SiteOffice } from '../common/layout.js';

export const howToPath = (unitId: string) => `/cach-thuc-tiep-cong-dan/${unitId}`;

/**
 * The refusal grounds of the Law on Citizen Reception 2013, Art. 9, in plain words (the legal wording is
 * REFUSAL_GROUND_LABELS in src/minutes/domain/handling.ts).
 */
export const REFUSAL_GROUNDS_PLAIN: readonly string[] = [
  'Người đang say rượu, bia hoặc chất kích thích, hoặc đang không tự nhận thức, làm chủ được hành vi của mình do bệnh tật.',
  'Người đe dọa, xúc phạm cơ quan, người tiếp công dân, cán bộ đang làm nhiệm vụ, hoặc vi phạm nội quy nơi tiếp công dân.',
  'Người tiếp tục khiếu nại, tố cáo một vụ việc đã được giải quyết đúng pháp luật, đã được cơ quan có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn.',
  'Các trường hợp khác do pháp luật quy định.',
];

const PER: Record<FrequencyVersion['per'], string> = { week: 'tuần', month: 'tháng' };

/** "Cách thức tiếp công dân" of one unit, from the rule presets in force and the unit's reception venues. */
export function HowToPage(props: {
  office: SiteOffice;
  unitName: string;
  calendarPath: string;
  holder: string | null;
  frequency: FrequencyVersion | null;
  venues: { name: string; address: string }[];
}) {
  const f = props.frequency;
  return (
    <Layout title={`Cách thức tiếp công dân — ${props.unitName}`} office={props.office}>
      <h1>Cách thức tiếp công dân</h1>
      <p class="lead">{props.unitName}</p>
      <h2>Khi nào người đứng đầu tiếp công dân</h2>
      {f ? (
        <p>
          {props.holder ?? 'Người đứng đầu'} trực tiếp tiếp công dân định kỳ ít nhất {f.count} ngày trong mỗi{' '}
          {PER[f.per]}, và tiếp đột xuất khi có vụ việc phức tạp, đông người. Căn cứ: {f.source}.
        </p>
      ) : (
        <p>Lịch tiếp công dân định kỳ được niêm yết tại trụ sở và trên trang này.</p>
      )}
      <p>
        <a href={props.calendarPath}>Xem lịch tiếp công dân và đặt lịch trước</a>
      </p>
      <h2>Ở đâu</h2>
      {props.venues.length ? (
        <ul>
          {props.venues.map((v, i) => (
            <li key={i}>
              {v.name}, {v.address}
            </li>
          ))}
        </ul>
      ) : (
        <p>Tại trụ sở của cơ quan.</p>
      )}
      <h2>Cần mang theo</h2>
      <ul>
        <li>Căn cước công dân, căn cước hoặc hộ chiếu còn hạn (Luật Tiếp công dân 2013, Điều 7).</li>
        <li>Đơn và giấy tờ, tài liệu liên quan đến vụ việc (nếu có).</li>
        <li>
          Nếu trình bày thay cho người khác: giấy ủy quyền hợp pháp hoặc giấy tờ chứng minh là người đại diện (cha mẹ,
          người giám hộ).
        </li>
        <li>
          Nếu nhiều người cùng đến về một nội dung: cử người đại diện bằng văn bản để trình bày — từ 5 đến 10 người cử
          không quá 2 người, từ 11 người trở lên cử không quá 5 người (Nghị định 124/2020/NĐ-CP, Điều 6).
        </li>
      </ul>
      <h2>Khi nào có thể bị từ chối tiếp</h2>
      <p>Theo Điều 9 Luật Tiếp công dân 2013, người tiếp công dân được từ chối tiếp:</p>
      <ol>
        {REFUSAL_GROUNDS_PLAIN.map((g, i) => (
          <li key={i}>{g}</li>
        ))}
      </ol>
      <p>Khi từ chối vì vụ việc đã được giải quyết đúng pháp luật, cơ quan phải thông báo bằng văn bản.</p>
    </Layout>
  );
}
