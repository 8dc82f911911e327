import { Module } from '@nestjs/common';
import { OfficialsController } from './officials.controller.js';
import { OfficialsService } from './officials.service.js';
import { OrgReader } from './org-reader.service.js';
import { OrgSeedService } from './org-seed.service.js';
import { OrgRepository } from './org.repository.js';
import { UnitScopeService } from './unit-scope.service.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';
import { VenuesController } from './venues.controller.js';
import { VenuesService } from './venues.service.js';

@Module({
  controllers: [UnitsController, OfficialsController, VenuesController],
  providers: [
    OrgRepository,
    OrgReader,
    OrgSeedService,
    UnitScopeService,
    UnitsService,
    OfficialsService,
    VenuesService,
  ],
  exports: [OrgReader, OrgSeedService, UnitScopeService, UnitsService, OfficialsService, VenuesService],
})
export class OrgModule {}
