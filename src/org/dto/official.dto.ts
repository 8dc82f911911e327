import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BODIES, type Body, POSITIONS, type Position } from '../official.entity.js';
import { CleanName } from '../../common/text/clean.decorators.js';

export class CreateOfficialDto {
  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 120 })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName: string;
  @ApiProperty({ example: 'Chủ tịch UBND phường', maxLength: 200 })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
  @ApiProperty({ enum: POSITIONS }) @IsIn(POSITIONS) position: Position;
  @ApiProperty({ enum: BODIES }) @IsIn(BODIES) body: Body;
}

export class UpdateOfficialDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @CleanName()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @CleanName()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;
  @ApiPropertyOptional({ enum: POSITIONS }) @IsOptional() @IsIn(POSITIONS) position?: Position;
  @ApiPropertyOptional({ enum: BODIES }) @IsOptional() @IsIn(BODIES) body?: Body;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class OfficialQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: POSITIONS }) @IsOptional() @IsIn(POSITIONS) position?: Position;
}
