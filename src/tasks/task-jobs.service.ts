import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobLockService } from '../database/job-lock.service.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrgReader } from '../org/org-reader.service.js';
import { escalationDue, reminderDue } from './domain/task-state.js';
import { TaskAlertEntity, type TaskEntity } from './task.entity.js';
import { escalationText, reminderText, TASK_ZONE } from './task-texts.js';
import { TasksRepository } from './tasks.repository.js';

export const TASKS_DAILY_JOB = 'tasks.daily';
/** Working days before the due day when the assignee is reminded. */
export const REMINDER_WORKING_DAYS = 2;
const BATCH = 200;

export interface DailyRunResult {
  ran: boolean;
  day: string;
  markedOverdue: number;
  reminded: number;
  escalated: number;
  notifications: number;
}

/**
 * The daily job of follow-up tasks: flags overdue tasks, reminds assignees before the due day and escalates overdue
 * tasks to the unit's head and office. One instance runs it (JobLockService); once per task, kind and local day is
 * guaranteed by the unique key of task_alerts, so a second run the same day (or on another instance) sends nothing.
 */
@Injectable()
export class TaskJobsService {
  private readonly logger = new Logger('TaskJobs');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: TasksRepository,
    private readonly org: OrgReader,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly locks: JobLockService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  @Cron('0 7 * * *', { name: TASKS_DAILY_JOB, timeZone: TASK_ZONE })
  async scheduledDaily(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    const r = await this.runDaily();
    if (r.ran)
      this.logger.log(
        { markedOverdue: r.markedOverdue, reminded: r.reminded, escalated: r.escalated },
        'Daily task job done',
      );
  }

  /** Keeps the stored overdue flag fresh between daily runs (one set-based UPDATE). */
  @Cron(CronExpression.EVERY_HOUR)
  async scheduledOverdueSweep(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    await this.locks.runExclusive('tasks.overdue', () =>
      this.tx.run((em) => this.repo.markOverdue(em, this.clock.now())),
    );
  }

  async runDaily(): Promise<DailyRunResult> {
    const day = this.calendar.today(TASK_ZONE);
    const r = await this.locks.runExclusive(TASKS_DAILY_JOB, () => this.sweep());
    return r ?? { ran: false, day, markedOverdue: 0, reminded: 0, escalated: 0, notifications: 0 };
  }

  private async sweep(): Promise<DailyRunResult> {
    const now = this.clock.now();
    const day = DateTime.fromJSDate(now).setZone(TASK_ZONE).toISODate()!;
    const cal = await this.calendar.calendar();
    const result: DailyRunResult = { ran: true, day, markedOverdue: 0, reminded: 0, escalated: 0, notifications: 0 };
    result.markedOverdue = await this.tx.run((em) => this.repo.markOverdue(em, now));

    for (let after = ''; ;) {
      const batch = await this.repo.toEscalate(day, BATCH, after);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].id;
      for (const t of batch) {
        if (
          !escalationDue(
            { status: t.status, assigneeUnitId: t.assigneeUnitId, dueAt: t.dueAt.toISOString() },
            now,
            t.lastEscalatedOn,
            TASK_ZONE,
          )
        )
          continue;
        const sent = await this.alert(t, 'escalation', day);
        if (sent !== null) {
          result.escalated++;
          result.notifications += sent;
        }
      }
    }
    // Reminders look at most a few weeks ahead: REMINDER_WORKING_DAYS working days never span more across holidays.
    const until = DateTime.fromJSDate(now).plus({ days: 21 }).toJSDate();
    for (let after = ''; ;) {
      const batch = await this.repo.toRemind(day, until, BATCH, after);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].id;
      for (const t of batch) {
        const state = { status: t.status, assigneeUnitId: t.assigneeUnitId, dueAt: t.dueAt.toISOString() };
        if (!reminderDue(state, now, cal, REMINDER_WORKING_DAYS, t.lastRemindedOn, TASK_ZONE)) continue;
        const sent = await this.alert(t, 'reminder', day);
        if (sent !== null) {
          result.reminded++;
          result.notifications += sent;
        }
      }
    }
    return result;
  }

  /** Records the alert (unique per task, kind, day) and enqueues its e-mails in one transaction; null when already done. */
  private async alert(t: TaskEntity, kind: 'reminder' | 'escalation', day: string): Promise<number | null> {
    const contacts = await this.repo.contacts(t.assigneeUnitId);
    const unitName = (await this.org.findUnit(t.assigneeUnitId))?.name ?? '';
    const to =
      kind === 'reminder'
        ? [['handler', contacts?.handlerEmail ?? contacts?.officeEmail ?? null]]
        : [
            ['head', contacts?.headEmail ?? null],
            ['office', contacts?.officeEmail ?? null],
          ];
    const recipients = to.filter((x): x is [string, string] => typeof x[1] === 'string');
    const msg =
      kind === 'reminder' ? reminderText(t.instruction, t.dueAt) : escalationText(t.instruction, t.dueAt, unitName);
    try {
      return await this.tx.run(async (em: EntityManager) => {
        await this.repo.insertAlert(
          em,
          Object.assign(new TaskAlertEntity(), {
            id: newId(),
            taskId: t.id,
            kind,
            onDay: day,
            recipients: recipients.length,
            createdAt: this.clock.now(),
          }),
        );
        await this.repo.setAlertDay(em, t.id, kind, day);
        let n = 0;
        for (const [role, address] of recipients) {
          const added = await this.notifications.enqueue(em, {
            kind: `task.${kind}`,
            to: address,
            subject: msg.subject,
            text: msg.text,
            refType: 'task',
            refId: t.id,
            dedupeKey: `task-${kind}:${t.id}:${day}:${role}`,
          });
          if (added) n++;
        }
        return n;
      });
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }
}
