import { Injectable, Logger } from '@nestjs/common';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { SeedLogService } from '../database/seed-log.service.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { type DemoFile, readDataFile } from '../config/data-files.js';
import type { HolidayPolicy } from './domain/schedule.types.js';
import { DEFAULT_TIME_ZONE } from './domain/local-time.js';
import { ScheduleGeneratorService } from './schedule-generator.service.js';
import { ScheduleEntity } from './schedule.entity.js';
import { SchedulesRepository } from './schedules.repository.js';

interface DemoSchedule {
  official: string;
  venue: string;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  holidayPolicy: HolidayPolicy;
}

/** Demo rhythms (DEMO_DATA): officials and venues by their key in data/demo/demo.json. */
const DEMO_SCHEDULES: DemoSchedule[] = [
  // Chủ tịch UBND phường: ít nhất 1 ngày mỗi tuần — sáng thứ Hai.
  {
    official: 'ct-hb',
    venue: 'phongtcd-hb',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    startTime: '08:00',
    durationMinutes: 180,
    holidayPolicy: 'next_working_day',
  },
  // Chủ tịch UBND thành phố: ít nhất 1 ngày mỗi tháng — ngày 15.
  {
    official: 'ct-tp',
    venue: 'trusotcd-tp',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=15',
    startTime: '08:00',
    durationMinutes: 210,
    holidayPolicy: 'next_working_day',
  },
  // Bí thư Thành ủy: thứ Năm đầu tiên của tháng.
  {
    official: 'bt-tp',
    venue: 'trusotcd-tp',
    rrule: 'FREQ=MONTHLY;BYDAY=+1TH',
    startTime: '08:00',
    durationMinutes: 180,
    holidayPolicy: 'next_working_day',
  },
];

/**
 * Seeds the demo schedules once (seed_log), after the demo organisation exists (called at the end of the demo step of
 * BootstrapService). Officials or venues that are missing are skipped quietly. Sessions are generated afterwards, one
 * transaction per schedule; if that is interrupted the daily extension completes it (generatedUntil stays null).
 */
@Injectable()
export class DemoSchedulesService {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly seeds: SeedLogService,
    private readonly org: OrgReader,
    private readonly repo: SchedulesRepository,
    private readonly generator: ScheduleGeneratorService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const demo = readDataFile<DemoFile>('demo', 'demo.json');
    const created: ScheduleEntity[] = [];
    await this.seeds.runOnce(`demo-schedules@${demo.version}`, async (em) => {
      const now = this.clock.now();
      const today = this.generator.today(DEFAULT_TIME_ZONE);
      for (const d of DEMO_SCHEDULES) {
        const o = demo.officials.find((x) => x.key === d.official);
        const v = demo.venues.find((x) => x.key === d.venue);
        const oUnit = o && (await this.org.findUnitByCode(o.unitCode, em));
        const vUnit = v && (await this.org.findUnitByCode(v.unitCode, em));
        const official = o && oUnit ? await this.org.officialByName(oUnit.id, o.fullName, em) : null;
        const venue = v && vUnit ? await this.org.venueByName(vUnit.id, v.name, em) : null;
        if (!official || !venue) continue;
        const s = Object.assign(new ScheduleEntity(), {
          id: newId(),
          officialId: official.id,
          venueId: venue.id,
          unitId: official.unitId,
          rrule: d.rrule,
          startTime: d.startTime,
          durationMinutes: d.durationMinutes,
          validFrom: today,
          validUntil: null,
          timeZone: DEFAULT_TIME_ZONE,
          holidayPolicy: d.holidayPolicy,
          slotMinutes: 30,
          seatsPerSlot: 3,
          mode: 'in_person',
          meetingUrlEnc: null,
          onlineSeatsPerSlot: null,
          recordsOnline: false,
          recordingPurpose: null,
          recordingRetentionDays: null,
          active: true,
          generatedUntil: null,
          createdAt: now,
          updatedAt: now,
        } satisfies ScheduleEntity);
        await this.repo.save(em, s);
        created.push(s);
      }
    });
    if (created.length === 0) return;
    const cal = await this.generator.workingCalendar();
    let sessions = 0;
    for (const s of created) {
      const report = await this.tx.run((em) => this.generator.generateIn(em, s, s.validFrom, cal, true));
      sessions += report.created;
    }
    this.logger.log(`Loaded ${created.length} demo schedules (${sessions} sessions)`);
  }
}
