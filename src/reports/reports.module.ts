import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { DialoguesModule } from '../dialogues/dialogues.module.js';
import { MinutesModule } from '../minutes/minutes.module.js';
import { OrgModule } from '../org/org.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { SurveysReader } from '../surveys/surveys.reader.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { ReportDocumentsService } from './report-documents.service.js';
import { ReportFiguresService } from './report-figures.service.js';
import { ReportSnapshotsRepository } from './report-snapshots.repository.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { SATISFACTION_SOURCE } from './satisfaction.source.js';

/**
 * Periodic reports (GET /reports, POST /reports/sent) and the public yearly compliance figures. Owns
 * `report_snapshots`; reads the other modules' facts through their figure readers. Satisfaction comes from the
 * surveys module's `SurveysReader` bound to SATISFACTION_SOURCE (null below its minimum of answers).
 */
@Module({
  imports: [
    OrgModule,
    CalendarModule,
    SessionsModule,
    ComplianceModule,
    TasksModule,
    MinutesModule,
    DialoguesModule,
    SurveysModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportSnapshotsRepository,
    ReportFiguresService,
    ReportsService,
    ReportDocumentsService,
    { provide: SATISFACTION_SOURCE, useExisting: SurveysReader },
  ],
  exports: [ReportsService, ReportDocumentsService],
})
export class ReportsModule {}
