/**
 * The dialogue's documents in the Decree 30 layout (AdministrativeDocument): the conclusion notice (thông báo kết
 * luận) and the minutes (biên bản). Pure: built from public data only (questions as recorded, never who asked).
 */
import { type AdministrativeDocument, type Block, bold } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import type { DialogueMode } from './dialogue-presets.js';
import { MODE_LABELS } from './dialogue-texts.js';

export interface DialogueDocumentInput {
  kind: 'conclusion' | 'minutes';
  unit: { name: string; level: string; parentName?: string | null };
  place: string;
  /** Date of the document (YYYY-MM-DD). */
  date: string;
  dialogue: { topic: string; localDate: string; startTime: string; endTime: string; mode: DialogueMode; venue: string | null; onlineUrl: string | null };
  chairs: { fullName: string; title: string }[];
  coOrganizers: { name: string; role: string }[];
  questions: { received: number; accepted: number; rejected: number };
  items: { questionText: string; answer: string | null; commitment: { text: string; unitName: string; dueDate: string } | null }[];
  resultsSummary?: string | null;
  minutesSummary?: string | null;
  amendments?: { reason: string; text: string; date: string }[];
  contentHash?: string | null;
}

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

function issuer(unit: DialogueDocumentInput['unit']): { parent?: string; body: string } {
  if (unit.level === 'department') return { parent: unit.parentName ? `UBND ${unit.parentName}` : undefined, body: unit.name };
  return { body: `Ủy ban nhân dân ${unit.name}` };
}

export function dialogueDocument(i: DialogueDocumentInput): AdministrativeDocument {
  const d = i.dialogue;
  const who = i.chairs.map((c) => `${c.title} ${c.fullName}`).join(', ');
  const where = [d.venue, d.onlineUrl ? `trực tuyến tại ${d.onlineUrl}` : null].filter(Boolean).join('; ');
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content: `Hồi ${d.startTime} đến ${d.endTime} ngày ${formatDateVi(d.localDate)}, ${i.unit.name} tổ chức hội nghị đối thoại trực tiếp với Nhân dân về "${d.topic}". `
        + `Hình thức: ${MODE_LABELS[d.mode].toLowerCase()}${where ? `; địa điểm: ${where}` : ''}. Chủ trì: ${who}.`,
    },
  ];
  if (i.coOrganizers.length) blocks.push({ type: 'paragraph', content: `Phối hợp tổ chức: ${i.coOrganizers.map((c) => c.name).join('; ')}.` });
  blocks.push({ type: 'paragraph', content: `Trước hội nghị đã nhận ${i.questions.received} câu hỏi của người dân, chấp nhận ${i.questions.accepted}, từ chối ${i.questions.rejected} (có nêu lý do).` });
  if (i.kind === 'minutes' && i.minutesSummary) blocks.push({ type: 'paragraph', content: i.minutesSummary });
  const answered = i.items.filter((x) => x.answer);
  const committed = i.items.filter((x) => x.commitment);
  blocks.push({ type: 'heading', text: 'I. CÁC Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI TẠI HỘI NGHỊ' });
  blocks.push(answered.length
    ? { type: 'list', items: answered.map((x) => [bold(`${x.questionText} `), { text: `Trả lời: ${x.answer}` }]) }
    : { type: 'paragraph', content: 'Không có.' });
  blocks.push({ type: 'heading', text: 'II. CÁC NỘI DUNG CAM KẾT GIẢI QUYẾT' });
  blocks.push(committed.length
    ? {
      type: 'table', columns: ['STT', 'Ý kiến của người dân', 'Nội dung cam kết', 'Đơn vị thực hiện', 'Thời hạn'], widths: [6, 30, 30, 20, 14], align: ['center', 'left', 'left', 'left', 'center'],
      rows: committed.map((x, n) => [String(n + 1), x.questionText, x.commitment!.text, x.commitment!.unitName, formatDateVi(x.commitment!.dueDate)]),
    }
    : { type: 'paragraph', content: 'Không có.' });
  if (i.kind === 'conclusion') {
    blocks.push({ type: 'heading', text: 'III. KẾT QUẢ HỘI NGHỊ' });
    blocks.push({ type: 'paragraph', content: i.resultsSummary || 'Kết quả hội nghị sẽ được công bố, niêm yết tại trụ sở và gửi trưởng thôn, tổ trưởng tổ dân phố theo quy định.' });
    blocks.push({ type: 'paragraph', content: 'Các đơn vị được giao có trách nhiệm thực hiện đúng nội dung và thời hạn cam kết, báo cáo kết quả để công khai cho Nhân dân.' });
  }
  if (i.amendments?.length) {
    blocks.push({ type: 'heading', text: 'ĐÍNH CHÍNH SAU KHI KHÓA BIÊN BẢN' });
    blocks.push({ type: 'list', style: 'dash', items: i.amendments.map((a) => `Ngày ${formatDateVi(a.date)} (lý do: ${a.reason}): ${a.text}`) });
  }
  if (i.kind === 'minutes' && i.contentHash) blocks.push({ type: 'paragraph', indent: false, content: `Mã xác thực nội dung biên bản: ${i.contentHash}` });
  const head = i.chairs[0];
  const org = issuer(i.unit);
  return {
    issuingBodyParent: org.parent,
    issuingBody: org.body,
    kind: 'state',
    placeAndDate: { place: i.place, date: i.date },
    title: i.kind === 'conclusion' ? 'THÔNG BÁO' : 'BIÊN BẢN',
    subtitle: i.kind === 'conclusion'
      ? `Kết luận của ${head ? `${head.title} ${head.fullName}` : 'người chủ trì'} tại hội nghị đối thoại trực tiếp với Nhân dân ngày ${formatDateVi(d.localDate)}`
      : `Hội nghị đối thoại trực tiếp với Nhân dân ngày ${formatDateVi(d.localDate)}`,
    blocks,
    signatures: i.kind === 'conclusion'
      ? [{ role: 'CHỦ TRÌ HỘI NGHỊ', title: head ? upper(head.title) : undefined, name: head?.fullName ?? '' }]
      : [{ role: 'THƯ KÝ HỘI NGHỊ', name: '', note: '(Ký, ghi rõ họ tên)' }, { role: 'CHỦ TRÌ HỘI NGHỊ', title: head ? upper(head.title) : undefined, name: head?.fullName ?? '' }],
    recipients: i.kind === 'conclusion'
      ? ['Thường trực cấp ủy, Thường trực HĐND cùng cấp', 'Ủy ban MTTQ Việt Nam cùng cấp', 'Các đơn vị được giao thực hiện', 'Trưởng thôn, tổ trưởng tổ dân phố (để niêm yết)', 'Lưu: VT']
      : undefined,
  };
}
