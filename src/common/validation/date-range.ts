/**
 * The years the product accepts in any date or instant it is given. Dates far outside (year 9999, 1899) are typing
 * mistakes or probes; the calendar (lunar holidays), the report periods and the database columns are only meaningful
 * within this range, so inputs outside it answer 400 naming the field instead of failing deeper down.
 */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const YEAR_RANGE_TEXT = `từ năm ${MIN_YEAR} đến năm ${MAX_YEAR}`;

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The first and last instants accepted (UTC), as epoch milliseconds. */
export const MIN_INSTANT_MS = Date.UTC(MIN_YEAR, 0, 1);
export const MAX_INSTANT_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - 1;
