/**
 * E-mails to a petitioner about the petition's legal clock. The frame (salutation, closing with the agency) is the
 * one of every letter to a citizen: src/notifications/domain/citizen-letter.ts; terms: docs/glossary.md.
 */
import { letterClosing, salutationLine } from '../../notifications/domain/citizen-letter.js';

const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** The notice that the time limit for settling the petition was extended. */
export function extensionMailText(input: {
  fullName: string | null;
  agency: string | null;
  days: number;
  decidedOn: string;
  reason: string;
}): string {
  const agency = input.agency ?? 'Cơ quan giải quyết đơn';
  return [
    salutationLine(input.fullName),
    '',
    `${agency} đã quyết định gia hạn thời hạn giải quyết đơn của công dân thêm ${input.days} ngày (quyết định ngày ${dmy(input.decidedOn)}).`,
    `Lý do: ${input.reason}`,
    ...letterClosing(agency, ['Mọi thắc mắc, công dân liên hệ bộ phận tiếp công dân của cơ quan.']),
  ].join('\n');
}
