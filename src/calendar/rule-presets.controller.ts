import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { UpdatePresetDto } from './dto/calendar.dto.js';
import { RulePresetsService } from './rule-presets.service.js';

@ApiTags('calendar')
@ApiBearerAuth()
@AuditEntity('rule_preset')
@Controller('rule-presets')
export class RulePresetsController {
  constructor(private readonly presets: RulePresetsService) {}

  @Get()
  list() {
    return this.presets.list();
  }

  @Get(':name')
  get(@Param('name') name: string) {
    return this.presets.document(name);
  }

  @Get(':name/revisions')
  revisions(@Param('name') name: string) {
    return this.presets.revisions(name);
  }

  /** A new revision of a preset: add versions with a new effective date; versions already in force cannot change. */
  @Put(':name')
  @Roles('admin')
  update(@CurrentUser() user: AuthUser, @Param('name') name: string, @Body() dto: UpdatePresetDto) {
    return this.presets.update(name, dto.document, user.username, dto.expectedRevision);
  }
}
