import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { PublicComplianceQuery, ReportQuery, SendReportDto } from './dto/reports.dto.js';
import {
  PublicComplianceOutput,
  ReportOutput,
  ReportVersionOutput,
  SatisfactionCriterionOutput,
} from './dto/reports.output.js';
import { ReportDocumentsService } from './report-documents.service.js';
import { ReportsService } from './reports.service.js';

const FILE_TYPES = [
  'application/json',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

@ApiTags('reports')
@ApiExtraModels(SatisfactionCriterionOutput)
@ApiBearerAuth()
@AuditEntity('report')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly documents: ReportDocumentsService,
  ) {}

  /** JSON by default; `format=docx|pdf|xlsx` answers the Decree 30 report document or the workbook. */
  @ApiOperation({
    summary: 'Báo cáo định kỳ của đơn vị (cộng cả đơn vị trực thuộc): tiếp công dân, đơn, đối thoại, mức độ hài lòng',
  })
  @ApiOkResponse({ type: ReportOutput, description: 'JSON; hoặc tệp DOCX, PDF, XLSX theo format' })
  @ApiProduces(...FILE_TYPES)
  @Roles('leader', 'office', 'inspector', 'secretary')
  @Get('reports')
  async report(
    @CurrentUser() user: AuthUser,
    @Query() q: ReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportOutput | undefined> {
    const format = q.format ?? 'json';
    if (format === 'json') return this.reports.report(user, q);
    const body = await this.reports.reportWithMonths(user, q);
    const file = await this.documents.render(body, format);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
    return undefined;
  }

  @ApiOperation({ summary: 'Các phiên bản đã gửi của báo cáo một kỳ' })
  @ApiOkResponse({ type: ReportVersionOutput, isArray: true })
  @Roles('leader', 'office', 'inspector', 'secretary')
  @Get('reports/versions')
  versions(@CurrentUser() user: AuthUser, @Query() q: ReportQuery): Promise<ReportVersionOutput[]> {
    return this.reports.versions(user, q);
  }

  /** The figures are frozen as sent; sending again needs a reason and issues a new version. */
  @ApiOperation({ summary: 'Đánh dấu báo cáo đã gửi (số văn bản); số liệu được lưu cố định, phiên bản mới cần lý do' })
  @ApiCreatedResponse({ type: ReportOutput })
  @Roles('leader')
  @Post('reports/sent')
  send(@CurrentUser() user: AuthUser, @Body() dto: SendReportDto): Promise<ReportOutput> {
    return this.reports.send(user, dto);
  }

  @ApiOperation({ summary: 'Công khai: tỷ lệ thực hiện lịch tiếp công dân và giải quyết đơn đúng hạn theo năm' })
  @ApiOkResponse({ type: PublicComplianceOutput })
  @Public()
  @Get('public/reports/compliance')
  publicCompliance(@Query() q: PublicComplianceQuery): Promise<PublicComplianceOutput> {
    return this.reports.publicCompliance(q);
  }
}
