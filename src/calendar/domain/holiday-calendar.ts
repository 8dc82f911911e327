/**
 * The civil-service working calendar: Saturday and Sunday off, plus each year's holiday entries
 * (published data where there is some, the computed default otherwise), loaded lazily per year.
 */
import type { HolidayEntry, IsoDate, WorkingCalendar } from './calendar.types.js';
import { computeDefaultHolidays } from './default-holidays.js';
import { isWeekend, yearOf } from './iso-date.js';

/** Published entries for a year, or `undefined` when that year has none (then the default is computed). */
export type HolidayYearSource =
  ReadonlyMap<number, readonly HolidayEntry[]> | ((year: number) => readonly HolidayEntry[] | undefined);

interface YearData {
  entries: readonly HolidayEntry[];
  byDate: Map<IsoDate, HolidayEntry>;
  computed: boolean;
}

export class HolidayCalendar implements WorkingCalendar {
  private readonly years = new Map<number, YearData>();
  private readonly lookup: (year: number) => readonly HolidayEntry[] | undefined;

  /**
   * @param source published entries per year (a map, or a synchronous loader called at most once per year until `invalidate`).
   * @param computeDefault the fallback for years without published entries.
   */
  constructor(
    source: HolidayYearSource = new Map(),
    private readonly computeDefault: (year: number) => HolidayEntry[] = computeDefaultHolidays,
  ) {
    this.lookup = typeof source === 'function' ? source : (y) => source.get(y);
  }

  /**
   * Working day unless: an entry marks it `holiday` or `day_off`, or it is a Saturday/Sunday not
   * marked `working_day`. If one date carries several entries, a day-off entry wins over `working_day`.
   */
  isWorkingDay(date: IsoDate): boolean {
    const entry = this.entryOn(date);
    if (entry) return entry.kind === 'working_day';
    return !isWeekend(date);
  }

  /** The entry that decides `date`, if any. */
  entryOn(date: IsoDate): HolidayEntry | undefined {
    return this.load(yearOf(date)).byDate.get(date);
  }

  /** All entries of `year`, sorted by date (a copy). */
  entriesFor(year: number): HolidayEntry[] {
    return this.load(year).entries.map((e) => ({ ...e }));
  }

  /** True when `year` uses the computed default rather than published data. */
  isComputed(year: number): boolean {
    return this.load(year).computed;
  }

  /** Forgets the cached data of one year (or all), e.g. after an administrator replaced a year's list. */
  invalidate(year?: number): void {
    if (year === undefined) this.years.clear();
    else this.years.delete(year);
  }

  private load(year: number): YearData {
    let data = this.years.get(year);
    if (!data) {
      const published = this.lookup(year);
      const entries = [...(published ?? this.computeDefault(year))].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
      const byDate = new Map<IsoDate, HolidayEntry>();
      for (const e of entries) {
        const prev = byDate.get(e.date);
        if (!prev || prev.kind === 'working_day') byDate.set(e.date, e);
      }
      data = { entries, byDate, computed: published === undefined };
      this.years.set(year, data);
    }
    return data;
  }
}
