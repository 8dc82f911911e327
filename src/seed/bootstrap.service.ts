import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { writeOwnerOnlyFile } from './owner-only-file.js';
import type { EntityManager } from 'typeorm';
import { UsersService } from '../auth/users.service.js';
import type { Role } from '../common/roles.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SeedLogService } from '../database/seed-log.service.js';
import { OrgReader } from '../org/org-reader.service.js';
import { OrgSeedService } from '../org/org-seed.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { DemoSchedulesService } from '../schedules/demo-schedules.service.js';
import { type DemoFile, readDataFile, type ReferenceUnitsFile } from '../config/data-files.js';
import { DemoActivityService } from './demo-activity.service.js';

/**
 * First start: reference data (units of Hải Phòng), the `admin` user, and with DEMO_DATA the demo set.
 * Every step runs once (seed_log), so restarts never duplicate anything.
 */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeds: SeedLogService,
    private readonly org: OrgReader,
    private readonly orgSeed: OrgSeedService,
    private readonly scope: UnitScopeService,
    private readonly users: UsersService,
    private readonly demoSchedules: DemoSchedulesService,
    private readonly demoActivity: DemoActivityService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.loadReferenceUnits();
    await this.ensureAdmin();
    if (this.config.demoData) await this.loadDemo();
    this.scope.invalidate();
  }

  private async loadReferenceUnits(): Promise<void> {
    const file = readDataFile<ReferenceUnitsFile>('units', 'haiphong.json');
    const loaded = await this.seeds.runOnce(`units:haiphong@${file.asOf}`, async (em) => {
      const now = new Date();
      const city = await this.orgSeed.ensureUnitWithin(
        em,
        {
          code: file.city.code,
          name: file.city.name,
          level: 'city',
          parentId: null,
          validFrom: file.city.validFrom ?? null,
        },
        now,
      );
      for (const u of file.units) {
        if (await this.org.findUnitByCode(u.code, em)) continue;
        await this.orgSeed.addUnitWithin(
          em,
          { code: u.code, name: u.name, level: u.level, parentId: city.id, validFrom: u.validFrom ?? file.asOf },
          now,
        );
      }
    });
    if (loaded) this.logger.log(`Loaded ${file.units.length + 1} reference units of Hải Phòng (as of ${file.asOf})`);
  }

  private async ensureAdmin(): Promise<void> {
    if (await this.users.exists('admin')) return;
    const city = await this.org.findUnitByCode('HP');
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    if (!(await this.insertIgnoringRace({ username: 'admin', password, roles: ['admin'], unitId: city?.id ?? null })))
      return;
    if (this.config.adminPassword) return;
    if (process.stdout.isTTY) {
      // Printed once, straight to the terminal: never through the structured log.
      process.stdout.write(
        `\n  tiepdan: created user "admin" with password: ${password}\n  (set ADMIN_PASSWORD to choose it)\n\n`,
      );
      return;
    }
    // Not a terminal (a service, a container, a pipe): the output may end up in a log store, so the password goes to a
    // file only the owner can read, and the log says where.
    const file = await writeOwnerOnlyFile(this.config.adminPasswordFile, `${password}\n`);
    this.logger.warn(
      `Created user "admin"; its password is in ${file} (readable by the owner only). Sign in, change it, then delete the file.`,
    );
  }

  /** Inserts a user unless another instance starting at the same time created it first. */
  private async insertIgnoringRace(input: Parameters<UsersService['insert']>[0]): Promise<boolean> {
    try {
      await this.users.insert(input);
      return true;
    } catch (e) {
      if ((e as { code?: string }).code === 'USERNAME_TAKEN') return false;
      throw e;
    }
  }

  private async loadDemo(): Promise<void> {
    const demo = readDataFile<DemoFile>('demo', 'demo.json');
    const officialIds = new Map<string, string>();
    const unitIdByCode = async (em: EntityManager, code: string): Promise<string> => {
      const u = await this.org.findUnitByCode(code, em);
      if (!u) throw new Error(`Demo data refers to unknown unit code ${code}`);
      return u.id;
    };
    const loaded = await this.seeds.runOnce(`demo@${demo.version}`, async (em) => {
      const now = new Date();
      for (const d of demo.departments) {
        await this.orgSeed.addUnitWithin(
          em,
          {
            code: d.code,
            name: d.name,
            level: 'department',
            parentId: await unitIdByCode(em, d.parentCode),
            validFrom: null,
          },
          now,
        );
      }
      for (const o of demo.officials) {
        const official = await this.orgSeed.addOfficialWithin(
          em,
          {
            fullName: o.fullName,
            title: o.title,
            unitId: await unitIdByCode(em, o.unitCode),
            position: o.position,
            body: o.body,
          },
          now,
        );
        officialIds.set(o.key, official.id);
      }
      for (const v of demo.venues) {
        await this.orgSeed.addVenueWithin(
          em,
          { name: v.name, address: v.address, unitId: await unitIdByCode(em, v.unitCode) },
          now,
        );
      }
    });
    if (loaded) this.logger.log(`Loaded demo data (${demo.officials.length} officials, ${demo.venues.length} venues)`);
    for (const u of demo.users) {
      if (await this.users.exists(u.username)) continue;
      await this.insertIgnoringRace({
        username: u.username,
        fullName: u.fullName ?? null,
        title: u.title ?? null,
        password: this.config.demoPassword,
        roles: u.roles as Role[],
        unitId: (await this.org.findUnitByCode(u.unitCode))?.id ?? null,
        officialId: u.officialKey ? (officialIds.get(u.officialKey) ?? null) : null,
      });
    }
    // Demo reception schedules (and their sessions) once the demo officials and venues exist, then the demo activity.
    await this.demoSchedules.seed();
    if (this.config.demoActivity) await this.demoActivity.seed(demo);
  }
}
