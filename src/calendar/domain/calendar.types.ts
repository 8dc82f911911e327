/** A local calendar date, `YYYY-MM-DD`, with no time zone attached. */
export type IsoDate = string;

/** One entry of a year's official calendar (api.md: GET /holidays). */
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
