import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { SurveyAnswerDto, SurveyResultsQuery } from './dto/survey.dto.js';
import { SurveyFormOutput, SurveyMeanOutput, SurveyResultsOutput, SurveyThanksOutput } from './dto/survey.output.js';
import { SurveysService } from './surveys.service.js';

@ApiTags('public')
@Controller('public/surveys')
export class PublicSurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @ApiOperation({
    summary: 'Phiếu khảo sát sự hài lòng của một đường dẫn: câu hỏi, thang điểm, phiên bản, hạn trả lời',
  })
  @ApiOkResponse({ type: SurveyFormOutput })
  @Get(':token')
  @Public()
  @PublicRateLimit()
  form(@Param('token') token: string): Promise<SurveyFormOutput> {
    return this.surveys.form(token);
  }

  @ApiOperation({ summary: 'Trả lời phiếu khảo sát (một lần cho mỗi đường dẫn; không ghi tên)' })
  @ApiCreatedResponse({ type: SurveyThanksOutput })
  @Post(':token')
  @HttpCode(201)
  @Public()
  @PublicRateLimit()
  answer(@Param('token') token: string, @Body() dto: SurveyAnswerDto): Promise<SurveyThanksOutput> {
    return this.surveys.answer(token, dto);
  }
}

@ApiTags('surveys')
@ApiBearerAuth()
@ApiExtraModels(SurveyMeanOutput)
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @ApiOperation({
    summary:
      'Kết quả khảo sát sự hài lòng của đơn vị (gộp đơn vị trực thuộc): điểm trung bình theo tiêu chí và ý kiến đã che',
  })
  @ApiOkResponse({ type: SurveyResultsOutput })
  @Get('results')
  @Roles('leader', 'office', 'admin')
  results(@CurrentUser() user: AuthUser, @Query() q: SurveyResultsQuery): Promise<SurveyResultsOutput> {
    return this.surveys.results(user, q);
  }
}
