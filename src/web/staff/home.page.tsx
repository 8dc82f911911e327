import { dayDateVi } from '../common/format.js';
import { StaffLayout, type StaffFrame } from './staff-layout.js';
import { STAFF_PREFIX } from './staff-paths.js';

/** What each section is for, in one line (the home page lists the sections of the person's roles). */
const PURPOSE: Record<string, string> = {
  [`${STAFF_PREFIX}/lich`]: 'Lịch các buổi tiếp công dân và đối thoại theo tháng, theo tuần.',
  [`${STAFF_PREFIX}/lich-dinh-ky`]: 'Lập và sửa lịch tiếp định kỳ, xem trước các ngày, công bố lịch.',
  [`${STAFF_PREFIX}/tuan-thu`]: 'Số buổi tiếp bắt buộc và đã tiếp của từng người đứng đầu.',
  [`${STAFF_PREFIX}/ban-tiep`]: 'Các buổi tiếp hôm nay: điểm danh, sổ tiếp công dân, biên bản.',
  [`${STAFF_PREFIX}/cong-viec`]: 'Công việc của đơn vị: quá hạn trước, rồi theo hạn xử lý.',
  [`${STAFF_PREFIX}/to-cao`]: 'Đơn tố cáo, kể cả đơn nặc danh; bảo vệ danh tính người tố cáo.',
  [`${STAFF_PREFIX}/nhat-ky`]: 'Nhật ký thao tác của hệ thống, có bộ lọc.',
  [`${STAFF_PREFIX}/doi-thoai`]: 'Kế hoạch đối thoại, câu hỏi của người dân, biên bản và cam kết.',
  [`${STAFF_PREFIX}/bao-cao`]: 'Báo cáo định kỳ: số liệu, biểu đồ, tải về.',
  [`${STAFF_PREFIX}/quan-tri`]: 'Tài khoản, đơn vị, cán bộ, địa điểm, ngày nghỉ, quy định, hộp thư đi.',
};

export function StaffHomePage({ frame, today }: { frame: StaffFrame; today: Date }) {
  const sections = frame.nav.filter((n) => n.href !== STAFF_PREFIX);
  return (
    <StaffLayout title="Trang chủ" frame={frame}>
      <h1>Xin chào, {frame.displayName}</h1>
      <p>
        Hôm nay là {dayDateVi(today)}. Bạn đang làm việc với vai trò {frame.roleLabel} tại {frame.unitName}.
      </p>
      <h2>Công việc của bạn</h2>
      <ul class="card-list">
        {sections.map((s) => (
          <li key={s.href} class="card">
            <h3>
              <a href={s.href}>{s.label}</a>
            </h3>
            {PURPOSE[s.href] ? <p>{PURPOSE[s.href]}</p> : null}
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}
