/**
 * The dialogue planning form of the staff workspace: what people type (a date as dd/mm/yyyy, times as hh:mm in the
 * unit's zone, one chair, how to take part) turned into the body of POST /dialogues (CreateDialogueDto). Pure.
 */
import { DateTime } from '../../../../common/time/luxon.js';

export const DIALOGUE_ZONE = 'Asia/Ho_Chi_Minh';

/** The fields of the form, as typed (strings; missing fields are undefined). */
export interface DialogueFormValues {
  topic?: string;
  content?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  mode?: string;
  venueId?: string;
  onlineUrl?: string;
  chairOfficialId?: string;
  trigger?: string;
  voterRequestShare?: string;
}

export const DIALOGUE_FORM_FIELDS: readonly (keyof DialogueFormValues)[] = [
  'topic',
  'content',
  'date',
  'startTime',
  'endTime',
  'mode',
  'venueId',
  'onlineUrl',
  'chairOfficialId',
  'trigger',
  'voterRequestShare',
];

/** The typed values of a posted form (strings only, trimmed of nothing: the DTO cleans text). */
export function dialogueFormValues(body: Record<string, unknown>): DialogueFormValues {
  const out: DialogueFormValues = {};
  for (const k of DIALOGUE_FORM_FIELDS) {
    const v = body[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** "20/03/2026" or "2026-03-20" → "2026-03-20"; null when it is not a real date. */
export function parseDateVi(raw: string | undefined): string | null {
  const s = (raw ?? '').trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)))
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: 'UTC' });
  return dt.isValid ? dt.toISODate() : null;
}

/** "8:00", "08:00", "8h30" → minutes since midnight; null when not a time of day. */
export function parseTimeVi(raw: string | undefined): number | null {
  const m = /^(\d{1,2})\s*[:hH.]\s*(\d{2})?$/.exec((raw ?? '').trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  return h <= 23 && min <= 59 ? h * 60 + min : null;
}

/** The instant of a local date and time of day in `zone`, as an ISO string in UTC. */
export function instantOf(date: string, minutes: number, zone = DIALOGUE_ZONE): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DateTime.fromObject(
    { year: y, month: m, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone },
  )
    .toUTC()
    .toISO({ suppressMilliseconds: false })!;
}

export interface DialogueFormResult {
  /** The body for CreateDialogueDto (validated next by the same pipe as the API), when the form reads. */
  input: Record<string, unknown> | null;
  /** Problems found before the service is asked: field id → Vietnamese message. */
  problems: Record<string, string>;
}

/**
 * Reads the form: the date and times become `startsAt`/`endsAt` in the unit's zone; the chair becomes
 * `chairOfficialIds`; the venue is sent only for in-person and hybrid dialogues, the link only for online and hybrid,
 * the voters' share only for a voter request. Everything else is checked by the DTO and the service, as for the API.
 */
export function readDialogueForm(unitId: string, v: DialogueFormValues, zone = DIALOGUE_ZONE): DialogueFormResult {
  const problems: Record<string, string> = {};
  const date = parseDateVi(v.date);
  if (!date) problems.date = 'Nhập ngày tổ chức theo dạng ngày/tháng/năm, ví dụ 20/03/2026.';
  const start = parseTimeVi(v.startTime);
  if (start === null) problems.startTime = 'Nhập giờ bắt đầu theo dạng giờ:phút, ví dụ 08:00.';
  const end = parseTimeVi(v.endTime);
  if (end === null) problems.endTime = 'Nhập giờ kết thúc theo dạng giờ:phút, ví dụ 10:00.';
  else if (start !== null && end <= start) problems.endTime = 'Giờ kết thúc phải sau giờ bắt đầu.';
  if (!v.chairOfficialId) problems.chairOfficialId = 'Chọn người chủ trì hội nghị.';
  if (Object.keys(problems).length > 0) return { input: null, problems };
  const mode = v.mode ?? '';
  const input: Record<string, unknown> = {
    unitId,
    topic: v.topic ?? '',
    startsAt: instantOf(date!, start!, zone),
    endsAt: instantOf(date!, end!, zone),
    timeZone: zone,
    mode,
    chairOfficialIds: [v.chairOfficialId],
    trigger: v.trigger ?? '',
  };
  if (v.content?.trim()) input.content = v.content;
  if (mode !== 'online' && v.venueId) input.venueId = v.venueId;
  if (mode !== 'in_person' && v.onlineUrl?.trim()) input.onlineUrl = v.onlineUrl.trim();
  if (v.trigger === 'voter_request' && v.voterRequestShare?.trim()) {
    const share = Number(v.voterRequestShare.trim().replace(',', '.'));
    input.voterRequestShare = Number.isFinite(share) ? share : v.voterRequestShare;
  }
  return { input, problems };
}

/** The form field that shows an error of the API's field path (startsAt and endsAt are typed as date and times). */
export function dialogueFieldOf(apiPath: string): string | null {
  const map: Record<string, string> = {
    startsAt: 'startTime',
    endsAt: 'endTime',
    chairOfficialIds: 'chairOfficialId',
    timeZone: 'date',
    unitId: 'topic',
  };
  if (map[apiPath]) return map[apiPath]!;
  if (apiPath.startsWith('chairOfficialIds')) return 'chairOfficialId';
  return (DIALOGUE_FORM_FIELDS as readonly string[]).includes(apiPath) ? apiPath : null;
}

/** What the moderation form posts, as the body of POST …/questions/:id/moderation (ModerateQuestionDto). */
export function moderationInput(body: Record<string, unknown>): Record<string, unknown> {
  const s = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const action = s('action');
  const out: Record<string, unknown> = { action };
  if (action === 'reject' && s('reason').trim()) out.reason = s('reason');
  if (action === 'merge' && s('mergeIntoId')) out.mergeIntoId = s('mergeIntoId');
  if (action === 'accept' && s('publicText').trim()) out.publicText = s('publicText');
  return out;
}

/** What the minutes item form posts, as the body of POST …/minutes/items (MinutesItemDto). */
export function minutesItemInput(body: Record<string, unknown>): {
  input: Record<string, unknown>;
  problems: Record<string, string>;
} {
  const s = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const input: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  if (s('questionId')) input.questionId = s('questionId');
  else if (s('questionText').trim()) input.questionText = s('questionText');
  else problems.questionId = 'Chọn câu hỏi đã gửi trước hoặc nhập câu hỏi nêu tại hội nghị.';
  if (s('answer').trim()) input.answer = s('answer');
  const text = s('commitmentText').trim();
  if (text) {
    const due = parseDateVi(s('commitmentDueDate'));
    if (!due) problems.commitmentDueDate = 'Nhập hạn thực hiện theo dạng ngày/tháng/năm, ví dụ 30/04/2026.';
    if (!s('commitmentUnitId')) problems.commitmentUnitId = 'Chọn đơn vị thực hiện cam kết.';
    input.commitment = { assigneeUnitId: s('commitmentUnitId'), dueDate: due ?? '', text: s('commitmentText') };
  } else if (!input.answer && !problems.questionId) {
    problems.answer = 'Nhập câu trả lời hoặc cam kết cho câu hỏi.';
  }
  return { input, problems };
}

/** The field of the minutes item form that shows an error of the API's field path. */
export function minutesItemFieldOf(apiPath: string): string | null {
  const map: Record<string, string> = {
    questionId: 'questionId',
    questionText: 'questionText',
    answer: 'answer',
    'commitment.assigneeUnitId': 'commitmentUnitId',
    'commitment.dueDate': 'commitmentDueDate',
    'commitment.text': 'commitmentText',
    commitment: 'commitmentText',
  };
  return map[apiPath] ?? null;
}
