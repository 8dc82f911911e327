import { Module } from '@nestjs/common';
import { OfficialsController } from './officials.controller.js';
import { OfficialsService } from './officials.service.js';
import { OrgRepository } from './org.repository.js';
import { UnitScopeService } from './unit-scope.service.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';
import { VenuesController } from './venues.controller.js';
import { VenuesService } from './venues.service.js';

@Module({
  controllers: [UnitsController, OfficialsController, VenuesController],
  providers: [OrgRepository, UnitScopeService, UnitsService, OfficialsService, VenuesService],
  exports: [OrgRepository, UnitScopeService, UnitsService, OfficialsService, VenuesService],
})
export class OrgModule {}
