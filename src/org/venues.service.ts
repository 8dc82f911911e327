import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import type { CreateVenueDto, UpdateVenueDto, VenueQuery } from './dto/venue.dto.js';
import { OrgRepository } from './org.repository.js';
import { UnitScopeService } from './unit-scope.service.js';
import { UnitsService } from './units.service.js';
import { VenueEntity } from './venue.entity.js';

export type VenueView = Pick<VenueEntity, 'id' | 'name' | 'address' | 'unitId'>;

export function toVenueView(v: VenueEntity): VenueView {
  return { id: v.id, name: v.name, address: v.address, unitId: v.unitId };
}

@Injectable()
export class VenuesService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly scope: UnitScopeService,
    private readonly units: UnitsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, q: VenueQuery): Promise<VenueView[]> {
    return (await this.repo.venuesIn(await this.scope.unitFilter(user), q)).map(toVenueView);
  }

  async getEntity(user: AuthUser, id: string): Promise<VenueEntity> {
    const v = await this.repo.findVenue(id);
    if (!v) throw new NotFoundError('Địa điểm');
    await this.scope.assertInScope(user, v.unitId, 'Địa điểm');
    return v;
  }

  async get(user: AuthUser, id: string): Promise<VenueView> {
    return toVenueView(await this.getEntity(user, id));
  }

  async create(user: AuthUser, dto: CreateVenueDto): Promise<VenueView> {
    await this.units.requireInScope(user, dto.unitId);
    const now = this.clock.now();
    const v = Object.assign(new VenueEntity(), {
      id: newId(),
      name: dto.name.trim(),
      address: dto.address.trim(),
      unitId: dto.unitId,
      createdAt: now,
      updatedAt: now,
    });
    return toVenueView(await this.tx.run((em) => this.repo.saveVenue(em, v)));
  }

  async update(user: AuthUser, id: string, dto: UpdateVenueDto): Promise<VenueView> {
    const v = await this.getEntity(user, id);
    if (dto.name !== undefined) v.name = dto.name.trim();
    if (dto.address !== undefined) v.address = dto.address.trim();
    v.updatedAt = this.clock.now();
    return toVenueView(await this.tx.run((em) => this.repo.saveVenue(em, v)));
  }
}
