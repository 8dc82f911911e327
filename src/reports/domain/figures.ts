/**
 * The figures of a periodic report (báo cáo định kỳ, Kết luận 215-KL/TW: monthly, Q1, 6 months, 9 months, the year)
 * and the pure rules that produce them: when a petition counts as handled on time or overdue, when a dialogue
 * commitment counts as done on time, how sub-units roll up (periods: periods.ts). The SQL
 * readers of the owning modules count with the same rules (their CASE expressions mirror the functions here; the
 * e2e test of the reports module checks both against a scripted month).
 */

export const PETITION_KINDS = ['complaint', 'denunciation', 'recommendation', 'feedback'] as const;
export type PetitionKind = (typeof PETITION_KINDS)[number];

/** Ad-hoc reception triggers (Law on Citizen Reception 2013, Art. 18(3)). */
export const AD_HOC_TRIGGERS = ['complex_case', 'serious_risk'] as const;
export type AdHocTrigger = (typeof AD_HOC_TRIGGERS)[number];

/**
 * A case brought by a group of at least this many people is a group case ("đoàn đông người": Decree 124/2020,
 * Art. 6 asks groups of 5 or more to send representatives).
 */
export const GROUP_CASE_MIN_PEOPLE = 5;

/** Statuses after which a petition has been dealt with (answered, refused or transferred to the competent body). */
export const HANDLED_STATUSES = ['resolved', 'refused', 'transferred'] as const;

export interface HeadReception {
  officialId: string;
  fullName: string;
  title: string;
  /** `party` (party committee) or `government` (People's Committee). */
  body: string;
  unitId: string;
  required: number;
  held: number;
  heldByDeputy: number;
  missed: number;
}

export interface ReceptionFigures {
  sessionsRequired: number;
  /** Held by the head in person (a deputy standing in is counted apart, not as the head's own). */
  sessionsHeld: number;
  sessionsHeldByDeputy: number;
  sessionsMissed: number;
  adHocSessions: number;
  adHocByTrigger: Record<AdHocTrigger, number>;
  /** People received (a group case counts all its people). */
  citizensReceived: number;
  groupCases: number;
  /** Reception cases by petition type. */
  cases: Record<PetitionKind, number>;
  heads: HeadReception[];
}

export interface PetitionCounts {
  received: number;
  handled: number;
  onTime: number;
  overdue: number;
  /** onTime / handled, rounded to 4 decimals; null when nothing was handled. */
  onTimeShare: number | null;
}

export interface PetitionFigures extends PetitionCounts {
  byType: Record<PetitionKind, PetitionCounts>;
}

export interface DialogueFigures {
  required: number;
  held: number;
  questions: number;
  questionsAnswered: number;
  commitments: number;
  commitmentsDone: number;
  commitmentsOnTime: number;
  commitmentsOverdue: number;
}

export interface Figures {
  reception: ReceptionFigures;
  petitions: PetitionFigures;
  dialogues: DialogueFigures;
}

const zeroBy = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyPetitionCounts(): PetitionCounts {
  return { received: 0, handled: 0, onTime: 0, overdue: 0, onTimeShare: null };
}

export function emptyFigures(): Figures {
  return {
    reception: {
      sessionsRequired: 0,
      sessionsHeld: 0,
      sessionsHeldByDeputy: 0,
      sessionsMissed: 0,
      adHocSessions: 0,
      adHocByTrigger: zeroBy(AD_HOC_TRIGGERS),
      citizensReceived: 0,
      groupCases: 0,
      cases: zeroBy(PETITION_KINDS),
      heads: [],
    },
    petitions: {
      ...emptyPetitionCounts(),
      byType: Object.fromEntries(PETITION_KINDS.map((k) => [k, emptyPetitionCounts()])) as Record<
        PetitionKind,
        PetitionCounts
      >,
    },
    dialogues: {
      required: 0,
      held: 0,
      questions: 0,
      questionsAnswered: 0,
      commitments: 0,
      commitmentsDone: 0,
      commitmentsOnTime: 0,
      commitmentsOverdue: 0,
    },
  };
}

/** Share of `part` in `whole` to 4 decimals, or null when `whole` is 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Petitions

export interface PetitionTaskFact {
  dueAt: Date;
  completedAt: Date | null;
}

export interface PetitionFact {
  status: string;
  tasks: readonly PetitionTaskFact[];
  /** The petition's clock is stopped now (an open pause: the citizen was asked for clarification). */
  paused: boolean;
}

export type Timeliness = 'on_time' | 'overdue' | 'pending';

/**
 * A task is late when it was completed after its due instant, or is still open past it while the petition's clock
 * runs. The due instant is the end of the last day of the legal period (counted by the petitions module with the
 * pauses and extensions), so a task completed at any hour of its last day is on time. A task still open while the
 * petition is paused is not late: the clock is stopped.
 */
export function isTaskLate(t: PetitionTaskFact, paused: boolean, asOf: Date): boolean {
  if (t.completedAt) return t.completedAt.getTime() > t.dueAt.getTime();
  return !paused && t.dueAt.getTime() < asOf.getTime();
}

/**
 * Overdue when any task is late; on time when handled (answered, refused or transferred) with no late task;
 * otherwise still pending. A handled petition without tasks (refused or transferred at intake) is on time.
 */
export function petitionTimeliness(p: PetitionFact, asOf: Date): Timeliness {
  if (p.tasks.some((t) => isTaskLate(t, p.paused, asOf))) return 'overdue';
  return (HANDLED_STATUSES as readonly string[]).includes(p.status) ? 'on_time' : 'pending';
}

/** Tallies petitions of one type. */
export function tallyPetitions(facts: readonly PetitionFact[], asOf: Date): PetitionCounts {
  const c = emptyPetitionCounts();
  for (const p of facts) {
    c.received++;
    if ((HANDLED_STATUSES as readonly string[]).includes(p.status)) c.handled++;
    const t = petitionTimeliness(p, asOf);
    if (t === 'on_time') c.onTime++;
    else if (t === 'overdue') c.overdue++;
  }
  c.onTimeShare = share(c.onTime, c.handled);
  return c;
}

// ---------------------------------------------------------------------------------------------------------------
// Dialogue commitments

export type CommitmentOutcome = 'done_on_time' | 'done_late' | 'overdue' | 'open';

/** A commitment (its follow-up task) done by its due instant is on time; done after it is done but late. */
export function commitmentOutcome(t: PetitionTaskFact & { done: boolean }, asOf: Date): CommitmentOutcome {
  if (t.done && t.completedAt) return t.completedAt.getTime() <= t.dueAt.getTime() ? 'done_on_time' : 'done_late';
  return t.dueAt.getTime() < asOf.getTime() ? 'overdue' : 'open';
}

/** Commitments: done (on time or late), on time, overdue (done late or still open past the due instant). */
export function tallyCommitments(
  tasks: readonly (PetitionTaskFact & { done: boolean })[],
  asOf: Date,
): Pick<DialogueFigures, 'commitments' | 'commitmentsDone' | 'commitmentsOnTime' | 'commitmentsOverdue'> {
  const out = { commitments: 0, commitmentsDone: 0, commitmentsOnTime: 0, commitmentsOverdue: 0 };
  for (const t of tasks) {
    out.commitments++;
    const o = commitmentOutcome(t, asOf);
    if (o === 'done_on_time' || o === 'done_late') out.commitmentsDone++;
    if (o === 'done_on_time') out.commitmentsOnTime++;
    if (o === 'done_late' || o === 'overdue') out.commitmentsOverdue++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Reception

export interface HeadComplianceRow {
  officialId: string;
  fullName: string;
  title: string;
  body: string;
  unitId: string;
  required: number;
  heldInPerson: number;
  heldByDeputy: number;
  shortfall: number;
}

/**
 * Per head official, from the compliance module's rows: a session held by a deputy is shown but does not count as
 * the head's; missed = the shortfall against the minimum in force.
 */
export function headReception(rows: readonly HeadComplianceRow[]): HeadReception[] {
  return rows.map((r) => ({
    officialId: r.officialId,
    fullName: r.fullName,
    title: r.title,
    body: r.body,
    unitId: r.unitId,
    required: r.required,
    held: r.heldInPerson,
    heldByDeputy: r.heldByDeputy,
    missed: r.shortfall,
  }));
}

/** Sets the session totals from the heads. */
export function withHeadTotals(r: ReceptionFigures, heads: readonly HeadReception[]): ReceptionFigures {
  const sum = (k: 'required' | 'held' | 'heldByDeputy' | 'missed') => heads.reduce((n, h) => n + h[k], 0);
  return {
    ...r,
    heads: [...heads],
    sessionsRequired: sum('required'),
    sessionsHeld: sum('held'),
    sessionsHeldByDeputy: sum('heldByDeputy'),
    sessionsMissed: sum('missed'),
  };
}

export interface ReceptionCaseFact {
  petitionType: PetitionKind;
  groupSize: number;
}

/** People received, group cases (at least GROUP_CASE_MIN_PEOPLE people) and cases per petition type. */
export function tallyCases(
  cases: readonly ReceptionCaseFact[],
): Pick<ReceptionFigures, 'citizensReceived' | 'groupCases' | 'cases'> {
  const out = { citizensReceived: 0, groupCases: 0, cases: zeroBy(PETITION_KINDS) };
  for (const c of cases) {
    out.citizensReceived += Math.max(1, c.groupSize);
    if (c.groupSize >= GROUP_CASE_MIN_PEOPLE) out.groupCases++;
    out.cases[c.petitionType]++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Roll-up

function addCounts(a: PetitionCounts, b: PetitionCounts): PetitionCounts {
  const received = a.received + b.received;
  const handled = a.handled + b.handled;
  const onTime = a.onTime + b.onTime;
  return { received, handled, onTime, overdue: a.overdue + b.overdue, onTimeShare: share(onTime, handled) };
}

const addBy = <K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k as K] + b[k as K]])) as Record<K, number>;

/** The figures of a unit rolled up with a sub-unit's: every count adds, shares are recomputed from the sums. */
export function addFigures(a: Figures, b: Figures): Figures {
  const petitionsByType = Object.fromEntries(
    PETITION_KINDS.map((k) => [k, addCounts(a.petitions.byType[k], b.petitions.byType[k])]),
  ) as Record<PetitionKind, PetitionCounts>;
  const ra = a.reception;
  const rb = b.reception;
  return {
    reception: {
      sessionsRequired: ra.sessionsRequired + rb.sessionsRequired,
      sessionsHeld: ra.sessionsHeld + rb.sessionsHeld,
      sessionsHeldByDeputy: ra.sessionsHeldByDeputy + rb.sessionsHeldByDeputy,
      sessionsMissed: ra.sessionsMissed + rb.sessionsMissed,
      adHocSessions: ra.adHocSessions + rb.adHocSessions,
      adHocByTrigger: addBy(ra.adHocByTrigger, rb.adHocByTrigger),
      citizensReceived: ra.citizensReceived + rb.citizensReceived,
      groupCases: ra.groupCases + rb.groupCases,
      cases: addBy(ra.cases, rb.cases),
      heads: [...ra.heads, ...rb.heads],
    },
    petitions: { ...addCounts(a.petitions, b.petitions), byType: petitionsByType },
    dialogues: addBy(
      a.dialogues as unknown as Record<string, number>,
      b.dialogues as unknown as Record<string, number>,
    ) as unknown as DialogueFigures,
  };
}

/** Sums many units' figures (an empty list gives zeros). */
export function rollUp(parts: readonly Figures[]): Figures {
  return parts.reduce(addFigures, emptyFigures());
}
