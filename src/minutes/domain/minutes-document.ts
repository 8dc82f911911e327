/** The minutes of a reception session (biên bản tiếp công dân) as a Decree 30 document. */
import { bold, type AdministrativeDocument, type Block, type RichText } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { PETITION_TYPE_LABELS } from '../../petitions/domain/petition-types.js';
import { HANDLING_ROUTE_LABELS, REFUSAL_GROUND_LABELS, refusalLegalBasis } from './handling.js';
import type { CaseView, MinutesView, PersonView } from './views.js';

/** `08:30` → `08 giờ 30 phút`. */
export const timeVi = (hhmm: string): string => {
  const [h, m] = hhmm.split(':');
  return `${h} giờ ${m} phút`;
};

const person = (p: PersonView): string => (p.title ? `${p.fullName}, ${p.title}` : p.fullName);

/** "Ông/bà X" is not known from the data: the person is written by name, groups by their size. */
export function caseHeading(c: CaseView): string {
  const who = c.groupSize > 1 ? `Đoàn ${c.groupSize} người, đại diện: ${[c.fullName, ...c.representatives].join(', ')}` : c.fullName;
  return `${c.no}. ${who}`;
}

export function routeSentence(c: CaseView): RichText {
  if (c.handlingRoute === 'refuse' && c.refusalGround) {
    return [
      bold('Hướng xử lý: '),
      { text: `Từ chối tiếp công dân theo ${refusalLegalBasis(c.refusalGround)} (${lowerFirstChar(REFUSAL_GROUND_LABELS[c.refusalGround])}). Lý do: ${c.refusalReason ?? ''}` },
    ];
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
  blocks.push({ type: 'paragraph', content: [bold('Phân loại: '), { text: `${PETITION_TYPE_LABELS[c.petitionType]}; số người: ${c.groupSize}.` }] });
  blocks.push({ type: 'paragraph', content: [bold('Nội dung: '), { text: c.summary }] });
  if (c.request) blocks.push({ type: 'paragraph', content: [bold('Yêu cầu của công dân: '), { text: c.request }] });
  if (c.previouslyHandledBy) blocks.push({ type: 'paragraph', content: [bold('Cơ quan đã giải quyết: '), { text: c.previouslyHandledBy }] });
  blocks.push({ type: 'paragraph', content: [bold('Ý kiến kết luận của người chủ trì: '), { text: c.conclusion }] });
  blocks.push({ type: 'paragraph', content: routeSentence(c) });
  return blocks;
}

export function buildMinutesDocument(m: MinutesView): AdministrativeDocument {
  const chairLine = m.chairInPerson ? `Chủ trì: ${person(m.chair)}` : `Chủ trì: ${person(m.chair)} (được phân công chủ trì thay người đứng đầu)`;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content: `Hôm nay, vào hồi ${timeVi(m.startTime)} ngày ${formatDateVi(m.sessionDate)}, tại ${m.venueName}, ${m.venueAddress}, ${m.issuer.name} tổ chức tiếp công dân ${m.adHoc ? 'đột xuất' : 'định kỳ'}.`,
    },
    { type: 'heading', text: 'I. THÀNH PHẦN' },
    {
      type: 'list',
      style: 'dash',
      items: [`${chairLine};`, ...m.officials.map((o) => `Dự tiếp: ${person(o)};`), `Thư ký: ${person(m.secretary)}.`],
    },
    { type: 'heading', text: 'II. NỘI DUNG TIẾP CÔNG DÂN' },
  ];
  if (m.cases.length === 0) blocks.push({ type: 'paragraph', content: 'Trong buổi tiếp không có công dân đến trình bày.' });
  for (const c of m.cases) blocks.push(...caseBlocks(c));
  if (m.amendments.length) {
    blocks.push({ type: 'heading', text: 'III. ĐÍNH CHÍNH SAU KHI KHÓA BIÊN BẢN' });
    blocks.push({
      type: 'list',
      items: m.amendments.map((a) => `Ngày ${formatDateVi(a.on)}, ${a.author}: ${a.text} (Lý do: ${a.reason})`),
    });
  }
  blocks.push({
    type: 'paragraph',
    content: `Buổi tiếp công dân kết thúc vào hồi ${timeVi(m.endTime)} cùng ngày. Biên bản đã được đọc lại cho những người có tên trên cùng nghe và thống nhất ký tên./.`,
  });
  return {
    issuingBodyParent: m.issuer.issuingBodyParent,
    issuingBody: m.issuer.issuingBody,
    kind: m.issuer.kind,
    number: m.number ?? undefined,
    placeAndDate: { place: m.issuer.place, date: m.sessionDate },
    title: 'BIÊN BẢN',
    subtitle: `Buổi tiếp công dân ${m.adHoc ? 'đột xuất' : 'định kỳ'} ngày ${formatDateVi(m.sessionDate)}`,
    blocks,
    signatures: [
      { role: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: m.secretary.fullName },
      { role: 'NGƯỜI CHỦ TRÌ', title: m.chair.title.toLocaleUpperCase('vi'), name: m.chair.fullName },
    ],
  };
}
