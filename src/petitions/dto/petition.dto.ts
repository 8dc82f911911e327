import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
import { PageQuery } from '../../common/pagination.js';
import { IsInstant, IsIsoDate } from '../../common/validation/decorators.js';
import {
  COMPLEXITIES,
  type Complexity,
  PETITION_CHANNELS,
  PETITION_TYPES,
  type PetitionChannel,
  type PetitionType,
} from '../domain/petition-types.js';
import { PETITION_STATUSES, type PetitionStatus } from '../petition.entity.js';
import { CleanName, CleanText } from '../../common/text/clean.decorators.js';

export class PetitionerDto {
  @ApiProperty({ maxLength: 120 }) @CleanName() @IsString() @IsNotEmpty() @MaxLength(120) fullName: string;
  @ApiPropertyOptional({ maxLength: 20, description: 'CCCD or passport number (encrypted at rest)' })
  @CleanName()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  idNumber?: string;
  @ApiPropertyOptional({ maxLength: 300 }) @CleanText() @IsOptional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional({ maxLength: 20 }) @CleanName() @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @ApiPropertyOptional({ maxLength: 254, description: 'for the written answer (outbox)' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class CreatePetitionDto {
  @ApiProperty({ enum: PETITION_TYPES }) @IsIn(PETITION_TYPES) type: PetitionType;
  @ApiProperty({ example: '2026-02-10T02:00:00.000Z' }) @IsInstant() receivedAt: string;
  @ApiProperty({ enum: PETITION_CHANNELS }) @IsIn(PETITION_CHANNELS) channel: PetitionChannel;
  @ApiPropertyOptional({ type: PetitionerDto, description: 'required unless anonymous' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PetitionerDto)
  petitioner?: PetitionerDto;
  @ApiPropertyOptional({ description: 'anonymous or false-name denunciation (own queue)' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
  @ApiPropertyOptional({ maxLength: 300, description: 'short public subject (no personal data)' })
  @CleanName()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  subject?: string;
  @ApiProperty({ maxLength: 20000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(20000) content: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remoteArea?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() complex?: boolean;
  @ApiPropertyOptional({ enum: COMPLEXITIES, description: 'default: complex → "complex", else "normal"' })
  @IsOptional()
  @IsIn(COMPLEXITIES)
  complexity?: Complexity;
  @ApiPropertyOptional({ enum: [1, 2] }) @IsOptional() @IsIn([1, 2]) round?: 1 | 2;
  @ApiPropertyOptional({ description: 'denunciation: several sites must be checked (10 working days)' })
  @IsOptional()
  @IsBoolean()
  severalSites?: boolean;
  @ApiPropertyOptional({ description: 'not competent: transferred to the competent body' })
  @IsOptional()
  @IsBoolean()
  transferred?: boolean;
}

export class UpdatePetitionFlagsDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remoteArea?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() complex?: boolean;
  @ApiPropertyOptional({ enum: COMPLEXITIES }) @IsOptional() @IsIn(COMPLEXITIES) complexity?: Complexity;
  @ApiPropertyOptional({ enum: [1, 2] }) @IsOptional() @IsIn([1, 2]) round?: 1 | 2;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() severalSites?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() transferred?: boolean;
  @ApiPropertyOptional({ maxLength: 300 }) @CleanName() @IsOptional() @IsString() @MaxLength(300) subject?: string;
  @ApiPropertyOptional({ enum: ['refused', 'transferred', 'resolved'] })
  @IsOptional()
  @IsIn(['refused', 'transferred', 'resolved'])
  status?: PetitionStatus;
}

export class PetitionQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['main', 'anonymous', 'all'], default: 'main' })
  @IsOptional()
  @IsIn(['main', 'anonymous', 'all'])
  queue?: 'main' | 'anonymous' | 'all';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: PETITION_TYPES }) @IsOptional() @IsIn(PETITION_TYPES) type?: PetitionType;
  @ApiPropertyOptional({ enum: PETITION_STATUSES }) @IsOptional() @IsIn(PETITION_STATUSES) status?: PetitionStatus;
  @ApiPropertyOptional({ description: 'received on or after' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ description: 'received on or before' }) @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional({ description: 'only possible duplicates' }) @IsOptional() @IsIn(['true', 'false']) duplicates?:
    'true' | 'false';
}

export class AcceptPetitionDto {
  @ApiPropertyOptional({ description: 'day of the acceptance decision (default: today)' })
  @IsOptional()
  @IsIsoDate()
  acceptedOn?: string;
}

export class PausePetitionDto {
  @ApiProperty({ maxLength: 1000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiPropertyOptional({ description: 'first day of the pause (default: today)' })
  @IsOptional()
  @IsIsoDate()
  from?: string;
}

export class ResumePetitionDto {
  @ApiPropertyOptional({ description: 'day the clock runs again (default: today)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class CreateExtensionDto {
  @ApiProperty({ maxLength: 1000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiProperty({ minimum: 1, maximum: 365 }) @Type(() => Number) @IsInt() @Min(1) @Max(365) days: number;
  @ApiPropertyOptional({
    enum: COMPLEXITIES,
    description: 'records (and updates) the complexity the decision is taken under',
  })
  @IsOptional()
  @IsIn(COMPLEXITIES)
  complexity?: Complexity;
  @ApiPropertyOptional({ description: 'day of the written decision (default: today)' })
  @IsOptional()
  @IsIsoDate()
  decidedOn?: string;
}
