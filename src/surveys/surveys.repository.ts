import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  SurveyAnswerEntity,
  SurveyInvitationEntity,
  SurveyQuestionSetEntity,
  SurveyScoreEntity,
} from './survey.entity.js';
import type { CriterionRow } from './domain/survey-rules.js';

/** The surveys module owns survey_question_sets, survey_invitations, survey_answers and survey_scores. */
@Injectable()
export class SurveysRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  questionSets(em?: EntityManager): Promise<SurveyQuestionSetEntity[]> {
    return (em ?? this.ds.manager).getRepository(SurveyQuestionSetEntity).find({ order: { version: 'ASC' } });
  }

  async insertQuestionSet(em: EntityManager, row: SurveyQuestionSetEntity): Promise<void> {
    await em.getRepository(SurveyQuestionSetEntity).save(row);
  }

  async insertInvitation(em: EntityManager, row: SurveyInvitationEntity): Promise<void> {
    await em.getRepository(SurveyInvitationEntity).insert(row);
  }

  invitationByHash(tokenHash: string, em?: EntityManager): Promise<SurveyInvitationEntity | null> {
    return (em ?? this.ds.manager).getRepository(SurveyInvitationEntity).findOneBy({ tokenHash });
  }

  /** Marks the link used if it still was not (compare-and-set: two simultaneous answers, one wins). */
  async markUsed(em: EntityManager, id: string): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(SurveyInvitationEntity)
      .set({ used: true })
      .where('id = :id AND used = :no', { id, no: false })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  async insertAnswer(em: EntityManager, answer: SurveyAnswerEntity, scores: SurveyScoreEntity[]): Promise<void> {
    await em.getRepository(SurveyAnswerEntity).insert(answer);
    await em.getRepository(SurveyScoreEntity).insert(scores);
  }

  /** Number of answers and per-criterion sums over units and months (inclusive). */
  async totals(
    unitIds: string[],
    fromPeriod: string,
    toPeriod: string,
  ): Promise<{ answers: number; rows: CriterionRow[] }> {
    if (unitIds.length === 0) return { answers: 0, rows: [] };
    const count = await this.ds
      .getRepository(SurveyAnswerEntity)
      .createQueryBuilder('a')
      .select('COUNT(*)', 'n')
      .where('a.unit_id IN (:...unitIds) AND a.period >= :fromPeriod AND a.period <= :toPeriod', {
        unitIds,
        fromPeriod,
        toPeriod,
      })
      .getRawOne<{ n: string | number }>();
    const raw = await this.ds
      .getRepository(SurveyScoreEntity)
      .createQueryBuilder('s')
      .innerJoin(SurveyAnswerEntity, 'a', 'a.id = s.answer_id')
      .select('s.criterion', 'criterion')
      .addSelect('SUM(s.score)', 'sum')
      .addSelect('COUNT(*)', 'answers')
      .where('a.unit_id IN (:...unitIds) AND a.period >= :fromPeriod AND a.period <= :toPeriod', {
        unitIds,
        fromPeriod,
        toPeriod,
      })
      .groupBy('s.criterion')
      .getRawMany<{ criterion: string; sum: string | number; answers: string | number }>();
    return {
      answers: Number(count?.n ?? 0),
      rows: raw.map((r) => ({ criterion: r.criterion, sum: Number(r.sum), answers: Number(r.answers) })),
    };
  }

  /** Masked comments, in random-id order (ids are UUIDv4: the order tells nothing about when they were written). */
  async comments(
    unitIds: string[],
    fromPeriod: string,
    toPeriod: string,
    limit: number,
    offset: number,
  ): Promise<{ items: SurveyAnswerEntity[]; total: number }> {
    if (unitIds.length === 0) return { items: [], total: 0 };
    const [items, total] = await this.ds
      .getRepository(SurveyAnswerEntity)
      .createQueryBuilder('a')
      .where('a.unit_id IN (:...unitIds) AND a.period >= :fromPeriod AND a.period <= :toPeriod', {
        unitIds,
        fromPeriod,
        toPeriod,
      })
      .andWhere('a.comment IS NOT NULL')
      .orderBy('a.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getManyAndCount();
    return { items, total };
  }
}
