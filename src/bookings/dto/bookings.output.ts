/** Response bodies of bookings.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class BookingReminderRunOutput {
  @ApiProperty({ type: Number }) queued: number;
}

export class BookingRepresentativesOutput {
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) idNumber: string;
}

export class BookingOutput {
  @ApiProperty({ type: String }) code: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted', 'cancelled', 'checked_in', 'no_show', 'pending'] }) status:
    'confirmed' | 'waitlisted' | 'cancelled' | 'checked_in' | 'no_show' | 'pending';
  @ApiProperty({ type: String, format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: String, format: 'date-time' }) slotStartsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) slotEndsAt: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) idNumber: string;
  @ApiProperty({ type: String }) phone: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String }) address: string;
  @ApiProperty({ type: String }) topic: string;
  @ApiProperty({ type: String, nullable: true }) petitionType: string | null;
  @ApiProperty({ type: Number }) groupSize: number;
  @ApiProperty({ type: Number }) seats: number;
  @ApiProperty({ type: () => [BookingRepresentativesOutput] }) representatives: BookingRepresentativesOutput[];
  @ApiProperty({ type: Boolean }) identityProtected: boolean;
  @ApiProperty({ type: Number, nullable: true }) position: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedInAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) noShowAt: string | null;
}

export class BookingCancellationOutput {
  @ApiProperty({ type: String }) code: string;
  @ApiProperty({ enum: ['cancelled'] }) status: 'cancelled';
}

/**
 * 201 (confirmed) or 202 (waitlisted, with its place in line; or, with BOOKING_VERIFICATION on, pending until the
 * one-time code is entered) of POST /bookings.
 */
export class CreatedBookingOutput {
  @ApiProperty({ type: String }) code: string;
  @ApiProperty({ type: String, description: 'Mã quản lý (gửi trong X-Manage-Token để xem, hủy, tải lịch hẹn)' })
  manageToken: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted', 'pending'] }) status: 'confirmed' | 'waitlisted' | 'pending';
  @ApiPropertyOptional({ enum: ['sms', 'email'], description: 'Kênh nhận mã xác nhận (chỉ khi pending)' })
  verification?: 'sms' | 'email';
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Hạn nhập mã xác nhận; sau đó chỗ giữ được trả lại (chỉ khi pending)',
  })
  expiresAt?: string;
  @ApiPropertyOptional({ type: Number, description: 'Vị trí trong danh sách chờ (chỉ khi waitlisted)' })
  position?: number;
  @ApiProperty({ type: String, format: 'date-time' }) slotStartsAt: string;
  @ApiProperty({ type: String, format: 'uuid' }) sessionId: string;
}

/** POST /bookings/:code/verify: 201 confirmed, or 202 in line when the slot was full and the waitlist was asked for. */
export class VerifiedBookingOutput {
  @ApiProperty({ type: String }) code: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted'] }) status: 'confirmed' | 'waitlisted';
  @ApiPropertyOptional({ type: Number, description: 'Vị trí trong danh sách chờ (chỉ khi waitlisted)' })
  position?: number;
  @ApiProperty({ type: String, format: 'date-time' }) slotStartsAt: string;
  @ApiProperty({ type: String, format: 'uuid' }) sessionId: string;
}
