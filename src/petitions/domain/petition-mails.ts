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

/**
 * The receipt of a petition by e-mail: how to follow it (tra cứu hồ sơ) with its code and secret. The secret is in
 * this e-mail and on the citizen's paper copy only; the agency never asks for it.
 */
export function lookupMailText(input: {
  fullName: string | null;
  agency: string | null;
  receivedOn: string;
  code: string;
  secret: string;
  lookupUrl: string;
}): string {
  const agency = input.agency ?? 'Cơ quan giải quyết đơn';
  return [
    salutationLine(input.fullName),
    '',
    `${agency} đã tiếp nhận đơn của công dân ngày ${dmy(input.receivedOn)}.`,
    `Công dân theo dõi tình trạng giải quyết, thời hạn và kết quả tại ${input.lookupUrl} bằng:`,
    `  Mã tra cứu: ${input.code}`,
    `  Mã bí mật: ${input.secret}`,
    'Xin giữ kín mã bí mật; cơ quan không bao giờ hỏi mã này qua điện thoại.',
    ...letterClosing(agency, ['Mọi thắc mắc, công dân liên hệ bộ phận tiếp công dân của cơ quan.']),
  ].join('\n');
}
