import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOutput } from '../../common/http/openapi-responses.js';

export class SurveyCriterionOutput {
  @ApiProperty({ type: String, description: 'Khóa tiêu chí, dùng trong câu trả lời' }) key: string;
  @ApiProperty({ type: String }) question: string;
}

export class SurveyFormOutput {
  @ApiProperty({ type: Number, description: 'Phiên bản bộ câu hỏi' }) version: number;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ type: String }) intro: string;
  @ApiProperty({ type: String, isArray: true, description: 'Nhãn của các mức 1–5' }) scale: string[];
  @ApiProperty({ type: SurveyCriterionOutput, isArray: true }) criteria: SurveyCriterionOutput[];
  @ApiProperty({ type: String }) commentLabel: string;
  @ApiProperty({ type: String, description: 'Nguồn của bộ câu hỏi' }) source: string;
  @ApiProperty({ type: String, format: 'date', description: 'Hạn cuối trả lời (ngày, giờ Việt Nam)' })
  expiresOn: string;
}

export class SurveyThanksOutput {
  @ApiProperty({ type: String }) message: string;
  @ApiProperty({ type: Number }) version: number;
}

export class SurveyMeanOutput {
  @ApiProperty({ type: Number, description: 'Điểm trung bình (1–5), làm tròn 2 chữ số' }) mean: number;
  @ApiProperty({ type: Number }) answers: number;
}

export class SurveyCommentOutput {
  @ApiProperty({ type: String, description: 'Tháng trả lời (năm-tháng)' }) period: string;
  @ApiProperty({ type: String }) kind: string;
  @ApiProperty({ type: String, description: 'Ý kiến, đã che thông tin cá nhân' }) comment: string;
}

export class SurveyCommentsPageOutput extends PageOutput {
  @ApiProperty({ type: SurveyCommentOutput, isArray: true }) items: SurveyCommentOutput[];
}

export class SurveyResultsUnitOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) name: string;
}

export class SurveyResultsOutput {
  @ApiProperty({ type: SurveyResultsUnitOutput }) unit: SurveyResultsUnitOutput;
  @ApiProperty({ type: String, format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date' }) to: string;
  @ApiProperty({ type: Number, description: 'Số phiếu đã trả lời (cả đơn vị trực thuộc)' }) answers: number;
  @ApiProperty({ type: Boolean, description: 'Đủ số phiếu tối thiểu để công bố kết quả' }) enough: boolean;
  @ApiProperty({ type: Number }) minimumAnswers: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: '"Chưa đủ câu trả lời" khi dưới mức tối thiểu' })
  note: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { $ref: '#/components/schemas/SurveyMeanOutput' },
    description: 'Điểm trung bình theo tiêu chí; null khi chưa đủ câu trả lời',
  })
  criteria: Record<string, SurveyMeanOutput> | null;
  @ApiProperty({ type: SurveyCommentsPageOutput, description: 'Ý kiến đã che (trống khi chưa đủ câu trả lời)' })
  comments: SurveyCommentsPageOutput;
}
