import { Module } from '@nestjs/common';
import { CalendarModule } from '../../../calendar/calendar.module.js';
import { OrgModule } from '../../../org/org.module.js';
import { StaffWebModule } from '../staff-web.module.js';
import { AdminHomeController } from './admin-home.controller.js';
import { AdminHolidaysController } from './holidays.controller.js';
import { AdminOfficialsController } from './officials.controller.js';
import { AdminOutboxController } from './outbox.controller.js';
import { AdminPresetsController } from './presets.controller.js';
import { AdminUnitsController } from './units.controller.js';
import { AdminUsersController } from './users.controller.js';
import { AdminVenuesController } from './venues.controller.js';

/**
 * The administration of the staff workspace (`/can-bo/quan-tri`, admin only): accounts, units, officials, venues,
 * official days off, rule presets and the outbox, through the same services as the API (NotificationsModule is
 * global).
 */
@Module({
  imports: [StaffWebModule, OrgModule, CalendarModule],
  controllers: [
    AdminHomeController,
    AdminUsersController,
    AdminUnitsController,
    AdminOfficialsController,
    AdminVenuesController,
    AdminHolidaysController,
    AdminPresetsController,
    AdminOutboxController,
  ],
})
export class AdminWebModule {}
