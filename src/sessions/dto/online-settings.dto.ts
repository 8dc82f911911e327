import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CleanText } from '../../common/text/clean.decorators.js';
import {
  MEETING_URL_MAX_LENGTH,
  RECORDING_PURPOSE_MAX_LENGTH,
  RECORDING_RETENTION_MAX_DAYS,
  SESSION_MODES,
  type SessionMode,
} from '../domain/online-reception.js';

/**
 * Online reception fields of schedules and sessions (Law 136/2025/QH15, Art. 3a). The combination is checked by
 * `checkOnlineSettings` (sessions/domain/online-reception.ts): online and hybrid need an https meeting address, hybrid
 * its online seats per slot, recording a purpose and a retention period.
 */
export class OnlineSettingsFields {
  @ApiPropertyOptional({
    enum: SESSION_MODES,
    default: 'in_person',
    description: 'Hình thức tiếp: trực tiếp, trực tuyến hoặc kết hợp',
  })
  @IsOptional()
  @IsIn(SESSION_MODES)
  mode?: SessionMode;
  @ApiPropertyOptional({
    type: String,
    maxLength: MEETING_URL_MAX_LENGTH,
    nullable: true,
    example: 'https://meet.example.vn/tiep-dan',
    description: 'Địa chỉ phòng họp trực tuyến (https), bắt buộc khi tiếp trực tuyến hoặc kết hợp',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_URL_MAX_LENGTH)
  meetingUrl?: string | null;
  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: 199,
    nullable: true,
    description: 'Buổi kết hợp: số chỗ trực tuyến mỗi khung giờ (nhỏ hơn seatsPerSlot; còn lại là chỗ trực tiếp)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(199)
  onlineSeatsPerSlot?: number | null;
  @ApiPropertyOptional({ description: 'Ghi hình buổi tiếp trực tuyến (công dân phải đồng ý khi đăng ký)' })
  @IsOptional()
  @IsBoolean()
  recordsOnline?: boolean;
  @ApiPropertyOptional({
    type: String,
    maxLength: RECORDING_PURPOSE_MAX_LENGTH,
    nullable: true,
    description: 'Mục đích ghi hình',
  })
  @CleanText()
  @IsOptional()
  @IsString()
  @MaxLength(RECORDING_PURPOSE_MAX_LENGTH)
  recordingPurpose?: string | null;
  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: RECORDING_RETENTION_MAX_DAYS,
    nullable: true,
    description: 'Thời hạn lưu bản ghi hình (ngày)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RECORDING_RETENTION_MAX_DAYS)
  recordingRetentionDays?: number | null;
}

/** The online fields of a body, as a patch (absent ones undefined). */
export function onlinePatchOf(dto: OnlineSettingsFields) {
  return {
    mode: dto.mode,
    meetingUrl: dto.meetingUrl,
    onlineSeatsPerSlot: dto.onlineSeatsPerSlot,
    recordsOnline: dto.recordsOnline,
    recordingPurpose: dto.recordingPurpose,
    recordingRetentionDays: dto.recordingRetentionDays,
  };
}
