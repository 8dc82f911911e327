import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service.js';
import { renderDocx, renderPdf } from '../documents/renderers.js';
import { reportDocument } from './domain/report-document.js';
import type { ReportView } from './domain/report-tables.js';
import type { ReportFormat } from './dto/reports.dto.js';
import type { ReportBody } from './reports.service.js';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The report as a Decree 30 document (DOCX, PDF) or a workbook (XLSX). */
@Injectable()
export class ReportDocumentsService {
  constructor(private readonly calendar: CalendarService) {}

  async render(
    body: ReportBody,
    format: Exclude<ReportFormat, 'json'>,
  ): Promise<{ body: Buffer; contentType: string; filename: string }> {
    const view = body as ReportView;
    const filename = `bao-cao-${body.from}-${body.to}.${format}`;
    if (format === 'xlsx') {
      // exceljs (about 1.5 s and 25 MB to load) is loaded on the first workbook, not at start-up.
      const { reportXlsx } = await import('./report-xlsx.js');
      return { body: await reportXlsx(view), contentType: CONTENT_TYPES.xlsx, filename };
    }
    const doc = reportDocument(view, {
      today: this.calendar.today(),
      place: 'Hải Phòng',
      documentNumber: body.frozen?.documentNumber ?? null,
    });
    const out = format === 'docx' ? await renderDocx(doc) : await renderPdf(doc);
    return { body: out, contentType: CONTENT_TYPES[format], filename };
  }
}
