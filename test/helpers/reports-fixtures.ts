/**
 * A scripted month of activity for the reports e2e spec: rows written straight into the database of the test server
 * (sessions, reception minutes and cases, petitions with their tasks and pauses, dialogues with questions, minutes
 * items and commitments), in each database's own formats. The report reads them back through the API.
 * Each petition's stored timeliness (late_completed, open_due_at, paused) is written as the app writes it with every
 * task write and pause: from `taskTimeliness` over the petition's tasks (petitions/domain/timeliness.ts).
 */
import { randomUUID } from 'node:crypto';
import { taskTimeliness, type TimelinessTask } from '../../src/petitions/domain/timeliness.js';
import { ON_POSTGRES, type TestDb } from './test-db.js';

/** An instant as the column stores it: timestamptz text on PostgreSQL, TypeORM's UTC datetime text on SQLite. */
export const instant = (iso: string): string => {
  const d = new Date(iso);
  return ON_POSTGRES ? d.toISOString() : d.toISOString().replace('T', ' ').replace('Z', '');
};
const bool = (b: boolean) => (ON_POSTGRES ? b : b ? 1 : 0);
/** End of a local day (UTC+7) as stored: how task due instants are kept. */
export const endOfDay = (d: string) => instant(`${d}T23:59:59.999+07:00`);

async function insert(db: TestDb, table: string, row: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(row);
  await db.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(row),
  );
}

export class MonthScript {
  /** The tasks written so far per petition (what the stored timeliness is computed from). */
  private readonly tasksOf = new Map<string, TimelinessTask[]>();

  constructor(private readonly db: TestDb) {}

  async session(o: {
    unitId: string;
    venueId: string;
    officialId: string;
    date: string;
    heldBy?: string | null;
    status?: string;
    adHocReason?: string | null;
  }): Promise<string> {
    const id = randomUUID();
    const now = instant('2026-02-20T00:00:00Z');
    await insert(this.db, 'sessions', {
      id,
      official_id: o.officialId,
      venue_id: o.venueId,
      unit_id: o.unitId,
      starts_at: instant(`${o.date}T08:00:00+07:00`),
      ends_at: instant(`${o.date}T11:00:00+07:00`),
      time_zone: 'Asia/Ho_Chi_Minh',
      local_date: o.date,
      status: o.status ?? 'held',
      ad_hoc: bool(!!o.adHocReason),
      ad_hoc_reason: o.adHocReason ?? null,
      held_by_official_id: (o.status ?? 'held') === 'held' ? (o.heldBy ?? o.officialId) : null,
      held_at: (o.status ?? 'held') === 'held' ? instant(`${o.date}T11:00:00+07:00`) : null,
      modified: bool(false),
      slot_minutes: 30,
      seats_per_slot: 5,
      sequence: 0,
      created_at: now,
      updated_at: now,
    });
    return id;
  }

  /** Reception cases of a held session (with their minutes row). */
  async cases(o: {
    unitId: string;
    sessionId: string;
    chairId: string;
    date: string;
    cases: { type: string; groupSize: number }[];
  }): Promise<void> {
    const minutesId = randomUUID();
    const now = instant(`${o.date}T12:00:00+07:00`);
    await insert(this.db, 'minutes', {
      id: minutesId,
      session_id: o.sessionId,
      unit_id: o.unitId,
      status: 'draft',
      chair_official_id: o.chairId,
      chair_in_person: bool(true),
      officials: '[]',
      secretary_name: 'Thư ký',
      secretary_title: 'Công chức',
      version: 0,
      created_by: randomUUID(),
      created_at: now,
      updated_at: now,
    });
    let seq = 0;
    for (const c of o.cases) {
      await insert(this.db, 'reception_cases', {
        id: randomUUID(),
        minutes_id: minutesId,
        session_id: o.sessionId,
        unit_id: o.unitId,
        seq: ++seq,
        received_on: o.date,
        full_name: 'Công dân thử',
        address: 'Hải Phòng',
        id_number_enc: 'x',
        id_number_index: randomUUID(),
        group_size: c.groupSize,
        summary: 'Nội dung',
        petition_type: c.type,
        handling_route: 'accept',
        conclusion: 'Kết luận',
        created_by: randomUUID(),
        created_at: now,
      });
    }
  }

  /** A petition received on `receivedOn` with its tasks (due day, completion instant) and an optional open pause. */
  async petition(o: {
    unitId: string;
    type: string;
    receivedOn: string;
    status: string;
    queue?: string;
    tasks?: { dueOn: string; completedAt?: string | null }[];
    pausedSince?: string;
  }): Promise<string> {
    const id = randomUUID();
    const now = instant(`${o.receivedOn}T09:00:00+07:00`);
    await insert(this.db, 'petitions', {
      id,
      unit_id: o.unitId,
      type: o.type,
      channel: 'mail',
      queue: o.queue ?? 'main',
      received_at: now,
      received_on: o.receivedOn,
      status: o.status,
      anonymous: bool(false),
      content: 'Nội dung đơn',
      remote_area: bool(false),
      complex: bool(false),
      complexity: 'normal',
      round: 1,
      several_sites: bool(false),
      transferred: bool(false),
      possible_duplicate_of: '[]',
      created_at: now,
      updated_at: now,
    });
    for (const t of o.tasks ?? []) await this.task(id, o.unitId, t.dueOn, t.completedAt ?? null, now);
    if (o.pausedSince) {
      await insert(this.db, 'petition_pauses', {
        id: randomUUID(),
        petition_id: id,
        from_on: o.pausedSince,
        to_on: null,
        reason: 'Đề nghị công dân bổ sung',
        created_at: now,
      });
      await this.db.query('UPDATE petitions SET paused = $1 WHERE id = $2', [bool(true), id]);
    }
    return id;
  }

  async task(petitionId: string, unitId: string, dueOn: string, completedAt: string | null, now: string) {
    const id = randomUUID();
    const done = completedAt !== null;
    await insert(this.db, 'tasks', {
      id,
      petition_id: petitionId,
      unit_id: unitId,
      assignee_unit_id: unitId,
      instruction: 'Xử lý',
      status: done ? 'done' : 'open',
      queue: done ? 'done' : 'open',
      overdue: bool(false),
      due_at: endOfDay(dueOn),
      result_published: bool(false),
      created_at: now,
      updated_at: now,
      completed_at: completedAt ? instant(completedAt) : null,
    });
    const tasks = [
      ...(this.tasksOf.get(petitionId) ?? []),
      { dueAt: new Date(`${dueOn}T23:59:59.999+07:00`), completedAt: completedAt ? new Date(completedAt) : null },
    ];
    this.tasksOf.set(petitionId, tasks);
    const s = taskTimeliness(tasks);
    await this.db.query('UPDATE petitions SET late_completed = $1, open_due_at = $2 WHERE id = $3', [
      bool(s.lateCompleted),
      s.openDueAt ? instant(s.openDueAt.toISOString()) : null,
      petitionId,
    ]);
    return id;
  }

  /** A dialogue held on `date` with questions, answered minute items and commitments (due day, completion). */
  async dialogue(o: {
    unitId: string;
    date: string;
    status?: string;
    questions: number;
    answered: number;
    commitments: { dueOn: string; completedAt?: string | null }[];
  }): Promise<void> {
    const id = randomUUID();
    const now = instant(`${o.date}T08:00:00+07:00`);
    await insert(this.db, 'dialogues', {
      id,
      unit_id: o.unitId,
      topic: 'Đối thoại',
      starts_at: now,
      ends_at: instant(`${o.date}T10:00:00+07:00`),
      time_zone: 'Asia/Ho_Chi_Minh',
      local_date: o.date,
      mode: 'in_person',
      co_organizers: '[]',
      trigger: 'periodic',
      status: o.status ?? 'held',
      sequence: 0,
      created_at: now,
      updated_at: now,
    });
    for (let i = 0; i < o.questions; i++)
      await insert(this.db, 'dialogue_questions', {
        id: randomUUID(),
        dialogue_id: id,
        full_name: 'Người hỏi',
        question: `Câu hỏi ${i + 1}`,
        status: 'accepted',
        created_at: now,
      });
    const minutesId = randomUUID();
    await insert(this.db, 'dialogue_minutes', {
      id: minutesId,
      dialogue_id: id,
      status: 'finalized',
      created_at: now,
      updated_at: now,
    });
    let pos = 0;
    for (let i = 0; i < o.answered; i++)
      await insert(this.db, 'dialogue_minute_items', {
        id: randomUUID(),
        minutes_id: minutesId,
        position: ++pos,
        question_text: `Câu hỏi ${i + 1}`,
        answer: 'Trả lời',
        created_at: now,
      });
    for (const c of o.commitments) {
      const petitionId = await this.petition({
        unitId: o.unitId,
        type: 'recommendation',
        receivedOn: o.date,
        status: 'accepted',
      });
      const taskId = await this.task(petitionId, o.unitId, c.dueOn, c.completedAt ?? null, now);
      await insert(this.db, 'dialogue_minute_items', {
        id: randomUUID(),
        minutes_id: minutesId,
        position: ++pos,
        question_text: 'Ý kiến',
        commitment_text: 'Cam kết',
        commitment_unit_id: o.unitId,
        commitment_due_date: c.dueOn,
        task_id: taskId,
        created_at: now,
      });
    }
  }

  /** Anonymous survey answers of a unit and month (question set v1), one score per criterion each. */
  async surveyAnswers(unitId: string, period: string, scores: Record<string, number>[]): Promise<void> {
    for (const sc of scores) {
      const id = randomUUID();
      await insert(this.db, 'survey_answers', {
        id,
        unit_id: unitId,
        kind: 'petition',
        period,
        question_set_version: 1,
        comment: null,
      });
      for (const [criterion, score] of Object.entries(sc))
        await insert(this.db, 'survey_scores', { answer_id: id, criterion, score });
    }
  }
}
