import { describe, expect, it } from '@jest/globals';
import { HolidayCalendar } from '../../../../calendar/domain/holiday-calendar.js';
import { formOfRrule, parseScheduleForm, rruleOf, scheduleFieldOf, scheduleFormValues } from './schedule-form.js';
import { previewSchedule } from './schedule-preview.js';

const ID = '0b6b8f7e-3c1d-4f63-9a55-2a0d3c8f1e11';
const good = {
  officialId: ID,
  venueId: ID,
  weekday: 'MO',
  rhythm: 'weekly',
  startTime: '08:00',
  durationMinutes: '180',
  validFrom: '2027-01-04',
  validUntil: '',
  holidayPolicy: 'next_working_day',
  slotMinutes: '30',
  seatsPerSlot: '5',
};

describe('schedule form', () => {
  it('turns the fields into the API body', () => {
    const r = parseScheduleForm(scheduleFormValues(good));
    expect(r).toEqual({
      ok: true,
      body: {
        officialId: ID,
        venueId: ID,
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        startTime: '08:00',
        durationMinutes: 180,
        validFrom: '2027-01-04',
        holidayPolicy: 'next_working_day',
        slotMinutes: 30,
        seatsPerSlot: 5,
      },
    });
  });

  it('names each wrong field in Vietnamese', () => {
    const r = parseScheduleForm(
      scheduleFormValues({ ...good, officialId: '', startTime: '8h', durationMinutes: '5', validUntil: '2026-01-01' }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.problems)).toEqual(['officialId', 'startTime', 'durationMinutes', 'validUntil']);
      expect(r.problems.startTime).toContain('08:00');
    }
  });

  it('writes and reads the rules the form offers', () => {
    expect(rruleOf('TH', 'biweekly')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(rruleOf('FR', 'monthly')).toBe('FREQ=MONTHLY;BYDAY=1FR');
    expect(rruleOf('SU', 'weekly')).toBeNull();
    expect(formOfRrule('FREQ=MONTHLY;BYDAY=1FR')).toEqual({ weekday: 'FR', rhythm: 'monthly' });
    expect(formOfRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH')).toEqual({ weekday: 'TH', rhythm: 'biweekly' });
    expect(formOfRrule('FREQ=DAILY')).toBeNull();
    expect(scheduleFieldOf('rrule')).toBe('weekday');
    expect(scheduleFieldOf('mode')).toBeNull();
  });
});

describe('previewSchedule', () => {
  const calendar = new HolidayCalendar();
  const base = {
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    validFrom: '2026-12-07',
    startTime: '08:00',
    durationMinutes: 180,
    calendar,
    today: '2026-12-01',
  };

  it('moves a Monday of Tết to the next working day, naming the holiday', () => {
    const rows = previewSchedule({ ...base, holidayPolicy: 'next_working_day' });
    expect(rows[0]).toEqual({ occurrenceDate: '2026-12-07', localDate: '2026-12-07', outcome: 'kept', reason: null });
    const tet = rows.filter((r) => r.outcome !== 'kept');
    expect(tet.length).toBeGreaterThan(0);
    expect(tet.some((r) => /Tết/.test(r.reason ?? ''))).toBe(true);
    for (const r of tet) if (r.outcome === 'moved') expect(calendar.isWorkingDay(r.localDate!)).toBe(true);
    expect(rows.every((r) => r.occurrenceDate < '2027-03-10')).toBe(true);
  });

  it('never moves onto a day the official already receives on', () => {
    const rows = previewSchedule({
      ...base,
      holidayPolicy: 'next_working_day',
      takenDates: new Set(['2027-02-12', '2026-12-14']),
    });
    expect(rows.find((r) => r.occurrenceDate === '2026-12-14')).toMatchObject({ outcome: 'skipped', localDate: null });
    expect(rows.find((r) => r.occurrenceDate === '2027-02-08')).toEqual({
      occurrenceDate: '2027-02-08',
      localDate: null,
      outcome: 'skipped',
      reason: 'Tết Nguyên đán; ngày Thứ Sáu, 12/02/2027 người chủ trì đã có buổi tiếp khác',
    });
  });

  it('skips them with the skip policy', () => {
    const rows = previewSchedule({ ...base, holidayPolicy: 'skip' });
    const skipped = rows.filter((r) => r.outcome === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((r) => r.localDate === null && /Tết|Dương lịch/.test(r.reason!))).toBe(true);
  });
});
