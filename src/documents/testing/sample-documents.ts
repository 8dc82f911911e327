/**
 * Sample documents used by the renderer specs and for the screenshots under docs/screenshots.
 * Names, places and numbers are invented.
 */
import { bold, type AdministrativeDocument, type RichText } from '../domain/document.model.js';
import { formatDateVi, maskIdNumber } from '../domain/vietnamese-format.js';

export interface SampleCase {
  readonly name: string;
  readonly address: string;
  readonly content: string;
  readonly conclusion: string;
  readonly bodyInCharge: string;
  readonly deadline: string;
}

export const SAMPLE_CASES: readonly SampleCase[] = [
  {
    name: 'Bà Trần Thị Mai',
    address: 'tổ dân phố số 3, phường Lê Chân',
    content:
      'đề nghị xem xét việc bồi thường, hỗ trợ khi Nhà nước thu hồi 120 m² đất ở để thực hiện dự án mở rộng đường Nguyễn Văn Linh.',
    conclusion:
      'Giao Ủy ban nhân dân phường Lê Chân chủ trì, phối hợp với Sở Nông nghiệp và Môi trường rà soát hồ sơ nguồn gốc đất, đối chiếu với chính sách bồi thường hiện hành và trả lời bà Trần Thị Mai bằng văn bản.',
    bodyInCharge: 'Ủy ban nhân dân phường Lê Chân',
    deadline: '2026-03-20',
  },
  {
    name: 'Ông Lê Văn Bình',
    address: 'thôn Đông, xã An Lão',
    content:
      'khiếu nại Quyết định số 215/QĐ-UBND ngày 12/01/2026 về việc xử phạt vi phạm hành chính trong lĩnh vực xây dựng.',
    conclusion:
      'Giao Thanh tra thành phố thụ lý, xác minh nội dung khiếu nại theo quy định của Luật Khiếu nại, tham mưu Chủ tịch Ủy ban nhân dân thành phố giải quyết đúng thời hạn.',
    bodyInCharge: 'Thanh tra thành phố',
    deadline: '2026-04-06',
  },
  {
    name: 'Nhóm 12 hộ dân tổ dân phố số 5, phường Hải An',
    address: 'do ông Đỗ Quang Hưởng và bà Vũ Thị Thủy làm đại diện',
    content:
      'phản ánh tình trạng ngập úng kéo dài tại khu dân cư sau khi thi công dự án thoát nước, ảnh hưởng đến sinh hoạt của người dân.',
    conclusion:
      'Giao Sở Xây dựng kiểm tra hiện trạng, yêu cầu chủ đầu tư khắc phục ngay các điểm ngập úng và báo cáo kết quả thực hiện về Ủy ban nhân dân thành phố.',
    bodyInCharge: 'Sở Xây dựng',
    deadline: '2026-03-31',
  },
];

const HEADER = {
  issuingBodyParent: 'UBND THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'BAN TIẾP CÔNG DÂN',
  kind: 'state',
} as const;

export function conclusionNotice(): AdministrativeDocument {
  const date = '2026-03-05';
  return {
    ...HEADER,
    number: 'Số: 12/TB-BTCD',
    placeAndDate: { place: 'Hải Phòng', date: '2026-03-06' },
    title: 'THÔNG BÁO',
    subtitle: `Kết luận của Chủ tịch Ủy ban nhân dân thành phố tại buổi tiếp công dân định kỳ ngày ${formatDateVi(date)}`,
    blocks: [
      {
        type: 'paragraph',
        content: `Ngày ${formatDateVi(date)}, tại Trụ sở Tiếp công dân thành phố, đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân thành phố đã chủ trì buổi tiếp công dân định kỳ. Tham dự có đại diện lãnh đạo Thanh tra thành phố, Sở Nông nghiệp và Môi trường, Sở Xây dựng và Ủy ban nhân dân các phường, xã có liên quan.`,
      },
      {
        type: 'paragraph',
        content:
          'Sau khi nghe công dân trình bày và ý kiến của các cơ quan, đơn vị có liên quan, Chủ tịch Ủy ban nhân dân thành phố kết luận như sau:',
      },
      ...SAMPLE_CASES.flatMap((c, i) => [
        { type: 'heading' as const, text: `${i + 1}. Vụ việc của ${c.name}, ${c.address}` },
        { type: 'paragraph' as const, content: `Nội dung: ${c.name} ${c.content}` },
        {
          type: 'paragraph' as const,
          content: [
            { text: 'Kết luận: ' },
            { text: c.conclusion },
            { text: ' Thời hạn hoàn thành: ' },
            bold(formatDateVi(c.deadline)),
            { text: '.' },
          ] satisfies RichText,
        },
      ]),
      {
        type: 'table',
        columns: ['STT', 'Vụ việc', 'Cơ quan chủ trì', 'Thời hạn'],
        widths: [1, 6, 4, 2.2],
        align: ['center', 'left', 'left', 'center'],
        fontSize: 12,
        rows: SAMPLE_CASES.map((c, i) => [String(i + 1), c.name, c.bodyInCharge, formatDateVi(c.deadline)]),
      },
      {
        type: 'paragraph',
        content:
          'Ban Tiếp công dân thành phố thông báo để các cơ quan, đơn vị và công dân có liên quan biết, thực hiện./.',
      },
    ],
    signatures: [{ role: 'TL. CHỦ TỊCH', title: 'TRƯỞNG BAN', name: 'Phạm Văn Dũng' }],
    recipients: [
      'Chủ tịch UBND thành phố (để báo cáo)',
      'Thanh tra thành phố',
      'Sở Nông nghiệp và Môi trường; Sở Xây dựng',
      'UBND phường Lê Chân, phường Hải An, xã An Lão',
      'Các công dân có tên tại Thông báo',
      'Lưu: VT, BTCD',
    ],
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Văn Hải', 'Thị Hương', 'Quang Huy', 'Thị Ngọc Ánh', 'Đức Thắng', 'Thị Lụa', 'Minh Tuấn', 'Thu Hằng'];
const PLACES = [
  'phường Hồng Bàng',
  'phường Ngô Quyền',
  'phường Kiến An',
  'xã Tiên Lãng',
  'xã Vĩnh Bảo',
  'phường Thủy Nguyên',
];
const CONTENTS = [
  'Đề nghị cấp Giấy chứng nhận quyền sử dụng đất đối với thửa đất gia đình sử dụng ổn định từ năm 1992.',
  'Khiếu nại việc thu hồi đất nông nghiệp không đúng diện tích đã thông báo.',
  'Phản ánh tiếng ồn và bụi từ xưởng sản xuất trong khu dân cư.',
  'Tố cáo cán bộ địa chính có dấu hiệu nhận tiền khi làm thủ tục.',
  'Kiến nghị sửa chữa tuyến đường liên thôn bị xuống cấp.',
];
const ROUTES = ['Thụ lý', 'Trả lại đơn và hướng dẫn', 'Chuyển đơn'];

/** Form 03 (Circular 04/2021/TT-TTCP) with `rows` deterministic entries, landscape. */
export function receptionLog(rows = 45): AdministrativeDocument {
  const entries = Array.from({ length: rows }, (_, i) => {
    const day = 2 + (i % 27);
    const iso = `2026-03-${String(day).padStart(2, '0')}`;
    const route = ROUTES[i % 3];
    const idNumber = `0312${String(1990 + (i % 30)).slice(2)}${String(100000 + i * 7919).slice(-6)}`;
    return [
      String(i + 1),
      formatDateVi(iso),
      `${SURNAMES[i % SURNAMES.length]} ${GIVEN[i % GIVEN.length]}\n${PLACES[i % PLACES.length]}, TP Hải Phòng`,
      maskIdNumber(idNumber),
      CONTENTS[i % CONTENTS.length],
      i % 7 === 0 ? 'Khiếu nại / 6 người' : 'Kiến nghị / 1 người',
      i % 4 === 0 ? 'UBND phường' : '',
      route === 'Thụ lý' ? 'x' : '',
      route === 'Trả lại đơn và hướng dẫn' ? 'x' : '',
      route === 'Chuyển đơn' ? 'Sở Xây dựng' : '',
      i % 5 === 0 ? 'Đã trả lời' : 'Đang xử lý',
      '',
    ];
  });
  return {
    ...HEADER,
    placeAndDate: { place: 'Hải Phòng', date: '2026-03-31' },
    title: 'SỔ TIẾP CÔNG DÂN',
    subtitle: `Từ ngày ${formatDateVi('2026-03-01')} đến ngày ${formatDateVi('2026-03-31')}`,
    orientation: 'landscape',
    blocks: [
      {
        type: 'table',
        columns: [
          'STT',
          'Ngày tiếp',
          'Họ tên - Địa chỉ',
          'CMND/ CCCD/ Hộ chiếu',
          'Nội dung vụ việc',
          'Phân loại đơn/ Số người',
          'Cơ quan đã giải quyết',
          'Thụ lý',
          'Trả lại đơn và hướng dẫn',
          'Chuyển đơn đến cơ quan có thẩm quyền',
          'Theo dõi kết quả',
          'Ghi chú',
        ],
        widths: [4, 8.5, 13, 11.5, 19, 8.5, 8, 5, 6.5, 8.5, 7.5, 5],
        align: [
          'center',
          'center',
          'left',
          'center',
          'left',
          'left',
          'left',
          'center',
          'center',
          'left',
          'left',
          'left',
        ],
        fontSize: 10.5,
        rows: entries,
      },
    ],
    signatures: [
      { role: 'NGƯỜI LẬP SỔ', note: '(Ký, ghi rõ họ tên)', name: 'Nguyễn Thu Trang' },
      { role: 'TRƯỞNG BAN', note: '(Ký, ghi rõ họ tên)', name: 'Phạm Văn Dũng' },
    ],
  };
}

/** A party-committee notice, to show the party header. */
export function partyNotice(): AdministrativeDocument {
  return {
    issuingBodyParent: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
    issuingBody: 'THÀNH ỦY',
    kind: 'party',
    number: '45-TB/TU',
    placeAndDate: { place: 'Hải Phòng', date: '2026-01-09' },
    title: 'THÔNG BÁO',
    subtitle: 'Lịch tiếp công dân của đồng chí Bí thư Thành ủy quý I năm 2026',
    blocks: [
      {
        type: 'paragraph',
        content:
          'Thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị và Kết luận số 215-KL/TW, Thường trực Thành ủy thông báo lịch tiếp công dân định kỳ như sau:',
      },
      {
        type: 'list',
        items: [
          `Ngày ${formatDateVi('2026-01-15')}: tại Trụ sở Tiếp công dân thành phố.`,
          `Ngày ${formatDateVi('2026-02-26')}: tại Trụ sở Tiếp công dân thành phố.`,
          `Ngày ${formatDateVi('2026-03-19')}: tại Trụ sở Tiếp công dân thành phố.`,
        ],
      },
    ],
    signatures: [{ role: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Lê Tiến Châu' }],
    recipients: ['Ban Nội chính Thành ủy', 'Ban Tiếp công dân thành phố', 'Lưu Văn phòng Thành ủy'],
  };
}

/** Minutes of a session, signed by the citizen, the secretary and the chair. */
export function sessionMinutes(): AdministrativeDocument {
  const [c] = SAMPLE_CASES;
  return {
    ...HEADER,
    placeAndDate: { place: 'Hải Phòng', date: '2026-03-05' },
    title: 'BIÊN BẢN',
    subtitle: `Buổi tiếp công dân định kỳ ngày ${formatDateVi('2026-03-05')}`,
    blocks: [
      {
        type: 'paragraph',
        content: 'Hôm nay, vào hồi 08 giờ 00 phút, tại Trụ sở Tiếp công dân thành phố, chúng tôi gồm:',
      },
      {
        type: 'list',
        style: 'dash',
        items: [
          'Chủ trì: ông Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân thành phố;',
          'Thư ký: bà Nguyễn Thu Trang, chuyên viên Ban Tiếp công dân thành phố;',
          `Công dân: ${c.name}, ${c.address}.`,
        ],
      },
      { type: 'heading', text: 'NỘI DUNG LÀM VIỆC' },
      { type: 'paragraph', content: `${c.name} ${c.content}` },
      { type: 'paragraph', content: [bold('Ý kiến của người chủ trì: '), { text: c.conclusion }] },
      {
        type: 'paragraph',
        content:
          'Biên bản kết thúc vào hồi 10 giờ 30 phút cùng ngày, đã đọc lại cho những người có tên trên cùng nghe và thống nhất ký tên./.',
      },
    ],
    signatures: [
      { role: 'CÔNG DÂN', note: '(Ký, ghi rõ họ tên)', name: 'Trần Thị Mai' },
      { role: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: 'Nguyễn Thu Trang' },
      { role: 'CHỦ TỌA', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
    ],
  };
}
