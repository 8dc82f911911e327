import { ApiProperty } from '@nestjs/swagger';

/** The satisfaction survey slip of a case closed at the desk: what is printed and handed to the person. */
export class SurveySlipOutput {
  @ApiProperty({ type: String, description: 'Mã phiếu in cho công dân nhập tay' }) code: string;
  @ApiProperty({ type: String, description: 'Đường dẫn khảo sát (cũng là nội dung mã QR)' }) url: string;
  @ApiProperty({ type: String, format: 'date', description: 'Ngày cuối cùng đường dẫn còn dùng được' }) lastDay: string;
  @ApiProperty({ type: String, description: 'Mã QR dạng SVG' }) qrSvg: string;
  @ApiProperty({ type: String, description: 'Lời mời in kèm (tiếng Việt)' }) text: string;
}
