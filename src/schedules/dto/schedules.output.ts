/** Response bodies of schedules.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ScheduleOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: Boolean }) active: boolean;
  @ApiProperty({ type: String }) validFrom: string;
  @ApiProperty({ type: String, format: 'uuid' }) officialId: string;
  @ApiProperty({ type: String, format: 'uuid' }) venueId: string;
  @ApiProperty({ type: String }) rrule: string;
  @ApiProperty({ type: String }) startTime: string;
  @ApiProperty({ type: Number }) durationMinutes: number;
  @ApiProperty({ type: String, nullable: true }) validUntil: string | null;
  @ApiProperty({ type: String }) timeZone: string;
  @ApiProperty({ enum: ['next_working_day', 'previous_working_day', 'skip'] }) holidayPolicy:
    'next_working_day' | 'previous_working_day' | 'skip';
  @ApiProperty({ type: Number }) slotMinutes: number;
  @ApiProperty({ type: Number }) seatsPerSlot: number;
  @ApiProperty({ enum: ['in_person', 'online', 'hybrid'] }) mode: 'in_person' | 'online' | 'hybrid';
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Địa chỉ phòng họp trực tuyến: chỉ văn phòng, thư ký và lãnh đạo của đơn vị thấy',
  })
  meetingUrl: string | null;
  @ApiProperty({ type: Number, nullable: true }) onlineSeatsPerSlot: number | null;
  @ApiProperty({ type: Boolean }) recordsOnline: boolean;
  @ApiProperty({ type: String, nullable: true }) recordingPurpose: string | null;
  @ApiProperty({ type: Number, nullable: true }) recordingRetentionDays: number | null;
  @ApiProperty({ type: String, nullable: true }) generatedUntil: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class ScheduleDetailSkipsOutput {
  @ApiProperty({ type: String }) occurrenceDate: string;
  @ApiProperty({ type: String }) reason: string;
  @ApiProperty({ type: String, nullable: true }) wouldMoveTo: string | null;
}

/** A schedule with the occurrences its holiday policy skips or moves. */
export class ScheduleDetailOutput extends ScheduleOutput {
  @ApiProperty({ type: () => [ScheduleDetailSkipsOutput] }) skips: ScheduleDetailSkipsOutput[];
}

export class SkippedOccurrenceOutput {
  @ApiProperty({ type: String }) occurrenceDate: string;
  @ApiProperty({ enum: ['holiday', 'date_taken', 'duplicate'] }) reason: 'holiday' | 'date_taken' | 'duplicate';
  @ApiPropertyOptional({ type: String }) wouldMoveTo?: string;
}

export class GenerationConflictExpectedOutput {
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String, format: 'uuid' }) venueId: string;
}

export class GenerationConflictOutput {
  @ApiProperty({ type: String, format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: String }) localDate: string;
  @ApiProperty({ enum: ['cancelled', 'published', 'held', 'planned'] }) status:
    'cancelled' | 'published' | 'held' | 'planned';
  @ApiProperty({ enum: ['published', 'held', 'modified'] }) reason: 'published' | 'held' | 'modified';
  @ApiProperty({ type: () => GenerationConflictExpectedOutput, nullable: true })
  expected: GenerationConflictExpectedOutput | null;
}

export class GenerationReportOutput {
  @ApiProperty({ type: String }) from: string;
  @ApiProperty({ type: String }) to: string;
  @ApiProperty({ type: Number }) created: number;
  @ApiProperty({ type: Number }) updated: number;
  @ApiProperty({ type: Number }) removed: number;
  @ApiProperty({ type: () => [SkippedOccurrenceOutput] }) skipped: SkippedOccurrenceOutput[];
  @ApiProperty({ type: () => [GenerationConflictOutput] }) conflicts: GenerationConflictOutput[];
}

/** A schedule created, with the report of the sessions it generated. */
export class ScheduleWithGenerationOutput extends ScheduleOutput {
  @ApiProperty({ type: () => GenerationReportOutput }) generation: GenerationReportOutput;
}

/** A schedule edited, with the report of the sessions regenerated. */
export class SchedulesUpdateOutput extends ScheduleWithGenerationOutput {}

export class ScheduleExtensionOutput {
  @ApiProperty({ type: Number }) schedules: number;
  @ApiProperty({ type: Number }) created: number;
  @ApiProperty({ type: Number }) failed: number;
}
