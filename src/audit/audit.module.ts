import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OrgModule } from '../org/org.module.js';
import { AuditController } from './audit.controller.js';
import { AuditInterceptor } from './audit.interceptor.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { AuditUnitOfWork } from './audit-unit-of-work.js';

@Global()
@Module({
  imports: [OrgModule],
  controllers: [AuditController],
  providers: [AuditRepository, AuditUnitOfWork, AuditService, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}
