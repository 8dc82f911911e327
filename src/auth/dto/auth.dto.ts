import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '../../common/roles.js';

export class LoginDto {
  @ApiProperty({ example: 'office', maxLength: 64 }) @IsString() @IsNotEmpty() @MaxLength(64) username: string;
  @ApiProperty({ example: 'tiepdan-demo', maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'vanphong.hongbang', maxLength: 64 })
  @IsString()
  @Matches(/^[a-z0-9._-]{3,64}$/, {
    message: 'Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang.',
    context: { custom: true },
  })
  username: string;

  @ApiProperty({ minLength: 8, maxLength: 200 }) @IsString() @MinLength(8) @MaxLength(200) password: string;

  @ApiPropertyOptional({
    maxLength: 120,
    example: 'Hoàng Thu Trang',
    description: 'họ tên in trên văn bản (thư ký, người đính chính)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName?: string;

  @ApiPropertyOptional({
    maxLength: 200,
    example: 'Công chức Văn phòng HĐND và UBND phường',
    description: 'chức danh in trên văn bản',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() officialId?: string;
}

/** An admin's change to an account; each change revokes the user's tokens. */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;

  @ApiPropertyOptional({
    description: 'true khóa tài khoản (không đăng nhập được, mọi token bị từ chối ngay); false mở lại',
  })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

/** The signed-in user's password change; `next` follows the policy of user creation. */
export class ChangePasswordDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) current: string;
  @ApiProperty({ minLength: 8, maxLength: 200 }) @IsString() @MinLength(8) @MaxLength(200) next: string;
}
