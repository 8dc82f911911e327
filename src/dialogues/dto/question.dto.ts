import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { QUESTION_STATUSES, type QuestionStatus } from '../dialogue.entity.js';
import { CleanName, CleanText } from '../../common/text/clean.decorators.js';

export class SubmitQuestionDto {
  @ApiProperty({ maxLength: 120, example: 'Trần Thị Hoa' })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @Matches(/\p{L}/u, { message: 'Họ tên phải có chữ cái.' })
  fullName: string;
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Số điện thoại hoặc e-mail để nhận trả lời; không bao giờ công khai.',
  })
  @CleanName()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string;
  @ApiProperty({ minLength: 10, maxLength: 2000 })
  @CleanText()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  question: string;
}

export const MODERATION_ACTIONS = ['accept', 'reject', 'merge'] as const;

export class ModerateQuestionDto {
  @ApiProperty({ enum: MODERATION_ACTIONS }) @IsIn(MODERATION_ACTIONS) action: (typeof MODERATION_ACTIONS)[number];
  @ApiPropertyOptional({ maxLength: 1000, description: 'Bắt buộc khi từ chối.' })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Câu hỏi được gộp vào (bắt buộc khi gộp; phải đã được chấp nhận).',
  })
  @IsOptional()
  @IsUUID()
  mergeIntoId?: string;
  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Nội dung công khai khi chấp nhận (có thể lược bỏ thông tin cá nhân).',
  })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  publicText?: string;
}

export class QuestionQuery {
  @ApiPropertyOptional({ enum: QUESTION_STATUSES }) @IsOptional() @IsIn(QUESTION_STATUSES) status?: QuestionStatus;
}
