import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { DialogueComplianceService } from './dialogue-compliance.service.js';
import { DialoguePublicService } from './dialogue-public.service.js';
import { DialogueQuestionsService } from './dialogue-questions.service.js';
import { DialogueComplianceQuery, PublicDialogueQuery } from './dto/dialogue.dto.js';

@ApiTags('dialogues')
@Controller('public/dialogues')
export class PublicDialoguesController {
  constructor(
    private readonly publicDialogues: DialoguePublicService,
    private readonly questions: DialogueQuestionsService,
  ) {}

  @Get()
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Hội nghị đối thoại đã thông báo, kết quả và các cam kết với trạng thái hiện tại của nhiệm vụ (không có thông tin cá nhân)' })
  list(@Query() q: PublicDialogueQuery) {
    return this.publicDialogues.list(q);
  }

  @ApiOperation({ summary: 'Xem công khai một hội nghị đối thoại đã thông báo (không có thông tin cá nhân)' })
  @Get(':id')
  @Public()
  @PublicRateLimit()
  get(@Param('id', UuidPipe) id: string) {
    return this.publicDialogues.get(id);
  }

  @Get(':id/questions')
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Các câu hỏi đã được chấp nhận, không có họ tên và liên hệ của người hỏi' })
  questionsOf(@Param('id', UuidPipe) id: string) {
    return this.questions.publicList(id);
  }
}

@ApiTags('dialogues')
@Controller('compliance/dialogues')
export class DialogueComplianceController {
  constructor(private readonly compliance: DialogueComplianceService) {}

  @Get()
  @ApiOperation({ summary: 'Theo đơn vị và năm: số hội nghị phải tổ chức (bộ quy tắc + đề nghị của cử tri), đã tổ chức, còn thiếu' })
  report(@CurrentUser() user: AuthUser, @Query() q: DialogueComplianceQuery) {
    return this.compliance.report(user, q);
  }
}
