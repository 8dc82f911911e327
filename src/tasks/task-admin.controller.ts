import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { TaskContactsDto } from './dto/task.dto.js';
import { TaskContactsService } from './task-contacts.service.js';
import { TaskJobsService } from './task-jobs.service.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TaskAdminController {
  constructor(
    private readonly jobs: TaskJobsService,
    private readonly contacts: TaskContactsService,
  ) {}

  @Post('task-jobs/daily')
  @HttpCode(200)
  @Roles('admin')
  @AuditEntity('task_job')
  @ApiOperation({ summary: 'Runs the daily task job now (overdue flags, reminders, escalations; once per task and day)' })
  runDaily() {
    return this.jobs.runDaily();
  }

  @Get('task-contacts/:unitId')
  @Roles('office', 'leader')
  getContacts(@CurrentUser() user: AuthUser, @Param('unitId', UuidPipe) unitId: string) {
    return this.contacts.get(user, unitId);
  }

  @Put('task-contacts/:unitId')
  @Roles('office')
  @AuditEntity('task_contacts')
  @ApiOperation({ summary: 'Mailboxes of a unit for task reminders (handlers) and escalations (head, office)' })
  putContacts(@CurrentUser() user: AuthUser, @Param('unitId', UuidPipe) unitId: string, @Body() dto: TaskContactsDto) {
    return this.contacts.put(user, unitId, dto);
  }
}
