import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { PERIOD_KINDS, type PeriodKind } from '../domain/compliance.js';

export class ComplianceQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị; mặc định mọi đơn vị trong phạm vi của người dùng' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ description: 'Mặc định 1/1 năm nay' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ description: 'Mặc định 31/12 năm nay' }) @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional({
    enum: PERIOD_KINDS,
    description: 'Chia theo kỳ báo cáo (cả kỳ); bỏ trống: một kỳ đúng bằng [from, to]',
  })
  @IsOptional()
  @IsIn(PERIOD_KINDS)
  period?: PeriodKind;
}
