import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { DialoguesModule } from '../dialogues/dialogues.module.js';
import { MinutesModule } from '../minutes/minutes.module.js';
import { OrgModule } from '../org/org.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { ReportDocumentsService } from './report-documents.service.js';
import { ReportFiguresService } from './report-figures.service.js';
import { ReportSnapshotsRepository } from './report-snapshots.repository.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/**
 * Periodic reports (GET /reports, POST /reports/sent) and the public yearly compliance figures. Owns
 * `report_snapshots`; reads the other modules' facts through their figure readers. Satisfaction comes from the
 * surveys module's reader bound to SATISFACTION_SOURCE when that module is present (else null).
 */
@Module({
  imports: [OrgModule, CalendarModule, SessionsModule, ComplianceModule, TasksModule, MinutesModule, DialoguesModule],
  controllers: [ReportsController],
  providers: [ReportSnapshotsRepository, ReportFiguresService, ReportsService, ReportDocumentsService],
})
export class ReportsModule {}
