import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { IsIsoDate } from '../../common/validation/decorators.js';
import { PETITION_TYPES, type PetitionType } from '../../petitions/domain/petition-types.js';
import { HANDLING_ROUTES, type HandlingRoute } from '../domain/handling.js';
import { CleanName, CleanText } from '../../common/text/clean.decorators.js';
import { SALUTATIONS, type Salutation } from '../domain/citizen-address.js';

export class AttendeeDto {
  @ApiProperty({ maxLength: 120 }) @CleanName() @IsString() @IsNotEmpty() @MaxLength(120) fullName: string;
  @ApiProperty({ maxLength: 200, example: 'Chánh Thanh tra phường' })
  @CleanName()
  @IsString()
  @MaxLength(200)
  title: string;
}

export class CreateReceptionMinutesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'default: the delegate of the session, else its leader' })
  @IsOptional()
  @IsUUID()
  chairOfficialId?: string;
  @ApiPropertyOptional({ type: [AttendeeDto], description: 'officials present besides the chair' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  officials?: AttendeeDto[];
  @ApiPropertyOptional({ type: AttendeeDto, description: 'default: the signed-in user' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AttendeeDto)
  secretary?: AttendeeDto;
  @ApiPropertyOptional({ maxLength: 64, example: '05/BB-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  number?: string;
}

export class UpdateReceptionMinutesDto extends CreateReceptionMinutesDto {}

export class CaseRepresentativeDto {
  @ApiProperty({ maxLength: 120 }) @CleanName() @IsString() @IsNotEmpty() @MaxLength(120) fullName: string;
  @ApiProperty({ maxLength: 20 }) @CleanName() @IsString() @IsNotEmpty() @MaxLength(20) idNumber: string;
}

export class AddCaseDto {
  @ApiPropertyOptional({
    maxLength: 32,
    description: 'code of a checked-in booking of this session; empty for a walk-in',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  bookingCode?: string;
  @ApiProperty({ maxLength: 120 }) @CleanName() @IsString() @IsNotEmpty() @MaxLength(120) fullName: string;
  @ApiPropertyOptional({
    enum: SALUTATIONS,
    description: 'form of address in documents: "ong" (ông), "ba" (bà); absent → "công dân"',
  })
  @IsOptional()
  @IsIn(SALUTATIONS)
  salutation?: Salutation;
  @ApiProperty({ maxLength: 20, description: 'CCCD or passport (encrypted at rest)' })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  idNumber: string;
  @ApiProperty({ maxLength: 300 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(300) address: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  groupSize?: number;
  @ApiPropertyOptional({ type: [CaseRepresentativeDto], description: 'the other representatives of a group' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CaseRepresentativeDto)
  representatives?: CaseRepresentativeDto[];
  @ApiProperty({ maxLength: 5000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(5000) summary: string;
  @ApiPropertyOptional({ maxLength: 5000, description: "the citizen's request" })
  @CleanText()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  request?: string;
  @ApiProperty({ enum: PETITION_TYPES }) @IsIn(PETITION_TYPES) petitionType: PetitionType;
  @ApiPropertyOptional({ maxLength: 300 })
  @CleanText()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  previouslyHandledBy?: string;
  @ApiProperty({ enum: HANDLING_ROUTES }) @IsIn(HANDLING_ROUTES) handlingRoute: HandlingRoute;
  @ApiPropertyOptional({
    enum: [1, 2, 3, 4],
    description: 'Art. 9 of the Law on Citizen Reception; only with handlingRoute "refuse"',
  })
  @IsOptional()
  @IsInt()
  refusalGround?: number;
  @ApiPropertyOptional({ maxLength: 1000, description: 'required with a refusal' })
  @CleanText()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  refusalReason?: string;
  @ApiProperty({ maxLength: 5000, description: "the leader's conclusion" })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  conclusion: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigneeUnitId?: string;
  @ApiPropertyOptional({ example: '2026-03-20' }) @IsOptional() @IsIsoDate() dueDate?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @CleanText() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class ReceptionAmendmentDto {
  @ApiProperty({ maxLength: 1000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiProperty({ maxLength: 5000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(5000) text: string;
}

export class DocumentFormatQuery {
  @ApiPropertyOptional({ enum: ['docx', 'pdf'], default: 'pdf' }) @IsOptional() @IsIn(['docx', 'pdf']) format?:
    'docx' | 'pdf';
}

export class SurveySlipQuery {
  @ApiPropertyOptional({
    enum: ['json', 'png', 'svg'],
    default: 'json',
    description: 'json: mã và đường dẫn; png/svg: mã QR',
  })
  @IsOptional()
  @IsIn(['json', 'png', 'svg'])
  format?: 'json' | 'png' | 'svg';
}

export const LOG_FORMATS = ['json', 'csv', 'xlsx', 'pdf', 'docx'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export class ReceptionLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "default: the user's unit" })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiProperty({ example: '2026-03-01' }) @IsIsoDate() from: string;
  @ApiProperty({ example: '2026-03-31' }) @IsIsoDate() to: string;
  @ApiPropertyOptional({
    enum: LOG_FORMATS,
    default: 'json',
    description: 'pdf/docx: the printed register (Form 03, landscape)',
  })
  @IsOptional()
  @IsIn(LOG_FORMATS)
  format?: LogFormat;
}
