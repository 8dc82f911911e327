import { DateTime } from '../common/time/luxon.js';
import { letterClosing, salutationLine } from '../notifications/domain/citizen-letter.js';
import { agencyName, type AgencyUnit } from '../org/domain/agency-name.js';

export const TASK_ZONE = 'Asia/Ho_Chi_Minh';

/** `2026-02-10` → `10/02/2026`. */
export function formatViDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** A due instant as local date and time, e.g. `23:59 ngày 10/02/2026`. */
export function formatDue(dueAt: Date): string {
  const dt = DateTime.fromJSDate(dueAt).setZone(TASK_ZONE);
  return `${dt.toFormat('HH:mm')} ngày ${dt.toFormat('dd/MM/yyyy')}`;
}

export function reminderText(instruction: string, dueAt: Date): { subject: string; text: string } {
  return {
    subject: `Nhắc hạn xử lý nhiệm vụ (hạn ${formatDue(dueAt)})`,
    text: `Nhiệm vụ sau sắp đến hạn xử lý (${formatDue(dueAt)}):\n\n${instruction}\n\nĐề nghị đơn vị hoàn thành và cập nhật kết quả đúng hạn.`,
  };
}

export function escalationText(instruction: string, dueAt: Date, unitName: string): { subject: string; text: string } {
  return {
    subject: `Nhiệm vụ quá hạn xử lý — ${unitName}`.slice(0, 200),
    text: `Nhiệm vụ giao cho ${unitName} đã quá hạn xử lý (hạn ${formatDue(dueAt)}):\n\n${instruction}\n\nĐề nghị Thủ trưởng đơn vị và Văn phòng chỉ đạo xử lý ngay.`,
  };
}

/** The answer to a petition, e-mailed to its petitioner: salutation, the answering agency, the result, a closing. */
export function resultMailText(input: {
  fullName: string | null;
  unit: AgencyUnit | null;
  receivedOn: string;
  summary: string;
  /** Lines after the answer, before the closing (the satisfaction survey invitation). */
  extra?: string[];
}): string {
  const agency = input.unit ? agencyName(input.unit) : 'Cơ quan giải quyết đơn';
  return [
    salutationLine(input.fullName),
    '',
    `${agency} thông báo kết quả giải quyết đơn của công dân tiếp nhận ngày ${formatViDate(input.receivedOn)}:`,
    '',
    input.summary,
    ...(input.extra ?? []),
    ...letterClosing(agency, ['Mọi thắc mắc về kết quả này, công dân liên hệ bộ phận tiếp công dân của cơ quan.']),
  ].join('\n');
}
