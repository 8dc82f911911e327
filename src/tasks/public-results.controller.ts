import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { PublicResultsQuery } from './dto/task.dto.js';
import { TaskResultsService } from './task-results.service.js';
import { ApiPageResponse } from '../common/http/openapi-responses.js';
import type { Page } from '../common/pagination.js';
import { PublicResultOutput } from './dto/public-results.output.js';

@ApiTags('public')
@Controller('public/results')
export class PublicResultsController {
  constructor(private readonly results: TaskResultsService) {}

  @ApiPageResponse(PublicResultOutput)
  @Get()
  @Public()
  @PublicRateLimit()
  @ApiOperation({
    summary: 'Các kết quả trả lời đã công khai: đơn vị, loại đơn, nội dung, trả lời, ngày — không có thông tin cá nhân',
  })
  list(@Query() q: PublicResultsQuery): Promise<Page<PublicResultOutput>> {
    return this.results.publicList(q);
  }
}
