import { Injectable } from '@nestjs/common';
import { CalendarService } from '../../../calendar/calendar.service.js';
import { StaffDirectory } from '../../../auth/staff-directory.service.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import {
  deadlineStepLabel,
  PETITION_TYPE_LABELS,
  type PetitionType,
} from '../../../petitions/domain/petition-types.js';
import { PetitionListsService } from '../../../petitions/petition-lists.service.js';
import { TasksService } from '../../../tasks/tasks.service.js';
import { localDateOf } from '../../common/format.js';
import { TtlMemo } from '../../common/ttl-memo.js';
import { paging, type Paging } from '../../domain/paging.js';
import type { StaffUser } from '../staff-controller.js';
import { type BoardFilter, workingDaysLeft } from './domain/task-board.js';

type TaskItem = Awaited<ReturnType<TasksService['board']>>['items'][number];

/** When a task is due, and the legal deadline of its petition (the petitions' deadline service). */
export interface TaskClock {
  /** Local due day of the task. */
  dueOn: string;
  /** Working days from today to the due day (negative when passed; null beyond the counting horizon). */
  daysLeft: number | null;
  /** The due day is passed. */
  late: boolean;
  /** The petition's legal deadline (resolution step, extensions and pauses included), or null (no statutory clock). */
  legalDueOn: string | null;
  legalLabel: string | null;
  /** The petition's clock is paused (clarification asked). */
  paused: boolean;
}

export interface BoardRow extends TaskClock {
  task: TaskItem;
  petitionType: PetitionType | null;
  typeLabel: string;
  subject: string | null;
  unitName: string;
}

/**
 * What the task board and the task page show around the tasks service's answer: each task's due day with the working
 * days left, the petition's legal deadline (PetitionListsService.legalDeadlines: pauses and extensions in two queries per
 * page), the petition's type, and unit names (memoised 30 s).
 */
@Injectable()
export class TaskBoardReader {
  private readonly unitNames = new TtlMemo<string>(30_000);

  constructor(
    private readonly tasks: TasksService,
    private readonly petitions: PetitionListsService,
    private readonly calendar: CalendarService,
    private readonly org: OrgReader,
    private readonly directory: StaffDirectory,
  ) {}

  unitName(id: string | null): Promise<string> {
    if (!id) return Promise.resolve('');
    return this.unitNames.get(id, async () => (await this.org.findUnit(id))?.name ?? '');
  }

  /** One page of the board: the page asked for, clamped to the last one when it is past the end. */
  async board(
    user: StaffUser,
    f: BoardFilter,
    size = 20,
  ): Promise<{ rows: BoardRow[]; paging: Paging; exact: boolean }> {
    let found = await this.tasks.board(user, {
      status: f.status,
      type: f.type,
      limit: size,
      offset: (f.page - 1) * size,
    });
    let p = paging(String(f.page), found.total, size);
    if (p.page !== f.page && found.total > 0)
      found = await this.tasks.board(user, { status: f.status, type: f.type, limit: size, offset: p.offset });
    p = paging(String(p.page), found.total, size);
    const clocks = await this.clocks(found.items);
    const rows: BoardRow[] = [];
    for (const t of found.items) {
      const c = clocks.get(t.id)!;
      rows.push({ ...c, task: t, unitName: await this.unitName(t.unitId) });
    }
    return { rows, paging: p, exact: found.exact };
  }

  /** Due days, working days left and legal deadlines of some tasks (with their petition's type and subject). */
  async clocks(
    items: readonly Pick<TaskItem, 'id' | 'petitionId' | 'dueAt'>[],
  ): Promise<Map<string, TaskClock & Pick<BoardRow, 'petitionType' | 'typeLabel' | 'subject'>>> {
    const [legal, cal] = await Promise.all([
      this.petitions.legalDeadlines(items.map((t) => t.petitionId)),
      this.calendar.calendar(),
    ]);
    const today = this.calendar.today();
    const out = new Map<string, TaskClock & Pick<BoardRow, 'petitionType' | 'typeLabel' | 'subject'>>();
    for (const t of items) {
      const dueOn = localDateOf(new Date(t.dueAt));
      const l = legal.get(t.petitionId);
      out.set(t.id, {
        dueOn,
        daysLeft: workingDaysLeft(cal, today, dueOn),
        late: dueOn < today,
        legalDueOn: l?.deadline?.dueOn ?? null,
        legalLabel: l?.deadline ? `Hạn ${deadlineStepLabel(l.deadline.step).toLowerCase()} theo luật` : null,
        paused: l?.paused ?? false,
        petitionType: l?.petition.type ?? null,
        typeLabel: l ? PETITION_TYPE_LABELS[l.petition.type] : '',
        subject: l?.petition.subject ?? null,
      });
    }
    return out;
  }

  /** Display names of staff members (history rows). */
  async people(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    const found = await this.directory.people(wanted);
    return new Map(wanted.map((id) => [id, found.get(id)?.fullName || found.get(id)?.username || '']));
  }
}
