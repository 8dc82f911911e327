import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  DialogueMinuteAmendmentEntity,
  DialogueMinuteItemEntity,
  DialogueMinutesEntity,
} from './dialogue-minutes.entity.js';

/** Every ORM call on dialogue minutes, their items and amendments. */
@Injectable()
export class DialogueMinutesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.ds.manager;
  }

  byDialogue(dialogueId: string, em?: EntityManager): Promise<DialogueMinutesEntity | null> {
    return this.m(em).getRepository(DialogueMinutesEntity).findOneBy({ dialogueId });
  }

  insert(em: EntityManager, m: DialogueMinutesEntity): Promise<unknown> {
    return em.getRepository(DialogueMinutesEntity).insert(m);
  }

  /**
   * Takes the minutes for writing while they are a draft: a conditional UPDATE (a row lock on PostgreSQL until commit;
   * SQLite transactions are serialised). False when they are already finalised.
   */
  async lockDraft(em: EntityManager, id: string, changes: Partial<DialogueMinutesEntity>): Promise<boolean> {
    const r = await em
      .getRepository(DialogueMinutesEntity)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where("id = :id AND status = 'draft'", { id })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  items(minutesId: string, em?: EntityManager): Promise<DialogueMinuteItemEntity[]> {
    return this.m(em)
      .getRepository(DialogueMinuteItemEntity)
      .find({ where: { minutesId }, order: { position: 'ASC' } });
  }

  itemsOfMany(minutesIds: string[]): Promise<DialogueMinuteItemEntity[]> {
    if (!minutesIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(DialogueMinuteItemEntity)
      .find({ where: { minutesId: In(minutesIds) }, order: { position: 'ASC' } });
  }

  byDialogues(dialogueIds: string[]): Promise<DialogueMinutesEntity[]> {
    if (!dialogueIds.length) return Promise.resolve([]);
    return this.ds.getRepository(DialogueMinutesEntity).findBy({ dialogueId: In(dialogueIds) });
  }

  async nextPosition(em: EntityManager, minutesId: string): Promise<number> {
    const row = await em
      .getRepository(DialogueMinuteItemEntity)
      .createQueryBuilder('i')
      .select('MAX(i.position)', 'p')
      .where('i.minutes_id = :minutesId', { minutesId })
      .getRawOne<{ p: number | string | null }>();
    return Number(row?.p ?? 0) + 1;
  }

  insertItem(em: EntityManager, item: DialogueMinuteItemEntity): Promise<unknown> {
    return em.getRepository(DialogueMinuteItemEntity).insert(item);
  }

  async deleteItem(em: EntityManager, minutesId: string, id: string): Promise<boolean> {
    const r = await em.getRepository(DialogueMinuteItemEntity).delete({ id, minutesId });
    return (r.affected ?? 0) > 0;
  }

  async setItemTask(em: EntityManager, id: string, taskId: string): Promise<void> {
    await em.getRepository(DialogueMinuteItemEntity).update({ id }, { taskId });
  }

  insertAmendment(em: EntityManager, a: DialogueMinuteAmendmentEntity): Promise<unknown> {
    return em.getRepository(DialogueMinuteAmendmentEntity).insert(a);
  }

  amendments(minutesId: string): Promise<DialogueMinuteAmendmentEntity[]> {
    return this.ds
      .getRepository(DialogueMinuteAmendmentEntity)
      .find({ where: { minutesId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
