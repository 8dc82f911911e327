import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { isInForce, wouldCreateCycle } from './domain/unit-tree.js';
import type { CreateUnitDto, UnitQuery, UpdateUnitDto } from './dto/unit.dto.js';
import { OrgRepository } from './org.repository.js';
import { UnitScopeService } from './unit-scope.service.js';
import { UnitEntity } from './unit.entity.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { ORG_ERRORS } from './errors.js';

export type UnitView = Pick<UnitEntity, 'id' | 'code' | 'name' | 'level' | 'parentId' | 'validFrom' | 'validTo'>;

export function toUnitView(u: UnitEntity): UnitView {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    level: u.level,
    parentId: u.parentId,
    validFrom: u.validFrom,
    validTo: u.validTo,
  };
}

function checkPeriod(validFrom: string | null, validTo: string | null): void {
  if (validFrom && validTo && validTo < validFrom) {
    throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
      detail: 'Ngày hết hiệu lực không được sớm hơn ngày có hiệu lực.',
      errors: [{ field: 'validTo', message: 'Không được sớm hơn ngày có hiệu lực.' }],
    });
  }
}

@Injectable()
export class UnitsService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, q: UnitQuery): Promise<UnitView[]> {
    const scope = await this.scope.scopeOf(user);
    return (await this.repo.allUnits())
      .filter((u) => scope.all || scope.unitIds.has(u.id))
      .filter((u) => !q.level || u.level === q.level)
      .filter((u) => !q.on || isInForce(u, q.on))
      .map(toUnitView);
  }

  async get(user: AuthUser, id: string): Promise<UnitView> {
    const unit = await this.repo.findUnit(id);
    if (!unit) throw new NotFoundError('Đơn vị');
    await this.scope.assertInScope(user, unit.id, 'Đơn vị');
    return toUnitView(unit);
  }

  /** A unit id the user may use (404 otherwise). */
  async requireInScope(user: AuthUser, unitId: string): Promise<UnitEntity> {
    const unit = await this.repo.findUnit(unitId);
    if (!unit || !(await this.scope.inScope(user, unitId))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
        detail: 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn.',
        errors: [{ field: 'unitId', message: 'Đơn vị không tồn tại.' }],
      });
    }
    return unit;
  }

  async create(dto: CreateUnitDto): Promise<UnitView> {
    if (dto.parentId && !(await this.repo.findUnit(dto.parentId))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
        detail: 'Đơn vị cấp trên không tồn tại.',
        errors: [{ field: 'parentId', message: 'Đơn vị không tồn tại.' }],
      });
    }
    checkPeriod(dto.validFrom ?? null, dto.validTo ?? null);
    const now = this.clock.now();
    const unit = Object.assign(new UnitEntity(), {
      id: newId(),
      code: dto.code ?? null,
      name: dto.name.trim(),
      level: dto.level,
      parentId: dto.parentId ?? null,
      validFrom: dto.validFrom ?? null,
      validTo: dto.validTo ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const saved = await this.tx.run((em) => this.repo.saveUnit(em, unit));
    this.scope.invalidate();
    return toUnitView(saved);
  }

  async update(id: string, dto: UpdateUnitDto): Promise<UnitView> {
    const unit = await this.repo.findUnit(id);
    if (!unit) throw new NotFoundError('Đơn vị');
    if (dto.parentId !== undefined) {
      if (dto.parentId !== null && !(await this.repo.findUnit(dto.parentId))) {
        throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
          detail: 'Đơn vị cấp trên không tồn tại.',
          errors: [{ field: 'parentId', message: 'Đơn vị không tồn tại.' }],
        });
      }
      const all = (await this.repo.allUnits()).map((u) => ({ id: u.id, parentId: u.parentId }));
      if (wouldCreateCycle(all, id, dto.parentId)) {
        throw fail(ORG_ERRORS.UNIT_CYCLE, {
          errors: [{ field: 'parentId', message: 'Tạo vòng lặp trong cây đơn vị.' }],
        });
      }
      unit.parentId = dto.parentId;
    }
    if (dto.name !== undefined) unit.name = dto.name.trim();
    if (dto.level !== undefined) unit.level = dto.level;
    if (dto.validFrom !== undefined) unit.validFrom = dto.validFrom;
    if (dto.validTo !== undefined) unit.validTo = dto.validTo;
    checkPeriod(unit.validFrom, unit.validTo);
    unit.updatedAt = this.clock.now();
    const saved = await this.tx.run((em) => this.repo.saveUnit(em, unit));
    this.scope.invalidate();
    return toUnitView(saved);
  }
}
