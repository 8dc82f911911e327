import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { DialogueDocumentsService, type RenderedDocument } from './dialogue-documents.service.js';
import { DialoguesService } from './dialogues.service.js';
import {
  CreateDialogueDto,
  DialogueQuery,
  DialogueResultsDto,
  HeldDialogueDto,
  UpdateDialogueDto,
} from './dto/dialogue.dto.js';
import { DocumentQuery } from './dto/minutes.dto.js';
import { DialogueOutput } from './dto/dialogues.output.js';
import { ApiBinaryResponse } from '../common/http/openapi-responses.js';

export function sendDocument(res: Response, doc: RenderedDocument): StreamableFile {
  res.setHeader('Content-Type', doc.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${doc.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(doc.body);
}

@ApiTags('dialogues')
@ApiBearerAuth()
@AuditEntity('dialogue')
@Controller('dialogues')
export class DialoguesController {
  constructor(
    private readonly dialogues: DialoguesService,
    private readonly documents: DialogueDocumentsService,
  ) {}

  @ApiCreatedResponse({ type: DialogueOutput })
  @Post()
  @Roles('office')
  @ApiOperation({ summary: 'Tạo hội nghị đối thoại (dự thảo)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDialogueDto): Promise<DialogueOutput> {
    return this.dialogues.create(user, dto);
  }

  @ApiOkResponse({ type: DialogueOutput, isArray: true })
  @Get()
  @ApiOperation({ summary: 'Danh sách hội nghị đối thoại trong phạm vi của người dùng' })
  list(@CurrentUser() user: AuthUser, @Query() q: DialogueQuery): Promise<DialogueOutput[]> {
    return this.dialogues.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một hội nghị đối thoại' })
  @ApiOkResponse({ type: DialogueOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<DialogueOutput> {
    return this.dialogues.get(user, id);
  }

  @ApiOkResponse({ type: DialogueOutput })
  @Patch(':id')
  @Roles('office')
  @ApiOperation({
    summary:
      'Sửa, dời hoặc hủy (status: cancelled); đã thông báo thì bắt buộc lý do, SEQUENCE tăng, thời hạn thông báo áp dụng cho ngày mới',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateDialogueDto,
  ): Promise<DialogueOutput> {
    return this.dialogues.update(user, id, dto);
  }

  @ApiOkResponse({ type: DialogueOutput })
  @Post(':id/publish')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thông báo hội nghị; dưới thời hạn thông báo của bộ quy tắc → 422 DIALOGUE_NOTICE_TOO_SHORT',
  })
  publish(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<DialogueOutput> {
    return this.dialogues.publish(user, id);
  }

  @ApiOkResponse({ type: DialogueOutput })
  @Post(':id/held')
  @Roles('office', 'secretary')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ghi nhận hội nghị đã diễn ra' })
  held(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() _dto: HeldDialogueDto,
  ): Promise<DialogueOutput> {
    return this.dialogues.held(user, id);
  }

  @ApiOkResponse({ type: DialogueOutput })
  @Post(':id/results')
  @Roles('office', 'leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Công bố kết quả hội nghị; quá thời hạn của bộ quy tắc thì được đánh dấu resultsOverdue' })
  results(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: DialogueResultsDto,
  ): Promise<DialogueOutput> {
    return this.dialogues.publishResults(user, id, dto);
  }

  @Get(':id/conclusion-notice')
  @ApiOperation({ summary: 'Thông báo kết luận hội nghị đối thoại (DOCX/PDF, Nghị định 30/2020/NĐ-CP)' })
  @ApiBinaryResponse(
    'Văn bản DOCX hoặc PDF',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  async conclusion(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query() q: DocumentQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    return sendDocument(res, await this.documents.render(user, id, 'conclusion', q.format ?? 'pdf'));
  }
}
