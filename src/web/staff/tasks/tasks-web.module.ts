import { Module } from '@nestjs/common';
import { AuditModule } from '../../../audit/audit.module.js';
import { CalendarModule } from '../../../calendar/calendar.module.js';
import { OrgModule } from '../../../org/org.module.js';
import { PetitionsModule } from '../../../petitions/petitions.module.js';
import { TasksModule } from '../../../tasks/tasks.module.js';
import { AuditLogController } from '../inspector/audit-log.controller.js';
import { DenunciationsController } from '../inspector/denunciations.controller.js';
import { StaffWebModule } from '../staff-web.module.js';
import { PetitionSearchController } from './search.controller.js';
import { TaskBoardController } from './task-board.controller.js';
import { TaskBoardPages } from './task-board-pages.js';
import { TaskBoardReader } from './task-board.reader.js';

/**
 * The handler's task board (`/can-bo/cong-viec`), the inspector's pages (`/can-bo/to-cao`, `/can-bo/nhat-ky`) and the
 * petition search of the header (`/can-bo/tim-ho-so`), on the tasks, petitions and audit services.
 */
@Module({
  imports: [StaffWebModule, TasksModule, PetitionsModule, AuditModule, OrgModule, CalendarModule],
  controllers: [TaskBoardController, DenunciationsController, AuditLogController, PetitionSearchController],
  providers: [TaskBoardReader, TaskBoardPages],
})
export class TasksWebModule {}
