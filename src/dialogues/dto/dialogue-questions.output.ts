/** Response bodies of dialogue-questions.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class DialogueQuestionReceiptOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) dialogueId: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class DialogueQuestionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) dialogueId: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String, nullable: true }) contact: string | null;
  @ApiProperty({ type: String }) question: string;
  @ApiProperty({ type: String, nullable: true }) publicText: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected', 'merged'] }) status:
    'pending' | 'accepted' | 'rejected' | 'merged';
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedIntoId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) moderatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
