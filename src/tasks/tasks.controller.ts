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
  @ApiOperation({ summary: 'Assigns a follow-up task; due = the petition’s deadline unless an earlier dueAt is given' })
  create(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: CreateTaskDto) {
    return this.tasks.create(user, id, dto);
  }

  @Get('petitions/:id/tasks')
  forPetition(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.tasks.forPetition(user, id);
  }

  @Get('tasks')
  @ApiOperation({ summary: 'Tasks by assignee unit and status (open | overdue | done | returned | active | all), paginated and sorted' })
  list(@CurrentUser() user: AuthUser, @Query() q: TaskQuery) {
    return this.tasks.list(user, q);
  }

  @Get('tasks/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.tasks.get(user, id);
  }

  @Patch('tasks/:id')
  @ApiOperation({ summary: 'Start, complete, return (reason) — handlers of the assignee unit; reassign (reason) — office, leader' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateTaskDto) {
    return this.tasks.update(user, id, dto);
  }

  @Post('tasks/:id/result')
  @HttpCode(200)
  @ApiOperation({ summary: 'Records the answer, e-mails the citizen (outbox), and publishes it without personal data when publish=true' })
  result(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: TaskResultDto) {
    return this.results.record(user, id, dto);
  }
}
