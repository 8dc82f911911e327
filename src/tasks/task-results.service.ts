import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { pageOf } from '../common/pagination.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { DateTime } from '../common/time/luxon.js';
import { DEFAULT_TIME_ZONE } from '../petitions/domain/local-day.js';
import { formatViDate, resultMailText } from './task-texts.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { isProtectedIdentity, PETITION_TYPE_LABELS } from '../petitions/domain/petition-types.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { isActive, mayPerform } from './domain/task-state.js';
import type { PublicResultsQuery, TaskResultDto } from './dto/task.dto.js';
import { PetitionProgressReporter } from './petition-progress.reporter.js';
import { PublicResultEntity } from './task.entity.js';
import { publicResultView } from './task-view.js';
import { queueOf, TasksRepository } from './tasks.repository.js';
import { stateOf, TasksService } from './tasks.service.js';
import { fail } from '../common/errors/catalogue.js';
import { SurveyInvitationsService, surveyMailLines } from '../surveys/survey-invitations.service.js';
import { TASKS_ERRORS } from './errors.js';

/** Closing the loop: the answer is recorded, the citizen told by e-mail, and published without personal data. */
@Injectable()
export class TaskResultsService {
  constructor(
    private readonly tasks: TasksService,
    private readonly repo: TasksRepository,
    private readonly petitions: PetitionsService,
    private readonly org: OrgReader,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly progress: PetitionProgressReporter,
    private readonly scope: UnitScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly surveys: SurveyInvitationsService,
  ) {}

  async record(user: AuthUser, id: string, dto: TaskResultDto) {
    const t = await this.tasks.requireVisible(user, id);
    if (!mayPerform(stateOf(t), 'complete', { userId: user.id, roles: user.roles, unitId: user.unitId }))
      throw new ForbiddenError();
    if (t.resultAt) throw fail(TASKS_ERRORS.TASK_RESULT_EXISTS);
    if (!isActive(t) && t.status !== 'done')
      throw fail(TASKS_ERRORS.INVALID_TASK_TRANSITION, { detail: 'Nhiệm vụ đã bị trả lại: không thể ghi kết quả.' });
    const p = (await this.petitions.find(t.petitionId))!;
    const scrub = await this.petitions.scrubberFor(p);
    const who = await this.petitions.petitionerOf(p);
    const summary = p.type === 'denunciation' ? scrub(dto.summary.trim()) : dto.summary.trim();
    const unit = await this.org.findUnit(t.assigneeUnitId);
    const now = this.clock.now();
    const subject = scrub(p.subject ?? `${PETITION_TYPE_LABELS[p.type]} tiếp nhận ngày ${formatViDate(p.receivedOn)}`);
    await this.tx.run(async (em) => {
      const ok = await this.repo.updateIfStatus(em, id, t.status, {
        status: 'done',
        overdue: false,
        queue: queueOf('done', false),
        resultSummary: summary,
        resultPublished: dto.publish,
        resultAt: now,
        completedAt: t.completedAt ?? now,
        updatedAt: now,
      });
      if (!ok) throw fail(TASKS_ERRORS.TASK_CHANGED);
      await this.tasks.storeTimeliness(em, t.petitionId);
      if (dto.publish) {
        await this.repo.insertPublicResult(
          em,
          Object.assign(new PublicResultEntity(), {
            id: newId(),
            taskId: id,
            unitId: t.assigneeUnitId,
            unitName: unit?.name ?? '',
            petitionType: p.type,
            subject,
            answer: scrub(summary),
            publishedAt: now,
          }),
        );
      }
      if (who?.phone && this.notifications.smsEnabled) {
        // By SMS too: most petitioners give a phone number and no e-mail. The text names nobody.
        await this.notifications.enqueueSms(em, {
          kind: 'task.result',
          phone: who.phone,
          template: 'petition.answered',
          values: { date: formatViDate(p.receivedOn), link: `${this.config.publicBaseUrl}/tra-cuu` },
          refType: 'task',
          refId: id,
          identitySealed: isProtectedIdentity(p),
          dedupeKey: `sms:task-result:${id}`,
        });
        if (!who.email) {
          // Without an e-mail (which carries the survey link below), the survey link comes by SMS.
          const survey = await this.surveys.create(em, { unitId: t.assigneeUnitId, kind: 'petition' });
          await this.notifications.enqueueSms(em, {
            kind: 'survey.invitation',
            phone: who.phone,
            template: 'survey.invitation',
            values: { date: formatViDate(p.receivedOn), link: survey.url },
            refType: 'task',
            refId: id,
            identitySealed: isProtectedIdentity(p),
            dedupeKey: `sms:survey:${id}`,
          });
        }
      }
      if (who?.email) {
        // The e-mail that tells the answer carries a one-time satisfaction survey link (unit and kind only).
        const survey = await this.surveys.create(em, { unitId: t.assigneeUnitId, kind: 'petition' });
        await this.notifications.enqueue(em, {
          kind: 'task.result',
          to: who.email,
          refType: 'task',
          refId: id,
          identitySealed: isProtectedIdentity(p),
          dedupeKey: `task-result:${id}`,
          subject: `Kết quả giải quyết đơn: ${subject}`.slice(0, 200),
          // A sealed identity never goes into the outbox in clear: the letter then greets "công dân" without the name.
          text: resultMailText({
            fullName: isProtectedIdentity(p) ? null : who.fullName,
            unit: unit ?? null,
            receivedOn: p.receivedOn,
            summary,
            extra: surveyMailLines(survey),
          }),
        });
      }
    });
    await this.progress.report(t.petitionId);
    return this.tasks.get(user, id);
  }

  async publicList(q: PublicResultsQuery) {
    const page = pageOf(q);
    const day = (d: string) => DateTime.fromISO(d, { zone: DEFAULT_TIME_ZONE }).startOf('day');
    const unitIds = q.unitId
      ? q.subUnits === 'true'
        ? [...(await this.scope.subtree(q.unitId))]
        : [q.unitId]
      : undefined;
    const { items, total } = await this.repo.publicResults(
      {
        unitIds,
        type: q.type,
        from: q.from ? day(q.from).toJSDate() : undefined,
        to: q.to ? day(q.to).plus({ days: 1 }).toJSDate() : undefined,
      },
      page.limit,
      page.offset,
    );
    return { items: items.map(publicResultView), total, ...page };
  }
}
