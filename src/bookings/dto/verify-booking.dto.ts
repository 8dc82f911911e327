import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The one-time code sent by SMS or e-mail; the manage token may be sent too (then it must match). */
export class VerifyBookingDto {
  @ApiProperty({ example: '042917', description: 'Mã xác nhận 6 chữ số' })
  @IsString()
  @MaxLength(12)
  @Matches(/^[\d\s-]+$/)
  otp: string;

  @ApiPropertyOptional({ description: 'Mã quản lý nhận khi đăng ký (không bắt buộc)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  token?: string;
}
