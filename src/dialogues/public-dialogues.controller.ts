import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { DialogueComplianceService } from './dialogue-compliance.service.js';
import { DialoguePublicService } from './dialogue-public.service.js';
import { DialogueQuestionsService } from './dialogue-questions.service.js';
import { DialogueComplianceQuery, PublicDialogueQuery } from './dto/dialogue.dto.js';
import {
  DialogueComplianceReportOutput,
  PublicDialogueOutput,
  PublicDialogueQuestionOutput,
} from './dto/public-dialogues.output.js';

@ApiTags('dialogues')
@Controller('public/dialogues')
export class PublicDialoguesController {
  constructor(
    private readonly publicDialogues: DialoguePublicService,
    private readonly questions: DialogueQuestionsService,
  ) {}

  @ApiOkResponse({ type: PublicDialogueOutput, isArray: true })
  @Get()
  @Public()
  @PublicRateLimit()
  @ApiOperation({
    summary:
      'Hội nghị đối thoại đã thông báo, kết quả và các cam kết với trạng thái hiện tại của nhiệm vụ (không có thông tin cá nhân)',
  })
  list(@Query() q: PublicDialogueQuery): Promise<PublicDialogueOutput[]> {
    return this.publicDialogues.list(q);
  }

  @ApiOperation({ summary: 'Xem công khai một hội nghị đối thoại đã thông báo (không có thông tin cá nhân)' })
  @ApiOkResponse({ type: PublicDialogueOutput })
  @Get(':id')
  @Public()
  @PublicRateLimit()
  get(@Param('id', UuidPipe) id: string): Promise<PublicDialogueOutput> {
    return this.publicDialogues.get(id);
  }

  @ApiOkResponse({ type: PublicDialogueQuestionOutput, isArray: true })
  @Get(':id/questions')
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Các câu hỏi đã được chấp nhận, không có họ tên và liên hệ của người hỏi' })
  questionsOf(@Param('id', UuidPipe) id: string): Promise<PublicDialogueQuestionOutput[]> {
    return this.questions.publicList(id);
  }
}

@ApiTags('dialogues')
@Controller('compliance/dialogues')
export class DialogueComplianceController {
  constructor(private readonly compliance: DialogueComplianceService) {}

  @ApiOkResponse({ type: DialogueComplianceReportOutput, isArray: true })
  @Get()
  @ApiOperation({
    summary: 'Theo đơn vị và năm: số hội nghị phải tổ chức (bộ quy tắc + đề nghị của cử tri), đã tổ chức, còn thiếu',
  })
  report(
    @CurrentUser() user: AuthUser,
    @Query() q: DialogueComplianceQuery,
  ): Promise<DialogueComplianceReportOutput[]> {
    return this.compliance.report(user, q);
  }
}
