import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { UpdatePresetDto } from './dto/calendar.dto.js';
import { RulePresetsService } from './rule-presets.service.js';
import {
  RulePresetDocumentOutput,
  RulePresetRevisionOutput,
  RulePresetSummaryOutput,
  RulePresetUpdateOutput,
} from './dto/rule-presets.output.js';

@ApiTags('calendar')
@ApiBearerAuth()
@AuditEntity('rule_preset')
@Controller('rule-presets')
export class RulePresetsController {
  constructor(private readonly presets: RulePresetsService) {}

  @ApiOperation({ summary: 'Danh sách bộ quy tắc' })
  @ApiOkResponse({ type: RulePresetSummaryOutput, isArray: true })
  @Get()
  list(): Promise<RulePresetSummaryOutput[]> {
    return this.presets.list();
  }

  @ApiOperation({ summary: 'Xem một bộ quy tắc' })
  @ApiOkResponse({ type: RulePresetDocumentOutput })
  @Get(':name')
  get(@Param('name') name: string): Promise<RulePresetDocumentOutput> {
    return this.presets.document(name);
  }

  @ApiOperation({ summary: 'Lịch sử sửa đổi của một bộ quy tắc' })
  @ApiOkResponse({ type: RulePresetRevisionOutput, isArray: true })
  @Get(':name/revisions')
  revisions(@Param('name') name: string): Promise<RulePresetRevisionOutput[]> {
    return this.presets.revisions(name);
  }

  /** A new revision of a preset: add versions with a new effective date; versions already in force cannot change. */
  @ApiOperation({
    summary: 'Sửa đổi bộ quy tắc: thêm phiên bản có ngày hiệu lực mới; phiên bản đã có hiệu lực không được sửa',
  })
  @ApiOkResponse({ type: RulePresetUpdateOutput })
  @Put(':name')
  @Roles('admin')
  update(
    @CurrentUser() user: AuthUser,
    @Param('name') name: string,
    @Body() dto: UpdatePresetDto,
  ): Promise<RulePresetUpdateOutput> {
    return this.presets.update(name, dto.document, user.username, dto.expectedRevision);
  }
}
