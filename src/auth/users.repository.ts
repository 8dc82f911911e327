import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ username });
  }

  /** Primary-key read; the JWT guard calls it on every authenticated request. */
  findById(id: string, em?: EntityManager): Promise<UserEntity | null> {
    return (em ?? this.ds.manager).getRepository(UserEntity).findOneBy({ id });
  }

  /** Active users holding the admin role, other than `exceptId` (roles are JSON text: filtered here). */
  async countOtherActiveAdmins(em: EntityManager, exceptId: string): Promise<number> {
    const active = await em.getRepository(UserEntity).findBy({ active: true });
    return active.filter((u) => u.id !== exceptId && u.roles.includes('admin')).length;
  }

  /**
   * Applies an account change and bumps the token version (revoking every token issued before), guarded by the version
   * read by the caller: false when another change committed in between.
   */
  async updateAndRevoke(
    em: EntityManager,
    id: string,
    expectedVersion: number,
    fields: Partial<Pick<UserEntity, 'roles' | 'unitId' | 'active' | 'passwordHash' | 'mustChangePassword' | 'updatedAt'>>,
  ): Promise<boolean> {
    const res = await em
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...fields, tokenVersion: () => 'token_version + 1' })
      .where('id = :id AND token_version = :v', { id, v: expectedVersion })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  findByFeedTokenHash(hash: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ feedTokenHash: hash, active: true });
  }

  listIn(unitIds: string[] | 'all'): Promise<UserEntity[]> {
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.username', 'ASC');
    if (unitIds !== 'all') qb.where('u.unit_id IN (:...ids)', { ids: unitIds.length ? unitIds : ['-'] });
    return qb.getMany();
  }

  countAll(em?: EntityManager): Promise<number> {
    return (em ?? this.ds.manager).getRepository(UserEntity).count();
  }

  insert(em: EntityManager, user: UserEntity): Promise<unknown> {
    return em.getRepository(UserEntity).insert(user);
  }

  setFeedTokenHash(em: EntityManager, id: string, hash: string): Promise<unknown> {
    return em.getRepository(UserEntity).update({ id }, { feedTokenHash: hash });
  }
}
