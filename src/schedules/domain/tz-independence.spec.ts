/**
 * The schedule's results must not depend on the server's `TZ` (every local date is computed in the schedule's own zone): the key cases
 * run in child processes started with TZ=UTC and four other zones (one at UTC+14, one at UTC−11)
 * and must give exactly what this process computes.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { expandOccurrences } from './occurrences.js';
import { planSessions } from './session-planning.js';
import type { HolidayPolicy } from './schedule.types.js';
import { calendar2026 } from './testing/fixed-calendar.fixture-spec.js';
import { prepareTzSandbox } from './testing/run-under-tz.fixture-spec.js';

interface Case {
  rrule: string;
  validFrom: string;
  horizonEnd: string;
  policy: HolidayPolicy;
  startTime: string;
}

const CASES: Case[] = [
  {
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    validFrom: '2026-01-01',
    horizonEnd: '2026-12-31',
    policy: 'next_working_day',
    startTime: '08:00',
  },
  {
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=10,25',
    validFrom: '2026-01-01',
    horizonEnd: '2026-12-31',
    policy: 'next_working_day',
    startTime: '06:30',
  },
  {
    rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3',
    validFrom: '2026-01-01',
    horizonEnd: '2026-12-31',
    policy: 'previous_working_day',
    startTime: '23:30',
  },
  {
    rrule: 'FREQ=MONTHLY;BYDAY=+1MO',
    validFrom: '2026-01-01',
    horizonEnd: '2027-12-31',
    policy: 'skip',
    startTime: '13:30',
  },
  {
    rrule: 'FREQ=WEEKLY;BYDAY=MO,FR',
    validFrom: '2026-12-01',
    horizonEnd: '2027-01-31',
    policy: 'next_working_day',
    startTime: '00:00',
  },
];

function compute(cases: Case[], calendar = calendar2026()) {
  return cases.map((c) => {
    const occurrences = expandOccurrences({ rrule: c.rrule, validFrom: c.validFrom, horizonEnd: c.horizonEnd });
    return planSessions({
      occurrences,
      startTime: c.startTime,
      durationMinutes: 240,
      holidayPolicy: c.policy,
      calendar,
      takenDates: new Set(),
    });
  });
}

const CHILD_SCRIPT = `
import { expandOccurrences } from './schedules/domain/occurrences.js';
import { planSessions } from './schedules/domain/session-planning.js';
import { calendar2026 } from './schedules/domain/testing/fixed-calendar.fixture-spec.js';
const cases = ${JSON.stringify(CASES)};
const calendar = calendar2026();
globalThis.result = cases.map((c) => {
  const occurrences = expandOccurrences({ rrule: c.rrule, validFrom: c.validFrom, horizonEnd: c.horizonEnd });
  return planSessions({ occurrences, startTime: c.startTime, durationMinutes: 240, holidayPolicy: c.policy, calendar, takenDates: new Set() });
});
`;

describe('schedule generation does not depend on the process TZ', () => {
  let sandbox: ReturnType<typeof prepareTzSandbox>;
  const expected = JSON.parse(JSON.stringify(compute(CASES))) as unknown;

  beforeAll(() => {
    sandbox = prepareTzSandbox(
      [
        'schedules/domain/occurrences',
        'schedules/domain/session-planning',
        'schedules/domain/testing/fixed-calendar.fixture-spec',
      ],
      CHILD_SCRIPT,
    );
  });
  afterAll(() => sandbox?.dispose());

  it('sanity: the reference results contain moved sessions and UTC instants', () => {
    const [weekly] = compute(CASES);
    expect(weekly.planned.find((p) => p.shiftedFrom === '2026-04-27')).toMatchObject({
      localDate: '2026-04-28',
      startsAt: '2026-04-28T01:00:00.000Z',
    });
  });

  it.each([
    ['UTC', 0],
    ['Asia/Ho_Chi_Minh', -420],
    ['America/New_York', 300],
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
  ])('TZ=%s', (tz, offset) => {
    const child = sandbox.run(tz);
    expect(child.offsetMinutes).toBe(offset); // the child really ran in that zone
    expect(child.result).toEqual(expected);
  });
});
