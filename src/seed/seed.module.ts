import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrgModule } from '../org/org.module.js';
import { BootstrapService } from './bootstrap.service.js';

@Module({ imports: [OrgModule, AuthModule], providers: [BootstrapService] })
export class SeedModule {}
