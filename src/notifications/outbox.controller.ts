import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { pageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { OutboxQuery } from './dto/outbox.dto.js';
import { NotificationsService } from './notifications.service.js';

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

  @ApiOperation({ summary: 'Danh sách thư đi' })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: OutboxQuery) {
    return this.notifications.list(user, { status: q.status, kind: q.kind, ...pageOf(q) });
  }

  @ApiOperation({ summary: 'Thống kê thư đi theo trạng thái' })
  @Get('summary')
  summary() {
    return this.notifications.summary();
  }

  @ApiOperation({ summary: 'Xem một thư đi' })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.notifications.get(user, id);
  }

  /** Sends every due message now. */
  @ApiOperation({ summary: 'Gửi ngay mọi thư đến hạn' })
  @Post('flush')
  @HttpCode(200)
  flush() {
    return this.notifications.flush();
  }

  /** Puts a failed message back in the queue. */
  @ApiOperation({ summary: 'Đưa thư gửi lỗi trở lại hàng đợi' })
  @Post(':id/retry')
  @HttpCode(200)
  retry(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.notifications.retry(user, id);
  }
}
