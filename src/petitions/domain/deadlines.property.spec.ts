import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import type { IsoDate, WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import { addDays, daysBetween } from '../../calendar/domain/iso-date.js';
import { countWorkingDaysBetween } from '../../calendar/domain/working-days.js';
import { computeDeadlines, type DeadlineInput, type Extension, type Pause } from './deadlines.js';
import type { PetitionDeadlinePreset } from './deadline-rules.js';
import { PETITION_TYPES } from './petition-types.js';
import { explicitCalendar, preset2026 } from './testing/fixtures.fixture-spec.js';

const preset = preset2026();
const BASE: IsoDate = '2026-01-01';

const arbCalendar: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    off: fc.uniqueArray(fc.integer({ min: 0, max: 729 }), { maxLength: 40 }),
    worked: fc.uniqueArray(fc.integer({ min: 0, max: 729 }), { maxLength: 4 }),
  })
  .map(({ off, worked }) =>
    explicitCalendar(
      off.map((i) => addDays(BASE, i)),
      worked.map((i) => addDays(BASE, i)),
    ),
  );

const arbPause: fc.Arbitrary<{ offset: number; length: number; open: boolean }> = fc.record({
  offset: fc.integer({ min: -5, max: 60 }),
  length: fc.integer({ min: 0, max: 20 }),
  open: fc.boolean(),
});

const arbInput = fc
  .record({
    calendar: arbCalendar,
    type: fc.constantFrom(...PETITION_TYPES),
    received: fc.integer({ min: 0, max: 364 }),
    acceptedAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    round: fc.constantFrom(1 as const, 2 as const),
    remoteArea: fc.boolean(),
    complex: fc.boolean(),
    severalSites: fc.boolean(),
    transferred: fc.boolean(),
    pauses: fc.array(arbPause, { maxLength: 3 }),
    extensions: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 2 }),
  })
  .map((r): DeadlineInput => {
    const receivedOn = addDays(BASE, r.received);
    return {
      type: r.type,
      receivedOn,
      acceptedOn: r.acceptedAfter === undefined ? null : addDays(receivedOn, r.acceptedAfter),
      round: r.round,
      remoteArea: r.remoteArea,
      complex: r.complex,
      severalSites: r.severalSites,
      transferred: r.transferred,
      preset,
      calendar: r.calendar,
      pauses: r.pauses.map((p): Pause => {
        const from = addDays(receivedOn, p.offset);
        return p.open ? { from } : { from, to: addDays(from, p.length) };
      }),
      extensions: r.type === 'denunciation' ? r.extensions.map((days): Extension => ({ days })) : [],
    };
  });

function dueByStep(input: DeadlineInput): Map<string, IsoDate> {
  return new Map(computeDeadlines(input).map((d) => [d.step, d.dueOn]));
}

describe('computeDeadlines — properties', () => {
  it('every due date is a working day strictly after its anchor', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const d of computeDeadlines(input)) {
          expect(input.calendar).toBeDefined();
          expect((input.calendar as WorkingCalendar).isWorkingDay(d.dueOn)).toBe(true);
          expect(d.dueOn > d.anchorOn).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('working-day steps span exactly their limit plus paused days; calendar steps end on the first working day from the nominal end', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const cal = input.calendar as WorkingCalendar;
        for (const d of computeDeadlines(input)) {
          const total = d.days + d.pausedDays;
          if (d.basis === 'working_days') {
            expect(countWorkingDaysBetween(cal, d.anchorOn, d.dueOn)).toBe(total);
          } else {
            const nominal = addDays(d.anchorOn, total);
            expect(d.dueOn >= nominal).toBe(true);
            for (let day = nominal; day < d.dueOn; day = addDays(day, 1)) expect(cal.isWorkingDay(day)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a pause never makes a date earlier', () => {
    fc.assert(
      fc.property(arbInput, arbPause, (input, extra) => {
        const before = dueByStep(input);
        const from = addDays(input.receivedOn, extra.offset);
        const pause: Pause = extra.open ? { from } : { from, to: addDays(from, extra.length) };
        const after = dueByStep({ ...input, pauses: [...(input.pauses ?? []), pause] });
        for (const [step, due] of before) expect(after.get(step)! >= due).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('longer limits never give earlier dates', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 40 }), (input, more) => {
        const longer: PetitionDeadlinePreset = structuredClone(preset);
        for (const t of PETITION_TYPES) {
          for (const s of longer.types[t].steps) if (s.days !== null) s.days += more;
        }
        for (const s of longer.commonSteps) if (s.days !== null) s.days += more;
        const before = dueByStep(input);
        const after = dueByStep({ ...input, preset: longer });
        for (const [step, due] of before) expect(after.get(step)! > due || after.get(step) === due).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('an extension never makes the resolution earlier, and a later acceptance never makes accepted steps earlier', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (input, ext, later) => {
        const base = computeDeadlines({ ...input, type: 'denunciation', transferred: false });
        const extended = dueByStep({
          ...input,
          type: 'denunciation',
          transferred: false,
          extensions: [...(input.extensions ?? []), { days: ext }],
        });
        const res = base.find((d) => d.step === 'resolution')!;
        expect(extended.get('resolution')! >= res.dueOn).toBe(true);
        expect(daysBetween(res.dueOn, extended.get('resolution')!)).toBeGreaterThanOrEqual(0);

        const acceptedOn = res.anchorOn;
        const laterAcceptance = dueByStep({
          ...input,
          type: 'denunciation',
          transferred: false,
          acceptedOn: addDays(acceptedOn, later),
        });
        for (const d of base) if (d.from === 'accepted') expect(laterAcceptance.get(d.step)! >= d.dueOn).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('complaint flags that lengthen the limit never shorten the date', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const c = { ...input, type: 'complaint' as const, transferred: false, extensions: [] };
        const plain = dueByStep({ ...c, round: 1, remoteArea: false, complex: false }).get('resolution')!;
        const complex = dueByStep({ ...c, round: 1, remoteArea: false, complex: true }).get('resolution')!;
        const remoteComplex = dueByStep({ ...c, round: 1, remoteArea: true, complex: true }).get('resolution')!;
        const second = dueByStep({ ...c, round: 2, remoteArea: true, complex: true }).get('resolution')!;
        expect(plain <= complex && complex <= remoteComplex && remoteComplex <= second).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
