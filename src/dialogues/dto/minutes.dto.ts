import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { CleanText } from '../../common/text/clean.decorators.js';

export class CommitmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() assigneeUnitId: string;
  @ApiProperty({ example: '2026-04-30' }) @IsIsoDate() dueDate: string;
  @ApiProperty({ maxLength: 2000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(2000) text: string;
}

export class MinutesItemDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Câu hỏi gửi trước (đã chấp nhận); bỏ trống với câu hỏi nêu tại hội nghị.',
  })
  @IsOptional()
  @IsUUID()
  questionId?: string;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Bắt buộc khi không có questionId.' })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  questionText?: string;
  @ApiPropertyOptional({ maxLength: 20000 })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  answer?: string;
  @ApiPropertyOptional({ type: CommitmentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CommitmentDto)
  commitment?: CommitmentDto;
}

export class CreateDialogueMinutesDto {
  @ApiPropertyOptional({ maxLength: 20000 }) @CleanText() @IsOptional() @IsString() @MaxLength(20000) summary?: string;
  @ApiPropertyOptional({ type: [MinutesItemDto], maxItems: 200 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MinutesItemDto)
  items?: MinutesItemDto[];
}

export class UpdateDialogueMinutesDto {
  @ApiPropertyOptional({ maxLength: 20000 }) @CleanText() @IsOptional() @IsString() @MaxLength(20000) summary?: string;
}

export class DialogueAmendmentDto {
  @ApiProperty({ maxLength: 1000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiProperty({ maxLength: 20000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(20000) text: string;
}

export class DocumentQuery {
  @ApiPropertyOptional({ enum: ['docx', 'pdf'], default: 'pdf' }) @IsOptional() @IsIn(['docx', 'pdf']) format?:
    'docx' | 'pdf';
}
