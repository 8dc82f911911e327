import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays } from '../../calendar/domain/iso-date.js';
import { isWorkingDay } from '../../calendar/domain/working-days.js';
import { demoPlan } from './demo-plan.js';

const weekdays = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

describe('demoPlan', () => {
  it('puts the past session and dialogue on the last working days before today', () => {
    // Monday 30/11/2026: the previous working days are Friday 27 and Thursday 26.
    expect(demoPlan(weekdays, '2026-11-30')).toEqual({
      pastSessionOn: '2026-11-27',
      pastDialogueOn: '2026-11-26',
      publishUntil: '2027-01-11',
      petitionsReceivedOn: ['2026-10-31', '2026-11-18', '2026-11-27'],
    });
  });

  it('always lies in the past (working days, dialogue before session) and publishes ahead', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), (n) => {
        const today = addDays('2025-01-01', n);
        const p = demoPlan(weekdays, today);
        expect(p.pastDialogueOn < p.pastSessionOn && p.pastSessionOn < today).toBe(true);
        expect(isWorkingDay(weekdays, p.pastSessionOn) && isWorkingDay(weekdays, p.pastDialogueOn)).toBe(true);
        expect(p.publishUntil > today).toBe(true);
        expect(p.petitionsReceivedOn.every((d) => d < today)).toBe(true);
      }),
    );
  });
});
