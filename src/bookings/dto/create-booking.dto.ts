import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/decorators.js';
import { PETITION_TYPES, type PetitionType } from '../booking.entity.js';

export const TOPIC_MAX_LENGTH = 2000;

export class RepresentativeDto {
  @ApiProperty({ example: 'Trần Thị Bình', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) fullName: string;
  @ApiProperty({ example: '031190012345', description: 'Số CCCD (12 chữ số) hoặc hộ chiếu', maxLength: 64 }) @IsString() @IsNotEmpty() @MaxLength(64) idNumber: string;
}

/** POST /bookings (public). Field formats (name, ID, phone) are checked by the booking domain validators. */
export class CreateBookingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId: string;
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' }) @IsInstant() slotStartsAt: string;
  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) fullName: string;
  @ApiProperty({ example: '031085001234', description: 'Số CCCD (12 chữ số) hoặc số hộ chiếu', maxLength: 64 }) @IsString() @IsNotEmpty() @MaxLength(64) idNumber: string;
  @ApiProperty({ example: '0912345678', maxLength: 32 }) @IsString() @IsNotEmpty() @MaxLength(32) phone: string;
  @ApiPropertyOptional({ example: 'an.nguyen@example.vn', maxLength: 254 }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiProperty({ example: 'Số 5 ngõ 12 phố Lạch Tray, phường Lê Chân, Hải Phòng', maxLength: 300 }) @IsString() @IsNotEmpty() @MaxLength(300) address: string;
  @ApiProperty({ example: 'Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất', maxLength: TOPIC_MAX_LENGTH }) @IsString() @IsNotEmpty() @MaxLength(TOPIC_MAX_LENGTH) topic: string;
  @ApiPropertyOptional({ enum: PETITION_TYPES }) @IsOptional() @IsIn(PETITION_TYPES) petitionType?: PetitionType;
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 500, description: 'Số người cùng nội dung, kể cả người đăng ký' })
  @IsOptional() @IsInt() @Min(1) @Max(500) groupSize?: number;
  @ApiPropertyOptional({ type: [RepresentativeDto], maxItems: 10, description: 'Những người khác cùng đến (không nhắc lại người đăng ký)' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => RepresentativeDto) representatives?: RepresentativeDto[];
  @ApiPropertyOptional({ default: false, description: 'Vào danh sách chờ khi khung giờ đã hết chỗ' }) @IsOptional() @IsBoolean() waitlist?: boolean;
}
