import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../common/validation/date-range.js';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { CleanName } from '../../common/text/clean.decorators.js';

export class HolidayQuery {
  @ApiProperty({ example: 2026, minimum: MIN_YEAR, maximum: MAX_YEAR })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;
}

export class HolidayEntryDto {
  @ApiProperty({ example: '2026-02-16' }) @IsIsoDate() date: string;
  @ApiProperty({ example: 'Tết Nguyên đán' }) @CleanName() @IsString() @IsNotEmpty() @MaxLength(120) name: string;
  @ApiProperty({ enum: ['holiday', 'day_off', 'working_day'] }) @IsIn(['holiday', 'day_off', 'working_day']) kind:
    'holiday' | 'day_off' | 'working_day';
}

export class UpdatePresetDto {
  @ApiProperty({
    description: 'The whole preset document, with every version (add a version with a new effectiveFrom).',
  })
  @IsObject()
  document: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Optimistic check: the revision this edit is based on.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;
}
