import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import {
  AddCaseDto,
  ReceptionAmendmentDto,
  CreateReceptionMinutesDto,
  ConclusionNoticeQuery,
  DocumentFormatQuery,
  UpdateReceptionMinutesDto,
} from './dto/minutes.dto.js';
import { MinutesDocumentsService } from './minutes-documents.service.js';
import { MinutesFinalizeService } from './minutes-finalize.service.js';
import { MinutesService } from './minutes.service.js';
import { sendFile } from './send-file.js';
import {
  FinalizeResultOutput,
  ReceptionAmendmentOutput,
  ReceptionCaseAddedOutput,
  ReceptionMinutesCreatedOutput,
  ReceptionMinutesOutput,
} from './dto/minutes.output.js';
import { ApiBinaryResponse, ApiNoContent } from '../common/http/openapi-responses.js';

const DOC_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

@ApiTags('minutes')
@ApiBearerAuth()
@AuditEntity('minutes')
@Controller()
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly finalizer: MinutesFinalizeService,
    private readonly documents: MinutesDocumentsService,
  ) {}

  @ApiOperation({ summary: 'Lập biên bản tiếp công dân của buổi tiếp (dự thảo)' })
  @ApiCreatedResponse({ type: ReceptionMinutesCreatedOutput })
  @Post('sessions/:id/minutes')
  @Roles('secretary', 'office')
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) sessionId: string,
    @Body() dto: CreateReceptionMinutesDto,
  ): Promise<ReceptionMinutesCreatedOutput> {
    return this.minutes.create(user, sessionId, dto);
  }

  @ApiOperation({ summary: 'Biên bản của một buổi tiếp' })
  @ApiOkResponse({ type: ReceptionMinutesOutput })
  @Get('sessions/:id/minutes')
  bySession(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) sessionId: string): Promise<ReceptionMinutesOutput> {
    return this.minutes.getBySession(user, sessionId);
  }

  @ApiOperation({
    summary: 'Thông báo kết luận buổi tiếp công dân (DOCX/PDF); bản gửi một công dân kèm mã tra cứu và mã bí mật',
  })
  @Get('sessions/:id/conclusion-notice')
  @ApiBinaryResponse('Văn bản DOCX hoặc PDF', ...DOC_TYPES)
  async conclusionNotice(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) sessionId: string,
    @Query() q: ConclusionNoticeQuery,
    @Res() res: Response,
  ) {
    sendFile(res, await this.documents.conclusionNotice(user, sessionId, q.format ?? 'pdf', q.caseId));
  }

  @ApiOperation({ summary: 'Xem biên bản tiếp công dân' })
  @ApiOkResponse({ type: ReceptionMinutesOutput })
  @Get('minutes/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<ReceptionMinutesOutput> {
    return this.minutes.get(user, id);
  }

  @ApiOperation({ summary: 'Sửa biên bản tiếp công dân (dự thảo)' })
  @ApiOkResponse({ type: ReceptionMinutesOutput })
  @Patch('minutes/:id')
  @Roles('secretary', 'office')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateReceptionMinutesDto,
  ): Promise<ReceptionMinutesOutput> {
    return this.minutes.update(user, id, dto);
  }

  @ApiOperation({ summary: 'Ghi một vụ việc vào biên bản' })
  @ApiCreatedResponse({ type: ReceptionCaseAddedOutput })
  @Post('minutes/:id/cases')
  @Roles('secretary', 'office')
  addCase(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: AddCaseDto,
  ): Promise<ReceptionCaseAddedOutput> {
    return this.minutes.addCase(user, id, dto);
  }

  @ApiOperation({ summary: 'Xóa một vụ việc khỏi biên bản dự thảo' })
  @Delete('minutes/:id/cases/:caseId')
  @Roles('secretary', 'office')
  @HttpCode(204)
  @ApiNoContent()
  deleteCase(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('caseId', UuidPipe) caseId: string,
  ): Promise<void> {
    return this.minutes.deleteCase(user, id, caseId);
  }

  @ApiOperation({ summary: 'Khóa biên bản (mã băm nội dung) và giao xử lý các vụ việc' })
  @ApiOkResponse({ type: FinalizeResultOutput })
  @Post('minutes/:id/finalize')
  @Roles('secretary', 'office')
  @HttpCode(200)
  finalize(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<FinalizeResultOutput> {
    return this.finalizer.finalize(user, id);
  }

  @ApiOperation({ summary: 'Đính chính biên bản sau khi khóa (chỉ thêm, không sửa/xóa)' })
  @ApiCreatedResponse({ type: ReceptionAmendmentOutput })
  @Post('minutes/:id/amendments')
  @Roles('secretary', 'office', 'leader')
  amend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ReceptionAmendmentDto,
  ): Promise<ReceptionAmendmentOutput> {
    return this.minutes.amend(user, id, dto);
  }

  @ApiOperation({ summary: 'Biên bản tiếp công dân (DOCX/PDF, Nghị định 30/2020/NĐ-CP)' })
  @Get('minutes/:id/document')
  @ApiBinaryResponse('Văn bản DOCX hoặc PDF', ...DOC_TYPES)
  async document(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query() q: DocumentFormatQuery,
    @Res() res: Response,
  ) {
    sendFile(res, await this.documents.minutesDocument(user, id, q.format ?? 'pdf'));
  }
}
