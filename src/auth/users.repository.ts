import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ username });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ id });
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
