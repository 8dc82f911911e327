import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { TaskContactsDto } from './dto/task.dto.js';
import { TaskContactsService } from './task-contacts.service.js';
import { TaskJobsService } from './task-jobs.service.js';
import { DailyRunResultOutput, TaskContactsOutput } from './dto/task-admin.output.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TaskAdminController {
  constructor(
    private readonly jobs: TaskJobsService,
    private readonly contacts: TaskContactsService,
  ) {}

  @ApiOkResponse({ type: DailyRunResultOutput })
  @Post('task-jobs/daily')
  @HttpCode(200)
  @Roles('admin')
  @AuditEntity('task_job')
  @ApiOperation({ summary: 'Chạy ngay việc kiểm tra nhiệm vụ hằng ngày (quá hạn, nhắc việc, báo cáo vượt cấp)' })
  runDaily(): Promise<DailyRunResultOutput> {
    return this.jobs.runDaily();
  }

  @ApiOperation({ summary: 'Hộp thư nhắc việc và báo cáo vượt cấp của một đơn vị' })
  @ApiOkResponse({ type: TaskContactsOutput })
  @Get('task-contacts/:unitId')
  @Roles('office', 'leader')
  getContacts(@CurrentUser() user: AuthUser, @Param('unitId', UuidPipe) unitId: string): Promise<TaskContactsOutput> {
    return this.contacts.get(user, unitId);
  }

  @ApiOkResponse({ type: TaskContactsOutput })
  @Put('task-contacts/:unitId')
  @Roles('office')
  @AuditEntity('task_contacts')
  @ApiOperation({
    summary: 'Đặt hộp thư nhắc việc (cán bộ xử lý) và báo cáo vượt cấp (người đứng đầu, văn phòng) của đơn vị',
  })
  putContacts(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body() dto: TaskContactsDto,
  ): Promise<TaskContactsOutput> {
    return this.contacts.put(user, unitId, dto);
  }
}
