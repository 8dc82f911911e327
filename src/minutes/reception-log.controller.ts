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
import { DocumentFormatQuery, ReceptionLogQuery } from './dto/minutes.dto.js';
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
}
