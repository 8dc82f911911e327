/**
 * The periodic report as a Decree 30/2020/NĐ-CP document (báo cáo): the unit as issuer, the figures' tables with the
 * comparisons, and the document number when the report was sent. Pure: renderDocx / renderPdf draw it.
 */
import type { AdministrativeDocument, Block } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { percent, type ReportView, reportTables, TYPE_LABELS } from './report-tables.js';
import { PETITION_KINDS } from './figures.js';
import type { ChartBlock } from '../../documents/domain/chart.js';

const fmt = (c: string | number | null): string =>
  c === null ? '-' : typeof c === 'number' ? c.toLocaleString('vi-VN') : c;

/**
 * Bars per sub-unit (petitions received and answered on time; per petition type for a unit without sub-units) and a
 * line over the months (petitions received, answered on time, sessions held in person).
 */
export function reportCharts(v: ReportView): ChartBlock[] {
  const charts: ChartBlock[] = [];
  if (v.subUnits.length)
    charts.push({
      type: 'chart',
      kind: 'bar',
      title: 'Biểu đồ 1. Đơn tiếp nhận và giải quyết đúng hạn theo đơn vị trực thuộc',
      labels: v.subUnits.map((s) => s.unit.name),
      series: [
        { name: 'Đơn tiếp nhận', values: v.subUnits.map((s) => s.petitions.received) },
        { name: 'Giải quyết đúng hạn', values: v.subUnits.map((s) => s.petitions.onTime) },
      ],
    });
  else
    charts.push({
      type: 'chart',
      kind: 'bar',
      title: 'Biểu đồ 1. Đơn tiếp nhận và giải quyết đúng hạn theo loại đơn',
      labels: PETITION_KINDS.map((k) => TYPE_LABELS[k]),
      series: [
        { name: 'Đơn tiếp nhận', values: PETITION_KINDS.map((k) => v.petitions.byType[k].received) },
        { name: 'Giải quyết đúng hạn', values: PETITION_KINDS.map((k) => v.petitions.byType[k].onTime) },
      ],
    });
  if (v.months?.length)
    charts.push({
      type: 'chart',
      kind: 'line',
      title: 'Biểu đồ 2. Diễn biến theo tháng',
      labels: v.months.map((m) => `${m.month.slice(5)}/${m.month.slice(0, 4)}`),
      series: [
        { name: 'Đơn tiếp nhận', values: v.months.map((m) => m.petitionsReceived) },
        { name: 'Giải quyết đúng hạn', values: v.months.map((m) => m.petitionsOnTime) },
        { name: 'Buổi tiếp trực tiếp', values: v.months.map((m) => m.sessionsHeld) },
      ],
    });
  return charts;
}

export function reportDocument(
  v: ReportView,
  opts: { today: string; place: string; documentNumber?: string | null; parentName?: string | null },
): AdministrativeDocument {
  const period = `từ ngày ${formatDateVi(v.from)} đến ngày ${formatDateVi(v.to)}`;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content:
        `Báo cáo kết quả tiếp công dân, đối thoại trực tiếp với Nhân dân và tiếp nhận, giải quyết đơn của ` +
        `${v.unit.name} ${period} (số liệu gồm cả các đơn vị trực thuộc), so với kỳ trước ` +
        `(${formatDateVi(v.previous.from)} - ${formatDateVi(v.previous.to)}) và cùng kỳ năm trước ` +
        `(${formatDateVi(v.sameTimeLastYear.from)} - ${formatDateVi(v.sameTimeLastYear.to)}).`,
    },
    {
      type: 'paragraph',
      content:
        `Tiếp nhận ${fmt(v.petitions.received)} đơn, đã giải quyết ${fmt(v.petitions.handled)} đơn, ` +
        `đúng hạn ${fmt(v.petitions.onTime)} đơn` +
        (v.petitions.onTimeShare === null ? '' : ` (${fmt(percent(v.petitions.onTimeShare))}%)`) +
        `; người đứng đầu trực tiếp tiếp ${fmt(v.reception.sessionsHeld)}/${fmt(v.reception.sessionsRequired)} buổi định kỳ.`,
    },
  ];
  blocks.push(...reportCharts(v));
  reportTables(v).forEach((t, i) => {
    blocks.push({ type: 'heading', text: `${i + 1}. ${t.title}` });
    blocks.push({
      type: 'table',
      columns: t.columns,
      rows: t.rows.map((r) => r.map(fmt)),
      widths: t.columns.map((_, j) => (j === 0 ? 3 : 1)),
      align: t.columns.map((_, j) => (j === 0 ? 'left' : 'right')),
      fontSize: 10,
    });
  });
  return {
    issuingBodyParent: opts.parentName ?? undefined,
    issuingBody: v.unit.name,
    kind: 'state',
    number: opts.documentNumber ?? undefined,
    placeAndDate: { place: opts.place, date: opts.today },
    title: 'BÁO CÁO',
    subtitle: `Kết quả tiếp công dân, đối thoại và giải quyết đơn ${period}`,
    blocks,
    signatures: [{ role: 'THỦ TRƯỞNG ĐƠN VỊ', name: '', note: '(Ký, ghi rõ họ tên, đóng dấu)' }],
    recipients: ['Thường trực Thành ủy (qua Ban Dân vận)', 'Lưu: VT'],
  };
}
