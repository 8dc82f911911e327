import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { CreateTaskDto, TaskQuery, TaskResultDto, UpdateTaskDto } from './dto/task.dto.js';
import { TaskResultsService } from './task-results.service.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@ApiBearerAuth()
@AuditEntity('task')
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly results: TaskResultsService,
  ) {}

  @Post('petitions/:id/tasks')
  @Roles('office', 'leader', 'secretary', 'inspector')
  @ApiOperation({ summary: 'Giao nhiệm vụ xử lý; hạn là hạn giải quyết đơn, trừ khi có dueAt sớm hơn' })
  create(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: CreateTaskDto) {
    return this.tasks.create(user, id, dto);
  }

  @ApiOperation({ summary: 'Các nhiệm vụ của một đơn' })
  @Get('petitions/:id/tasks')
  forPetition(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.tasks.forPetition(user, id);
  }

  @Get('tasks')
  @ApiOperation({ summary: 'Nhiệm vụ theo đơn vị được giao và trạng thái, có phân trang và sắp xếp' })
  list(@CurrentUser() user: AuthUser, @Query() q: TaskQuery) {
    return this.tasks.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một nhiệm vụ' })
  @Get('tasks/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.tasks.get(user, id);
  }

  @Patch('tasks/:id')
  @ApiOperation({ summary: 'Bắt đầu, hoàn thành, trả lại (có lý do) — cán bộ xử lý; giao lại (có lý do) — văn phòng, lãnh đạo' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateTaskDto) {
    return this.tasks.update(user, id, dto);
  }

  @Post('tasks/:id/result')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ghi kết quả trả lời, gửi thư cho công dân và công khai (không có thông tin cá nhân) khi publish=true' })
  result(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: TaskResultDto) {
    return this.results.record(user, id, dto);
  }
}
