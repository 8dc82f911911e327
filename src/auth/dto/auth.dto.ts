import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../roles.js';

export class LoginDto {
  @ApiProperty({ example: 'office', maxLength: 64 }) @IsString() @IsNotEmpty() @MaxLength(64) username: string;
  @ApiProperty({ example: 'tiepdan-demo', maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'vanphong.hongbang', maxLength: 64 })
  @IsString() @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang.', context: { custom: true } })
  username: string;

  @ApiProperty({ minLength: 8, maxLength: 200 }) @IsString() @MinLength(8) @MaxLength(200) password: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() officialId?: string;
}
