/** The conclusion notice (thông báo kết luận) of a session: each case, the body in charge, the deadline. */
import { bold, type AdministrativeDocument, type Block, type TextRun } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { HANDLING_ROUTE_LABELS } from './handling.js';
import { numberFor, signatureFor } from './issuer.js';
import { caseHeading } from './minutes-document.js';
import type { CaseView, MinutesView } from './views.js';

/** Refused people are not part of the conclusions: they were not received on the merits. */
export const concludedCases = (m: MinutesView): CaseView[] => m.cases.filter((c) => c.handlingRoute !== 'refuse');

/**
 * What happens to a case. A transfer is written as the law words it ("chuyển đơn đến … để xem xét, giải quyết theo
 * thẩm quyền") and carries no deadline: the ward cannot set one for another agency.
 */
function handlingLine(c: CaseView): TextRun[] {
  if (c.handlingRoute === 'transfer') {
    const to = c.assigneeUnitName ?? 'cơ quan, tổ chức, đơn vị có thẩm quyền';
    return [bold('Hướng xử lý: '), { text: `Chuyển đơn đến ${to} để xem xét, giải quyết theo thẩm quyền.` }];
  }
  const line: TextRun[] = [bold('Hướng xử lý: '), { text: HANDLING_ROUTE_LABELS[c.handlingRoute] }];
  if (c.assigneeUnitName) line.push({ text: '. Cơ quan chủ trì: ' }, { text: c.assigneeUnitName });
  if (c.dueDate) line.push({ text: '. Thời hạn hoàn thành: ' }, bold(formatDateVi(c.dueDate)));
  line.push({ text: '.' });
  return line;
}

/**
 * How citizens follow their petitions: each case's lookup code, and for the citizen's own copy (`copyFor`) that case's
 * secret. The shared notice never carries a secret: it names every citizen received.
 */
export interface NoticeLookups {
  lookups: ReadonlyMap<string, { code: string; secret?: string }>;
  copyFor: string | null;
  lookupUrl: string;
}

const NO_LOOKUPS: NoticeLookups = { lookups: new Map(), copyFor: null, lookupUrl: '' };

export function buildConclusionNotice(
  m: MinutesView,
  issuedOn: string,
  follow: NoticeLookups = NO_LOOKUPS,
): AdministrativeDocument {
  const cases = concludedCases(m);
  const chairTitle = m.chair.title || 'người chủ trì';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content: `Ngày ${formatDateVi(m.sessionDate)}, tại ${m.venueName}, ${m.chair.title ? `đồng chí ${m.chair.fullName}, ${m.chair.title}` : m.chair.fullName} đã chủ trì buổi tiếp công dân ${m.adHoc ? 'đột xuất' : 'định kỳ'}${m.chairInPerson ? '' : ' (được phân công chủ trì thay người đứng đầu)'}.`,
    },
    {
      type: 'paragraph',
      content: `Sau khi nghe công dân trình bày và ý kiến của các cơ quan, đơn vị có liên quan, ${chairTitle} kết luận như sau:`,
    },
  ];
  for (const c of cases) {
    blocks.push({ type: 'heading', text: caseHeading(c) });
    if (c.address) blocks.push({ type: 'paragraph', content: `Địa chỉ: ${c.address}.` });
    blocks.push({ type: 'paragraph', content: [bold('Nội dung: '), { text: c.summary }] });
    blocks.push({ type: 'paragraph', content: [bold('Kết luận: '), { text: c.conclusion }] });
    blocks.push({ type: 'paragraph', content: handlingLine(c) });
    const lookup = follow.lookups.get(c.id);
    if (lookup) blocks.push({ type: 'paragraph', content: [bold('Mã tra cứu hồ sơ: '), bold(lookup.code)] });
  }
  if (cases.length === 0) blocks.push({ type: 'paragraph', content: 'Buổi tiếp không có vụ việc cần kết luận.' });
  // The table lists what the ward itself assigns, with its deadline; transferred cases are out of its hands.
  const assigned = cases.filter((c) => c.handlingRoute !== 'transfer' && (c.assigneeUnitName || c.dueDate));
  if (assigned.length) {
    blocks.push({
      type: 'table',
      columns: ['STT', 'Vụ việc', 'Cơ quan chủ trì', 'Thời hạn'],
      widths: [1, 6, 4, 2.2],
      align: ['center', 'left', 'left', 'center'],
      fontSize: 12,
      rows: assigned.map((c) => [
        String(c.no),
        caseHeading(c).replace(/^\d+\.\s*/u, ''),
        c.assigneeUnitName ?? '',
        c.dueDate ? formatDateVi(c.dueDate) : '',
      ]),
    });
  }
  const own = follow.copyFor ? follow.lookups.get(follow.copyFor) : undefined;
  if (own?.secret) {
    blocks.push({ type: 'heading', text: 'Tra cứu hồ sơ của công dân' });
    blocks.push({
      type: 'paragraph',
      content: [
        { text: 'Công dân theo dõi việc giải quyết tại ' },
        { text: follow.lookupUrl },
        { text: ' bằng mã tra cứu ' },
        bold(own.code),
        { text: ' và mã bí mật ' },
        bold(own.secret),
        { text: '. Mã bí mật chỉ in trên bản gửi công dân; xin giữ kín, không cung cấp cho người khác.' },
      ],
    });
  }
  blocks.push({
    type: 'paragraph',
    content: `${m.issuer.name} thông báo để các cơ quan, đơn vị và công dân có liên quan biết, thực hiện./.`,
  });
  const bodies = [...new Set(cases.map((c) => c.assigneeUnitName).filter((n): n is string => Boolean(n)))];
  return {
    issuingBodyParent: m.issuer.issuingBodyParent,
    issuingBody: m.issuer.issuingBody,
    kind: m.issuer.kind,
    number: numberFor(m.issuer, 'TB'),
    placeAndDate: { place: m.issuer.place, date: issuedOn },
    title: 'THÔNG BÁO',
    subtitle: `Kết luận của ${chairTitle} tại buổi tiếp công dân ${m.adHoc ? 'đột xuất' : 'định kỳ'} ngày ${formatDateVi(m.sessionDate)}`,
    blocks,
    signatures: [signatureFor(m.issuer, m.chair)],
    recipients: [...bodies, 'Các công dân có tên tại Thông báo', 'Lưu: VT'],
  };
}
