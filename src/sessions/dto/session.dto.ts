import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsIsoDate, IsTimeZone } from '../../common/validation/decorators.js';
import { AD_HOC_REASONS, type AdHocReason, SESSION_STATUSES, type SessionStatus } from '../session.entity.js';
import { CleanText } from '../../common/text/clean.decorators.js';
import { OnlineSettingsFields } from './online-settings.dto.js';

export class SessionQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() officialId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Ngày địa phương đầu tiên (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  from?: string;
  @ApiPropertyOptional({ description: 'Ngày địa phương cuối cùng (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
  @ApiPropertyOptional({ enum: SESSION_STATUSES }) @IsOptional() @IsIn(SESSION_STATUSES) status?: SessionStatus;
  @ApiPropertyOptional({ minimum: 1, maximum: 5000, default: 2000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;
}

export class CreateAdHocSessionDto extends OnlineSettingsFields {
  @ApiProperty({ format: 'uuid' }) @IsUUID() officialId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() venueId: string;
  @ApiProperty({ example: '2026-03-04T01:00:00.000Z' }) @IsInstant() startsAt: string;
  @ApiProperty({ example: '2026-03-04T04:00:00.000Z' }) @IsInstant() endsAt: string;
  @ApiPropertyOptional({ default: 'Asia/Ho_Chi_Minh' }) @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiProperty({
    enum: AD_HOC_REASONS,
    description:
      'Luật Tiếp công dân Điều 18 khoản 3: a) vụ việc phức tạp, đông người; b) nguy cơ gây thiệt hại nghiêm trọng',
  })
  @IsIn(AD_HOC_REASONS)
  adHocReason: AdHocReason;
  @ApiProperty({ maxLength: 1000, description: 'Vụ việc cụ thể dẫn đến việc tiếp đột xuất' })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note: string;
  @ApiPropertyOptional({ default: 30, minimum: 5, maximum: 240 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes?: number;
  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: 200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  seatsPerSlot?: number;
}

/** Online fields: the meeting address may change until the session is held; form, seats and recording only while planned. */
export class UpdateSessionDto extends OnlineSettingsFields {
  @ApiPropertyOptional() @IsOptional() @IsInstant() startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() endsAt?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() venueId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Người được ủy quyền chủ trì thay: cấp phó (hoặc cán bộ) cùng đơn vị; null để bỏ ủy quyền',
  })
  @IsOptional()
  @IsUUID()
  delegateOfficialId?: string | null;
  @ApiPropertyOptional({ enum: ['cancelled'] }) @IsOptional() @IsIn(['cancelled']) status?: 'cancelled';
  @ApiPropertyOptional({ maxLength: 1000, description: 'Bắt buộc khi buổi tiếp đã công bố' })
  @CleanText()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional({
    description: 'Dời buổi tiếp đã công bố sang ngày chưa đủ thời hạn niêm yết (phải nêu lý do, được ghi lại)',
  })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class PublishSessionDto {
  @ApiPropertyOptional({ description: 'Công bố dù chưa đủ thời hạn niêm yết (phải nêu lý do)' })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
  @ApiPropertyOptional({ maxLength: 1000 }) @CleanText() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class HeldSessionDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Người trực tiếp tiếp: người đứng đầu, người được ủy quyền hoặc cấp phó cùng đơn vị',
  })
  @IsUUID()
  heldByOfficialId: string;
}
