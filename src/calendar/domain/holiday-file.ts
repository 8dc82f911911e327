/**
 * Validation of a year's official holiday list, as shipped in `data/holidays/<year>.json` or sent
 * by an administrator (`PUT /holidays/:year`). Pure: takes parsed JSON, returns typed data or throws.
 */
import { HOLIDAY_KINDS, type HolidayEntry, type HolidayYearFile } from './calendar.types.js';
import { isIsoDate, isWeekend } from './iso-date.js';

/** One problem found in a holiday list, with a JSON-ish path to the offending field. */
export interface HolidayListIssue {
  path: string;
  message: string;
}

export class InvalidHolidayListError extends Error {
  readonly code = 'INVALID_HOLIDAY_LIST';
  constructor(readonly issues: HolidayListIssue[]) {
    super(`Invalid holiday list: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'InvalidHolidayListError';
  }
}

const MAX_NAME_LENGTH = 200;
const MAX_ENTRIES = 366;

/**
 * Checks a list of entries for `year`: valid dates inside that year, known kinds, non-empty
 * names, one entry per date, and `working_day` only on a Saturday or Sunday (a swapped worked
 * weekend day; a weekday is a working day already). Returns the issues (empty when valid).
 */
export function checkHolidayEntries(year: number, entries: unknown): HolidayListIssue[] {
  const issues: HolidayListIssue[] = [];
  if (!Array.isArray(entries)) return [{ path: 'entries', message: 'must be an array' }];
  if (entries.length > MAX_ENTRIES) issues.push({ path: 'entries', message: `at most ${MAX_ENTRIES} entries` });
  const seen = new Set<string>();
  entries.forEach((raw: unknown, i) => {
    const path = `entries[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      issues.push({ path, message: 'must be an object' });
      return;
    }
    const e = raw as Record<string, unknown>;
    if (!isIsoDate(e.date)) issues.push({ path: `${path}.date`, message: 'must be a date YYYY-MM-DD' });
    else if (Number(e.date.slice(0, 4)) !== year) issues.push({ path: `${path}.date`, message: `must be in ${year}` });
    else if (seen.has(e.date)) issues.push({ path: `${path}.date`, message: `duplicate date ${e.date}` });
    else seen.add(e.date);
    if (typeof e.name !== 'string' || e.name.trim() === '' || e.name.length > MAX_NAME_LENGTH) {
      issues.push({
        path: `${path}.name`,
        message: `must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`,
      });
    }
    if (!(HOLIDAY_KINDS as readonly unknown[]).includes(e.kind)) {
      issues.push({ path: `${path}.kind`, message: `must be one of ${HOLIDAY_KINDS.join(', ')}` });
    } else if (e.kind === 'working_day' && isIsoDate(e.date) && !isWeekend(e.date)) {
      issues.push({ path: `${path}.kind`, message: 'working_day is only meaningful on a Saturday or Sunday' });
    }
  });
  return issues;
}

/** Validated, date-sorted copy of `entries` for `year`; throws `InvalidHolidayListError`. */
export function parseHolidayEntries(year: number, entries: unknown): HolidayEntry[] {
  const issues = checkHolidayEntries(year, entries);
  if (issues.length) throw new InvalidHolidayListError(issues);
  return (entries as HolidayEntry[])
    .map(({ date, name, kind }) => ({ date, name: name.trim(), kind }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Validates the content of a `data/holidays/<year>.json` file. */
export function parseHolidayYearFile(raw: unknown): HolidayYearFile {
  if (typeof raw !== 'object' || raw === null)
    throw new InvalidHolidayListError([{ path: '', message: 'must be an object' }]);
  const f = raw as Record<string, unknown>;
  const issues: HolidayListIssue[] = [];
  if (!Number.isInteger(f.year)) issues.push({ path: 'year', message: 'must be an integer' });
  if (!Array.isArray(f.source) || f.source.length === 0)
    issues.push({ path: 'source', message: 'must cite at least one document' });
  if (issues.length) throw new InvalidHolidayListError(issues);
  const year = f.year as number;
  return {
    year,
    ...(typeof f.scope === 'string' ? { scope: f.scope } : {}),
    source: f.source as HolidayYearFile['source'],
    ...(Array.isArray(f.notes) ? { notes: f.notes as string[] } : {}),
    entries: parseHolidayEntries(year, f.entries),
  };
}
