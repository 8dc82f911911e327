import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { BookingManageService } from './booking-manage.service.js';
import { BookingNoticesService } from './booking-notices.service.js';
import { BookingStaffService } from './booking-staff.service.js';
import { BookingsService } from './bookings.service.js';
import { CompiledBodyPipe } from '../common/validation/compiled-schema.js';
import { type CreateBookingBody, CreateBookingDto } from './dto/create-booking.dto.js';
import { parseCreateBookingBody } from './dto/create-booking.schema.js';
import {
  BookingCancellationOutput,
  BookingJoinPageOutput,
  BookingOutput,
  CheckInDto,
  BookingReminderRunOutput,
  CreatedBookingOutput,
  VerifiedBookingOutput,
} from './dto/bookings.output.js';
import { BookingHolds } from './booking-holds.service.js';
import { VerifyBookingDto } from './dto/verify-booking.dto.js';
import { ApiBinaryResponse } from '../common/http/openapi-responses.js';

const TOKEN_HEADER = 'x-manage-token';

/** Bookings: citizens (public, rate-limited, code + manage token) and staff (check-in, no-show). Writes are audited in their own transaction. */
@ApiTags('bookings')
@AuditEntity('')
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly manage: BookingManageService,
    private readonly staff: BookingStaffService,
    private readonly notices: BookingNoticesService,
    private readonly holds: BookingHolds,
  ) {}

  @Post()
  @Public()
  @PublicRateLimit()
  @ApiOperation({
    summary:
      'Đăng ký một khung giờ tiếp công dân (201 đã xác nhận, 202 vào danh sách chờ, 409 SLOT_FULL / NOT_ENOUGH_SEATS / DUPLICATE_BOOKING)',
  })
  @ApiBody({ type: CreateBookingDto })
  @ApiCreatedResponse({ type: CreatedBookingOutput, description: 'Đã xác nhận' })
  @ApiAcceptedResponse({
    type: CreatedBookingOutput,
    description: 'Vào danh sách chờ, hoặc đang giữ chỗ chờ nhập mã xác nhận (khi bật xác nhận đăng ký)',
  })
  async create(
    @Body(new CompiledBodyPipe(parseCreateBookingBody)) dto: CreateBookingBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedBookingOutput> {
    const created = await this.bookings.create(dto);
    res.status(created.status === 'confirmed' ? 201 : 202);
    return created;
  }

  @Post(':code/verify')
  @Public()
  @PublicRateLimit()
  @ApiOperation({
    summary:
      'Nhập mã xác nhận để hoàn tất đăng ký đang giữ chỗ (201 đã xác nhận, 202 vào danh sách chờ, 422 sai mã, 410 hết hạn)',
  })
  @ApiCreatedResponse({ type: VerifiedBookingOutput, description: 'Đã xác nhận' })
  @ApiAcceptedResponse({ type: VerifiedBookingOutput, description: 'Vào danh sách chờ' })
  async verify(
    @Param('code') code: string,
    @Body() dto: VerifyBookingDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VerifiedBookingOutput> {
    const verified = await this.holds.verify(code, dto.otp, dto.token);
    res.status(verified.status === 'confirmed' ? 201 : 202);
    return verified;
  }

  @ApiOkResponse({ type: BookingReminderRunOutput })
  @Post('reminders/run')
  @ApiBearerAuth()
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chạy ngay việc gửi nhắc lịch (mỗi đăng ký chỉ được nhắc một lần)' })
  runReminders(): Promise<BookingReminderRunOutput> {
    return this.notices.sendReminders();
  }

  @ApiOperation({ summary: 'Xem đăng ký theo mã (cần mã quản lý hoặc quyền cán bộ)' })
  @ApiOkResponse({ type: BookingOutput })
  @Get(':code')
  @Public()
  @PublicRateLimit()
  @ApiHeader({ name: 'X-Manage-Token', required: true })
  get(@Param('code') code: string, @Headers(TOKEN_HEADER) token: string | undefined): Promise<BookingOutput> {
    return this.manage.get(code, token);
  }

  @ApiOperation({ summary: 'Tải lịch hẹn của đăng ký (iCalendar)' })
  @Get(':code/ics')
  @Public()
  @PublicRateLimit()
  @ApiHeader({ name: 'X-Manage-Token', required: true })
  @Header('Cache-Control', 'no-store')
  @ApiBinaryResponse('Lịch hẹn iCalendar (RFC 5545)', 'text/calendar')
  async ics(@Param('code') code: string, @Headers(TOKEN_HEADER) token: string | undefined, @Res() res: Response) {
    const { code: canonical, body } = await this.manage.ics(code, token);
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="lich-tiep-${canonical}.ics"`);
    res.send(body);
  }

  @ApiOperation({ summary: 'Hủy đăng ký' })
  @ApiOkResponse({ type: BookingCancellationOutput })
  @Post(':code/cancel')
  @Public()
  @PublicRateLimit()
  @HttpCode(200)
  @ApiHeader({ name: 'X-Manage-Token', required: true })
  cancel(
    @Param('code') code: string,
    @Headers(TOKEN_HEADER) token: string | undefined,
  ): Promise<BookingCancellationOutput> {
    return this.manage.cancel(code, token);
  }

  @ApiOperation({
    summary:
      'Ghi nhận công dân có mặt (thư ký); tiếp trực tuyến: sau khi kiểm tra giấy tờ tùy thân qua camera (identityChecked)',
  })
  @ApiOkResponse({ type: BookingOutput })
  @ApiBody({ type: CheckInDto, required: false })
  @Post(':code/check-in')
  @ApiBearerAuth()
  @Roles('secretary', 'office')
  @HttpCode(200)
  checkIn(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: CheckInDto): Promise<BookingOutput> {
    return this.staff.checkIn(user, code, dto?.identityChecked === true);
  }

  @ApiOperation({
    summary:
      'Trang tham gia tiếp công dân trực tuyến (mã quản lý): đường dẫn hiện từ thời điểm opensAt, trước đó báo khi nào quay lại',
  })
  @ApiOkResponse({ type: BookingJoinPageOutput })
  @Get(':code/join')
  @Public()
  @PublicRateLimit()
  @Header('Cache-Control', 'no-store')
  @ApiHeader({ name: 'X-Manage-Token', required: true })
  join(@Param('code') code: string, @Headers(TOKEN_HEADER) token: string | undefined): Promise<BookingJoinPageOutput> {
    return this.manage.join(code, token);
  }

  @ApiOperation({ summary: 'Ghi nhận công dân không đến' })
  @ApiOkResponse({ type: BookingOutput })
  @Post(':code/no-show')
  @ApiBearerAuth()
  @Roles('secretary', 'office')
  @HttpCode(200)
  noShow(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<BookingOutput> {
    return this.staff.noShow(user, code);
  }
}
