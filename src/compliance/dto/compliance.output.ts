/** Response bodies of compliance.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class ComplianceRowRuleOutput {
  @ApiProperty({ type: Number }) count: number;
  @ApiProperty({ type: String }) per: string;
  @ApiProperty({ type: String }) source: string;
}

export class ComplianceOnlineRuleOutput {
  @ApiProperty({ type: Boolean }) countsTowardFrequency: boolean;
  @ApiProperty({ type: Boolean, description: 'false: nguồn (ngày hiệu lực, nghị định) chưa được đối chiếu' })
  verified: boolean;
  @ApiProperty({ type: String }) effectiveFrom: string;
  @ApiProperty({ type: String }) source: string;
}

export class ComplianceRowOutput {
  @ApiProperty({ type: String, format: 'uuid' }) officialId: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ type: String }) body: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String }) unitName: string;
  @ApiProperty({ type: String }) level: string;
  @ApiProperty({ type: String }) period: string;
  @ApiProperty({ type: String }) periodFrom: string;
  @ApiProperty({ type: String }) periodTo: string;
  @ApiProperty({ type: Number }) required: number;
  @ApiProperty({ type: Number }) heldInPerson: number;
  @ApiProperty({ type: Number }) heldByDeputy: number;
  @ApiProperty({ type: Number, description: 'Buổi người đứng đầu tiếp tại trụ sở (trực tiếp hoặc kết hợp)' })
  heldAtVenue: number;
  @ApiProperty({ type: Number, description: 'Buổi người đứng đầu tiếp chỉ trực tuyến' }) heldOnline: number;
  @ApiProperty({
    type: Number,
    description: 'Số buổi trực tuyến được tính vào tần suất theo bộ quy tắc online-reception',
  })
  onlineCounted: number;
  @ApiProperty({ type: Number, description: 'heldAtVenue + onlineCounted' }) counted: number;
  @ApiProperty({ type: Number }) shortfall: number;
  @ApiProperty({ type: () => ComplianceRowRuleOutput, nullable: true }) rule: ComplianceRowRuleOutput | null;
  @ApiProperty({ type: () => ComplianceOnlineRuleOutput, nullable: true })
  onlineRule: ComplianceOnlineRuleOutput | null;
}
