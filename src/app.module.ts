import { type DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BookingsModule } from './bookings/bookings.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CommonModule } from './common/common.module.js';
import { Metrics } from './common/metrics/metrics.js';
import { RedisConnection } from './common/redis/redis-connection.js';
import { RedisThrottlerStorage } from './common/redis/redis-throttler-storage.js';
import { loggerParams } from './common/http/logging.js';
import { throttlerOptions } from './common/http/throttling.js';
import type { AppConfig } from './config/app-config.js';
import { AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { HealthModule } from './health/health.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrgModule } from './org/org.module.js';
import { PetitionsModule } from './petitions/petitions.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { MinutesModule } from './minutes/minutes.module.js';
import { DialoguesModule } from './dialogues/dialogues.module.js';
import { SeedModule } from './seed/seed.module.js';
import { TestingModule } from './testing/testing.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { SchedulesModule } from './schedules/schedules.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SurveysModule } from './surveys/surveys.module.js';
import { WebModule } from './web/web.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        ThrottlerModule.forRootAsync({
          inject: [RedisConnection, Metrics],
          useFactory: (redis: RedisConnection, metrics: Metrics) => ({
            ...throttlerOptions(config),
            storage: redis.client ? new RedisThrottlerStorage(redis, metrics) : undefined,
          }),
        }),
        ScheduleModule.forRoot(),
        EventEmitterModule.forRoot(),
        CommonModule,
        DatabaseModule,
        AuditModule,
        HealthModule,
        OrgModule,
        AuthModule,
        CalendarModule,
        SeedModule,
        SessionsModule,
        SchedulesModule,
        ComplianceModule,
        ReportsModule,
        SurveysModule,
        NotificationsModule,
        FeedsModule,
        BookingsModule,
        PetitionsModule,
        TasksModule,
        MinutesModule,
        DialoguesModule,
        WebModule,
        TestingModule.register(),
      ],
    };
  }
}
