import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CleanText } from '../../common/text/clean.decorators.js';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { PERIOD_PRESETS, type PeriodPreset } from '../domain/periods.js';

export const REPORT_FORMATS = ['json', 'docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

class ReportRange {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị; số liệu cộng cả các đơn vị trực thuộc' })
  @IsUUID()
  unitId: string;
  @ApiPropertyOptional({ description: 'Ngày đầu kỳ (theo giờ Việt Nam), tính cả ngày này' })
  @IsOptional()
  @IsIsoDate()
  from?: string;
  @ApiPropertyOptional({ description: 'Ngày cuối kỳ, tính cả ngày này' }) @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional({
    enum: PERIOD_PRESETS,
    description: 'Kỳ báo cáo theo Kết luận 215-KL/TW thay cho from/to: tháng, quý I, 6 tháng, 9 tháng, năm',
  })
  @IsOptional()
  @IsIn(PERIOD_PRESETS)
  period?: PeriodPreset;
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(12) month?: number;
}

export class ReportQuery extends ReportRange {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
  @ApiPropertyOptional({ description: 'Số liệu tính lại hôm nay dù báo cáo đã gửi' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  live?: boolean;
}

export class SendReportDto extends ReportRange {
  @ApiProperty({ example: '12/BC-UBND' }) @IsString() @CleanText() @IsNotEmpty() @MaxLength(60) documentNumber: string;
  @ApiPropertyOptional({ description: 'Bắt buộc khi phát hành phiên bản mới của báo cáo đã gửi' })
  @IsOptional()
  @IsString()
  @CleanText()
  @MaxLength(1000)
  reason?: string;
}

export class PublicComplianceQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Mặc định: thành phố' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
}
