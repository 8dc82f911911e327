/** The compliance page's choices (`?nam=2026&ky=quarter`) and the Vietnamese names of the periods. Pure. */
import { PERIOD_KINDS, type PeriodKind } from '../../../../compliance/domain/compliance.js';

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  month: 'Theo tháng',
  quarter: 'Theo quý',
  half: 'Sáu tháng',
  nine_months: 'Chín tháng',
  year: 'Cả năm',
};

export function complianceChoice(
  q: { nam?: unknown; ky?: unknown },
  today: string,
): { year: number; period: PeriodKind } {
  const thisYear = Number(today.slice(0, 4));
  const raw = typeof q.nam === 'string' && /^\d{4}$/.test(q.nam) ? Number(q.nam) : thisYear;
  const year = raw >= 2015 && raw <= thisYear + 1 ? raw : thisYear;
  const period = PERIOD_KINDS.includes(q.ky as PeriodKind) ? (q.ky as PeriodKind) : 'year';
  return { year, period };
}

/** "2026-03" → "Tháng 3/2026", "2026-Q1" → "Quý I/2026", "2026-H1" → "6 tháng đầu năm 2026", "2026-9M", "2026". */
export function periodLabel(label: string): string {
  let m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return `Tháng ${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return `Quý ${['I', 'II', 'III', 'IV'][Number(m[2]) - 1]}/${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(label);
  if (m) return m[2] === '1' ? `6 tháng đầu năm ${m[1]}` : `6 tháng cuối năm ${m[1]}`;
  m = /^(\d{4})-9M$/.exec(label);
  if (m) return `9 tháng năm ${m[1]}`;
  if (/^\d{4}$/.test(label)) return `Năm ${label}`;
  return label;
}
