import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CryptoModule } from '../common/crypto/crypto.module.js';
import { OrgModule } from '../org/org.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { BookingCrypto } from './booking-crypto.js';
import { BookingManageService } from './booking-manage.service.js';
import { BookingNoticesService } from './booking-notices.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { BOOKING_SETTINGS, bookingSettingsFrom } from './booking-settings.js';
import { BookingStaffService } from './booking-staff.service.js';
import { BookingsController } from './bookings.controller.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';
import { BookingsService } from './bookings.service.js';
import { CitizenRateLimiter } from './citizen-rate-limiter.js';
import { SessionBookingsController } from './session-bookings.controller.js';
import { WaitlistPromoter } from './waitlist-promoter.js';
import { BookingHolds } from './booking-holds.service.js';

@Module({
  imports: [CalendarModule, CryptoModule, OrgModule, SessionsModule],
  controllers: [BookingsController, SessionBookingsController],
  providers: [
    { provide: BOOKING_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => bookingSettingsFrom(config) },
    BookingsRepository,
    BookingSessions,
    BookingCrypto,
    CitizenRateLimiter,
    WaitlistPromoter,
    BookingsService,
    BookingManageService,
    BookingStaffService,
    BookingNoticesService,
    BookingHolds,
  ],
  // The website (src/web) books, shows and cancels through the same services as the API.
  exports: [BookingsService, BookingManageService, BookingSessions, BookingStaffService],
})
export class BookingsModule {}
