/**
 * The dialogue's documents in the Decree 30 layout (AdministrativeDocument): the conclusion notice (thông báo kết
 * luận, public) and the minutes (biên bản, internal). Pure: built from public data only (questions as recorded,
 * never who asked). The content hash and the corrections belong to the minutes only.
 */
import { type AdministrativeDocument, type Block, bold } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { numberFor, signatureFor } from '../../minutes/domain/issuer.js';
import { NAME_BLANK, timeVi } from '../../minutes/domain/minutes-document.js';
import type { Issuer, PersonView } from '../../minutes/domain/views.js';
import type { DialogueMode } from './dialogue-presets.js';
import { MODE_LABELS } from './dialogue-texts.js';

export interface DialogueDocumentInput {
  kind: 'conclusion' | 'minutes';
  /** The issuing body (header, place of the place-and-date line, authority mark of the signer). */
  issuer: Issuer;
  /** Date of the document (YYYY-MM-DD). */
  date: string;
  dialogue: {
    topic: string;
    localDate: string;
    startTime: string;
    endTime: string;
    mode: DialogueMode;
    venue: string | null;
    onlineUrl: string | null;
  };
  chairs: PersonView[];
  coOrganizers: { name: string; role: string }[];
  /** Who kept the minutes (the staff member who recorded them), by name and title; null when not known. */
  secretary?: PersonView | null;
  questions: { received: number; accepted: number; rejected: number; rejectReasons?: string[] };
  items: {
    questionText: string;
    answer: string | null;
    commitment: { text: string; unitName: string; dueDate: string } | null;
  }[];
  resultsSummary?: string | null;
  minutesSummary?: string | null;
  amendments?: { reason: string; text: string; date: string }[];
  contentHash?: string | null;
}

/** "đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân phường Hồng Bàng". */
const comrade = (p: PersonView): string => `đồng chí ${p.fullName}${p.title ? `, ${p.title}` : ''}`;

/** "Từ 08 giờ 00 phút đến 11 giờ 00 phút ngày 20/03/2026". */
export const timeSpanVi = (start: string, end: string, date: string): string =>
  `Từ ${timeVi(start)} đến ${timeVi(end)} ngày ${formatDateVi(date)}`;

/** Questions kept out of the programme, with tact: out of the dialogue's scope, and why. */
export function questionsSentence(q: DialogueDocumentInput['questions']): string {
  const parts = [
    `Trước hội nghị đã nhận ${q.received} câu hỏi, ý kiến của Nhân dân; ${q.accepted} câu hỏi được đưa vào chương trình đối thoại`,
  ];
  if (q.rejected > 0) {
    const reasons = [...new Set((q.rejectReasons ?? []).map((r) => r.trim().replace(/[.;]+$/u, '')).filter(Boolean))];
    parts.push(
      `${q.rejected} câu hỏi không thuộc phạm vi buổi đối thoại${reasons.length ? ` (lý do: ${reasons.join('; ')})` : ''}`,
    );
  }
  return `${parts.join('; ')}.`;
}

function opening(i: DialogueDocumentInput): Block[] {
  const d = i.dialogue;
  const where = [d.venue, d.onlineUrl ? `trực tuyến tại ${d.onlineUrl}` : null].filter(Boolean).join('; ');
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content:
        `${timeSpanVi(d.startTime, d.endTime, d.localDate)}, ${i.issuer.name} tổ chức hội nghị đối thoại trực tiếp với Nhân dân về "${d.topic}". ` +
        `Hình thức: ${MODE_LABELS[d.mode].toLowerCase()}${where ? `; địa điểm: ${where}` : ''}.`,
    },
  ];
  if (i.kind === 'minutes') {
    const attendees = [
      ...i.chairs.map((c) => `Chủ trì: ${comrade(c)};`),
      ...i.coOrganizers.map((c) => `Tham dự: ${c.name}${c.role ? ` (${c.role})` : ''};`),
      'Tham dự: Nhân dân trên địa bàn;',
      `Thư ký: ${i.secretary?.fullName.trim() ? [i.secretary.fullName, i.secretary.title].filter(Boolean).join(', ') : NAME_BLANK}.`,
    ];
    blocks.push({ type: 'heading', text: 'THÀNH PHẦN' }, { type: 'list', style: 'dash', items: attendees });
  } else {
    blocks.push({ type: 'paragraph', content: `Chủ trì: ${i.chairs.map(comrade).join('; ')}.` });
    if (i.coOrganizers.length)
      blocks.push({ type: 'paragraph', content: `Phối hợp tổ chức: ${i.coOrganizers.map((c) => c.name).join('; ')}.` });
  }
  blocks.push({ type: 'paragraph', content: questionsSentence(i.questions) });
  if (i.kind === 'minutes' && i.minutesSummary) blocks.push({ type: 'paragraph', content: i.minutesSummary });
  return blocks;
}

export function dialogueDocument(i: DialogueDocumentInput): AdministrativeDocument {
  const d = i.dialogue;
  const blocks = opening(i);
  const answered = i.items.filter((x) => x.answer);
  const committed = i.items.filter((x) => x.commitment);
  blocks.push({ type: 'heading', text: 'I. CÁC Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI TẠI HỘI NGHỊ' });
  blocks.push(
    answered.length
      ? { type: 'list', items: answered.map((x) => [bold(`${x.questionText} `), { text: `Trả lời: ${x.answer}` }]) }
      : { type: 'paragraph', content: 'Không có.' },
  );
  blocks.push({ type: 'heading', text: 'II. CÁC NỘI DUNG CAM KẾT GIẢI QUYẾT' });
  blocks.push(
    committed.length
      ? {
          type: 'table',
          columns: ['STT', 'Ý kiến của Nhân dân', 'Nội dung cam kết', 'Đơn vị thực hiện', 'Thời hạn'],
          widths: [6, 30, 30, 20, 14],
          align: ['center', 'left', 'left', 'left', 'center'],
          rows: committed.map((x, n) => [
            String(n + 1),
            x.questionText,
            x.commitment!.text,
            x.commitment!.unitName,
            formatDateVi(x.commitment!.dueDate),
          ]),
        }
      : { type: 'paragraph', content: 'Không có.' },
  );
  if (i.kind === 'conclusion') {
    blocks.push({ type: 'heading', text: 'III. KẾT QUẢ HỘI NGHỊ' });
    blocks.push({
      type: 'paragraph',
      content:
        i.resultsSummary ||
        'Kết quả hội nghị sẽ được công bố, niêm yết tại trụ sở và gửi trưởng thôn, tổ trưởng tổ dân phố theo quy định.',
    });
    blocks.push({
      type: 'paragraph',
      content:
        'Các đơn vị được giao có trách nhiệm thực hiện đúng nội dung và thời hạn cam kết, báo cáo kết quả để công khai cho Nhân dân./.',
    });
  } else {
    if (i.amendments?.length) {
      blocks.push({ type: 'heading', text: 'III. ĐÍNH CHÍNH' });
      blocks.push({
        type: 'list',
        style: 'dash',
        items: i.amendments.map((a) => `Ngày ${formatDateVi(a.date)} đính chính: ${a.text} (Lý do: ${a.reason})`),
      });
    }
    blocks.push({
      type: 'paragraph',
      content: `Hội nghị kết thúc vào hồi ${timeVi(d.endTime)} cùng ngày. Biên bản đã được đọc lại tại hội nghị; người chủ trì và thư ký ký tên dưới đây./.`,
    });
    if (i.contentHash)
      blocks.push({ type: 'paragraph', indent: false, content: `Mã xác thực nội dung biên bản: ${i.contentHash}` });
  }
  const head = i.chairs[0];
  const chairSignature = head ? signatureFor(i.issuer, head) : { role: 'CHỦ TRÌ HỘI NGHỊ', name: '' };
  return {
    issuingBodyParent: i.issuer.issuingBodyParent,
    issuingBody: i.issuer.issuingBody,
    kind: i.issuer.kind,
    number: numberFor(i.issuer, i.kind === 'conclusion' ? 'TB' : 'BB'),
    placeAndDate: { place: i.issuer.place, date: i.date },
    title: i.kind === 'conclusion' ? 'THÔNG BÁO' : 'BIÊN BẢN',
    subtitle:
      i.kind === 'conclusion'
        ? `Kết luận của ${head ? comrade(head) : 'người chủ trì'} tại hội nghị đối thoại trực tiếp với Nhân dân ngày ${formatDateVi(d.localDate)}`
        : `Hội nghị đối thoại trực tiếp với Nhân dân ngày ${formatDateVi(d.localDate)}`,
    blocks,
    signatures:
      i.kind === 'conclusion'
        ? [chairSignature]
        : [{ role: 'THƯ KÝ', name: i.secretary?.fullName.trim() ?? '', note: '(Ký, ghi rõ họ tên)' }, chairSignature],
    recipients:
      i.kind === 'conclusion'
        ? [
            'Thường trực cấp ủy, Thường trực HĐND cùng cấp',
            'Ủy ban MTTQ Việt Nam cùng cấp',
            'Các đơn vị được giao thực hiện',
            'Trưởng thôn, tổ trưởng tổ dân phố (để niêm yết)',
            'Lưu: VT',
          ]
        : undefined,
  };
}
