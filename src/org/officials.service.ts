import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import type { CreateOfficialDto, OfficialQuery, UpdateOfficialDto } from './dto/official.dto.js';
import { OfficialEntity } from './official.entity.js';
import { OrgRepository } from './org.repository.js';
import { UnitScopeService } from './unit-scope.service.js';
import { UnitsService } from './units.service.js';

export type OfficialView = Pick<
  OfficialEntity,
  'id' | 'fullName' | 'title' | 'unitId' | 'position' | 'body' | 'active'
>;

export function toOfficialView(o: OfficialEntity): OfficialView {
  return {
    id: o.id,
    fullName: o.fullName,
    title: o.title,
    unitId: o.unitId,
    position: o.position,
    body: o.body,
    active: o.active,
  };
}

@Injectable()
export class OfficialsService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly scope: UnitScopeService,
    private readonly units: UnitsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, q: OfficialQuery): Promise<OfficialView[]> {
    return (await this.repo.officialsIn(await this.scope.unitFilter(user), q)).map(toOfficialView);
  }

  /** The official, if it exists and lies in the user's scope; 404 otherwise. */
  async getEntity(user: AuthUser, id: string): Promise<OfficialEntity> {
    const o = await this.repo.findOfficial(id);
    if (!o) throw new NotFoundError('Cán bộ');
    await this.scope.assertInScope(user, o.unitId, 'Cán bộ');
    return o;
  }

  async get(user: AuthUser, id: string): Promise<OfficialView> {
    return toOfficialView(await this.getEntity(user, id));
  }

  async create(user: AuthUser, dto: CreateOfficialDto): Promise<OfficialView> {
    await this.units.requireInScope(user, dto.unitId);
    const now = this.clock.now();
    const o = Object.assign(new OfficialEntity(), {
      id: newId(),
      fullName: dto.fullName.trim(),
      title: dto.title.trim(),
      unitId: dto.unitId,
      position: dto.position,
      body: dto.body,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    return toOfficialView(await this.tx.run((em) => this.repo.saveOfficial(em, o)));
  }

  async update(user: AuthUser, id: string, dto: UpdateOfficialDto): Promise<OfficialView> {
    const o = await this.getEntity(user, id);
    if (dto.fullName !== undefined) o.fullName = dto.fullName.trim();
    if (dto.title !== undefined) o.title = dto.title.trim();
    if (dto.position !== undefined) o.position = dto.position;
    if (dto.body !== undefined) o.body = dto.body;
    if (dto.active !== undefined) o.active = dto.active;
    o.updatedAt = this.clock.now();
    return toOfficialView(await this.tx.run((em) => this.repo.saveOfficial(em, o)));
  }
}
