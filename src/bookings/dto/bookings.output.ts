/** Response bodies of bookings.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class BookingReminderRunOutput {
  @ApiProperty({ type: Number }) queued: number;
}

export class BookingRepresentativesOutput {
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) idNumber: string;
}

/** The joining details of a confirmed online booking (only to the citizen who booked). */
export class BookingJoinOutput {
  @ApiProperty({ type: String, description: 'Địa chỉ phòng tiếp công dân trực tuyến' }) url: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'Thời điểm trang tham gia bắt đầu hiện đường dẫn' })
  opensAt: string;
}

/** GET /bookings/:code/join: the link from opensAt on; before that, when to come back. */
export class BookingJoinPageOutput {
  @ApiProperty({ type: String }) code: string;
  @ApiProperty({ enum: ['in_person', 'online'] }) form: 'in_person' | 'online';
  @ApiProperty({ type: Boolean }) open: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Chỉ có từ thời điểm opensAt' }) url: string | null;
  @ApiProperty({ type: String }) message: string;
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
  @ApiProperty({ enum: ['in_person', 'online'] }) form: 'in_person' | 'online';
  @ApiProperty({ type: Boolean, nullable: true, description: 'Đồng ý ghi hình (buổi tiếp trực tuyến có ghi hình)' })
  recordingConsent: boolean | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Người kiểm tra giấy tờ qua camera' })
  identityCheckedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) identityCheckedAt: string | null;
  @ApiPropertyOptional({
    type: () => BookingJoinOutput,
    nullable: true,
    description: 'Chỉ trong phần xem đăng ký của chính công dân (mã quản lý), với đăng ký trực tuyến đã xác nhận',
  })
  join?: BookingJoinOutput | null;
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
  @ApiProperty({ enum: ['in_person', 'online'] }) form: 'in_person' | 'online';
  @ApiProperty({ type: () => BookingJoinOutput, nullable: true, description: 'Đăng ký trực tuyến đã xác nhận' })
  join: BookingJoinOutput | null;
}

/** Body of POST /bookings/:code/check-in. */
export class CheckInDto {
  @ApiPropertyOptional({
    description:
      'Tiếp trực tuyến: thư ký xác nhận đã kiểm tra giấy tờ tùy thân công dân xuất trình qua camera (bắt buộc true)',
  })
  @IsOptional()
  @IsBoolean()
  identityChecked?: boolean;
}
