import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobLockService } from '../database/job-lock.service.js';
import { ScheduleGeneratorService } from './schedule-generator.service.js';

/**
 * Daily, 01:15 in Hà Nội time: extends every active schedule to 12 months ahead. One instance only on PostgreSQL
 * (advisory lock); a second run the same day finds nothing to do (generatedUntil already at the horizon).
 */
@Injectable()
export class SchedulesJob {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly locks: JobLockService,
    private readonly generator: ScheduleGeneratorService,
  ) {}

  @Cron('0 15 1 * * *', { name: 'schedules.extend', timeZone: 'Asia/Ho_Chi_Minh' })
  async run(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    await this.locks.runExclusive('schedules.extend', () => this.generator.extendAll()).catch(() => undefined);
  }
}
