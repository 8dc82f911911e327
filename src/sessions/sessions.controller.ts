import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { CreateAdHocSessionDto, HeldSessionDto, PublishSessionDto, SessionQuery, UpdateSessionDto } from './dto/session.dto.js';
import { SessionActionsService } from './session-actions.service.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@ApiBearerAuth()
@AuditEntity('session')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly actions: SessionActionsService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: SessionQuery) {
    return this.sessions.list(user, q);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.sessions.get(user, id);
  }

  /** Ad-hoc session (Art. 18(3)). */
  @Post()
  @Roles('office')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAdHocSessionDto) {
    return this.sessions.createAdHoc(user, dto);
  }

  @Patch(':id')
  @Roles('office')
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateSessionDto) {
    return this.sessions.update(user, id, dto);
  }

  @Post(':id/publish')
  @Roles('office')
  @HttpCode(200)
  publish(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: PublishSessionDto) {
    return this.actions.publish(user, id, dto);
  }

  @Post(':id/held')
  @Roles('secretary', 'office')
  @HttpCode(200)
  held(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: HeldSessionDto) {
    return this.actions.held(user, id, dto);
  }
}
