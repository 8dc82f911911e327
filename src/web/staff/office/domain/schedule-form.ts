/**
 * The recurring-schedule form of `/can-bo/lich-dinh-ky`: the office picks a weekday, a rhythm, a time and the holiday
 * policy; this turns the posted fields into the API's body (`POST /schedules`, RRULE without DTSTART) or the messages
 * beside each field. Pure.
 */
import type { HolidayPolicy } from '../../../../schedules/domain/schedule.types.js';

export const WEEKDAYS = [
  { value: 'MO', label: 'Thứ Hai' },
  { value: 'TU', label: 'Thứ Ba' },
  { value: 'WE', label: 'Thứ Tư' },
  { value: 'TH', label: 'Thứ Năm' },
  { value: 'FR', label: 'Thứ Sáu' },
  { value: 'SA', label: 'Thứ Bảy' },
] as const;

export const RHYTHMS = [
  { value: 'weekly', label: 'Hằng tuần' },
  { value: 'biweekly', label: 'Hai tuần một lần' },
  { value: 'monthly', label: 'Tuần đầu tiên của mỗi tháng' },
] as const;

export const HOLIDAY_POLICY_LABELS: Record<HolidayPolicy, string> = {
  next_working_day: 'Dời sang ngày làm việc kế tiếp',
  previous_working_day: 'Dời lên ngày làm việc liền trước',
  skip: 'Bỏ buổi tiếp trùng ngày nghỉ',
};

/** The form's fields as typed (kept on the page when there are errors). */
export interface ScheduleFormValues {
  officialId: string;
  venueId: string;
  weekday: string;
  rhythm: string;
  startTime: string;
  durationMinutes: string;
  validFrom: string;
  validUntil: string;
  holidayPolicy: string;
  slotMinutes: string;
  seatsPerSlot: string;
}

export interface ScheduleBody {
  officialId: string;
  venueId: string;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  validFrom: string;
  validUntil?: string;
  holidayPolicy: HolidayPolicy;
  slotMinutes: number;
  seatsPerSlot: number;
}

const text = (v: unknown, max = 100): string => (typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function scheduleFormValues(body: Record<string, unknown>): ScheduleFormValues {
  return {
    officialId: text(body.officialId, 36),
    venueId: text(body.venueId, 36),
    weekday: text(body.weekday, 2),
    rhythm: text(body.rhythm, 10),
    startTime: text(body.startTime, 5),
    durationMinutes: text(body.durationMinutes, 4),
    validFrom: text(body.validFrom, 10),
    validUntil: text(body.validUntil, 10),
    holidayPolicy: text(body.holidayPolicy, 24),
    slotMinutes: text(body.slotMinutes, 4),
    seatsPerSlot: text(body.seatsPerSlot, 4),
  };
}

/** The RRULE of a weekday and a rhythm, or null for values the form does not offer. */
export function rruleOf(weekday: string, rhythm: string): string | null {
  if (!WEEKDAYS.some((w) => w.value === weekday)) return null;
  if (rhythm === 'weekly') return `FREQ=WEEKLY;BYDAY=${weekday}`;
  if (rhythm === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`;
  if (rhythm === 'monthly') return `FREQ=MONTHLY;BYDAY=1${weekday}`;
  return null;
}

/** The weekday and rhythm of an RRULE the form can show (null for other rules, shown as they are). */
export function formOfRrule(rrule: string): { weekday: string; rhythm: string } | null {
  const m = /^FREQ=(WEEKLY|MONTHLY)(;INTERVAL=2)?;BYDAY=(1?)(MO|TU|WE|TH|FR|SA)$/.exec(rrule);
  if (!m) return null;
  if (m[1] === 'WEEKLY' && !m[3]) return { weekday: m[4]!, rhythm: m[2] ? 'biweekly' : 'weekly' };
  if (m[1] === 'MONTHLY' && m[3] && !m[2]) return { weekday: m[4]!, rhythm: 'monthly' };
  return null;
}

function int(raw: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

/** The API body, or the problems by field id (Vietnamese, in the form's order). */
export function parseScheduleForm(
  v: ScheduleFormValues,
): { ok: true; body: ScheduleBody } | { ok: false; problems: Record<string, string> } {
  const p: Record<string, string> = {};
  if (!UUID.test(v.officialId)) p.officialId = 'Chọn người chủ trì tiếp công dân.';
  if (!UUID.test(v.venueId)) p.venueId = 'Chọn địa điểm tiếp.';
  const rrule = rruleOf(v.weekday, v.rhythm);
  if (!WEEKDAYS.some((w) => w.value === v.weekday)) p.weekday = 'Chọn ngày trong tuần.';
  else if (!rrule) p.rhythm = 'Chọn nhịp tiếp.';
  if (!TIME.test(v.startTime)) p.startTime = 'Nhập giờ bắt đầu dạng giờ:phút, ví dụ 08:00.';
  const duration = int(v.durationMinutes, 15, 720);
  if (duration === null) p.durationMinutes = 'Thời lượng từ 15 đến 720 phút.';
  if (!DATE.test(v.validFrom)) p.validFrom = 'Nhập ngày bắt đầu áp dụng.';
  if (v.validUntil && !DATE.test(v.validUntil)) p.validUntil = 'Ngày kết thúc không hợp lệ.';
  else if (v.validUntil && DATE.test(v.validFrom) && v.validUntil < v.validFrom)
    p.validUntil = 'Ngày kết thúc phải sau ngày bắt đầu.';
  if (!(v.holidayPolicy in HOLIDAY_POLICY_LABELS)) p.holidayPolicy = 'Chọn cách xử lý khi trùng ngày nghỉ.';
  const slot = int(v.slotMinutes, 5, 240);
  if (slot === null) p.slotMinutes = 'Mỗi lượt từ 5 đến 240 phút.';
  const seats = int(v.seatsPerSlot, 1, 200);
  if (seats === null) p.seatsPerSlot = 'Số chỗ mỗi lượt từ 1 đến 200.';
  if (Object.keys(p).length > 0) return { ok: false, problems: p };
  return {
    ok: true,
    body: {
      officialId: v.officialId,
      venueId: v.venueId,
      rrule: rrule!,
      startTime: v.startTime,
      durationMinutes: duration!,
      validFrom: v.validFrom,
      ...(v.validUntil ? { validUntil: v.validUntil } : {}),
      holidayPolicy: v.holidayPolicy as HolidayPolicy,
      slotMinutes: slot!,
      seatsPerSlot: seats!,
    },
  };
}

/** The form's field showing an API error path (`rrule` is the weekday and rhythm). */
export function scheduleFieldOf(apiPath: string): string | null {
  if (apiPath === 'rrule') return 'weekday';
  const known = [
    'officialId',
    'venueId',
    'startTime',
    'durationMinutes',
    'validFrom',
    'validUntil',
    'holidayPolicy',
    'slotMinutes',
    'seatsPerSlot',
  ];
  return known.includes(apiPath) ? apiPath : null;
}
