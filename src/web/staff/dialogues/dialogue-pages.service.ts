import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { DialogueMinutesService } from '../../../dialogues/dialogue-minutes.service.js';
import { DialogueQuestionsService } from '../../../dialogues/dialogue-questions.service.js';
import { DialoguesService } from '../../../dialogues/dialogues.service.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import { UnitScopeService } from '../../../org/unit-scope.service.js';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../../tasks/domain/task-state.js';
import { TasksService } from '../../../tasks/tasks.service.js';
import { formErrors, formErrorsOrThrow, type FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import type { StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { DialoguePage, type FailedForm } from './dialogue.page.js';
import { staffDialoguePath } from './dialogue-paths.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (body: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** A path id that is not a UUID names nothing: the same 404 page as another unit's record. */
export function uuidOr404(id: string, what = 'Hội nghị đối thoại'): string {
  if (!UUID.test(id)) throw new NotFoundError(what);
  return id;
}

export const statusOf = (e: unknown): number => (e instanceof DomainError ? e.status : 400);

/** Problems the page found itself (before the service), carried through the same catch as the service's. */
export class LocalProblems extends Error {
  constructor(readonly errors: FormErrors) {
    super('form problems');
  }
}

export const localProblems = (problems: Record<string, string>): LocalProblems =>
  new LocalProblems(formErrors(problems));

/** Who acts on which dialogue, and the request to answer. */
export interface DialogueAct {
  user: StaffUser;
  id: string;
  req: Request;
  res: Response;
}

/**
 * The page of one dialogue (`/can-bo/doi-thoai/:id`) and the way every form of it is posted: the same services as the
 * API, POST → 303 to the page with what was done, or the page again with the form's errors at the error's status.
 */
@Injectable()
export class StaffDialoguePages {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly frames: StaffFrameService,
    private readonly dialogues: DialoguesService,
    private readonly questions: DialogueQuestionsService,
    private readonly minutes: DialogueMinutesService,
    private readonly tasks: TasksService,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
  ) {}

  /** The API's DTO checks of a form's input (the same messages as the API). */
  async validate<T>(input: unknown, metatype: new () => T): Promise<T> {
    return (await this.validation.transform(input, { type: 'body', metatype })) as T;
  }

  /** The units of the person's scope, by name. */
  async unitsInScope(user: StaffUser): Promise<{ id: string; name: string }[]> {
    const filter = await this.scope.unitFilter(user);
    return (await this.org.allUnits())
      .filter((u) => filter === 'all' || filter.includes(u.id))
      .map((u) => ({ id: u.id, name: u.name }));
  }

  /**
   * Runs one form's action: `run` answers what was done (the page's `xong` value, with an anchor), then 303 to the
   * page; a refusal renders the page again with the form `form`'s errors (fields named by `fieldOf`) and values.
   */
  async attempt(
    act: DialogueAct,
    form: string,
    body: Record<string, unknown> | null,
    run: () => Promise<string>,
    fieldOf: (path: string) => string | null = () => null,
  ): Promise<void> {
    try {
      const done = await run();
      return seeOther(act.res, `${staffDialoguePath(act.id)}?xong=${done}`);
    } catch (e) {
      const errors = e instanceof LocalProblems ? e.errors : formErrorsOrThrow(e, fieldOf);
      const values = body ? strings(body) : {};
      return this.show(act, { failed: { form, errors, values }, status: statusOf(e) });
    }
  }

  /** The page of one dialogue, with a failed form's errors when given. */
  async show(
    { user, id, req, res }: DialogueAct,
    extra: { done?: string | null; failed?: FailedForm | null; confirmFinalize?: boolean; status?: number } = {},
  ): Promise<void> {
    privatePage(res);
    const d = await this.dialogues.get(user, uuidOr404(id));
    const [questions, minutes, units] = await Promise.all([
      this.questions.list(user, d.id, {}),
      this.minutes.get(user, d.id).catch((e: unknown) => {
        if (e instanceof DomainError && e.status === 404) return null;
        throw e;
      }),
      // Units a commitment may be assigned to (the service checks the assignee as the API does).
      this.unitsInScope(user),
    ]);
    const taskStatus: Record<string, { status: string; label: string }> = {};
    for (const it of minutes?.items ?? []) {
      if (!it.taskId) continue;
      try {
        const t = await this.tasks.get(user, it.taskId);
        taskStatus[it.taskId] = { status: t.status, label: TASK_STATUS_LABELS[t.status as TaskStatus] ?? t.status };
      } catch (e) {
        if (!(e instanceof DomainError && e.status === 404)) throw e;
        taskStatus[it.taskId] = { status: 'open', label: 'giao đơn vị khác' };
      }
    }
    const roles = user.roles;
    render(
      res,
      h(DialoguePage, {
        frame: await this.frames.of(user, req, res),
        d,
        questions,
        minutes,
        units,
        taskStatus,
        can: {
          office: hasAnyRole(roles, ['office']),
          held: hasAnyRole(roles, ['office', 'secretary']),
          minutes: hasAnyRole(roles, ['secretary', 'office']),
          results: hasAnyRole(roles, ['office', 'leader']),
        },
        done: extra.done ?? null,
        failed: extra.failed ?? null,
        confirmFinalize: extra.confirmFinalize ?? false,
      }),
      extra.status ?? 200,
    );
  }
}
