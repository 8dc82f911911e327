/**
 * The reception log, Form 03 of Circular 04/2021/TT-TTCP (Sổ tiếp công dân): its 12 columns and how one
 * reception case fills a row. Shared by the JSON/CSV/XLSX exports and the printed (landscape) register.
 */
import { bindDocumentNumbers } from '../../documents/domain/decree30-layout.js';
import type { AdministrativeDocument } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { PETITION_TYPE_LABELS } from '../../petitions/domain/petition-types.js';
import { REFUSAL_GROUND_LABELS, refusalLegalBasis } from './handling.js';
import type { CaseView, Issuer } from './views.js';

export const FORM03_KEYS = [
  'no',
  'receivedOn',
  'nameAndAddress',
  'idNumber',
  'content',
  'typeAndPeople',
  'previouslyHandledBy',
  'accepted',
  'guided',
  'transferred',
  'followUp',
  'note',
] as const;
export type Form03Key = (typeof FORM03_KEYS)[number];

/**
 * The form's column titles; the three handling columns (8–10) sit under "Hướng xử lý". Column 4 reads
 * "CMND/Hộ chiếu của công dân" on the 2021 form; the identity card it names is now the CCCD (Law on Identification
 * 2023), so the title names the card in use. See docs/documents.md for the source and what could not be checked.
 */
export const FORM03_TITLES: Readonly<Record<Form03Key, string>> = {
  no: 'STT',
  receivedOn: 'Ngày tiếp',
  nameAndAddress: 'Họ tên - Địa chỉ',
  idNumber: 'Số CCCD/Hộ chiếu của công dân',
  content: 'Nội dung vụ việc',
  typeAndPeople: 'Phân loại đơn/Số người',
  previouslyHandledBy: 'Cơ quan đã giải quyết',
  accepted: 'Thụ lý để giải quyết',
  guided: 'Trả lại đơn và hướng dẫn',
  transferred: 'Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền',
  followUp: 'Theo dõi kết quả giải quyết',
  note: 'Ghi chú',
};
export const FORM03_GROUP_TITLE = 'Hướng xử lý';
export const FORM03_GROUP_KEYS: readonly Form03Key[] = ['accepted', 'guided', 'transferred'];
export const FORM03_COLUMNS: readonly string[] = FORM03_KEYS.map((k) => FORM03_TITLES[k]);

export type Form03Row = Readonly<Record<Form03Key, string>>;

export function form03Row(c: CaseView, index: number): Form03Row {
  const people = c.groupSize > 1 ? `${c.groupSize} người` : '1 người';
  const reps = c.representatives.length ? `\nĐại diện: ${c.representatives.join(', ')}` : '';
  const notes: string[] = [];
  if (c.handlingRoute === 'refuse' && c.refusalGround) {
    notes.push(
      `Từ chối tiếp theo ${refusalLegalBasis(c.refusalGround)}: ${c.refusalReason ?? REFUSAL_GROUND_LABELS[c.refusalGround]}`,
    );
  }
  if (c.form === 'online') notes.push('Tiếp công dân trực tuyến');
  if (c.note) notes.push(c.note);
  const follow = [
    c.followUp,
    c.handlingRoute === 'accept' && c.assigneeUnitName ? `Giao ${c.assigneeUnitName}` : null,
    c.dueDate ? `Hạn ${formatDateVi(c.dueDate)}` : null,
  ].filter((x): x is string => Boolean(x));
  return {
    no: String(index + 1),
    receivedOn: formatDateVi(c.receivedOn),
    nameAndAddress: (c.address ? `${c.fullName}\n${c.address}` : c.fullName) + reps,
    idNumber: c.idNumber ?? '',
    content: c.summary,
    typeAndPeople: `${PETITION_TYPE_LABELS[c.petitionType]}/${people}`,
    previouslyHandledBy: c.previouslyHandledBy ?? '',
    accepted: c.handlingRoute === 'accept' ? 'x' : '',
    guided: c.handlingRoute === 'guide' ? 'x' : '',
    transferred: c.handlingRoute === 'transfer' ? (c.assigneeUnitName ?? 'x') : '',
    followUp: follow.join('; '),
    note: notes.join('; '),
  };
}

export const form03Cells = (row: Form03Row): string[] => FORM03_KEYS.map((k) => row[k]);

/** The printed register: landscape, the 12 columns, ID numbers as given (the service masks them). */
export function buildReceptionLogPrintout(input: {
  issuer: Issuer;
  from: string;
  to: string;
  issuedOn: string;
  cases: readonly CaseView[];
}): AdministrativeDocument {
  // Document numbers ("Quyết định số 12/QĐ-UBND") never break across lines in the narrow columns.
  const rows = input.cases.map((c, i) => form03Cells(form03Row(c, i)).map(bindDocumentNumbers));
  const groupFrom = FORM03_KEYS.indexOf(FORM03_GROUP_KEYS[0]);
  return {
    issuingBodyParent: input.issuer.issuingBodyParent,
    issuingBody: input.issuer.issuingBody,
    kind: input.issuer.kind,
    placeAndDate: { place: input.issuer.place, date: input.issuedOn },
    title: 'SỔ TIẾP CÔNG DÂN',
    subtitle: `Từ ngày ${formatDateVi(input.from)} đến ngày ${formatDateVi(input.to)}`,
    orientation: 'landscape',
    blocks: [
      rows.length
        ? {
            type: 'table',
            columns: FORM03_COLUMNS,
            headerGroups: [{ title: FORM03_GROUP_TITLE, from: groupFrom, span: FORM03_GROUP_KEYS.length }],
            numberedColumns: true,
            // points of the 714 pt landscape text width: a date, a 12-digit ID and a document number each fit one line
            widths: [26, 56, 78, 72, 96, 50, 51, 40, 45, 58, 66, 76],
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
            rows,
          }
        : {
            type: 'paragraph',
            content: 'Không có lượt tiếp công dân nào trong khoảng thời gian này.',
            align: 'center',
            indent: false,
          },
    ],
    signatures: [
      { role: 'NGƯỜI LẬP SỔ', note: '(Ký, ghi rõ họ tên)', name: '' },
      { role: 'THỦ TRƯỞNG CƠ QUAN', note: '(Ký, ghi rõ họ tên)', name: '' },
    ],
  };
}
