import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate, IsTimeOfDay, IsTimeZone } from '../../common/validation/decorators.js';
import { HOLIDAY_POLICIES, type HolidayPolicy } from '../domain/schedule.types.js';
import { OnlineSettingsFields } from '../../sessions/dto/online-settings.dto.js';

export class CreateScheduleDto extends OnlineSettingsFields {
  @ApiProperty({ format: 'uuid' }) @IsUUID() officialId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() venueId: string;
  @ApiProperty({ example: 'FREQ=WEEKLY;BYDAY=MO', maxLength: 500, description: 'RRULE (RFC 5545) không có DTSTART' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  rrule: string;
  @ApiProperty({ example: '08:00' }) @IsTimeOfDay() startTime: string;
  @ApiProperty({ example: 180, minimum: 15, maximum: 720 }) @IsInt() @Min(15) @Max(720) durationMinutes: number;
  @ApiProperty({ example: '2026-01-05' }) @IsIsoDate() validFrom: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsIsoDate() validUntil?: string;
  @ApiPropertyOptional({ default: 'Asia/Ho_Chi_Minh' }) @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiProperty({ enum: HOLIDAY_POLICIES }) @IsIn(HOLIDAY_POLICIES) holidayPolicy: HolidayPolicy;
  @ApiProperty({ example: 30, minimum: 5, maximum: 240 }) @IsInt() @Min(5) @Max(240) slotMinutes: number;
  @ApiProperty({ example: 5, minimum: 1, maximum: 200 }) @IsInt() @Min(1) @Max(200) seatsPerSlot: number;
}

/** Edits regenerate future planned sessions nobody touched; published or modified ones are reported as conflicts. */
export class UpdateScheduleDto extends OnlineSettingsFields {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() venueId?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) rrule?: string;
  @ApiPropertyOptional() @IsOptional() @IsTimeOfDay() startTime?: string;
  @ApiPropertyOptional({ minimum: 15, maximum: 720 })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsIsoDate() validFrom?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsIsoDate() validUntil?: string | null;
  @ApiPropertyOptional({ enum: HOLIDAY_POLICIES }) @IsOptional() @IsIn(HOLIDAY_POLICIES) holidayPolicy?: HolidayPolicy;
  @ApiPropertyOptional({ minimum: 5, maximum: 240 }) @IsOptional() @IsInt() @Min(5) @Max(240) slotMinutes?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @IsInt() @Min(1) @Max(200) seatsPerSlot?: number;
  @ApiPropertyOptional({ description: 'false: ngừng lịch; các buổi dự kiến chưa ai sửa trong tương lai bị xóa' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ScheduleQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() officialId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
}
