import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { BookingStaffService } from './booking-staff.service.js';
import { BookingsService } from './bookings.service.js';
import { BookingOutput } from './dto/bookings.output.js';
import { SlotOutput } from './dto/session-bookings.output.js';

/** Booking routes nested under a session: the public slot grid and the staff list. */
@ApiTags('bookings')
@Controller('sessions')
export class SessionBookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly staff: BookingStaffService,
  ) {}

  @ApiOkResponse({ type: SlotOutput, isArray: true })
  @Get(':id/slots')
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Các khung giờ của một buổi tiếp đã công bố, với số chỗ còn lại' })
  slots(@Param('id', UuidPipe) id: string): Promise<SlotOutput[]> {
    return this.bookings.slots(id);
  }

  @ApiOkResponse({ type: BookingOutput, isArray: true })
  @Get(':id/bookings')
  @ApiBearerAuth()
  @Roles('office', 'secretary', 'leader', 'inspector', 'viewer')
  @ApiOperation({
    summary:
      'Danh sách đăng ký của buổi tiếp (số giấy tờ và điện thoại được che, trừ thư ký và thanh tra; đăng ký tố cáo được giữ bí mật)',
  })
  list(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<BookingOutput[]> {
    return this.staff.list(user, id);
  }
}
