/** Response bodies of petitions.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PetitionDeadlinesOutput {
  @ApiPropertyOptional({ type: String }) source?: string;
  @ApiProperty({ type: String }) step: string;
  @ApiProperty({ type: String }) label: string;
  @ApiProperty({ type: String, format: 'date-time' }) dueAt: string;
  @ApiProperty({ type: String }) dueOn: string;
  @ApiProperty({ type: Number }) days: number;
  @ApiProperty({ enum: ['working_days', 'calendar_days'] }) basis: 'working_days' | 'calendar_days';
  @ApiProperty({ enum: ['received', 'accepted'] }) from: 'received' | 'accepted';
  @ApiProperty({ type: String }) anchorOn: string;
  @ApiProperty({ type: Boolean }) provisional: boolean;
  @ApiProperty({ type: Boolean }) paused: boolean;
  @ApiProperty({ type: Number }) pausedDays: number;
  @ApiProperty({ type: Number }) extensionDays: number;
}

export class PetitionPausesOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) from: string;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: String }) reason: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class PetitionExtensionsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: Number }) seq: number;
  @ApiProperty({ type: Number }) days: number;
  @ApiProperty({ type: String }) reason: string;
  @ApiProperty({ enum: ['normal', 'complex', 'especially_complex'] }) complexity:
    'normal' | 'complex' | 'especially_complex';
  @ApiProperty({ type: String }) decidedOn: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class PetitionerOutput {
  @ApiProperty({ type: String }) fullName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) idNumber?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) address?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) phone?: string | null;
}

export class PetitionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: ['received', 'accepted', 'refused', 'transferred', 'resolved'] }) status:
    'received' | 'accepted' | 'refused' | 'transferred' | 'resolved';
  @ApiProperty({ type: Boolean }) anonymous: boolean;
  @ApiProperty({ type: Boolean }) transferred: boolean;
  @ApiProperty({ type: Boolean }) complex: boolean;
  @ApiProperty({ type: String }) content: string;
  @ApiProperty({ type: () => [PetitionDeadlinesOutput] }) deadlines: PetitionDeadlinesOutput[];
  @ApiProperty({ type: () => [PetitionPausesOutput] }) pauses: PetitionPausesOutput[];
  @ApiProperty({ type: () => [PetitionExtensionsOutput] }) extensions: PetitionExtensionsOutput[];
  @ApiProperty({ type: Boolean }) paused: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) processedAsDenunciation: boolean | null;
  @ApiProperty({ enum: ['complaint', 'denunciation', 'recommendation', 'feedback'] }) type:
    'complaint' | 'denunciation' | 'recommendation' | 'feedback';
  @ApiProperty({ type: String }) typeLabel: string;
  @ApiProperty({ enum: ['reception', 'dialogue', 'mail', 'online', 'transfer'] }) channel:
    'reception' | 'dialogue' | 'mail' | 'online' | 'transfer';
  @ApiProperty({ enum: ['main', 'anonymous'] }) queue: 'main' | 'anonymous';
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String }) receivedOn: string;
  @ApiProperty({ type: String, nullable: true }) acceptedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ type: Boolean }) remoteArea: boolean;
  @ApiProperty({ enum: ['normal', 'complex', 'especially_complex'] }) complexity:
    'normal' | 'complex' | 'especially_complex';
  @ApiProperty({ type: Number, enum: [1, 2] }) round: 1 | 2;
  @ApiProperty({ type: Boolean }) severalSites: boolean;
  @ApiProperty({ type: [String] }) possibleDuplicateOf: string[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: () => PetitionerOutput, nullable: true }) petitioner: PetitionerOutput | null;
  @ApiProperty({ type: Boolean }) identityProtected: boolean;
}

export class PetitionListItemOutput {
  @ApiProperty({ type: String, nullable: true }) petitionerName: string | null;
  @ApiProperty({ type: Boolean }) identityProtected: boolean;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: ['complaint', 'denunciation', 'recommendation', 'feedback'] }) type:
    'complaint' | 'denunciation' | 'recommendation' | 'feedback';
  @ApiProperty({ type: String }) typeLabel: string;
  @ApiProperty({ enum: ['reception', 'dialogue', 'mail', 'online', 'transfer'] }) channel:
    'reception' | 'dialogue' | 'mail' | 'online' | 'transfer';
  @ApiProperty({ enum: ['main', 'anonymous'] }) queue: 'main' | 'anonymous';
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String }) receivedOn: string;
  @ApiProperty({ type: String, nullable: true }) acceptedOn: string | null;
  @ApiProperty({ enum: ['received', 'accepted', 'refused', 'transferred', 'resolved'] }) status:
    'received' | 'accepted' | 'refused' | 'transferred' | 'resolved';
  @ApiProperty({ type: Boolean }) anonymous: boolean;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ type: Boolean }) remoteArea: boolean;
  @ApiProperty({ type: Boolean }) complex: boolean;
  @ApiProperty({ enum: ['normal', 'complex', 'especially_complex'] }) complexity:
    'normal' | 'complex' | 'especially_complex';
  @ApiProperty({ type: Number, enum: [1, 2] }) round: 1 | 2;
  @ApiProperty({ type: Boolean }) severalSites: boolean;
  @ApiProperty({ type: Boolean }) transferred: boolean;
  @ApiProperty({ type: [String] }) possibleDuplicateOf: string[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}
