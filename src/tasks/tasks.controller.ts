import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { CreateTaskDto, TaskQuery, TaskResultDto, UpdateTaskDto } from './dto/task.dto.js';
import { TaskResultsService } from './task-results.service.js';
import { TasksService } from './tasks.service.js';
import { ApiPageResponse } from '../common/http/openapi-responses.js';
import type { Page } from '../common/pagination.js';
import { TaskListItemOutput, TaskOutput } from './dto/tasks.output.js';

@ApiTags('tasks')
@ApiBearerAuth()
@AuditEntity('task')
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly results: TaskResultsService,
  ) {}

  @ApiCreatedResponse({ type: TaskOutput })
  @Post('petitions/:id/tasks')
  @Roles('office', 'leader', 'secretary', 'inspector')
  @ApiOperation({ summary: 'Giao nhiệm vụ xử lý; hạn là hạn giải quyết đơn, trừ khi có dueAt sớm hơn' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateTaskDto,
  ): Promise<TaskOutput> {
    return this.tasks.create(user, id, dto);
  }

  @ApiOperation({ summary: 'Các nhiệm vụ của một đơn' })
  @ApiOkResponse({ type: TaskListItemOutput, isArray: true })
  @Get('petitions/:id/tasks')
  forPetition(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<TaskListItemOutput[]> {
    return this.tasks.forPetition(user, id);
  }

  @ApiPageResponse(TaskListItemOutput)
  @Get('tasks')
  @ApiOperation({ summary: 'Nhiệm vụ theo đơn vị được giao và trạng thái, có phân trang và sắp xếp' })
  list(@CurrentUser() user: AuthUser, @Query() q: TaskQuery): Promise<Page<TaskListItemOutput>> {
    return this.tasks.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một nhiệm vụ' })
  @ApiOkResponse({ type: TaskOutput })
  @Get('tasks/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<TaskOutput> {
    return this.tasks.get(user, id);
  }

  @ApiOkResponse({ type: TaskOutput })
  @Patch('tasks/:id')
  @ApiOperation({
    summary: 'Bắt đầu, hoàn thành, trả lại (có lý do) — cán bộ xử lý; giao lại (có lý do) — văn phòng, lãnh đạo',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskOutput> {
    return this.tasks.update(user, id, dto);
  }

  @ApiOkResponse({ type: TaskOutput })
  @Post('tasks/:id/result')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ghi kết quả trả lời, gửi thư cho công dân và công khai (không có thông tin cá nhân) khi publish=true',
  })
  result(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: TaskResultDto,
  ): Promise<TaskOutput> {
    return this.results.record(user, id, dto);
  }
}
