/** Response bodies of minutes.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReceptionMinutesCreatedOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) status: string;
}

export class ReceptionMinutesChairOutput {
  @ApiProperty({ type: String, format: 'uuid' }) officialId: string;
  @ApiProperty({ type: String, nullable: true }) fullName: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: Boolean }) inPerson: boolean;
}

export class AttendeeOutput {
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) title: string;
}

export class ReceptionMinutesCasesOutput {
  @ApiProperty({ type: Number }) seq: number;
  @ApiProperty({ type: String, nullable: true }) bookingCode: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeUnitId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) petitionId: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: Number }) no: number;
  @ApiProperty({ type: String }) receivedOn: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ enum: ['ong', 'ba'], nullable: true, type: String }) salutation: 'ong' | 'ba' | null;
  @ApiProperty({ type: String }) address: string;
  @ApiProperty({ type: String, nullable: true }) idNumber: string | null;
  @ApiProperty({ type: Number }) groupSize: number;
  @ApiProperty({ type: [String] }) representatives: readonly string[];
  @ApiProperty({ type: String }) summary: string;
  @ApiProperty({ type: String, nullable: true }) request: string | null;
  @ApiProperty({ enum: ['complaint', 'denunciation', 'recommendation', 'feedback'] }) petitionType:
    'complaint' | 'denunciation' | 'recommendation' | 'feedback';
  @ApiProperty({ type: String, nullable: true }) previouslyHandledBy: string | null;
  @ApiProperty({ enum: ['transfer', 'accept', 'guide', 'refuse'] }) handlingRoute:
    'transfer' | 'accept' | 'guide' | 'refuse';
  @ApiProperty({ type: Number, enum: [1, 2, 3, 4], nullable: true }) refusalGround: 1 | 2 | 3 | 4 | null;
  @ApiProperty({ type: String, nullable: true }) refusalReason: string | null;
  @ApiProperty({ type: String }) conclusion: string;
  @ApiProperty({ type: String, nullable: true }) assigneeUnitName: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate: string | null;
  @ApiProperty({ type: String, nullable: true }) followUp: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: Boolean }) identityProtected: boolean;
  @ApiPropertyOptional({ enum: ['in_person', 'online'] }) form?: 'in_person' | 'online';
}

export class ReceptionMinutesAmendmentsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) reason: string;
  @ApiProperty({ type: String }) text: string;
  @ApiProperty({ type: String }) author: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class ReceptionMinutesOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: ['draft', 'final'] }) status: 'draft' | 'final';
  @ApiProperty({ type: String, nullable: true }) number: string | null;
  @ApiProperty({ type: () => ReceptionMinutesChairOutput }) chair: ReceptionMinutesChairOutput;
  @ApiProperty({ type: () => [AttendeeOutput] }) officials: AttendeeOutput[];
  @ApiProperty({ type: () => AttendeeOutput }) secretary: AttendeeOutput;
  @ApiProperty({ type: () => [ReceptionMinutesCasesOutput] }) cases: ReceptionMinutesCasesOutput[];
  @ApiProperty({ type: () => [ReceptionMinutesAmendmentsOutput] }) amendments: ReceptionMinutesAmendmentsOutput[];
  @ApiProperty({ type: String, nullable: true }) contentHash: string | null;
  @ApiProperty({ type: String, nullable: true }) integrity: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalizedAt: string | null;
}

export class ReceptionCaseAddedOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: Number }) seq: number;
}

export class FinalizeResultPetitionsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) caseId: string;
  @ApiProperty({ type: String, format: 'uuid' }) petitionId: string;
}

export class FinalizeResultOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['final'] }) status: 'final';
  @ApiProperty({ type: String }) contentHash: string;
  @ApiProperty({ type: String, format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: () => [FinalizeResultPetitionsOutput] }) petitions: FinalizeResultPetitionsOutput[];
}

export class ReceptionAmendmentOutput extends ReceptionMinutesAmendmentsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) minutesId: string;
}
