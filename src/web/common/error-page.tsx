import { Layout, type SiteOffice } from './layout.js';

const HEADINGS: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  403: 'Không thể thực hiện yêu cầu',
  404: 'Không tìm thấy trang',
  413: 'Nội dung gửi lên quá lớn',
  429: 'Bạn đã thao tác quá nhiều lần',
};

const DETAILS: Record<number, string> = {
  404: 'Trang bạn tìm không có hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ, hoặc bắt đầu lại từ trang chủ.',
};

/** The page shown for an error of the website (never a JSON problem): what happened, in plain words, and a way on. */
export function ErrorPage({
  status,
  detail,
  office,
  requestId,
}: {
  status: number;
  detail?: string;
  office: SiteOffice;
  requestId?: string;
}) {
  const heading = HEADINGS[status] ?? (status >= 500 ? 'Hệ thống đang gặp sự cố' : 'Không thể thực hiện yêu cầu');
  const text =
    DETAILS[status] ??
    (status >= 500
      ? 'Xin lỗi, hệ thống chưa xử lý được yêu cầu của bạn. Vui lòng thử lại sau ít phút.'
      : (detail ?? 'Yêu cầu không hợp lệ.'));
  return (
    <Layout title={heading} office={office}>
      <h1>{heading}</h1>
      <p class="lead">{text}</p>
      {status === 429 ? <p>Vui lòng chờ một phút rồi thử lại.</p> : null}
      {requestId && status >= 500 ? (
        <p class="hint">
          Mã yêu cầu (đọc cho cán bộ khi cần hỗ trợ): <span class="code-inline">{requestId}</span>
        </p>
      ) : null}
      <p>
        <a href="/">Về trang Lịch tiếp công dân</a>
      </p>
    </Layout>
  );
}
