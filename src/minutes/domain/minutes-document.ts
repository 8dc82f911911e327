/** The minutes of a reception session (biên bản tiếp công dân) as a Decree 30 document. */
import { bold, type AdministrativeDocument, type Block, type RichText } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { PETITION_TYPE_LABELS } from '../../petitions/domain/petition-types.js';
import { capitalised, citizenName } from './citizen-address.js';
import { HANDLING_ROUTE_LABELS, REFUSAL_GROUND_LABELS, refusalLegalBasis } from './handling.js';
import { SECRECY_LABEL } from './identity-shield.js';
import { numberFor, signatureFor } from './issuer.js';
import type { CaseView, MinutesView, PersonView } from './views.js';

/** `08:30` → `08 giờ 30 phút`. */
export const timeVi = (hhmm: string): string => {
  const [h, m] = hhmm.split(':');
  return `${h} giờ ${m} phút`;
};

/** A line left for a name that was not recorded (a login name is never printed instead). */
export const NAME_BLANK = '……………………………';

const person = (p: PersonView): string => {
  if (!p.fullName.trim()) return NAME_BLANK;
  return p.title ? `${p.fullName}, ${p.title}` : p.fullName;
};

/** The person received, addressed as "ông"/"bà" (or "công dân" when unknown); a sealed denouncer only by the label. */
export function citizenOf(c: CaseView): string {
  return c.fullName === SECRECY_LABEL
    ? `Người tố cáo ${SECRECY_LABEL}`
    : capitalised(citizenName(c.fullName, c.salutation));
}

/** "1. Bà Trần Thị Mai"; a group: "2. Đoàn 6 người, đại diện: ông Lê Văn Bình, Đỗ Quang Hưởng". */
export function caseHeading(c: CaseView): string {
  if (c.groupSize > 1) {
    const first = c.fullName === SECRECY_LABEL ? SECRECY_LABEL : citizenName(c.fullName, c.salutation);
    return `${c.no}. Đoàn ${c.groupSize} người, đại diện: ${[first, ...c.representatives].join(', ')}`;
  }
  return `${c.no}. ${citizenOf(c)}`;
}

export function routeSentence(c: CaseView): RichText {
  if (c.handlingRoute === 'refuse' && c.refusalGround) {
    return [
      bold('Hướng xử lý: '),
      {
        text: `Từ chối tiếp công dân theo ${refusalLegalBasis(c.refusalGround)} (${lowerFirstChar(REFUSAL_GROUND_LABELS[c.refusalGround])}). Lý do: ${c.refusalReason ?? ''}`,
      },
    ];
  }
  if (c.handlingRoute === 'transfer') {
    const to = c.assigneeUnitName ?? 'cơ quan, tổ chức, đơn vị có thẩm quyền';
    return [bold('Hướng xử lý: '), { text: `Chuyển đơn đến ${to} để xem xét, giải quyết theo thẩm quyền.` }];
  }
  const parts: RichText = [bold('Hướng xử lý: '), { text: HANDLING_ROUTE_LABELS[c.handlingRoute] }];
  const more: { text: string; bold?: boolean }[] = [];
  if (c.assigneeUnitName) more.push({ text: `; cơ quan chủ trì: ${c.assigneeUnitName}` });
  if (c.dueDate) more.push({ text: '; thời hạn: ' }, bold(formatDateVi(c.dueDate)));
  return [...parts, ...more, { text: '.' }];
}

const lowerFirstChar = (s: string): string => s[0].toLocaleLowerCase('vi') + s.slice(1);

function caseBlocks(c: CaseView): Block[] {
  const identity: string[] = [];
  if (c.address) identity.push(`Địa chỉ: ${c.address}`);
  if (c.idNumber) identity.push(`Số CCCD/Hộ chiếu: ${c.idNumber}`);
  const blocks: Block[] = [{ type: 'heading', text: caseHeading(c) }];
  if (identity.length) blocks.push({ type: 'paragraph', content: `${identity.join('; ')}.` });
  blocks.push({
    type: 'paragraph',
    content: [bold('Phân loại: '), { text: `${PETITION_TYPE_LABELS[c.petitionType]}; số người: ${c.groupSize}.` }],
  });
  blocks.push({
    type: 'paragraph',
    content: [
      bold('Hình thức tiếp: '),
      {
        text:
          c.form === 'online'
            ? 'tiếp công dân trực tuyến (đã kiểm tra giấy tờ tùy thân qua camera).'
            : 'tiếp công dân trực tiếp.',
      },
    ],
  });
  blocks.push({ type: 'paragraph', content: [bold('Nội dung: '), { text: c.summary }] });
  if (c.request) blocks.push({ type: 'paragraph', content: [bold('Yêu cầu của công dân: '), { text: c.request }] });
  if (c.previouslyHandledBy)
    blocks.push({ type: 'paragraph', content: [bold('Cơ quan đã giải quyết: '), { text: c.previouslyHandledBy }] });
  blocks.push({ type: 'paragraph', content: [bold('Ý kiến kết luận của người chủ trì: '), { text: c.conclusion }] });
  blocks.push({ type: 'paragraph', content: routeSentence(c) });
  return blocks;
}

/** "Ngày 06/03/2026, Hoàng Thu Trang, Thư ký, đính chính: … (Lý do: …)"; an author not recorded is left out. */
const amendmentLine = (a: MinutesView['amendments'][number]): string =>
  `Ngày ${formatDateVi(a.on)}${a.author.trim() ? `, ${a.author}` : ''} đính chính: ${a.text} (Lý do: ${a.reason})`;

export function buildMinutesDocument(m: MinutesView): AdministrativeDocument {
  const chairLine = m.chairInPerson
    ? `Chủ trì: ${person(m.chair)}`
    : `Chủ trì: ${person(m.chair)} (được phân công chủ trì thay người đứng đầu)`;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content: `Hôm nay, vào hồi ${timeVi(m.startTime)} ngày ${formatDateVi(m.sessionDate)}, tại ${m.venueName}, ${m.venueAddress}, ${m.issuer.name} tổ chức tiếp công dân ${m.adHoc ? 'đột xuất' : 'định kỳ'}.`,
    },
    { type: 'heading', text: 'I. THÀNH PHẦN' },
    {
      type: 'list',
      style: 'dash',
      items: [`${chairLine};`, ...m.officials.map((o) => `Tham dự: ${person(o)};`), `Thư ký: ${person(m.secretary)}.`],
    },
    { type: 'heading', text: 'II. NỘI DUNG TIẾP CÔNG DÂN' },
  ];
  if (m.cases.length === 0)
    blocks.push({ type: 'paragraph', content: 'Trong buổi tiếp không có công dân đến trình bày.' });
  for (const c of m.cases) blocks.push(...caseBlocks(c));
  if (m.amendments.length) {
    blocks.push({ type: 'heading', text: 'III. ĐÍNH CHÍNH' });
    blocks.push({ type: 'list', items: m.amendments.map(amendmentLine) });
  }
  blocks.push({
    type: 'paragraph',
    content: `Buổi tiếp công dân kết thúc vào hồi ${timeVi(m.endTime)} cùng ngày. Biên bản đã được đọc lại cho những người có tên trên cùng nghe và thống nhất; người chủ trì và thư ký ký tên dưới đây./.`,
  });
  return {
    issuingBodyParent: m.issuer.issuingBodyParent,
    issuingBody: m.issuer.issuingBody,
    kind: m.issuer.kind,
    number: numberFor(m.issuer, 'BB', m.number),
    placeAndDate: { place: m.issuer.place, date: m.sessionDate },
    title: 'BIÊN BẢN',
    subtitle: `Buổi tiếp công dân ${m.adHoc ? 'đột xuất' : 'định kỳ'} ngày ${formatDateVi(m.sessionDate)}`,
    blocks,
    signatures: [
      { role: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: m.secretary.fullName.trim() },
      { ...signatureFor(m.issuer, m.chair), note: undefined },
    ],
  };
}
