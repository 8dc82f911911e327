import { Layout, type SiteOffice } from '../common/layout.js';

/** How the personal data of a booking is used and protected (Decree 13/2023/NĐ-CP), in plain words. */
export function DataUsePage({ office }: { office: SiteOffice }) {
  return (
    <Layout title="Cách sử dụng dữ liệu cá nhân" office={office}>
      <h1>Cách chúng tôi sử dụng và bảo vệ dữ liệu cá nhân của bạn</h1>
      <p class="lead">
        Khi đặt lịch tiếp công dân, bạn cho chúng tôi biết một số thông tin cá nhân. Trang này giải thích chúng tôi dùng
        chúng vào việc gì, theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân.
      </p>
      <h2>Thông tin chúng tôi cần</h2>
      <ul>
        <li>
          Họ và tên, số Căn cước công dân (CCCD) hoặc hộ chiếu: để xác định đúng người đến trình bày (Luật Tiếp công dân
          năm 2013).
        </li>
        <li>Số điện thoại và email (nếu bạn cho): để báo cho bạn khi lịch tiếp thay đổi hoặc bị hủy.</li>
        <li>Địa chỉ và nội dung cần trình bày: để chuẩn bị buổi tiếp và chuyển đến đúng cơ quan giải quyết.</li>
        <li>Họ tên và số giấy tờ của những người đi cùng hoặc người đại diện (nếu có).</li>
      </ul>
      <h2>Chúng tôi dùng thông tin vào việc gì</h2>
      <ul>
        <li>Xếp lịch, đón tiếp và ghi biên bản buổi tiếp công dân.</li>
        <li>Thông báo cho bạn về lịch hẹn (nhắc lịch, thay đổi, hủy).</li>
        <li>Theo dõi việc giải quyết đơn của bạn theo quy định của pháp luật.</li>
      </ul>
      <p>
        Chúng tôi không dùng thông tin của bạn vào việc quảng cáo và không chuyển cho bên thứ ba, trừ cơ quan có thẩm
        quyền giải quyết vụ việc theo quy định của pháp luật.
      </p>
      <h2>Chúng tôi bảo vệ thông tin như thế nào</h2>
      <ul>
        <li>
          Số giấy tờ, số điện thoại và email được mã hóa khi lưu trữ; cán bộ chỉ thấy phần cần cho công việc của mình.
        </li>
        <li>Danh tính người tố cáo được giữ bí mật theo Luật Tố cáo năm 2018.</li>
        <li>Trang web không dùng dịch vụ theo dõi, quảng cáo hay phông chữ của bên ngoài.</li>
      </ul>
      <h2>Quyền của bạn</h2>
      <p>
        Bạn có quyền được biết, đồng ý, xem, yêu cầu chỉnh sửa hoặc xóa dữ liệu của mình và rút lại sự đồng ý (Điều 9
        Nghị định 13/2023/NĐ-CP). Bạn có thể tự hủy lịch hẹn bằng đường dẫn quản lý, hoặc liên hệ nơi tiếp công dân ghi
        ở cuối trang.
      </p>
      <p>
        <a href="/">Về trang Lịch tiếp công dân</a>
      </p>
    </Layout>
  );
}
