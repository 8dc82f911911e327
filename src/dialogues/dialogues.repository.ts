import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { DialogueChairEntity, DialogueEntity, DialogueQuestionEntity, type QuestionStatus } from './dialogue.entity.js';
import type { DialogueStatus } from './domain/dialogue-rules.js';

/** Which dialogues a feed shows: its target, its window, and the units whose drafts a staff feed token may see. */
export interface DialogueFeedFilter {
  kind: 'unit' | 'official' | 'venue';
  id: string;
  from: Date;
  to: Date;
  plannedUnits: readonly string[] | 'all' | null;
}

export interface DialogueListFilter {
  unitIds: string[] | 'all';
  unitId?: string;
  status?: DialogueStatus;
  from?: Date;
  to?: Date;
}

/** Every ORM call on dialogues, chairs and questions. Writes take the transaction's EntityManager. */
@Injectable()
export class DialoguesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.ds.manager;
  }

  find(id: string, em?: EntityManager): Promise<DialogueEntity | null> {
    return this.m(em).getRepository(DialogueEntity).findOneBy({ id });
  }

  async insert(em: EntityManager, d: DialogueEntity, chairIds: string[]): Promise<void> {
    await em.getRepository(DialogueEntity).insert(d);
    await this.insertChairs(em, d.id, chairIds);
  }

  private async insertChairs(em: EntityManager, dialogueId: string, chairIds: string[]): Promise<void> {
    if (chairIds.length)
      await em
        .getRepository(DialogueChairEntity)
        .insert(chairIds.map((officialId, position) => ({ dialogueId, officialId, position })));
  }

  async replaceChairs(em: EntityManager, dialogueId: string, chairIds: string[]): Promise<void> {
    await em.getRepository(DialogueChairEntity).delete({ dialogueId });
    await this.insertChairs(em, dialogueId, chairIds);
  }

  /** Writes `changes` only if the dialogue is still in one of `expected` (no lost update); returns success. */
  async updateIfStatus(
    em: EntityManager,
    id: string,
    expected: readonly DialogueStatus[],
    changes: Partial<DialogueEntity>,
  ): Promise<boolean> {
    const r = await em
      .getRepository(DialogueEntity)
      .createQueryBuilder()
      .update()
      .set(changes as never)
      .where('id = :id AND status IN (:...expected)', { id, expected: [...expected] })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  /** Adds 1 to the SEQUENCE in the same statement (never read-modify-write). */
  async bumpSequence(em: EntityManager, id: string): Promise<void> {
    await em
      .getRepository(DialogueEntity)
      .createQueryBuilder()
      .update()
      .set({ sequence: () => 'sequence + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async chairsOf(dialogueIds: string[], em?: EntityManager): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!dialogueIds.length) return out;
    const rows = await this.m(em)
      .getRepository(DialogueChairEntity)
      .find({ where: { dialogueId: In(dialogueIds) }, order: { position: 'ASC' } });
    for (const r of rows) out.set(r.dialogueId, [...(out.get(r.dialogueId) ?? []), r.officialId]);
    return out;
  }

  list(f: DialogueListFilter): Promise<DialogueEntity[]> {
    const qb = this.ds
      .getRepository(DialogueEntity)
      .createQueryBuilder('d')
      .orderBy('d.starts_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .take(500);
    if (f.unitIds !== 'all')
      qb.andWhere('d.unit_id IN (:...unitIds)', { unitIds: f.unitIds.length ? f.unitIds : ['-'] });
    if (f.unitId) qb.andWhere('d.unit_id = :unitId', { unitId: f.unitId });
    if (f.status) qb.andWhere('d.status = :status', { status: f.status });
    if (f.from) qb.andWhere('d.starts_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('d.starts_at < :to', { to: f.to });
    return qb.getMany();
  }

  /** Dialogues the public may see: announced at some point (published, held, with results, or cancelled after being announced). */
  publicList(f: { unitId?: string; withResults?: boolean }): Promise<DialogueEntity[]> {
    const qb = this.ds
      .getRepository(DialogueEntity)
      .createQueryBuilder('d')
      .where('d.published_at IS NOT NULL')
      .orderBy('d.starts_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .take(200);
    if (f.unitId) qb.andWhere('d.unit_id = :unitId', { unitId: f.unitId });
    if (f.withResults) qb.andWhere("d.status = 'results_published'");
    return qb.getMany();
  }

  /** Local date, mode, trigger and status of every dialogue of these units dated in `year` (compliance). */
  factsFor(
    unitIds: string[],
    year: number,
  ): Promise<Pick<DialogueEntity, 'unitId' | 'localDate' | 'mode' | 'trigger' | 'status'>[]> {
    if (!unitIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(DialogueEntity)
      .createQueryBuilder('d')
      .select(['d.unitId', 'd.localDate', 'd.mode', 'd.trigger', 'd.status'])
      .where('d.unit_id IN (:...unitIds)', { unitIds })
      .andWhere('d.local_date >= :from AND d.local_date <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .getMany();
  }

  // Questions

  insertQuestion(em: EntityManager, q: DialogueQuestionEntity): Promise<unknown> {
    return em.getRepository(DialogueQuestionEntity).insert(q);
  }

  findQuestion(dialogueId: string, id: string, em?: EntityManager): Promise<DialogueQuestionEntity | null> {
    return this.m(em).getRepository(DialogueQuestionEntity).findOneBy({ id, dialogueId });
  }

  questions(dialogueId: string, status?: QuestionStatus): Promise<DialogueQuestionEntity[]> {
    return this.ds.getRepository(DialogueQuestionEntity).find({
      where: { dialogueId, ...(status ? { status } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 2000,
    });
  }

  async updateQuestionIfStatus(
    em: EntityManager,
    id: string,
    expected: QuestionStatus,
    changes: Partial<DialogueQuestionEntity>,
  ): Promise<boolean> {
    const r = await em
      .getRepository(DialogueQuestionEntity)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where('id = :id AND status = :s', { id, s: expected })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  /** How many questions were merged into each of these questions. */
  async mergedCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.ds
      .getRepository(DialogueQuestionEntity)
      .createQueryBuilder('q')
      .select('q.merged_into_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('q.merged_into_id IN (:...ids)', { ids })
      .groupBy('q.merged_into_id')
      .getRawMany<{ id: string; n: string | number }>();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  // Feeds

  /** Count, SEQUENCE sum and latest change of a feed's dialogues (its conditional-GET version). */
  feedAggregate(f: DialogueFeedFilter): Promise<Record<string, unknown> | undefined> {
    return this.feedQuery(f)
      .select('COUNT(*)', 'n')
      .addSelect('SUM(d.sequence)', 'seq')
      .addSelect('MAX(d.updated_at)', 'u')
      .getRawOne<Record<string, unknown>>();
  }

  /** A feed's dialogues in start order. */
  feedRows(f: DialogueFeedFilter): Promise<DialogueEntity[]> {
    return this.feedQuery(f).orderBy('d.starts_at', 'ASC').addOrderBy('d.id', 'ASC').getMany();
  }

  /** Dialogues of a feed target starting in [from, to): public ones, plus drafts of `plannedUnits` for a staff token. */
  private feedQuery({ kind, id, from, to, plannedUnits }: DialogueFeedFilter): SelectQueryBuilder<DialogueEntity> {
    const qb = this.ds
      .getRepository(DialogueEntity)
      .createQueryBuilder('d')
      .where('d.starts_at >= :from AND d.starts_at < :to', { from, to });
    if (kind === 'unit') qb.andWhere('d.unit_id = :tid', { tid: id });
    else if (kind === 'venue') qb.andWhere('d.venue_id = :tid', { tid: id });
    else
      qb.andWhere('EXISTS (SELECT 1 FROM dialogue_chairs c WHERE c.dialogue_id = d.id AND c.official_id = :tid)', {
        tid: id,
      });
    qb.andWhere(
      new Brackets((w) => {
        w.where('d.published_at IS NOT NULL');
        if (plannedUnits === 'all') w.orWhere("d.status = 'draft'");
        else if (plannedUnits && plannedUnits.length)
          w.orWhere("(d.status = 'draft' AND d.unit_id IN (:...planned))", { planned: [...plannedUnits] });
      }),
    );
    return qb;
  }

  // Follow-up tasks (read-only: the current status shown publicly next to each commitment)

  async taskStatuses(ids: string[]): Promise<Map<string, { status: string; dueAt: unknown; completedAt: unknown }>> {
    if (!ids.length) return new Map();
    const rows = await this.ds
      .createQueryBuilder()
      .select(['t.id AS id', 't.status AS status', 't.due_at AS due_at', 't.completed_at AS completed_at'])
      .from('tasks', 't')
      .where('t.id IN (:...ids)', { ids })
      .getRawMany<Record<string, unknown>>();
    return new Map(
      rows.map((r) => [String(r.id), { status: String(r.status), dueAt: r.due_at, completedAt: r.completed_at }]),
    );
  }
}
