/**
 * Pure helpers of the secretary's desk: reading the case and minutes forms into the API's DTO shapes (the same
 * validation and service then apply), the finalisation preview (what locking the minutes will create), and the list
 * of downloads. No Nest, no TypeORM.
 */
import { createsPetition, isHandlingRoute } from '../../../../minutes/domain/handling.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The fields of the case form, as typed (kept on the form after an error; the ID number too: staff typed it). */
export const CASE_FIELDS = [
  'bookingCode',
  'fullName',
  'salutation',
  'idNumber',
  'address',
  'summary',
  'request',
  'petitionType',
  'previouslyHandledBy',
  'handlingRoute',
  'refusalGround',
  'refusalReason',
  'conclusion',
  'assigneeUnitId',
  'dueDate',
  'note',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];
export type CaseValues = Record<CaseField, string>;

/** Optional fields: left out of the DTO when empty (an empty string would be a value). */
const OPTIONAL: ReadonlySet<CaseField> = new Set([
  'bookingCode',
  'salutation',
  'request',
  'previouslyHandledBy',
  'refusalGround',
  'refusalReason',
  'assigneeUnitId',
  'dueDate',
  'note',
]);

export function caseValuesOf(body: Record<string, unknown>): CaseValues {
  const out = {} as CaseValues;
  for (const f of CASE_FIELDS) out[f] = str(body[f]);
  return out;
}

/**
 * The body of `POST /minutes/:id/cases` from the form. Fields that only belong to another route are dropped (a refusal
 * ground typed before switching to "accept", the body in charge of a guided case), so the person is not blocked by a
 * field the chosen route does not use.
 */
export function caseInputOf(v: CaseValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of CASE_FIELDS) {
    const value = v[f].trim();
    if (OPTIONAL.has(f) && value === '') continue;
    if (f === 'refusalGround') input[f] = /^\d+$/.test(value) ? Number(value) : value;
    else if (f === 'dueDate') input[f] = isoOfVnDate(value);
    else input[f] = v[f];
  }
  const route = v.handlingRoute;
  if (isHandlingRoute(route)) {
    if (route !== 'refuse') {
      delete input.refusalGround;
      delete input.refusalReason;
    }
    if (!createsPetition(route)) {
      delete input.assigneeUnitId;
      delete input.dueDate;
    }
  }
  return input;
}

/** "20/03/2026" (as people type it) → "2026-03-20"; anything else is passed on for the API to refuse. */
export function isoOfVnDate(typed: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed.trim());
  if (!m) return typed.trim();
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The attendees form: the minutes' number and up to two officials present besides the chair. */
export const ATTENDEE_ROWS = 2;

export function minutesInputOf(body: Record<string, unknown>): {
  values: Record<string, string>;
  input: Record<string, unknown>;
} {
  const values: Record<string, string> = { number: str(body.number) };
  const officials: { fullName: string; title: string }[] = [];
  for (let i = 0; i < ATTENDEE_ROWS; i++) {
    const fullName = str(body[`officials-${i}-fullName`]);
    const title = str(body[`officials-${i}-title`]);
    values[`officials-${i}-fullName`] = fullName;
    values[`officials-${i}-title`] = title;
    if (fullName.trim() || title.trim()) officials.push({ fullName, title });
  }
  const input: Record<string, unknown> = { officials };
  if (values.number.trim()) input.number = values.number;
  return { values, input };
}

/** The amendment form (reason and text, both required by the API). */
export function amendmentInputOf(body: Record<string, unknown>): { reason: string; text: string } {
  return { reason: str(body.reason), text: str(body.text) };
}

export interface PreviewCase {
  fullName: string;
  handlingRoute: string;
  assigneeUnitId: string | null;
  assigneeUnitName: string | null;
}

export interface FinalizePreview {
  /** Petitions created (one per accepted or transferred case); each gets one follow-up task. */
  petitions: number;
  tasks: number;
  /** The units that receive the tasks, with how many each, in order of first appearance. */
  byUnit: { unitId: string; unitName: string; tasks: number; people: string[] }[];
  /** Cases closed at the desk (guided or refused): nothing follows the session, a survey slip is handed over. */
  closedAtDesk: number;
}

/** What "Hoàn tất biên bản" will create, stated before the secretary confirms (minutes-finalize.service.ts). */
export function finalizePreview(cases: readonly PreviewCase[]): FinalizePreview {
  const byUnit: FinalizePreview['byUnit'] = [];
  let petitions = 0;
  let closedAtDesk = 0;
  for (const c of cases) {
    if (!isHandlingRoute(c.handlingRoute)) continue;
    if (!createsPetition(c.handlingRoute)) {
      closedAtDesk++;
      continue;
    }
    petitions++;
    const unitId = c.assigneeUnitId ?? '';
    let row = byUnit.find((u) => u.unitId === unitId);
    if (!row) {
      row = { unitId, unitName: c.assigneeUnitName ?? 'Chưa xác định', tasks: 0, people: [] };
      byUnit.push(row);
    }
    row.tasks++;
    row.people.push(c.fullName);
  }
  return { petitions, tasks: petitions, byUnit, closedAtDesk };
}

/** The documents of a session the desk links to, by the last part of their web path. */
export const DESK_DOWNLOADS = {
  'bien-ban.pdf': { doc: 'minutes', format: 'pdf', label: 'Biên bản tiếp công dân (PDF)' },
  'bien-ban.docx': { doc: 'minutes', format: 'docx', label: 'Biên bản tiếp công dân (DOCX)' },
  'thong-bao-ket-luan.pdf': { doc: 'conclusion', format: 'pdf', label: 'Thông báo kết luận (PDF)' },
  'thong-bao-ket-luan.docx': { doc: 'conclusion', format: 'docx', label: 'Thông báo kết luận (DOCX)' },
  'so-tiep-cong-dan.xlsx': { doc: 'log', format: 'xlsx', label: 'Sổ tiếp công dân (XLSX)' },
  'so-tiep-cong-dan.csv': { doc: 'log', format: 'csv', label: 'Sổ tiếp công dân (CSV)' },
  'so-tiep-cong-dan.pdf': { doc: 'log', format: 'pdf', label: 'Sổ tiếp công dân (PDF)' },
} as const;
export type DeskDownload = keyof typeof DESK_DOWNLOADS;

export const isDeskDownload = (name: string): name is DeskDownload => Object.hasOwn(DESK_DOWNLOADS, name);

/** The desk's window of sessions: today and the next `days` days (local dates, yyyy-mm-dd). */
export function deskWindow(today: string, days = 30): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { from: today, to: d.toISOString().slice(0, 10) };
}
