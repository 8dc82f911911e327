import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { DocumentFormatQuery, ReceptionLogQuery, SurveySlipQuery } from './dto/minutes.dto.js';
import { SurveySlipOutput } from './dto/survey-slip.output.js';
import { MinutesSurveyService } from './minutes-survey.service.js';
import { MinutesDocumentsService } from './minutes-documents.service.js';
import { ReceptionLogService } from './reception-log.service.js';
import { sendFile } from './send-file.js';
import { ApiBinaryResponse } from '../common/http/openapi-responses.js';
import { ReceptionLogOutput } from './dto/reception-log.output.js';

const LOG_FILES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

@ApiTags('reception log')
@ApiBearerAuth()
@Controller('reception-log')
export class ReceptionLogController {
  constructor(
    private readonly log: ReceptionLogService,
    private readonly documents: MinutesDocumentsService,
    private readonly survey: MinutesSurveyService,
  ) {}

  /** Form 03 entries of a unit; `format=csv|xlsx` exports, `format=pdf|docx` prints the register (landscape). */
  @ApiOperation({ summary: 'Sổ tiếp công dân (mẫu 03) của đơn vị; xuất CSV/XLSX hoặc in PDF/DOCX' })
  @Get()
  @ApiProduces('application/json', ...LOG_FILES)
  @ApiOkResponse({
    description: 'JSON (mặc định) hoặc tệp CSV/XLSX/PDF/DOCX theo format',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ReceptionLogOutput) } },
      ...Object.fromEntries(LOG_FILES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
    },
  })
  @ApiExtraModels(ReceptionLogOutput)
  async list(@CurrentUser() user: AuthUser, @Query() q: ReceptionLogQuery, @Res() res: Response) {
    const out = await this.log.list(user, q);
    if (out.file) sendFile(res, out.file);
    else res.json(out.json);
  }

  /** The written refusal notice (Art. 9(3) Law on Citizen Reception) of a refused person. */
  @ApiOperation({ summary: 'Thông báo từ chối tiếp công dân (khoản 3 Điều 9 Luật Tiếp công dân)' })
  @Get(':id/refusal-notice')
  @ApiBinaryResponse(
    'Văn bản DOCX hoặc PDF',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  async refusalNotice(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query() q: DocumentFormatQuery,
    @Res() res: Response,
  ) {
    sendFile(res, await this.documents.refusalNotice(user, id, q.format ?? 'pdf'));
  }

  /**
   * The satisfaction survey slip of a person guided or refused at the desk: code, link and QR code (JSON with SVG, or
   * the QR alone as PNG/SVG) to print and hand over. The same code every time; 422 for other cases or a draft.
   */
  @ApiOperation({
    summary: 'Phiếu mời khảo sát sự hài lòng (mã, đường dẫn, mã QR) của người được hướng dẫn hoặc từ chối tại quầy',
  })
  @Get(':id/survey-slip')
  @ApiProduces('application/json', 'image/png', 'image/svg+xml')
  @ApiOkResponse({
    description: 'JSON (mặc định) hoặc mã QR PNG/SVG theo format',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(SurveySlipOutput) } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'image/svg+xml': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiExtraModels(SurveySlipOutput)
  async surveySlip(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query() q: SurveySlipQuery,
    @Res() res: Response,
  ): Promise<void> {
    const slip = await this.survey.slip(user, id);
    if (q.format === 'png') res.type('image/png').send(await slip.png());
    else if (q.format === 'svg') res.type('image/svg+xml').send(slip.view.qrSvg);
    else res.json(slip.view);
  }
}
