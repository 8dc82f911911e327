import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DateTime } from '../common/time/luxon.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { fail } from '../common/errors/catalogue.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { pageOf } from '../common/pagination.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { maskComment } from './domain/comment-masking.js';
import { answerProblems } from './domain/question-set.js';
import { aggregate, lastDayOf, linkState, MIN_ANSWERS, periodOf, periodRange } from './domain/survey-rules.js';
import { hashSurveyCode, normaliseSurveyCode } from './domain/survey-token.js';
import type { SurveyAnswerDto, SurveyResultsQuery } from './dto/survey.dto.js';
import type { SurveyFormOutput, SurveyResultsOutput, SurveyThanksOutput } from './dto/survey.output.js';
import { SURVEYS_ERRORS } from './errors.js';
import { QuestionSetsService } from './question-sets.service.js';
import { SurveyAnswerEntity, SurveyScoreEntity, type SurveyInvitationEntity } from './survey.entity.js';
import { SurveysRepository } from './surveys.repository.js';

const ZONE = 'Asia/Ho_Chi_Minh';
export const NOT_ENOUGH_ANSWERS = 'Chưa đủ câu trả lời';

/** The citizen's side (open a link, answer once) and the staff's aggregate view. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly sets: QuestionSetsService,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return DateTime.fromJSDate(this.clock.now()).setZone(ZONE).toISODate()!;
  }

  /** 404 for anything that is not a stored code; 409 when answered; 410 when expired. */
  private async openInvitation(token: string): Promise<SurveyInvitationEntity> {
    const code = normaliseSurveyCode(token);
    const inv = code ? await this.repo.invitationByHash(hashSurveyCode(code)) : null;
    if (!inv) throw fail(SURVEYS_ERRORS.SURVEY_NOT_FOUND);
    const state = linkState(inv, this.clock.now());
    if (state === 'answered') throw fail(SURVEYS_ERRORS.SURVEY_ALREADY_ANSWERED);
    if (state === 'expired') throw fail(SURVEYS_ERRORS.SURVEY_EXPIRED);
    return inv;
  }

  private async currentSet() {
    const set = await this.sets.current(this.today());
    if (!set) throw fail(SURVEYS_ERRORS.SURVEY_UNAVAILABLE);
    return set;
  }

  async form(token: string): Promise<SurveyFormOutput> {
    const inv = await this.openInvitation(token);
    const set = await this.currentSet();
    return {
      version: set.version,
      title: set.title,
      intro: set.intro,
      scale: set.scale,
      criteria: set.criteria.map((c) => ({ key: c.key, question: c.question })),
      commentLabel: set.commentLabel,
      source: set.source,
      // The last day on which the link still works (it expires at the instant expiresAt).
      expiresOn: lastDayOf(inv.expiresAt),
    };
  }

  async answer(token: string, dto: SurveyAnswerDto): Promise<SurveyThanksOutput> {
    const inv = await this.openInvitation(token);
    const set = await this.currentSet();
    const problems = answerProblems(set, dto.answers);
    if (problems.length > 0) throw fail(SURVEYS_ERRORS.SURVEY_INVALID_ANSWERS, { errors: problems });
    const raw = dto.comment?.trim() ?? '';
    const comment = raw === '' ? null : maskComment(raw);
    const answerId = randomUUID();
    await this.tx.run(async (em) => {
      if (!(await this.repo.markUsed(em, inv.id))) throw fail(SURVEYS_ERRORS.SURVEY_ALREADY_ANSWERED);
      await this.repo.insertAnswer(
        em,
        Object.assign(new SurveyAnswerEntity(), {
          id: answerId,
          unitId: inv.unitId,
          kind: inv.kind,
          period: periodOf(this.today()),
          questionSetVersion: set.version,
          comment,
        }),
        set.criteria.map((c) =>
          Object.assign(new SurveyScoreEntity(), { answerId, criterion: c.key, score: dto.answers[c.key] }),
        ),
      );
    });
    return { message: 'Cảm ơn ông/bà đã trả lời phiếu khảo sát.', version: set.version };
  }

  /** Aggregate over a set of units (already rolled up) and the months of [from, to]; null below MIN_ANSWERS. */
  async satisfaction(unitIds: string[], from: string, to: string) {
    const { fromPeriod, toPeriod } = periodRange(from, to);
    const t = await this.repo.totals(unitIds, fromPeriod, toPeriod);
    return aggregate(t.answers, t.rows);
  }

  async results(user: AuthUser, q: SurveyResultsQuery): Promise<SurveyResultsOutput> {
    if (q.to < q.from) throw fail(SURVEYS_ERRORS.INVALID_PERIOD);
    const unit = await this.org.findUnit(q.unitId);
    if (!unit) throw new NotFoundError('Đơn vị');
    await this.scope.assertInScope(user, q.unitId, 'Đơn vị');
    const unitIds = [...(await this.scope.subtree(q.unitId))];
    const { fromPeriod, toPeriod } = periodRange(q.from, q.to);
    const t = await this.repo.totals(unitIds, fromPeriod, toPeriod);
    const agg = aggregate(t.answers, t.rows);
    const page = pageOf(q);
    // Comments of a group too small to be anonymous are not shown either.
    const c = agg
      ? await this.repo.comments(unitIds, fromPeriod, toPeriod, page.limit, page.offset)
      : { items: [], total: 0 };
    return {
      unit: { id: unit.id, name: unit.name },
      from: q.from,
      to: q.to,
      answers: t.answers,
      enough: agg !== null,
      minimumAnswers: MIN_ANSWERS,
      note: agg ? null : NOT_ENOUGH_ANSWERS,
      criteria: agg ? agg.criteria : null,
      comments: {
        items: c.items.map((a) => ({ period: a.period, kind: a.kind, comment: a.comment ?? '' })),
        total: c.total,
        ...page,
      },
    };
  }
}
