import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import {
  CreateAdHocSessionDto,
  HeldSessionDto,
  PublishSessionDto,
  SessionQuery,
  UpdateSessionDto,
} from './dto/session.dto.js';
import { SessionActionsService } from './session-actions.service.js';
import { SessionsService } from './sessions.service.js';
import { SessionOutput } from './dto/sessions.output.js';

@ApiTags('sessions')
@ApiBearerAuth()
@AuditEntity('session')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly actions: SessionActionsService,
  ) {}

  @ApiOperation({ summary: 'Danh sách buổi tiếp công dân' })
  @ApiOkResponse({ type: SessionOutput, isArray: true })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: SessionQuery): Promise<SessionOutput[]> {
    return this.sessions.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một buổi tiếp công dân' })
  @ApiOkResponse({ type: SessionOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<SessionOutput> {
    return this.sessions.get(user, id);
  }

  /** Ad-hoc session (Art. 18(3)). */
  @ApiOperation({ summary: 'Tạo buổi tiếp đột xuất (khoản 3 Điều 18)' })
  @ApiCreatedResponse({ type: SessionOutput })
  @Post()
  @Roles('office')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAdHocSessionDto): Promise<SessionOutput> {
    return this.sessions.createAdHoc(user, dto);
  }

  @ApiOperation({ summary: 'Sửa, dời hoặc hủy buổi tiếp' })
  @ApiOkResponse({ type: SessionOutput })
  @Patch(':id')
  @Roles('office')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateSessionDto,
  ): Promise<SessionOutput> {
    return this.sessions.update(user, id, dto);
  }

  @ApiOperation({ summary: 'Công bố buổi tiếp; dưới thời hạn thông báo thì cần override và reason' })
  @ApiOkResponse({ type: SessionOutput })
  @Post(':id/publish')
  @Roles('office')
  @HttpCode(200)
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: PublishSessionDto,
  ): Promise<SessionOutput> {
    return this.actions.publish(user, id, dto);
  }

  @ApiOperation({ summary: 'Ghi nhận buổi tiếp đã diễn ra' })
  @ApiOkResponse({ type: SessionOutput })
  @Post(':id/held')
  @Roles('secretary', 'office')
  @HttpCode(200)
  held(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: HeldSessionDto,
  ): Promise<SessionOutput> {
    return this.actions.held(user, id, dto);
  }
}
