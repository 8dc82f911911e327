import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { pageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { OutboxQuery } from './dto/outbox.dto.js';
import { NotificationsService } from './notifications.service.js';
import { ApiPageResponse } from '../common/http/openapi-responses.js';
import type { Page } from '../common/pagination.js';
import { FlushResultOutput, OutboxDetailOutput, OutboxItemOutput, OutboxSummaryOutput } from './dto/outbox.output.js';

/**
 * The e-mail outbox for administrators: what waits, what went out, what failed. Recipients are masked and messages
 * about a denunciation sealed (src/common/privacy/masking-policy.ts).
 */
@ApiTags('notifications')
@ApiBearerAuth()
@AuditEntity('outbox_message')
@Roles('admin')
@Controller('notifications/outbox')
export class OutboxController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiOperation({ summary: 'Danh sách thư và tin nhắn đi (kênh, trạng thái, số lần gửi, lỗi gần nhất)' })
  @ApiPageResponse(OutboxItemOutput)
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: OutboxQuery): Promise<Page<OutboxItemOutput>> {
    return this.notifications.list(user, { status: q.status, kind: q.kind, channel: q.channel, ...pageOf(q) });
  }

  @ApiOperation({ summary: 'Thống kê thư đi theo trạng thái' })
  @ApiOkResponse({ type: OutboxSummaryOutput })
  @Get('summary')
  summary(): Promise<OutboxSummaryOutput> {
    return this.notifications.summary();
  }

  @ApiOperation({ summary: 'Xem một thư đi' })
  @ApiOkResponse({ type: OutboxDetailOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<OutboxDetailOutput> {
    return this.notifications.get(user, id);
  }

  /** Sends every due message now. */
  @ApiOperation({ summary: 'Gửi ngay mọi thư đến hạn' })
  @ApiOkResponse({ type: FlushResultOutput })
  @Post('flush')
  @HttpCode(200)
  flush(): Promise<FlushResultOutput> {
    return this.notifications.flush();
  }

  /** Puts a failed message back in the queue. */
  @ApiOperation({ summary: 'Đưa thư gửi lỗi trở lại hàng đợi' })
  @ApiOkResponse({ type: OutboxDetailOutput })
  @Post(':id/retry')
  @HttpCode(200)
  retry(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<OutboxDetailOutput> {
    return this.notifications.retry(user, id);
  }
}
