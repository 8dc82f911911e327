/** Response bodies of sessions.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class SessionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scheduleId: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) officialId: string;
  @ApiProperty({ type: String, format: 'uuid' }) venueId: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String }) timeZone: string;
  @ApiProperty({ type: String }) localDate: string;
  @ApiProperty({ enum: ['cancelled', 'published', 'held', 'planned'] }) status:
    'cancelled' | 'published' | 'held' | 'planned';
  @ApiProperty({ type: Boolean }) adHoc: boolean;
  @ApiProperty({ enum: ['complex_case', 'serious_risk'], nullable: true, type: String }) adHocReason:
    'complex_case' | 'serious_risk' | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) shiftedFrom: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) delegateOfficialId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) heldByOfficialId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) heldAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) publishOverrideReason: string | null;
  @ApiProperty({ type: String, nullable: true }) changeReason: string | null;
  @ApiProperty({ type: Boolean }) modified: boolean;
  @ApiProperty({ type: Number }) slotMinutes: number;
  @ApiProperty({ type: Number }) seatsPerSlot: number;
  @ApiProperty({ type: Number }) sequence: number;
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
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}
