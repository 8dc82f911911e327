import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CleanText } from '../../common/text/clean.decorators.js';
import { PageQuery } from '../../common/pagination.js';
import { IsIsoDate } from '../../common/validation/decorators.js';

export class SurveyAnswerDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
    description: 'Điểm 1–5 cho mỗi tiêu chí của bộ câu hỏi (ví dụ reception, timeliness, clarity, outcome)',
  })
  @IsObject()
  answers: Record<string, number>;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Ý kiến khác; số điện thoại, số giấy tờ, thư điện tử bị che' })
  @IsOptional()
  @IsString()
  @CleanText()
  @MaxLength(2000)
  comment?: string;
}

export class SurveyResultsQuery extends PageQuery {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị (gộp cả các đơn vị trực thuộc)' })
  @IsUUID()
  unitId: string;
  @ApiProperty({ description: 'Từ ngày (theo tháng: tính cả tháng chứa ngày này)' }) @IsIsoDate() from: string;
  @ApiProperty({ description: 'Đến ngày (tính cả tháng chứa ngày này)' }) @IsIsoDate() to: string;
}
