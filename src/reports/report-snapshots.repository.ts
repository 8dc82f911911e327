import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportSnapshotEntity } from './report-snapshot.entity.js';

@Injectable()
export class ReportSnapshotsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  latest(unitId: string, fromOn: string, toOn: string, em?: EntityManager): Promise<ReportSnapshotEntity | null> {
    return (em ?? this.ds.manager)
      .getRepository(ReportSnapshotEntity)
      .findOne({ where: { unitId, fromOn, toOn }, order: { version: 'DESC' } });
  }

  all(unitId: string, fromOn: string, toOn: string): Promise<ReportSnapshotEntity[]> {
    return this.ds
      .getRepository(ReportSnapshotEntity)
      .find({ where: { unitId, fromOn, toOn }, order: { version: 'ASC' } });
  }

  insert(em: EntityManager, row: ReportSnapshotEntity): Promise<unknown> {
    return em.getRepository(ReportSnapshotEntity).insert(row);
  }
}
