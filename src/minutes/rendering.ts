import type { AdministrativeDocument } from '../documents/domain/document.model.js';
import { renderDocx, renderPdf } from '../documents/renderers.js';

export type DocumentFormat = 'docx' | 'pdf';

export interface FileOut {
  body: Buffer;
  contentType: string;
  filename: string;
}

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export async function renderAs(
  doc: AdministrativeDocument,
  format: DocumentFormat,
  basename: string,
): Promise<FileOut> {
  const body = format === 'docx' ? await renderDocx(doc) : await renderPdf(doc);
  return { body, contentType: CONTENT_TYPES[format], filename: `${basename}.${format}` };
}
