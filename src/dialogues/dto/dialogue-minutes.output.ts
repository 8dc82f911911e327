/** Response bodies of dialogue-minutes.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class DialogueMinutesItemsCommitmentOutput {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate: string | null;
  @ApiProperty({ type: String }) text: string;
}

export class DialogueMinutesItemsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: Number }) position: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) questionId: string | null;
  @ApiProperty({ type: String }) questionText: string;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ type: () => DialogueMinutesItemsCommitmentOutput, nullable: true })
  commitment: DialogueMinutesItemsCommitmentOutput | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) taskId: string | null;
}

export class DialogueMinutesAmendmentsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) reason: string;
  @ApiProperty({ type: String }) text: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class DialogueMinutesOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) dialogueId: string;
  @ApiProperty({ enum: ['draft', 'finalized'] }) status: 'draft' | 'finalized';
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, nullable: true }) contentHash: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalizedAt: string | null;
  @ApiProperty({ type: () => [DialogueMinutesItemsOutput] }) items: DialogueMinutesItemsOutput[];
  @ApiProperty({ type: () => [DialogueMinutesAmendmentsOutput] }) amendments: DialogueMinutesAmendmentsOutput[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
