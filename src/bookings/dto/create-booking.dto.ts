import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/decorators.js';
import { PETITION_TYPES, type PetitionType } from '../booking.entity.js';
import { CleanName, CleanText } from '../../common/text/clean.decorators.js';
import { SALUTATIONS, type Salutation } from '../domain/salutation.js';
import { RECEPTION_FORMS, type ReceptionForm } from '../../sessions/domain/online-reception.js';

/** Limits of the booking body, shared by the DTO (documentation, class-validator) and the compiled schema. */
export const BOOKING_LIMITS = {
  fullName: 100,
  idNumber: 64,
  phone: 32,
  email: 254,
  address: 300,
  topic: 2000,
  groupSize: 500,
  representatives: 10,
} as const;

export const TOPIC_MAX_LENGTH = BOOKING_LIMITS.topic;

export class BookingRepresentativeDto {
  @ApiProperty({ example: 'Trần Thị Bình', maxLength: BOOKING_LIMITS.fullName })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.fullName)
  fullName: string;
  @ApiProperty({
    example: '031190012345',
    description: 'Số CCCD (12 chữ số) hoặc hộ chiếu',
    maxLength: BOOKING_LIMITS.idNumber,
  })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.idNumber)
  idNumber: string;
}

/**
 * POST /bookings (public). Field formats (name, ID, phone) are checked by the booking domain validators. The route
 * validates this body with the compiled schema of create-booking.schema.ts (a property test keeps the two equal); these
 * decorators document the API and are the reference the schema is tested against.
 */
export class CreateBookingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId: string;
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' }) @IsInstant() slotStartsAt: string;
  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: BOOKING_LIMITS.fullName })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.fullName)
  fullName: string;
  @ApiPropertyOptional({
    enum: SALUTATIONS,
    description: 'Cách xưng hô trên văn bản: "ong" (ông), "ba" (bà); bỏ trống: "công dân"',
  })
  @IsOptional()
  @IsIn(SALUTATIONS)
  salutation?: Salutation;
  @ApiProperty({
    example: '031085001234',
    description: 'Số CCCD (12 chữ số) hoặc số hộ chiếu',
    maxLength: BOOKING_LIMITS.idNumber,
  })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.idNumber)
  idNumber: string;
  @ApiProperty({ example: '0912345678', maxLength: BOOKING_LIMITS.phone })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.phone)
  phone: string;
  @ApiPropertyOptional({ example: 'an.nguyen@example.vn', maxLength: BOOKING_LIMITS.email })
  @IsOptional()
  @IsEmail()
  @MaxLength(BOOKING_LIMITS.email)
  email?: string;
  @ApiProperty({ example: 'Số 5 ngõ 12 phố Lạch Tray, phường Lê Chân, Hải Phòng', maxLength: BOOKING_LIMITS.address })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.address)
  address: string;
  @ApiProperty({ example: 'Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất', maxLength: BOOKING_LIMITS.topic })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_LIMITS.topic)
  topic: string;
  @ApiPropertyOptional({ enum: PETITION_TYPES }) @IsOptional() @IsIn(PETITION_TYPES) petitionType?: PetitionType;
  @ApiPropertyOptional({
    default: 1,
    minimum: 1,
    maximum: BOOKING_LIMITS.groupSize,
    description: 'Số người cùng nội dung, kể cả người đăng ký',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(BOOKING_LIMITS.groupSize)
  groupSize?: number;
  @ApiPropertyOptional({
    type: [BookingRepresentativeDto],
    maxItems: BOOKING_LIMITS.representatives,
    description: 'Những người khác cùng đến (không nhắc lại người đăng ký)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(BOOKING_LIMITS.representatives)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => BookingRepresentativeDto)
  representatives?: BookingRepresentativeDto[];
  @ApiPropertyOptional({ default: false, description: 'Vào danh sách chờ khi khung giờ đã hết chỗ' })
  @IsOptional()
  @IsBoolean()
  waitlist?: boolean;
  @ApiPropertyOptional({
    enum: RECEPTION_FORMS,
    description:
      'Hình thức tiếp: trực tiếp hoặc trực tuyến; bỏ trống: trực tiếp nếu buổi tiếp có, trực tuyến nếu buổi tiếp chỉ tiếp trực tuyến',
  })
  @IsOptional()
  @IsIn(RECEPTION_FORMS)
  form?: ReceptionForm;
  @ApiPropertyOptional({
    description:
      'Đồng ý ghi hình buổi tiếp trực tuyến (bắt buộc true khi buổi tiếp có ghi hình; mục đích và thời hạn lưu xem ở khung giờ)',
  })
  @IsOptional()
  @IsBoolean()
  recordingConsent?: boolean;
}

/** The body as the route receives it after validation: a plain object (optional fields may also be null). */
export interface CreateBookingBody {
  sessionId: string;
  slotStartsAt: string;
  fullName: string;
  salutation?: Salutation | null;
  idNumber: string;
  phone: string;
  email?: string | null;
  address: string;
  topic: string;
  petitionType?: PetitionType | null;
  groupSize?: number | null;
  representatives?: { fullName: string; idNumber: string }[] | null;
  waitlist?: boolean | null;
  form?: ReceptionForm | null;
  recordingConsent?: boolean | null;
}
