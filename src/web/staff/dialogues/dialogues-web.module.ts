import { Module } from '@nestjs/common';
import { DialoguesModule } from '../../../dialogues/dialogues.module.js';
import { OrgModule } from '../../../org/org.module.js';
import { TasksModule } from '../../../tasks/tasks.module.js';
import { StaffWebModule } from '../staff-web.module.js';
import { StaffDialogueMinutesController } from './dialogue-minutes.controller.js';
import { StaffDialoguePages } from './dialogue-pages.service.js';
import { StaffDialoguesController } from './dialogues.controller.js';

/** `/can-bo/doi-thoai`: dialogues in the staff workspace (issue 14, item 6), on the dialogues module's services. */
@Module({
  imports: [StaffWebModule, DialoguesModule, OrgModule, TasksModule],
  controllers: [StaffDialoguesController, StaffDialogueMinutesController],
  providers: [StaffDialoguePages],
})
export class StaffDialoguesWebModule {}
