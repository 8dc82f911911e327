/** Response bodies of dialogues.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class DialogueVenueOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: String }) address: string;
}

export class DialogueChairsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) title: string;
}

export class CoOrganizerOutput {
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ enum: ['co_organizer', 'co_chair', 'invited'] }) role: 'co_organizer' | 'co_chair' | 'invited';
}

export class DialogueResultsOutput {
  @ApiProperty({ type: String }) summary: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) publishedOn: string | null;
}

export class DialogueOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ type: String }) topic: string;
  @ApiProperty({ type: String, nullable: true }) content: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String }) timeZone: string;
  @ApiProperty({ type: String }) localDate: string;
  @ApiProperty({ enum: ['online', 'in_person', 'hybrid'] }) mode: 'online' | 'in_person' | 'hybrid';
  @ApiProperty({ type: String }) modeLabel: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) venueId: string | null;
  @ApiProperty({ type: () => DialogueVenueOutput, nullable: true }) venue: DialogueVenueOutput | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: [String] }) chairOfficialIds: string[];
  @ApiProperty({ type: () => [DialogueChairsOutput] }) chairs: DialogueChairsOutput[];
  @ApiProperty({ type: () => [CoOrganizerOutput] }) coOrganizers: CoOrganizerOutput[];
  @ApiProperty({ enum: ['periodic', 'voter_request', 'necessary'] }) trigger:
    'periodic' | 'voter_request' | 'necessary';
  @ApiProperty({ type: String }) triggerLabel: string;
  @ApiProperty({ type: Number, nullable: true }) voterRequestShare: number | null;
  @ApiProperty({ enum: ['cancelled', 'draft', 'published', 'held', 'results_published'] }) status:
    'cancelled' | 'draft' | 'published' | 'held' | 'results_published';
  @ApiProperty({ type: String }) statusLabel: string;
  @ApiProperty({ type: Number }) sequence: number;
  @ApiProperty({ type: String, nullable: true }) publishBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) heldAt: string | null;
  @ApiProperty({ type: String, nullable: true }) changeReason: string | null;
  @ApiProperty({ type: [String], nullable: true }) rulesBasis: string[] | null;
  @ApiProperty({ type: String, nullable: true }) resultsDueOn: string | null;
  @ApiProperty({ type: Boolean }) resultsOverdue: boolean;
  @ApiProperty({ type: () => DialogueResultsOutput, nullable: true }) results: DialogueResultsOutput | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}
