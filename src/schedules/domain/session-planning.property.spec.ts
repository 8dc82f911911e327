import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from '../../common/time/luxon.js';
import { expandOccurrences } from './occurrences.js';
import { planSessions } from './session-planning.js';
import type { HolidayPolicy, IsoDate } from './schedule.types.js';
import { FixedCalendar } from './testing/fixed-calendar.fixture-spec.js';

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const dateAt = (i: number): IsoDate => new Date(BASE + i * DAY_MS).toISOString().slice(0, 10);
const dayIndexArb = fc.integer({ min: 0, max: 400 });
const datesArb = (max: number) => fc.array(dayIndexArb.map(dateAt), { maxLength: max });

const scenarioArb = fc.record({
  daysOff: datesArb(40),
  workedWeekendDays: datesArb(5),
  occurrences: datesArb(80),
  taken: datesArb(20),
  policy: fc.constantFrom<HolidayPolicy>('next_working_day', 'previous_working_day', 'skip'),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  duration: fc.integer({ min: 1, max: 600 }),
  zone: fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Pacific/Kiritimati'),
});

const between = (a: IsoDate, b: IsoDate): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let t = Date.parse(`${a}T00:00:00Z`) + DAY_MS; t < Date.parse(`${b}T00:00:00Z`); t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe('planSessions: invariants (fast-check)', () => {
  it('one session per day, only on free working days, shiftedFrom iff moved, every occurrence accounted for', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const calendar = new FixedCalendar(s.daysOff, s.workedWeekendDays);
        const takenDates = new Set(s.taken);
        const startTime = `${String(s.hour).padStart(2, '0')}:${String(s.minute).padStart(2, '0')}`;
        const { planned, skipped } = planSessions({
          occurrences: s.occurrences,
          startTime,
          durationMinutes: s.duration,
          timeZone: s.zone,
          holidayPolicy: s.policy,
          calendar,
          takenDates,
        });

        const days = planned.map((p) => p.localDate);
        expect(new Set(days).size).toBe(days.length);
        for (const p of planned) {
          expect(calendar.isWorkingDay(p.localDate)).toBe(true);
          expect(takenDates.has(p.localDate)).toBe(false);
          expect(p.shiftedFrom !== null).toBe(p.localDate !== p.occurrenceDate);
          if (p.shiftedFrom !== null) {
            expect(p.shiftedFrom).toBe(p.occurrenceDate);
            expect(calendar.isWorkingDay(p.occurrenceDate)).toBe(false);
            expect(s.policy).not.toBe('skip');
            const [lo, hi] =
              s.policy === 'next_working_day' ? [p.occurrenceDate, p.localDate] : [p.localDate, p.occurrenceDate];
            expect(lo < hi).toBe(true);
            expect(between(lo, hi).some((d) => calendar.isWorkingDay(d))).toBe(false);
          }
          const start = DateTime.fromISO(p.startsAt, { setZone: true });
          expect(p.startsAt.endsWith('Z')).toBe(true);
          expect(start.setZone(s.zone).toISODate()).toBe(p.localDate);
          expect(start.setZone(s.zone).toFormat('HH:mm')).toBe(startTime);
          expect(Date.parse(p.endsAt) - Date.parse(p.startsAt)).toBe(s.duration * 60_000);
        }

        // Every input occurrence (with repeats) comes out exactly once, planned or skipped.
        const out = [...planned.map((p) => p.occurrenceDate), ...skipped.map((k) => k.occurrenceDate)].sort();
        expect(out).toEqual([...s.occurrences].sort());

        // A free working-day occurrence always keeps its own day.
        for (const d of new Set(s.occurrences)) {
          if (calendar.isWorkingDay(d) && !takenDates.has(d))
            expect(planned.find((p) => p.occurrenceDate === d)?.localDate).toBe(d);
        }

        for (const k of skipped) {
          if (k.reason === 'holiday') {
            expect(s.policy).toBe('skip');
            expect(calendar.isWorkingDay(k.occurrenceDate)).toBe(false);
          }
          if (k.reason === 'date_taken') expect(takenDates.has(k.wouldMoveTo ?? k.occurrenceDate)).toBe(true);
          if (k.reason === 'duplicate' && k.wouldMoveTo !== undefined) expect(days).toContain(k.wouldMoveTo);
        }
        if (s.policy === 'skip') expect(planned.every((p) => p.shiftedFrom === null)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rules expanded over Tết 2026 and the 2027 New Year never give two sessions on one day', () => {
    const tet = Array.from({ length: 9 }, (_, i) => `2026-02-${String(14 + i).padStart(2, '0')}`);
    const calendar = new FixedCalendar([
      '2026-01-01',
      ...tet,
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
      '2027-01-01',
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(
          'FREQ=DAILY',
          'FREQ=WEEKLY;BYDAY=MO',
          'FREQ=WEEKLY;BYDAY=MO,TU,FR',
          'FREQ=WEEKLY;BYDAY=SA,SU',
          'FREQ=MONTHLY;BYMONTHDAY=10,25',
          'FREQ=MONTHLY;BYMONTHDAY=14,15,16,17,20',
          'FREQ=MONTHLY;BYDAY=+1MO',
          'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3',
          'FREQ=MONTHLY;BYDAY=-1FR',
        ),
        fc.constantFrom<HolidayPolicy>('next_working_day', 'previous_working_day', 'skip'),
        fc.integer({ min: 0, max: 300 }),
        (rrule, policy, offset) => {
          const occurrences = expandOccurrences({ rrule, validFrom: dateAt(offset), horizonEnd: '2027-02-28' });
          const { planned, skipped } = planSessions({
            occurrences,
            startTime: '08:00',
            durationMinutes: 240,
            holidayPolicy: policy,
            calendar,
            takenDates: new Set(),
          });
          const days = planned.map((p) => p.localDate);
          expect(new Set(days).size).toBe(days.length);
          expect(days.every((d) => calendar.isWorkingDay(d))).toBe(true);
          expect(planned.length + skipped.length).toBe(occurrences.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
