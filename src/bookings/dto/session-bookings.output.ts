/** Response bodies of session-bookings.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class SlotRecordingOutput {
  @ApiProperty({ type: String }) purpose: string;
  @ApiProperty({ type: Number }) retentionDays: number;
}

export class SlotOutput {
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: Number }) seats: number;
  @ApiProperty({ type: Number }) remaining: number;
  @ApiProperty({ enum: ['in_person', 'online', 'hybrid'] }) mode: 'in_person' | 'online' | 'hybrid';
  @ApiProperty({ type: Number }) seatsInPerson: number;
  @ApiProperty({ type: Number }) remainingInPerson: number;
  @ApiProperty({ type: Number, nullable: true }) seatsOnline: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Chỗ trực tuyến còn lại (buổi trực tuyến hoặc kết hợp)' })
  remainingOnline: number | null;
  @ApiProperty({
    type: () => SlotRecordingOutput,
    nullable: true,
    description: 'Buổi tiếp trực tuyến có ghi hình: mục đích và thời hạn lưu mà công dân đồng ý khi đăng ký',
  })
  recording: SlotRecordingOutput | null;
}
