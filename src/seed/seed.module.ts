import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrgModule } from '../org/org.module.js';
import { SchedulesModule } from '../schedules/schedules.module.js';
import { BootstrapService } from './bootstrap.service.js';

@Module({ imports: [OrgModule, AuthModule, SchedulesModule], providers: [BootstrapService] })
export class SeedModule {}
