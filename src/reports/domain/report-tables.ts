/**
 * The tables of a periodic report, shared by the Decree 30 document (DOCX, PDF) and the spreadsheet (one sheet per
 * table): Vietnamese headers, cells as numbers (null: no figure). Pure.
 */
import { PETITION_KINDS, type Figures, type PetitionKind } from './figures.js';

export interface ReportFiguresView extends Figures {
  satisfaction: { answers: number; criteria: Record<string, { mean: number | null; answers: number }> } | null;
}

export interface ReportView extends ReportFiguresView {
  unit: { id: string; name: string };
  from: string;
  to: string;
  subUnits: (ReportFiguresView & { unit: { id: string; name: string } })[];
  previous: ReportFiguresView & { from: string; to: string };
  sameTimeLastYear: ReportFiguresView & { from: string; to: string };
  months?: { month: string; petitionsReceived: number; petitionsOnTime: number; sessionsHeld: number }[];
}

export type Cell = string | number | null;

export interface ReportTable {
  /** Sheet name (at most 31 characters) and the document's table heading. */
  sheet: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

export const TYPE_LABELS: Record<PetitionKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  feedback: 'Phản ánh',
};

const BODY_LABELS: Record<string, string> = { party: 'Cấp ủy', government: 'Chính quyền' };

const COMPARE = ['Nội dung', 'Kỳ này', 'Kỳ trước', 'Cùng kỳ năm trước'];

/** A share 0..1 as a percentage with one decimal, or null. */
export const percent = (s: number | null): number | null => (s === null ? null : Math.round(s * 1000) / 10);

function compareRows(v: ReportView, rows: [string, (f: ReportFiguresView) => number | null][]): Cell[][] {
  return rows.map(([label, get]) => [label, get(v), get(v.previous), get(v.sameTimeLastYear)]);
}

export function reportTables(v: ReportView): ReportTable[] {
  const tables: ReportTable[] = [
    {
      sheet: 'Tiếp công dân',
      title: 'Kết quả tiếp công dân',
      columns: COMPARE,
      rows: compareRows(v, [
        ['Số buổi tiếp định kỳ phải tổ chức', (f) => f.reception.sessionsRequired],
        ['Số buổi người đứng đầu trực tiếp tiếp', (f) => f.reception.sessionsHeld],
        ['Số buổi ủy quyền cấp phó tiếp', (f) => f.reception.sessionsHeldByDeputy],
        ['Số buổi còn thiếu', (f) => f.reception.sessionsMissed],
        ['Số buổi tiếp đột xuất', (f) => f.reception.adHocSessions],
        ['- Vụ việc phức tạp, đông người', (f) => f.reception.adHocByTrigger.complex_case],
        ['- Nguy cơ gây thiệt hại nghiêm trọng', (f) => f.reception.adHocByTrigger.serious_risk],
        ['Số lượt công dân được tiếp', (f) => f.reception.citizensReceived],
        ['Số đoàn đông người', (f) => f.reception.groupCases],
        ...PETITION_KINDS.map(
          (k) =>
            [`Vụ việc ${TYPE_LABELS[k].toLowerCase()}`, (f: ReportFiguresView) => f.reception.cases[k]] as [
              string,
              (f: ReportFiguresView) => number,
            ],
        ),
      ]),
    },
    {
      sheet: 'Người đứng đầu',
      title: 'Tiếp công dân định kỳ của người đứng đầu',
      columns: ['Họ và tên', 'Chức vụ', 'Khối', 'Phải tiếp', 'Trực tiếp tiếp', 'Ủy quyền', 'Còn thiếu'],
      rows: v.reception.heads.map((h) => [
        h.fullName,
        h.title,
        BODY_LABELS[h.body] ?? h.body,
        h.required,
        h.held,
        h.heldByDeputy,
        h.missed,
      ]),
    },
    {
      sheet: 'Đơn thư',
      title: 'Tiếp nhận, giải quyết đơn',
      columns: ['Loại đơn', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn (%)'],
      rows: [
        ...PETITION_KINDS.map((k) => {
          const c = v.petitions.byType[k];
          return [TYPE_LABELS[k], c.received, c.handled, c.onTime, c.overdue, percent(c.onTimeShare)];
        }),
        [
          'Tổng số',
          v.petitions.received,
          v.petitions.handled,
          v.petitions.onTime,
          v.petitions.overdue,
          percent(v.petitions.onTimeShare),
        ],
      ],
    },
    {
      sheet: 'So sánh đơn thư',
      title: 'Đơn thư so với kỳ trước và cùng kỳ',
      columns: COMPARE,
      rows: compareRows(v, [
        ['Đơn tiếp nhận', (f) => f.petitions.received],
        ['Đơn đã giải quyết', (f) => f.petitions.handled],
        ['Giải quyết đúng hạn', (f) => f.petitions.onTime],
        ['Quá hạn', (f) => f.petitions.overdue],
        ['Tỷ lệ đúng hạn (%)', (f) => percent(f.petitions.onTimeShare)],
      ]),
    },
    {
      sheet: 'Đối thoại',
      title: 'Đối thoại trực tiếp với Nhân dân',
      columns: COMPARE,
      rows: compareRows(v, [
        ['Số hội nghị phải tổ chức', (f) => f.dialogues.required],
        ['Số hội nghị đã tổ chức', (f) => f.dialogues.held],
        ['Câu hỏi, ý kiến nhận được', (f) => f.dialogues.questions],
        ['Câu hỏi đã trả lời', (f) => f.dialogues.questionsAnswered],
        ['Nội dung tiếp thu, hứa giải quyết', (f) => f.dialogues.commitments],
        ['- Đã thực hiện', (f) => f.dialogues.commitmentsDone],
        ['- Thực hiện đúng hạn', (f) => f.dialogues.commitmentsOnTime],
        ['- Quá hạn', (f) => f.dialogues.commitmentsOverdue],
      ]),
    },
  ];
  if (v.subUnits.length) {
    tables.push({
      sheet: 'Đơn vị trực thuộc',
      title: 'Số liệu theo đơn vị trực thuộc',
      columns: [
        'Đơn vị',
        'Phải tiếp',
        'Trực tiếp tiếp',
        'Ủy quyền',
        'Đơn tiếp nhận',
        'Đã giải quyết',
        'Đúng hạn (%)',
        'Đối thoại',
      ],
      rows: v.subUnits.map((s) => [
        s.unit.name,
        s.reception.sessionsRequired,
        s.reception.sessionsHeld,
        s.reception.sessionsHeldByDeputy,
        s.petitions.received,
        s.petitions.handled,
        percent(s.petitions.onTimeShare),
        s.dialogues.held,
      ]),
    });
  }
  tables.push({
    sheet: 'Mức độ hài lòng',
    title: 'Mức độ hài lòng của người dân',
    columns: ['Tiêu chí', 'Điểm trung bình (1-5)', 'Số phiếu'],
    rows: v.satisfaction
      ? Object.entries(v.satisfaction.criteria).map(([c, x]) => [c, x.mean, x.answers])
      : [['Chưa có số liệu khảo sát', null, 0]],
  });
  return tables;
}
