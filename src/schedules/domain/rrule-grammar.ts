/**
 * Strict parser for the RRULE values a reception schedule may use (RFC 5545 §3.3.10, without
 * DTSTART). The `rrule` package's own parser is lenient (it accepts `FREQ=HOURLY`, `COUNT=0`,
 * `BYDAY=XX`, …), so the value is checked here part by part and only then handed to `rrule`.
 *
 * Supported subset: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL, BYDAY,
 * BYMONTHDAY, BYMONTH, BYSETPOS, WKST. The time of day comes from the schedule's `startTime`, so
 * BYHOUR/BYMINUTE/BYSECOND are refused; BYWEEKNO and BYYEARDAY are refused as unsupported.
 */
import type { RruleErrorCode } from './schedule.types.js';

export type RecurrenceFreq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export const WEEKDAY_CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface ByDayEntry {
  /** Ordinal (`+1MO` → 1, `-1FR` → -1) or null for every such weekday. */
  n: number | null;
  day: WeekdayCode;
}

export interface RecurrenceParts {
  freq: RecurrenceFreq;
  interval: number;
  count: number | null;
  /** Calendar date part of UNTIL (`YYYY-MM-DD`), the last date that may occur (inclusive). */
  until: string | null;
  byDay: ByDayEntry[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  wkst: WeekdayCode | null;
  /** The value with names and values upper-cased, parts in the original order. */
  normalized: string;
}

export class RruleGrammarError extends Error {
  constructor(
    readonly code: RruleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RruleGrammarError';
  }
}

const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);
const TIME_PARTS = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND']);
const UNSUPPORTED = new Set(['BYWEEKNO', 'BYYEARDAY', 'BYEASTER', 'RSCALE', 'SKIP']);
const FREQS: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const FINER_FREQS: readonly string[] = ['HOURLY', 'MINUTELY', 'SECONDLY'];
const INTEGER_RE = /^[+-]?\d{1,4}$/;
const BYDAY_RE = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/;
const MAX_INTERVAL = 1000;
const MAX_COUNT = 10_000;

function fail(code: RruleErrorCode, message: string): never {
  throw new RruleGrammarError(code, message);
}

function invalid(name: string, value: string, why: string): never {
  fail('RRULE_INVALID_VALUE', `Giá trị ${name}=${value} không hợp lệ: ${why}.`);
}

function positiveInt(name: string, value: string, max: number): number {
  if (!/^\d{1,6}$/.test(value)) invalid(name, value, 'phải là số nguyên dương');
  const n = Number(value);
  if (n < 1 || n > max) invalid(name, value, `phải từ 1 đến ${max}`);
  return n;
}

/** Comma list of non-zero integers with |x| ≤ max (`+` sign allowed, as in the RFC grammar). */
function signedList(name: string, value: string, max: number, allowNegative = true): number[] {
  return value.split(',').map((item) => {
    if (!INTEGER_RE.test(item)) invalid(name, value, `"${item}" không phải số nguyên`);
    const n = Number(item);
    if (n === 0 || Math.abs(n) > max || (!allowNegative && n < 0)) {
      invalid(
        name,
        value,
        allowNegative ? `mỗi số phải khác 0 và trong khoảng -${max}…${max}` : `mỗi số phải từ 1 đến ${max}`,
      );
    }
    return n;
  });
}

function parseByDay(value: string): ByDayEntry[] {
  return value.split(',').map((item) => {
    const m = BYDAY_RE.exec(item);
    if (!m)
      invalid(
        'BYDAY',
        value,
        `"${item}" không phải thứ trong tuần (MO, TU, WE, TH, FR, SA, SU, có thể kèm thứ tự như +1MO, -1FR)`,
      );
    const n = m[1] === undefined ? null : Number(m[1]);
    if (n !== null && (n === 0 || Math.abs(n) > 53))
      invalid('BYDAY', value, `thứ tự "${m[1]}" phải khác 0 và trong khoảng -53…53`);
    return { n, day: m[2] as WeekdayCode };
  });
}

function parseUntil(value: string): string {
  const m = UNTIL_RE.exec(value);
  if (!m) invalid('UNTIL', value, 'phải có dạng YYYYMMDD hoặc YYYYMMDDTHHMMSSZ');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    invalid('UNTIL', value, 'ngày không tồn tại');
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60))
    invalid('UNTIL', value, 'giờ không hợp lệ');
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Splits `NAME=VALUE;…`, rejecting empty parts, duplicates and unknown or unsupported names. */
function splitParts(value: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const raw of value.split(';')) {
    const eq = raw.indexOf('=');
    if (raw === '' || eq <= 0 || eq === raw.length - 1 || raw.indexOf('=', eq + 1) !== -1) {
      fail(
        'RRULE_SYNTAX',
        `Phần "${raw}" của RRULE không đúng dạng TÊN=GIÁ_TRỊ (các phần cách nhau bằng dấu chấm phẩy).`,
      );
    }
    const name = raw.slice(0, eq).toUpperCase();
    const val = raw.slice(eq + 1).toUpperCase();
    if (name === 'DTSTART')
      fail('RRULE_UNKNOWN_PART', 'Không đặt DTSTART trong RRULE: ngày bắt đầu lấy từ ngày bắt đầu hiệu lực của lịch.');
    if (TIME_PARTS.has(name))
      fail('RRULE_UNSUPPORTED_PART', `Không dùng ${name}: giờ tiếp lấy từ giờ bắt đầu của lịch.`);
    if (UNSUPPORTED.has(name)) fail('RRULE_UNSUPPORTED_PART', `Lịch tiếp công dân chưa hỗ trợ thành phần ${name}.`);
    if (!SUPPORTED.has(name)) fail('RRULE_UNKNOWN_PART', `RRULE có thành phần không hợp lệ: ${name}.`);
    if (parts.has(name)) fail('RRULE_DUPLICATE_PART', `Thành phần ${name} xuất hiện nhiều lần trong RRULE.`);
    parts.set(name, val);
  }
  return parts;
}

function parseFreq(value: string | undefined): RecurrenceFreq {
  if (value === undefined) fail('RRULE_FREQ_MISSING', 'RRULE phải có FREQ (DAILY, WEEKLY, MONTHLY hoặc YEARLY).');
  if (FINER_FREQS.includes(value)) {
    fail(
      'RRULE_FREQ_UNSUPPORTED',
      `Tần suất ${value} không dùng được: lịch tiếp chỉ lặp theo ngày, tuần, tháng hoặc năm.`,
    );
  }
  if (!FREQS.includes(value)) invalid('FREQ', value, 'phải là DAILY, WEEKLY, MONTHLY hoặc YEARLY');
  return value as RecurrenceFreq;
}

/** RFC 5545 constraints between parts. */
function checkCombinations(p: RecurrenceParts, has: (name: string) => boolean): void {
  if (p.count !== null && p.until !== null) fail('RRULE_CONFLICT', 'Không dùng đồng thời COUNT và UNTIL.');
  if (p.byDay.some((d) => d.n !== null)) {
    if (p.freq !== 'MONTHLY' && p.freq !== 'YEARLY') {
      fail('RRULE_CONFLICT', 'BYDAY có số thứ tự (như +1MO) chỉ dùng với FREQ=MONTHLY hoặc FREQ=YEARLY.');
    }
    const inMonth = p.freq === 'MONTHLY' || p.byMonth.length > 0;
    if (inMonth && p.byDay.some((d) => d.n !== null && Math.abs(d.n) > 5)) {
      fail(
        'RRULE_CONFLICT',
        'Trong một tháng chỉ có tối đa 5 lần cùng một thứ: số thứ tự BYDAY phải trong khoảng -5…5.',
      );
    }
  }
  if (p.freq === 'WEEKLY' && p.byMonthDay.length > 0) fail('RRULE_CONFLICT', 'BYMONTHDAY không dùng với FREQ=WEEKLY.');
  if (p.bySetPos.length > 0 && !['BYDAY', 'BYMONTHDAY', 'BYMONTH'].some(has)) {
    fail('RRULE_CONFLICT', 'BYSETPOS phải đi kèm một thành phần BYxxx khác (BYDAY, BYMONTHDAY hoặc BYMONTH).');
  }
}

/** Parses and checks an RRULE value; throws `RruleGrammarError` with a Vietnamese message. */
export function parseRecurrence(input: string): RecurrenceParts {
  if (typeof input !== 'string' || input.trim() === '') fail('RRULE_EMPTY', 'RRULE không được để trống.');
  const value = input.trim();
  if (/^RRULE:/i.test(value))
    fail('RRULE_SYNTAX', 'Chỉ nhập giá trị quy tắc, bỏ tiền tố "RRULE:" (ví dụ FREQ=WEEKLY;BYDAY=MO).');
  if (/[\s\r\n]/.test(value)) fail('RRULE_SYNTAX', 'RRULE không được chứa khoảng trắng hoặc xuống dòng.');
  if (value.length > 500) fail('RRULE_SYNTAX', 'RRULE quá dài (tối đa 500 ký tự).');

  const raw = splitParts(value);
  const get = (name: string): string | undefined => raw.get(name);
  const wkst = get('WKST');
  if (wkst !== undefined && !WEEKDAY_CODES.includes(wkst as WeekdayCode))
    invalid('WKST', wkst, 'phải là MO, TU, WE, TH, FR, SA hoặc SU');

  const parts: RecurrenceParts = {
    freq: parseFreq(get('FREQ')),
    interval: get('INTERVAL') === undefined ? 1 : positiveInt('INTERVAL', get('INTERVAL')!, MAX_INTERVAL),
    count: get('COUNT') === undefined ? null : positiveInt('COUNT', get('COUNT')!, MAX_COUNT),
    until: get('UNTIL') === undefined ? null : parseUntil(get('UNTIL')!),
    byDay: get('BYDAY') === undefined ? [] : parseByDay(get('BYDAY')!),
    byMonthDay: get('BYMONTHDAY') === undefined ? [] : signedList('BYMONTHDAY', get('BYMONTHDAY')!, 31),
    byMonth: get('BYMONTH') === undefined ? [] : signedList('BYMONTH', get('BYMONTH')!, 12, false),
    bySetPos: get('BYSETPOS') === undefined ? [] : signedList('BYSETPOS', get('BYSETPOS')!, 366),
    wkst: (wkst as WeekdayCode | undefined) ?? null,
    normalized: [...raw].map(([k, v]) => `${k}=${v}`).join(';'),
  };
  checkCombinations(parts, (name) => raw.has(name));
  return parts;
}
