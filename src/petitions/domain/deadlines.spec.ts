import { describe, it, expect } from '@jest/globals';
import { computeDeadlines, type Deadline, type DeadlineInput } from './deadlines.js';
import type { PetitionDeadlinePreset } from './deadline-rules.js';
import {
  CAL_2026,
  CAL_2026_NO_MAKE_UP,
  HUNG_KINGS_MAKE_UP_2026,
  TET_2026_DAYS_OFF,
  WEEKENDS_ONLY,
  preset2026,
} from './testing/fixtures.fixture-spec.js';

const preset = preset2026();

function deadlines(
  input: Omit<DeadlineInput, 'preset' | 'calendar'> & Partial<Pick<DeadlineInput, 'preset' | 'calendar'>>,
) {
  return computeDeadlines({ preset, calendar: CAL_2026, ...input });
}

function byStep(list: Deadline[]): Record<string, Deadline> {
  return Object.fromEntries(list.map((d) => [d.step, d]));
}

function summary(list: Deadline[]) {
  return list.map((d) => ({ step: d.step, dueOn: d.dueOn, days: d.days, basis: d.basis }));
}

describe('computeDeadlines — complaint (Law on Complaints 2011)', () => {
  // Accepted Thursday 5/3/2026. Expected ends, by hand: +30 = Sat 4/4 → Mon 6/4 (Civil Code Art. 148);
  // +45 = Sun 19/4 → Mon 20/4; +60 = Mon 4/5; +70 = Thu 14/5.
  const expectedEnd: Record<number, string> = {
    30: '2026-04-06',
    45: '2026-04-20',
    60: '2026-05-04',
    70: '2026-05-14',
  };
  const table: [round: 1 | 2, remoteArea: boolean, complex: boolean, days: number][] = [
    [1, false, false, 30],
    [1, false, true, 45],
    [1, true, false, 45],
    [1, true, true, 60],
    [2, false, false, 45],
    [2, false, true, 60],
    [2, true, false, 60],
    [2, true, true, 70],
  ];

  it.each(table)(
    'round %i, remote area %s, complex %s → resolution %i calendar days from acceptance',
    (round, remoteArea, complex, days) => {
      const d = byStep(
        deadlines({
          type: 'complaint',
          receivedOn: '2026-03-02',
          acceptedOn: '2026-03-05',
          round,
          remoteArea,
          complex,
        }),
      );
      expect(d.resolution).toMatchObject({
        days,
        basis: 'calendar_days',
        from: 'accepted',
        anchorOn: '2026-03-05',
        dueOn: expectedEnd[days],
        provisional: false,
      });
    },
  );

  it('has acceptance (10 calendar days), resolution and the 10-working-day notice, in that order', () => {
    const list = deadlines({ type: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-05' });
    expect(summary(list)).toEqual([
      { step: 'acceptance', dueOn: '2026-03-12', days: 10, basis: 'calendar_days' },
      { step: 'resolution', dueOn: '2026-04-06', days: 30, basis: 'calendar_days' },
      { step: 'notice', dueOn: '2026-03-16', days: 10, basis: 'working_days' },
    ]);
  });

  it('defaults to round 1, not remote, not complex', () => {
    const d = byStep(deadlines({ type: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-05' }));
    expect(d.resolution.days).toBe(30);
  });

  it('anchors the resolution on the acceptance due date, provisionally, until acceptance is known', () => {
    // Received Fri 13/2, the eve of Tết: acceptance 13/2 + 10 = Mon 23/2; resolution 23/2 + 30 = Wed 25/3.
    const d = byStep(deadlines({ type: 'complaint', receivedOn: '2026-02-13' }));
    expect(d.acceptance.dueOn).toBe('2026-02-23');
    expect(d.resolution).toMatchObject({ anchorOn: '2026-02-23', dueOn: '2026-03-25', provisional: true });
  });

  it('Civil Code Art. 148: a calendar-day period ending in Tết ends on the next working day', () => {
    // Received Thu 5/2: 5/2 + 10 = Sun 15/2, inside Tết (14/2–22/2) → Mon 23/2.
    const d = byStep(deadlines({ type: 'complaint', receivedOn: '2026-02-05' }));
    expect(d.acceptance.dueOn).toBe('2026-02-23');
    // Without Tết only the Sunday is skipped.
    const w = byStep(deadlines({ type: 'complaint', receivedOn: '2026-02-05', calendar: WEEKENDS_ONLY }));
    expect(w.acceptance.dueOn).toBe('2026-02-16');
  });

  it('Civil Code Art. 148: a period ending on a Sunday ends on Monday; one ending on a weekday is not moved', () => {
    // 1/3/2026 is a Sunday: received 19/2 + 10 = Sun 1/3 → Mon 2/3.
    expect(byStep(deadlines({ type: 'complaint', receivedOn: '2026-02-19' })).acceptance.dueOn).toBe('2026-03-02');
    expect(byStep(deadlines({ type: 'complaint', receivedOn: '2026-02-20' })).acceptance.dueOn).toBe('2026-03-02');
    expect(byStep(deadlines({ type: 'complaint', receivedOn: '2026-02-23' })).acceptance.dueOn).toBe('2026-03-05');
  });

  it('Civil Code Art. 148: a period ending on the make-up day off moves to the day after', () => {
    // Received Fri 17/4: 17/4 + 10 = Mon 27/4, the make-up day for Hùng Kings' day (Sun 26/4) → Tue 28/4.
    expect(byStep(deadlines({ type: 'complaint', receivedOn: '2026-04-17' })).acceptance.dueOn).toBe('2026-04-28');
    expect(
      byStep(deadlines({ type: 'complaint', receivedOn: '2026-04-17', calendar: CAL_2026_NO_MAKE_UP })).acceptance
        .dueOn,
    ).toBe(HUNG_KINGS_MAKE_UP_2026);
  });

  it('a transferred complaint only keeps the notice to the citizen', () => {
    expect(deadlines({ type: 'complaint', receivedOn: '2026-03-02', transferred: true }).map((d) => d.step)).toEqual([
      'notice',
    ]);
  });

  it('refuses extensions for complaints (their complexity is already in the limit)', () => {
    expect(() => deadlines({ type: 'complaint', receivedOn: '2026-03-02', extensions: [{ days: 10 }] })).toThrow(
      /not allowed/,
    );
  });
});

describe('computeDeadlines — working days across Tết 2026 and a make-up day off', () => {
  it('the 10-working-day notice skips the whole of Tết', () => {
    // Received Fri 13/2: working days after it are 23, 24, 25, 26, 27/2, 2, 3, 4, 5, 6/3.
    const d = byStep(deadlines({ type: 'feedback', receivedOn: '2026-02-13' }));
    expect(d.notice).toMatchObject({ dueOn: '2026-03-06', days: 10, basis: 'working_days' });
    // With weekends only it would be 27/2.
    expect(
      byStep(deadlines({ type: 'feedback', receivedOn: '2026-02-13', calendar: WEEKENDS_ONLY })).notice.dueOn,
    ).toBe('2026-02-27');
  });

  it('counts neither the Tết weekdays nor the two weekends around them', () => {
    for (const day of TET_2026_DAYS_OFF) expect(CAL_2026.isWorkingDay(day)).toBe(false);
    // Received Fri 20/2 (a Tết day): day 1 is Mon 23/2, day 10 is Fri 6/3.
    expect(byStep(deadlines({ type: 'recommendation', receivedOn: '2026-02-20' })).notice.dueOn).toBe('2026-03-06');
  });

  it('the make-up day off (Mon 27/4) is skipped like a holiday', () => {
    // Received Thu 23/4: 24/4, 28/4, 29/4, 4/5, 5/5, 6/5, 7/5, 8/5, 11/5, 12/5 (30/4 and 1/5 off too).
    expect(byStep(deadlines({ type: 'feedback', receivedOn: '2026-04-23' })).notice.dueOn).toBe('2026-05-12');
    expect(
      byStep(deadlines({ type: 'feedback', receivedOn: '2026-04-23', calendar: CAL_2026_NO_MAKE_UP })).notice.dueOn,
    ).toBe('2026-05-11');
  });
});

describe('computeDeadlines — denunciation (Law on Denunciation 2018)', () => {
  // Received Thu 12/2/2026, the day before the Tết break.
  it('normal case: intake check 7 working days, then acceptance notice 5 working days and resolution 30 days, provisionally', () => {
    const list = deadlines({ type: 'denunciation', receivedOn: '2026-02-12' });
    // 7 working days: 13/2, 23–27/2, 2/3. Acceptance notice from 2/3: 3, 4, 5, 6, 9/3. Resolution 2/3 + 30 = Wed 1/4.
    expect(summary(list)).toEqual([
      { step: 'intake_check', dueOn: '2026-03-02', days: 7, basis: 'working_days' },
      { step: 'acceptance_notice', dueOn: '2026-03-09', days: 5, basis: 'working_days' },
      { step: 'resolution', dueOn: '2026-04-01', days: 30, basis: 'calendar_days' },
      { step: 'notice', dueOn: '2026-03-05', days: 10, basis: 'working_days' },
    ]);
    expect(byStep(list).resolution.provisional).toBe(true);
  });

  it('several sites to check: intake check up to 10 working days', () => {
    const d = byStep(deadlines({ type: 'denunciation', receivedOn: '2026-02-12', severalSites: true }));
    expect(d.intake_check).toMatchObject({ days: 10, dueOn: '2026-03-05' });
  });

  it('not competent: transfer within 5 working days, and nothing else but the notice', () => {
    const list = deadlines({ type: 'denunciation', receivedOn: '2026-02-12', transferred: true });
    // 13/2, 23/2, 24/2, 25/2, 26/2.
    expect(summary(list)).toEqual([
      { step: 'transfer', dueOn: '2026-02-26', days: 5, basis: 'working_days' },
      { step: 'notice', dueOn: '2026-03-05', days: 10, basis: 'working_days' },
    ]);
  });

  it('uses the actual acceptance date once known', () => {
    const d = byStep(deadlines({ type: 'denunciation', receivedOn: '2026-02-12', acceptedOn: '2026-02-25' }));
    // 25/2 + 30 = Fri 27/3; acceptance notice 26, 27/2, 2, 3, 4/3.
    expect(d.resolution).toMatchObject({ anchorOn: '2026-02-25', dueOn: '2026-03-27', provisional: false });
    expect(d.acceptance_notice.dueOn).toBe('2026-03-04');
  });

  it('complex, with one extension of 30 days: 60 days, ending on 1/5 (holiday) → Mon 4/5', () => {
    const d = byStep(
      deadlines({
        type: 'denunciation',
        receivedOn: '2026-02-12',
        acceptedOn: '2026-03-02',
        extensions: [{ days: 30, reason: 'Phức tạp' }],
      }),
    );
    expect(d.resolution).toMatchObject({ days: 60, extensionDays: 30, dueOn: '2026-05-04' });
    // Extensions touch only the resolution step.
    expect(d.acceptance_notice.extensionDays).toBe(0);
  });

  it('especially complex, with two extensions of 30 days: 90 days, ending Sun 31/5 → Mon 1/6', () => {
    const d = byStep(
      deadlines({
        type: 'denunciation',
        receivedOn: '2026-02-12',
        acceptedOn: '2026-03-02',
        extensions: [{ days: 30 }, { days: 30 }],
      }),
    );
    expect(d.resolution).toMatchObject({ days: 90, extensionDays: 60, dueOn: '2026-06-01' });
  });

  it('a shorter extension adds only its own days', () => {
    const d = byStep(
      deadlines({
        type: 'denunciation',
        receivedOn: '2026-02-12',
        acceptedOn: '2026-03-02',
        extensions: [{ days: 12 }],
      }),
    );
    // 2/3 + 42 = Mon 13/4.
    expect(d.resolution).toMatchObject({ days: 42, dueOn: '2026-04-13' });
  });
});

describe('computeDeadlines — recommendation and feedback', () => {
  it.each(['recommendation', 'feedback'] as const)(
    '%s: only the 10-working-day notice by default (no resolution limit)',
    (type) => {
      expect(summary(deadlines({ type, receivedOn: '2026-03-02' }))).toEqual([
        { step: 'notice', dueOn: '2026-03-16', days: 10, basis: 'working_days' },
      ]);
    },
  );

  it('a body may configure a resolution limit in its preset', () => {
    const custom: PetitionDeadlinePreset = structuredClone(preset);
    custom.types.recommendation.steps = [{ step: 'resolution', days: 15, basis: 'calendar_days', from: 'received' }];
    const d = byStep(deadlines({ type: 'recommendation', receivedOn: '2026-03-02', preset: custom }));
    // 2/3 + 15 = Tue 17/3.
    expect(d.resolution).toMatchObject({ dueOn: '2026-03-17', days: 15, provisional: false, anchorOn: '2026-03-02' });
    expect(
      byStep(deadlines({ type: 'feedback', receivedOn: '2026-03-02', preset: custom })).resolution,
    ).toBeUndefined();
  });
});

describe('computeDeadlines — dueAt and input checks', () => {
  it('dueAt is the end of the local day in Asia/Ho_Chi_Minh, in UTC', () => {
    const d = byStep(deadlines({ type: 'feedback', receivedOn: '2026-02-13' }));
    expect(d.notice.dueAt).toBe('2026-03-06T16:59:59.999Z');
  });

  it('dueAt follows another zone when asked', () => {
    const d = byStep(deadlines({ type: 'feedback', receivedOn: '2026-02-13', timeZone: 'Europe/Paris' }));
    expect(d.notice.dueAt).toBe('2026-03-06T22:59:59.999Z');
  });

  it('rejects an acceptance before receipt and malformed dates', () => {
    expect(() => deadlines({ type: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-01' })).toThrow(
      RangeError,
    );
    expect(() => deadlines({ type: 'complaint', receivedOn: '2026-02-30' })).toThrow(RangeError);
  });

  it('rejects a non-positive extension', () => {
    expect(() => deadlines({ type: 'denunciation', receivedOn: '2026-03-02', extensions: [{ days: 0 }] })).toThrow(
      RangeError,
    );
  });
});
