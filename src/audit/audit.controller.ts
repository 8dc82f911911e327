import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { PageQuery, pageOf } from '../common/pagination.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { AuditService } from './audit.service.js';
import { ApiPageResponse } from '../common/http/openapi-responses.js';
import type { Page } from '../common/pagination.js';
import { AuditRecordOutput } from './dto/audit.output.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(48) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) action?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly scope: UnitScopeService,
  ) {}

  /**
   * Admin reads the whole log; an inspector reads the trail of one entity at a time, of an entity of its unit or a unit
   * below it. Another unit's entity (or one without a unit) answers 404, like every other record of another unit.
   */
  @ApiOperation({ summary: 'Nhật ký kiểm toán: quản trị viên xem toàn bộ, thanh tra xem theo từng đối tượng' })
  @ApiPageResponse(AuditRecordOutput)
  @Get()
  @Roles('admin', 'inspector')
  async list(@CurrentUser() user: AuthUser, @Query() q: AuditQuery): Promise<Page<AuditRecordOutput>> {
    if (!user.roles.includes('admin') && !(q.entityType && q.entityId)) {
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Thanh tra viên cần chỉ rõ loại và mã bản ghi cần xem nhật ký.',
        errors: [{ field: 'entityId', message: 'Bắt buộc phải có.' }],
      });
    }
    if (!user.roles.includes('admin'))
      await this.scope.assertInScope(user, await this.audit.unitOf(q.entityType!, q.entityId!), 'Bản ghi');
    const page = pageOf(q);
    const { items, total } = await this.audit.list({
      ...page,
      entityType: q.entityType,
      entityId: q.entityId,
      action: q.action,
    });
    return { items, total, ...page };
  }
}
