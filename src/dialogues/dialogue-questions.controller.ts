import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { DialogueQuestionsService } from './dialogue-questions.service.js';
import { ModerateQuestionDto, QuestionQuery, SubmitQuestionDto } from './dto/question.dto.js';
import { DialogueQuestionOutput, DialogueQuestionReceiptOutput } from './dto/dialogue-questions.output.js';

@ApiTags('dialogues')
@AuditEntity('dialogue_question')
@Controller('dialogues/:id/questions')
export class DialogueQuestionsController {
  constructor(private readonly questions: DialogueQuestionsService) {}

  @ApiCreatedResponse({ type: DialogueQuestionReceiptOutput })
  @Post()
  @Public()
  @PublicRateLimit()
  @ApiOperation({
    summary:
      'Người dân gửi câu hỏi trước hội nghị (công khai, giới hạn tần suất); họ tên và liên hệ không bao giờ công khai',
  })
  submit(@Param('id', UuidPipe) id: string, @Body() dto: SubmitQuestionDto): Promise<DialogueQuestionReceiptOutput> {
    return this.questions.submit(id, dto);
  }

  @ApiOkResponse({ type: DialogueQuestionOutput, isArray: true })
  @Get()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Mọi câu hỏi, đầy đủ (cán bộ)' })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query() q: QuestionQuery,
  ): Promise<DialogueQuestionOutput[]> {
    return this.questions.list(user, id, q);
  }

  @ApiOkResponse({ type: DialogueQuestionOutput })
  @Post(':questionId/moderation')
  @ApiBearerAuth()
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chấp nhận, từ chối (có lý do) hoặc gộp câu hỏi trùng vào câu hỏi đã chấp nhận' })
  moderate(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('questionId', UuidPipe) questionId: string,
    @Body() dto: ModerateQuestionDto,
  ): Promise<DialogueQuestionOutput> {
    return this.questions.moderate(user, id, questionId, dto);
  }
}
