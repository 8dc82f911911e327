/** Response bodies of public-dialogues.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';
import { CoOrganizerOutput } from './dialogues.output.js';

export class PublicDialogueVenueOutput {
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: String }) address: string;
}

export class PublicDialogueChairsOutput {
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) title: string;
}

export class PublicDialogueResultsOutput {
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
}

export class PublicDialogueAnswersOutput {
  @ApiProperty({ type: String }) question: string;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
}

export class PublicDialogueCommitmentsOutput {
  @ApiProperty({ type: String }) question: string;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeUnitName: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate: string | null;
  @ApiProperty({ enum: ['open', 'in_progress', 'done', 'returned'], nullable: true, type: String }) taskStatus:
    'open' | 'in_progress' | 'done' | 'returned' | null;
  @ApiProperty({ type: String, nullable: true }) taskStatusLabel: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
}

export class PublicDialogueOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ type: String }) topic: string;
  @ApiProperty({ type: String, nullable: true }) content: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String }) timeZone: string;
  @ApiProperty({ enum: ['online', 'in_person', 'hybrid'] }) mode: 'online' | 'in_person' | 'hybrid';
  @ApiProperty({ type: String }) modeLabel: string;
  @ApiProperty({ type: () => PublicDialogueVenueOutput, nullable: true }) venue: PublicDialogueVenueOutput | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: () => [PublicDialogueChairsOutput] }) chairs: PublicDialogueChairsOutput[];
  @ApiProperty({ type: () => [CoOrganizerOutput] }) coOrganizers: CoOrganizerOutput[];
  @ApiProperty({ enum: ['periodic', 'voter_request', 'necessary'] }) trigger:
    'periodic' | 'voter_request' | 'necessary';
  @ApiProperty({ type: String }) triggerLabel: string;
  @ApiProperty({ enum: ['cancelled', 'draft', 'published', 'held', 'results_published'] }) status:
    'cancelled' | 'draft' | 'published' | 'held' | 'results_published';
  @ApiProperty({ type: String }) statusLabel: string;
  @ApiProperty({ type: String, nullable: true }) changeReason: string | null;
  @ApiProperty({ type: String, nullable: true }) resultsDueOn: string | null;
  @ApiProperty({ type: Boolean }) resultsOverdue: boolean;
  @ApiProperty({ type: () => PublicDialogueResultsOutput, nullable: true }) results: PublicDialogueResultsOutput | null;
  @ApiProperty({ type: () => [PublicDialogueAnswersOutput] }) answers: PublicDialogueAnswersOutput[];
  @ApiProperty({ type: () => [PublicDialogueCommitmentsOutput] }) commitments: PublicDialogueCommitmentsOutput[];
}

export class PublicDialogueQuestionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) question: string;
  @ApiProperty({ type: Number }) duplicatesMerged: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class DialogueComplianceReportVoterRequestsOutput {
  @ApiProperty({ type: Number }) requested: number;
  @ApiProperty({ type: Number }) held: number;
  @ApiProperty({ type: Number }) due: number;
}

export class SeriesCompliancePeriodsOutput {
  @ApiProperty({ type: String }) from: string;
  @ApiProperty({ type: String }) to: string;
  @ApiProperty({ type: Number }) required: number;
  @ApiProperty({ type: Number }) held: number;
  @ApiProperty({ type: Number }) due: number;
  @ApiProperty({ type: Boolean }) ended: boolean;
}

export class SeriesComplianceOutput {
  @ApiProperty({ type: String }) key: string;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
  @ApiProperty({ type: Boolean }) verified: boolean;
  @ApiProperty({ type: Number }) required: number;
  @ApiProperty({ type: Number }) held: number;
  @ApiProperty({ type: Number }) due: number;
  @ApiProperty({ type: () => [SeriesCompliancePeriodsOutput] }) periods: SeriesCompliancePeriodsOutput[];
}

export class DialogueComplianceReportOutput {
  @ApiProperty({ type: Number }) required: number;
  @ApiProperty({ type: Number }) held: number;
  @ApiProperty({ type: Number }) due: number;
  @ApiProperty({ type: () => DialogueComplianceReportVoterRequestsOutput })
  voterRequests: DialogueComplianceReportVoterRequestsOutput;
  @ApiProperty({ type: () => [SeriesComplianceOutput] }) series: SeriesComplianceOutput[];
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String }) unitName: string;
  @ApiProperty({ enum: ['city', 'commune', 'department'] }) level: 'city' | 'commune' | 'department';
  @ApiProperty({ type: Number }) year: number;
}
