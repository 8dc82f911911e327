import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { subtreeOf, type UnitNode } from './domain/unit-tree.js';
import { OrgRepository } from './org.repository.js';

/** What a staff user may see: their unit and its descendants; admin sees everything. */
export type Scope = { all: true } | { all: false; unitIds: Set<string> };

const CACHE_MS = 10_000;

@Injectable()
export class UnitScopeService {
  private cache: { at: number; units: UnitNode[] } | null = null;

  constructor(private readonly repo: OrgRepository) {}

  /** Call after any change to the unit tree. Other instances pick it up within CACHE_MS. */
  invalidate(): void {
    this.cache = null;
  }

  private async tree(): Promise<UnitNode[]> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.units;
    const units = (await this.repo.allUnits()).map((u) => ({ id: u.id, parentId: u.parentId }));
    this.cache = { at: Date.now(), units };
    return units;
  }

  async scopeOf(user: Pick<AuthUser, 'roles' | 'unitId'>): Promise<Scope> {
    if (user.roles.includes('admin')) return { all: true };
    if (!user.unitId) return { all: false, unitIds: new Set() };
    return { all: false, unitIds: subtreeOf(await this.tree(), user.unitId) };
  }

  async subtree(unitId: string): Promise<Set<string>> {
    return subtreeOf(await this.tree(), unitId);
  }

  async inScope(user: Pick<AuthUser, 'roles' | 'unitId'>, unitId: string | null): Promise<boolean> {
    const scope = await this.scopeOf(user);
    return scope.all || (unitId !== null && scope.unitIds.has(unitId));
  }

  /** Another unit's record answers 404, never 403: no existence leak. */
  async assertInScope(
    user: Pick<AuthUser, 'roles' | 'unitId'>,
    unitId: string | null,
    what = 'Bản ghi',
  ): Promise<void> {
    if (!(await this.inScope(user, unitId))) throw new NotFoundError(what);
  }

  /** Unit ids for an IN (...) filter, or 'all'. */
  async unitFilter(user: Pick<AuthUser, 'roles' | 'unitId'>): Promise<string[] | 'all'> {
    const scope = await this.scopeOf(user);
    return scope.all ? 'all' : [...scope.unitIds];
  }
}
