import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { IsInstant, IsIsoDate } from '../../common/validation/decorators.js';
import { PETITION_TYPES, type PetitionType } from '../../petitions/domain/petition-types.js';
import { CleanText } from '../../common/text/clean.decorators.js';

export class CreateTaskDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() assigneeUnitId: string;
  @ApiProperty({ maxLength: 4000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(4000) instruction: string;
  @ApiPropertyOptional({
    description: 'earlier due instant set by a conclusion; a later one does not loosen the statutory deadline',
  })
  @IsOptional()
  @IsInstant()
  dueAt?: string;
}

export const TASK_PATCH_STATUSES = ['in_progress', 'done', 'returned'] as const;

export class UpdateTaskDto {
  @ApiPropertyOptional({
    enum: TASK_PATCH_STATUSES,
    description: 'in_progress (start), done (complete), returned (needs reason)',
  })
  @IsOptional()
  @IsIn(TASK_PATCH_STATUSES)
  status?: (typeof TASK_PATCH_STATUSES)[number];
  @ApiPropertyOptional({ format: 'uuid', description: 'reassign to another unit (office, leader; needs reason)' })
  @IsOptional()
  @IsUUID()
  assigneeUnitId?: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @CleanText() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class TaskResultDto {
  @ApiProperty({ maxLength: 10000, description: 'the answer' })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  summary: string;
  @ApiProperty({ description: 'publish in GET /public/results (personal data removed)' }) @IsBoolean() publish: boolean;
}

export const TASK_LIST_STATUSES = ['open', 'overdue', 'done', 'returned', 'active', 'all'] as const;
export const TASK_SORTS = ['dueAt', '-dueAt', 'createdAt', '-createdAt'] as const;

export class TaskQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigneeUnitId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'unit of the petition (who assigned the task)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({
    enum: TASK_LIST_STATUSES,
    default: 'all',
    description: 'open = active and not overdue; active = open or overdue',
  })
  @IsOptional()
  @IsIn(TASK_LIST_STATUSES)
  status?: (typeof TASK_LIST_STATUSES)[number];
  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'dueAt' })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: (typeof TASK_SORTS)[number];
}

export class PublicResultsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'with unitId: its sub-units too', default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  subUnits?: 'true' | 'false';
  @ApiPropertyOptional({ enum: PETITION_TYPES, description: 'the field (loại đơn)' })
  @IsOptional()
  @IsIn(PETITION_TYPES)
  type?: PetitionType;
  @ApiPropertyOptional({ description: 'published on or after (local day)' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ description: 'published on or before (local day)' }) @IsOptional() @IsIsoDate() to?: string;
}

export class TaskContactsDto {
  @ApiPropertyOptional({ nullable: true, description: 'the head of the unit (escalations)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(254)
  headEmail?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'the unit’s office (escalations)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(254)
  officeEmail?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'the handlers’ mailbox (reminders; the office when unset)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(254)
  handlerEmail?: string | null;
}
