/**
 * The unit and period chosen on the report page (a GET form: unit, period preset with its year and month, or a date
 * range typed as dd/mm/yyyy) as the query of GET /reports (ReportQuery). Pure.
 */
import { parseDateVi } from '../../dialogues/domain/dialogue-form.js';

export const PERIOD_CHOICES = [
  { value: 'month', label: 'Tháng' },
  { value: 'q1', label: 'Quý I' },
  { value: 'half', label: '6 tháng' },
  { value: 'nine_months', label: '9 tháng' },
  { value: 'year', label: 'Năm' },
  { value: 'range', label: 'Khoảng thời gian tùy chọn' },
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number]['value'];

/** What the form shows (as typed or defaulted). */
export interface ReportChoiceValues {
  unitId: string;
  period: PeriodChoice;
  year: string;
  month: string;
  from: string;
  to: string;
}

export interface ReportChoice {
  values: ReportChoiceValues;
  /** The query for ReportsService (validated next by the ReportQuery DTO), or null when the form does not read. */
  query: Record<string, unknown> | null;
  problems: Record<string, string>;
}

const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * Reads the report form. Defaults: the person's unit and the current month (`today` is yyyy-mm-dd). A range is
 * typed as dd/mm/yyyy (or yyyy-mm-dd) and sent as ISO dates; the service checks order and length.
 */
export function readReportChoice(
  raw: Record<string, unknown>,
  defaults: { unitId: string; today: string },
): ReportChoice {
  const [ty, tm] = defaults.today.split('-');
  const period = (PERIOD_CHOICES.some((c) => c.value === raw.period) ? raw.period : 'month') as PeriodChoice;
  const values: ReportChoiceValues = {
    unitId: s(raw.unitId) || defaults.unitId,
    period,
    year: s(raw.year) || ty!,
    month: s(raw.month) || String(Number(tm)),
    from: s(raw.from),
    to: s(raw.to),
  };
  const problems: Record<string, string> = {};
  const query: Record<string, unknown> = { unitId: values.unitId };
  if (period === 'range') {
    const from = parseDateVi(values.from);
    const to = parseDateVi(values.to);
    if (!from) problems.from = 'Nhập ngày đầu kỳ theo dạng ngày/tháng/năm, ví dụ 01/03/2026.';
    if (!to) problems.to = 'Nhập ngày cuối kỳ theo dạng ngày/tháng/năm, ví dụ 31/03/2026.';
    query.from = from;
    query.to = to;
  } else {
    if (!/^\d{4}$/.test(values.year)) problems.year = 'Nhập năm gồm 4 chữ số, ví dụ 2026.';
    query.period = period;
    query.year = values.year;
    if (period === 'month') {
      if (!/^\d{1,2}$/.test(values.month) || Number(values.month) < 1 || Number(values.month) > 12)
        problems.month = 'Chọn tháng từ 1 đến 12.';
      query.month = values.month;
    }
  }
  return { values, query: Object.keys(problems).length ? null : query, problems };
}

/** The query string of a chosen report (links to the downloads and back after a post). */
export function reportQueryString(v: ReportChoiceValues, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ unitId: v.unitId, period: v.period });
  if (v.period === 'range') {
    q.set('from', v.from);
    q.set('to', v.to);
  } else {
    q.set('year', v.year);
    if (v.period === 'month') q.set('month', v.month);
  }
  for (const [k, val] of Object.entries(extra)) q.set(k, val);
  return q.toString();
}

/** A figure of a report table as the page shows it: thousands and decimals in Vietnamese, "—" for none. */
export function cellVi(c: string | number | null): string {
  if (c === null) return '—';
  if (typeof c === 'number') return c.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return c;
}
