import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { DialogueDocumentsService } from './dialogue-documents.service.js';
import { DialogueMinutesService } from './dialogue-minutes.service.js';
import { sendDocument } from './dialogues.controller.js';
import {
  DialogueAmendmentDto,
  CreateDialogueMinutesDto,
  DocumentQuery,
  MinutesItemDto,
  UpdateDialogueMinutesDto,
} from './dto/minutes.dto.js';
import { DialogueMinutesOutput } from './dto/dialogue-minutes.output.js';
import { ApiBinaryResponse } from '../common/http/openapi-responses.js';

@ApiTags('dialogues')
@ApiBearerAuth()
@AuditEntity('dialogue_minutes')
@Controller('dialogues/:id/minutes')
export class DialogueMinutesController {
  constructor(
    private readonly minutes: DialogueMinutesService,
    private readonly documents: DialogueDocumentsService,
  ) {}

  @ApiCreatedResponse({ type: DialogueMinutesOutput })
  @Post()
  @Roles('secretary', 'office')
  @ApiOperation({
    summary: 'Lập biên bản hội nghị (dự thảo), có thể kèm các nội dung; đã có → 409 DIALOGUE_MINUTES_EXIST',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateDialogueMinutesDto,
  ): Promise<DialogueMinutesOutput> {
    return this.minutes.create(user, id, dto);
  }

  @ApiOperation({ summary: 'Xem biên bản hội nghị đối thoại' })
  @ApiOkResponse({ type: DialogueMinutesOutput })
  @Get()
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<DialogueMinutesOutput> {
    return this.minutes.get(user, id);
  }

  @ApiOkResponse({ type: DialogueMinutesOutput })
  @Patch()
  @Roles('secretary', 'office')
  @ApiOperation({ summary: 'Sửa phần tóm tắt; đã khóa → 409 MINUTES_FINALIZED' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateDialogueMinutesDto,
  ): Promise<DialogueMinutesOutput> {
    return this.minutes.update(user, id, dto);
  }

  @ApiCreatedResponse({ type: DialogueMinutesOutput })
  @Post('items')
  @Roles('secretary', 'office')
  @ApiOperation({
    summary:
      'Thêm một câu hỏi với câu trả lời, hoặc với cam kết {assigneeUnitId, dueDate, text}; đã khóa → 409 MINUTES_FINALIZED',
  })
  addItem(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: MinutesItemDto,
  ): Promise<DialogueMinutesOutput> {
    return this.minutes.addItem(user, id, dto);
  }

  @ApiOperation({ summary: 'Xóa một nội dung khỏi biên bản dự thảo' })
  @ApiOkResponse({ type: DialogueMinutesOutput })
  @Delete('items/:itemId')
  @Roles('secretary', 'office')
  deleteItem(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('itemId', UuidPipe) itemId: string,
  ): Promise<DialogueMinutesOutput> {
    return this.minutes.deleteItem(user, id, itemId);
  }

  @ApiOkResponse({ type: DialogueMinutesOutput })
  @Post('finalize')
  @Roles('secretary', 'office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Khóa biên bản (mã băm nội dung); mỗi cam kết thành một nhiệm vụ xử lý trong cùng giao dịch',
  })
  finalize(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<DialogueMinutesOutput> {
    return this.minutes.finalize(user, id);
  }

  @ApiCreatedResponse({ type: DialogueMinutesOutput })
  @Post('amendments')
  @Roles('secretary', 'office')
  @ApiOperation({ summary: 'Đính chính sau khi khóa (chỉ thêm, không sửa/xóa)' })
  amend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: DialogueAmendmentDto,
  ): Promise<DialogueMinutesOutput> {
    return this.minutes.amend(user, id, dto);
  }

  @Get('document')
  @ApiOperation({ summary: 'Biên bản hội nghị (DOCX/PDF, Nghị định 30/2020/NĐ-CP)' })
  @ApiBinaryResponse(
    'Văn bản DOCX hoặc PDF',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  async document(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query() q: DocumentQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    return sendDocument(res, await this.documents.render(user, id, 'minutes', q.format ?? 'pdf'));
  }
}
