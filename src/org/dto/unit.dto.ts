import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { UNIT_LEVELS, type UnitLevel } from '../unit.entity.js';
import { CleanName } from '../../common/text/clean.decorators.js';

export class CreateUnitDto {
  @ApiProperty({ example: 'Phường Hồng Bàng', maxLength: 200 })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: UNIT_LEVELS })
  @IsIn(UNIT_LEVELS)
  level: UnitLevel;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '11311', maxLength: 32 })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  code?: string;

  @ApiPropertyOptional({ example: '2025-07-01' })
  @IsOptional()
  @IsIsoDate()
  validFrom?: string;

  @ApiPropertyOptional({ example: '2030-12-31' })
  @IsOptional()
  @IsIsoDate()
  validTo?: string;
}

export class UpdateUnitDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @CleanName()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ enum: UNIT_LEVELS }) @IsOptional() @IsIn(UNIT_LEVELS) level?: UnitLevel;
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsIsoDate() validFrom?:
    string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsIsoDate() validTo?:
    string | null;
}

export class UnitQuery {
  @ApiPropertyOptional({ enum: UNIT_LEVELS }) @IsOptional() @IsIn(UNIT_LEVELS) level?: UnitLevel;
  @ApiPropertyOptional({ description: 'Only units in force on this date' }) @IsOptional() @IsIsoDate() on?: string;
}
