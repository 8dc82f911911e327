/** Response bodies of reports.controller.ts for the OpenAPI document. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReportUnitOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) name: string;
}

export class HeadReceptionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) officialId: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ type: String, description: 'party | government' }) body: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: Number }) required: number;
  @ApiProperty({ type: Number }) held: number;
  @ApiProperty({ type: Number }) heldByDeputy: number;
  @ApiProperty({ type: Number }) missed: number;
}

export class AdHocByTriggerOutput {
  @ApiProperty({ type: Number }) complex_case: number;
  @ApiProperty({ type: Number }) serious_risk: number;
}

export class CasesByTypeOutput {
  @ApiProperty({ type: Number }) complaint: number;
  @ApiProperty({ type: Number }) denunciation: number;
  @ApiProperty({ type: Number }) recommendation: number;
  @ApiProperty({ type: Number }) feedback: number;
}

export class ReceptionOutput {
  @ApiProperty({ type: Number }) sessionsRequired: number;
  @ApiProperty({ type: Number }) sessionsHeld: number;
  @ApiProperty({ type: Number }) sessionsHeldByDeputy: number;
  @ApiProperty({ type: Number }) sessionsMissed: number;
  @ApiProperty({ type: Number }) adHocSessions: number;
  @ApiProperty({ type: () => AdHocByTriggerOutput }) adHocByTrigger: AdHocByTriggerOutput;
  @ApiProperty({ type: Number }) citizensReceived: number;
  @ApiProperty({ type: Number }) groupCases: number;
  @ApiProperty({ type: () => CasesByTypeOutput }) cases: CasesByTypeOutput;
  @ApiProperty({ type: () => HeadReceptionOutput, isArray: true }) heads: HeadReceptionOutput[];
}

export class PetitionCountsOutput {
  @ApiProperty({ type: Number }) received: number;
  @ApiProperty({ type: Number }) handled: number;
  @ApiProperty({ type: Number }) onTime: number;
  @ApiProperty({ type: Number }) overdue: number;
  @ApiProperty({ type: Number, nullable: true }) onTimeShare: number | null;
}

export class PetitionsByTypeOutput {
  @ApiProperty({ type: () => PetitionCountsOutput }) complaint: PetitionCountsOutput;
  @ApiProperty({ type: () => PetitionCountsOutput }) denunciation: PetitionCountsOutput;
  @ApiProperty({ type: () => PetitionCountsOutput }) recommendation: PetitionCountsOutput;
  @ApiProperty({ type: () => PetitionCountsOutput }) feedback: PetitionCountsOutput;
}

export class PetitionFiguresOutput extends PetitionCountsOutput {
  @ApiProperty({ type: () => PetitionsByTypeOutput }) byType: PetitionsByTypeOutput;
}

export class DialogueFiguresOutput {
  @ApiProperty({ type: Number }) required: number;
  @ApiProperty({ type: Number }) held: number;
  @ApiProperty({ type: Number }) questions: number;
  @ApiProperty({ type: Number }) questionsAnswered: number;
  @ApiProperty({ type: Number }) commitments: number;
  @ApiProperty({ type: Number }) commitmentsDone: number;
  @ApiProperty({ type: Number }) commitmentsOnTime: number;
  @ApiProperty({ type: Number }) commitmentsOverdue: number;
}

export class SatisfactionCriterionOutput {
  @ApiProperty({ type: Number, nullable: true }) mean: number | null;
  @ApiProperty({ type: Number }) answers: number;
}

export class SatisfactionOutput {
  @ApiProperty({ type: Number }) answers: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/SatisfactionCriterionOutput' },
  })
  criteria: Record<string, SatisfactionCriterionOutput>;
}

export class FiguresOutput {
  @ApiProperty({ type: () => ReceptionOutput }) reception: ReceptionOutput;
  @ApiProperty({ type: () => PetitionFiguresOutput }) petitions: PetitionFiguresOutput;
  @ApiProperty({ type: () => DialogueFiguresOutput }) dialogues: DialogueFiguresOutput;
  @ApiProperty({ type: () => SatisfactionOutput, nullable: true, description: 'null khi chưa có số liệu khảo sát' })
  satisfaction: SatisfactionOutput | null;
}

export class SubUnitFiguresOutput extends FiguresOutput {
  @ApiProperty({ type: () => ReportUnitOutput }) unit: ReportUnitOutput;
}

export class ComparedFiguresOutput extends FiguresOutput {
  @ApiProperty({ type: String }) from: string;
  @ApiProperty({ type: String }) to: string;
}

export class FrozenOutput {
  @ApiProperty({ type: Number }) version: number;
  @ApiProperty({ type: String }) documentNumber: string;
  @ApiProperty({ type: String, format: 'date-time' }) sentAt: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class ReportOutput extends FiguresOutput {
  @ApiProperty({ type: () => ReportUnitOutput }) unit: ReportUnitOutput;
  @ApiProperty({ type: String }) from: string;
  @ApiProperty({ type: String }) to: string;
  @ApiProperty({ type: String, format: 'date-time' }) asOf: string;
  @ApiProperty({ type: () => FrozenOutput, nullable: true, description: 'Có khi đây là số liệu đã gửi (đóng băng)' })
  frozen: FrozenOutput | null;
  @ApiProperty({ type: () => SubUnitFiguresOutput, isArray: true }) subUnits: SubUnitFiguresOutput[];
  @ApiProperty({ type: () => ComparedFiguresOutput }) previous: ComparedFiguresOutput;
  @ApiProperty({ type: () => ComparedFiguresOutput }) sameTimeLastYear: ComparedFiguresOutput;
  @ApiPropertyOptional({ type: () => MonthPointOutput, isArray: true, description: 'Theo tháng; có ở báo cáo đã gửi' })
  months?: MonthPointOutput[];
}

export class MonthPointOutput {
  @ApiProperty({ type: String, example: '2026-03' }) month: string;
  @ApiProperty({ type: Number }) petitionsReceived: number;
  @ApiProperty({ type: Number }) petitionsOnTime: number;
  @ApiProperty({ type: Number }) sessionsHeld: number;
}

export class ReportVersionOutput {
  @ApiProperty({ type: Number }) version: number;
  @ApiProperty({ type: String }) documentNumber: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) sentAt: string;
}

export class PublicUnitComplianceOutput {
  @ApiProperty({ type: () => ReportUnitOutput }) unit: ReportUnitOutput;
  @ApiProperty({ type: Number }) sessionsRequired: number;
  @ApiProperty({ type: Number }) sessionsHeld: number;
  @ApiProperty({ type: Number }) sessionsHeldByDeputy: number;
  @ApiProperty({ type: Number, nullable: true }) receptionCompliance: number | null;
  @ApiProperty({ type: Number }) petitionsHandled: number;
  @ApiProperty({ type: Number }) petitionsOnTime: number;
  @ApiProperty({ type: Number, nullable: true }) onTimeShare: number | null;
}

export class PublicComplianceOutput extends PublicUnitComplianceOutput {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: () => PublicUnitComplianceOutput, isArray: true }) subUnits: PublicUnitComplianceOutput[];
}
