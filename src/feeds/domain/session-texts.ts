/**
 * Vietnamese texts of a reception session as shown in calendar apps (SUMMARY and DESCRIPTION).
 * Only public data goes in: names and titles of officials, the venue, the booking link.
 */

export interface SessionSummaryInput {
  officialName: string;
  /** e.g. "Chủ tịch UBND phường Hồng Bàng". */
  officialTitle: string;
  adHoc: boolean;
  /** The deputy receiving in the head's place, when the session was delegated. */
  delegate?: { name: string; title: string } | null;
  /** Prefixes "[Đã hủy]" for clients that ignore STATUS:CANCELLED. */
  cancelled?: boolean;
  /** Online or hybrid sessions say so: "Tiếp công dân định kỳ (trực tuyến): …". */
  mode?: 'in_person' | 'online' | 'hybrid';
}

export interface SessionDescriptionInput {
  venueAddress?: string | null;
  venueName?: string | null;
  /** Where a citizen can register in advance. */
  bookingUrl?: string | null;
  /** Online: no place to come to; the meeting address is never given here (only to the booked citizen). */
  mode?: 'in_person' | 'online' | 'hybrid';
}

const clean = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ').trim();

function person(title: string, name: string): string {
  return [clean(title), clean(name)].filter(Boolean).join(' ');
}

/**
 * "Tiếp công dân định kỳ: Chủ tịch UBND phường Hồng Bàng Nguyễn Văn A", or "… đột xuất: …";
 * delegated: "Tiếp công dân định kỳ: Phó Chủ tịch UBND phường Hồng Bàng Trần Thị B (chủ trì thay
 * Chủ tịch UBND phường Hồng Bàng Nguyễn Văn A)".
 */
export function sessionSummary(input: SessionSummaryInput): string {
  const kind = input.adHoc ? 'đột xuất' : 'định kỳ';
  const head = person(input.officialTitle, input.officialName);
  const who = input.delegate ? `${person(input.delegate.title, input.delegate.name)} (chủ trì thay ${head})` : head;
  const form = input.mode === 'online' ? ' (trực tuyến)' : input.mode === 'hybrid' ? ' (trực tiếp và trực tuyến)' : '';
  return `${input.cancelled ? '[Đã hủy] ' : ''}Tiếp công dân ${kind}${form}: ${who}`;
}

/** What to bring and how to book, one item per line. */
export function sessionDescription(input: SessionDescriptionInput): string {
  const lines: string[] = [];
  const place = [input.venueName, input.venueAddress]
    .map((v) => (v ? clean(v) : ''))
    .filter(Boolean)
    .join(', ');
  if (input.mode === 'online' || input.mode === 'hybrid') {
    lines.push(
      input.mode === 'online'
        ? 'Hình thức: tiếp công dân trực tuyến (qua video). Công dân tham gia bằng điện thoại hoặc máy tính.'
        : `Hình thức: tiếp công dân trực tiếp${place ? ` tại ${place}` : ''} và trực tuyến (qua video).`,
      'Để được tiếp trực tuyến, công dân đăng ký trước và chọn hình thức trực tuyến; đường dẫn tham gia chỉ gửi cho người đã đăng ký.',
      'Khi tham gia trực tuyến, công dân xuất trình thẻ căn cước, CCCD hoặc hộ chiếu qua camera.',
    );
    if (input.mode === 'online') {
      if (input.bookingUrl) lines.push(`Đăng ký tiếp trực tuyến: ${clean(input.bookingUrl)}`);
      return lines.join('\n');
    }
  } else if (place) lines.push(`Địa điểm: ${place}.`);
  lines.push(
    'Khi đến, công dân mang theo:',
    '- Thẻ căn cước, căn cước công dân (CCCD) hoặc hộ chiếu;',
    '- Đơn (nếu có) và giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh;',
    '- Giấy ủy quyền nếu đến thay người khác, hoặc văn bản cử người đại diện nếu đại diện cho nhiều người.',
    'Nhiều người cùng một nội dung thì cử người đại diện để trình bày.',
  );
  if (input.bookingUrl) lines.push(`Đăng ký trước để được bố trí thời gian tiếp: ${clean(input.bookingUrl)}`);
  return lines.join('\n');
}
