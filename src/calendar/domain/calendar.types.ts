/** A local calendar date, `YYYY-MM-DD`, with no time zone attached. */
export type IsoDate = string;

/** One entry of a year's official calendar (`GET /holidays`). */
export interface HolidayEntry {
  date: IsoDate;
  /** Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù Quốc khánh". */
  name: string;
  /** holiday: statutory holiday; day_off: official extra or make-up day off; working_day: a swapped Saturday/Sunday that is worked. */
  kind: 'holiday' | 'day_off' | 'working_day';
}

/** What every working-day computation needs to know about a date. */
export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
}

/** The kinds of `HolidayEntry`, in a stable order (for validation and UI). */
export const HOLIDAY_KINDS = ['holiday', 'day_off', 'working_day'] as const;

/** A document a year's calendar comes from (data/holidays/<year>.json `source[]`). */
export interface HolidaySource {
  /** Number and title, e.g. "Văn bản số 9859/VPCP-KGVX". */
  document: string;
  issuer: string;
  /** Date of issue, when verified; `null` when it could not be verified. */
  date: IsoDate | null;
  /** What in the year's calendar this document settles. */
  covers: string;
  /** Where it was read (may be a press report quoting the document). */
  url: string;
}

/** The content of one `data/holidays/<year>.json` file: only the dates that differ from a Mon–Fri week. */
export interface HolidayYearFile {
  year: number;
  scope?: string;
  source: HolidaySource[];
  notes?: string[];
  entries: HolidayEntry[];
}
