/**
 * The periodic report as a Decree 30/2020/NĐ-CP document (báo cáo): the unit as issuer, the figures' tables with the
 * comparisons, and the document number when the report was sent. Pure: renderDocx / renderPdf draw it.
 */
import type { AdministrativeDocument, Block } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { percent, type ReportView, reportTables } from './report-tables.js';

const fmt = (c: string | number | null): string =>
  c === null ? '-' : typeof c === 'number' ? c.toLocaleString('vi-VN') : c;

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
