import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { CreateScheduleDto, ScheduleQuery, UpdateScheduleDto } from './dto/schedule.dto.js';
import { SchedulesService } from './schedules.service.js';
import {
  ScheduleDetailOutput,
  ScheduleExtensionOutput,
  ScheduleOutput,
  ScheduleWithGenerationOutput,
  SchedulesUpdateOutput,
} from './dto/schedules.output.js';

@ApiTags('schedules')
@ApiBearerAuth()
@AuditEntity('schedule')
@Controller('schedules')
export class SchedulesController {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly audit: AuditService,
  ) {}

  @ApiOperation({ summary: 'Danh sách lịch tiếp định kỳ' })
  @ApiOkResponse({ type: ScheduleOutput, isArray: true })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: ScheduleQuery): Promise<ScheduleOutput[]> {
    return this.schedules.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một lịch tiếp định kỳ' })
  @ApiOkResponse({ type: ScheduleDetailOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<ScheduleDetailOutput> {
    return this.schedules.get(user, id);
  }

  @ApiOperation({ summary: 'Tạo lịch tiếp định kỳ' })
  @ApiCreatedResponse({ type: ScheduleWithGenerationOutput })
  @Post()
  @Roles('office')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateScheduleDto): Promise<ScheduleWithGenerationOutput> {
    return this.schedules.create(user, dto);
  }

  @ApiOperation({ summary: 'Sửa lịch tiếp định kỳ' })
  @ApiOkResponse({ type: SchedulesUpdateOutput })
  @Patch(':id')
  @Roles('office')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateScheduleDto,
  ): Promise<SchedulesUpdateOutput> {
    return this.schedules.update(user, id, dto);
  }

  /** Runs the daily extension now (administrator): every active schedule gets sessions 12 months ahead. */
  @ApiOperation({
    summary: 'Chạy ngay việc gia hạn lịch: mỗi lịch đang áp dụng có các buổi tiếp 12 tháng tới (quản trị viên)',
  })
  @ApiOkResponse({ type: ScheduleExtensionOutput })
  @Post('extend')
  @Roles('admin')
  @HttpCode(200)
  @AuditEntity('')
  async extend(): Promise<ScheduleExtensionOutput> {
    const result = await this.schedules.extendAll();
    await this.audit.record({
      action: 'action:extend',
      entityType: 'schedule',
      summary: `POST /schedules/extend: ${result.schedules} lịch, ${result.created} buổi mới`,
    });
    return result;
  }
}
