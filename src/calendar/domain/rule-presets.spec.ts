import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HolidayCalendar } from './holiday-calendar.js';
import { parseHolidayYearFile } from './holiday-file.js';
import { addDays, fromEpochDay, toEpochDay } from './iso-date.js';
import {
  frequencyInForce,
  InvalidPresetError,
  noticeDeadline,
  noticeInForce,
  onlineCountsOn,
  parseNoticePresets,
  parseOnlineReceptionPresets,
  parseReceptionFrequencyPresets,
  presetInForce,
  requiredSessions,
  requiredSessionsOver,
  type FrequencyVersion,
} from './rule-presets.js';
import { WeekendCalendar } from './working-days.js';

const readJson = (rel: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'));
const frequency = parseReceptionFrequencyPresets(readJson('../../../data/rules/reception-frequency.json'));
const notice = parseNoticePresets(readJson('../../../data/rules/notice.json'));
const cal2026 = new HolidayCalendar(
  new Map([[2026, parseHolidayYearFile(readJson('../../../data/holidays/2026.json')).entries]]),
);

const v = (effectiveFrom: string, count: number, per: 'week' | 'month', effectiveTo?: string): FrequencyVersion => ({
  effectiveFrom,
  count,
  per,
  source: 'test',
  ...(effectiveTo ? { effectiveTo } : {}),
});

describe('presetInForce', () => {
  const versions = [v('2026-07-01', 2, 'month'), v('2014-07-01', 1, 'week')]; // unordered on purpose
  it.each([
    ['2014-06-30', undefined],
    ['2014-07-01', '2014-07-01'],
    ['2026-06-30', '2014-07-01'],
    ['2026-07-01', '2026-07-01'],
    ['2099-01-01', '2026-07-01'],
  ])('on %s → %s', (date, from) => {
    expect(presetInForce(versions, date)?.effectiveFrom).toBe(from);
  });
  it('effectiveTo is exclusive and does not revive an older version', () => {
    const abolished = [v('2014-07-01', 2, 'month'), v('2019-01-01', 2, 'month', '2025-07-01')];
    expect(presetInForce(abolished, '2025-06-30')?.effectiveFrom).toBe('2019-01-01');
    expect(presetInForce(abolished, '2025-07-01')).toBeUndefined();
  });
  it('empty list → undefined; bad date → RangeError', () => {
    expect(presetInForce([], '2026-01-01')).toBeUndefined();
    expect(() => presetInForce(versions, '2026-13-01')).toThrow(RangeError);
  });
});

describe('shipped presets', () => {
  it.each([
    ['commune', 'government', '2026-03-01', 1, 'week'],
    ['city', 'government', '2026-03-01', 1, 'month'],
    ['department', 'government', '2020-01-01', 1, 'month'],
    ['commune', 'party', '2025-11-22', 2, 'month'],
    ['commune', 'party', '2025-11-23', 2, 'month'],
    ['city', 'party', '2026-01-01', 1, 'month'],
  ] as const)('%s/%s on %s: %i per %s', (level, body, date, count, per) => {
    expect(frequencyInForce(frequency, level, body, date)).toMatchObject({ count, per });
  });
  it('picks the Conclusion 215 version from 23/11/2025 and Regulation 11 before', () => {
    expect(frequencyInForce(frequency, 'city', 'party', '2025-11-22')?.source).toMatch(/11-QĐi\/TW/);
    expect(frequencyInForce(frequency, 'city', 'party', '2025-11-23')?.source).toMatch(/215-KL\/TW/);
  });
  it('no rule for a party department or before the law', () => {
    expect(frequencyInForce(frequency, 'department', 'party', '2026-01-01')).toBeUndefined();
    expect(frequencyInForce(frequency, 'commune', 'government', '2014-06-30')).toBeUndefined();
  });
  it('notice rules', () => {
    expect(noticeInForce(notice, 'reception_schedule_publish', '2026-01-01')).toMatchObject({
      days: 5,
      unit: 'working_days',
      direction: 'before',
    });
    expect(noticeInForce(notice, 'dialogue_announcement', '2026-01-01')).toMatchObject({
      days: 7,
      unit: 'calendar_days',
      direction: 'before',
    });
    expect(noticeInForce(notice, 'dialogue_results', '2026-01-01')).toMatchObject({
      days: 10,
      unit: 'calendar_days',
      direction: 'after',
    });
    expect(noticeInForce(notice, 'dialogue_results', '2025-06-30')).toBeUndefined();
  });
});

describe('noticeDeadline', () => {
  const publish = { days: 5, unit: 'working_days', direction: 'before' } as const;
  it('publishing 5 working days ahead skips Tết 2026', () => {
    expect(noticeDeadline(cal2026, '2026-02-23', publish)).toBe('2026-02-09');
    expect(noticeDeadline(new WeekendCalendar(), '2026-02-23', publish)).toBe('2026-02-16');
  });
  it('dialogue: announce 7 days before; results within 10 days, moved past days off', () => {
    expect(noticeDeadline(cal2026, '2026-03-15', { days: 7, unit: 'calendar_days', direction: 'before' })).toBe(
      '2026-03-08',
    );
    expect(noticeDeadline(cal2026, '2026-03-15', { days: 10, unit: 'calendar_days', direction: 'after' })).toBe(
      '2026-03-25',
    );
    // 21/8 + 10 = Mon 31/8 (swapped day off), then 1/9 and 2/9 holidays → Thursday 3/9
    expect(noticeDeadline(cal2026, '2026-08-21', { days: 10, unit: 'calendar_days', direction: 'after' })).toBe(
      '2026-09-03',
    );
    expect(noticeDeadline(cal2026, '2026-02-12', { days: 3, unit: 'working_days', direction: 'after' })).toBe(
      '2026-02-24',
    );
  });
});

describe('requiredSessions', () => {
  it.each([
    [1, 'month', '2026-01-01', '2026-01-31', 1],
    [1, 'month', '2026-01-01', '2026-03-31', 3],
    [2, 'month', '2026-01-01', '2026-12-31', 24],
    [1, 'month', '2026-01-20', '2026-02-10', 0], // neither 15th inside
    [1, 'month', '2026-01-10', '2026-01-20', 1],
    [1, 'week', '2026-01-01', '2026-01-31', 5], // Thursdays 1, 8, 15, 22, 29
    [1, 'week', '2026-02-01', '2026-02-28', 4],
    [1, 'week', '2026-01-01', '2026-12-31', 53], // 2026 has 53 ISO weeks
    [1, 'week', '2026-01-02', '2026-01-07', 0], // Fri–Wed: no Thursday
    [2, 'week', '2026-01-08', '2026-01-08', 2],
  ] as const)('%i per %s over %s..%s = %i', (count, per, from, to, n) => {
    expect(requiredSessions({ count, per }, from, to)).toBe(n);
  });
  it('with a calendar, a week without any working day (Tết 2026) is not required', () => {
    expect(requiredSessions({ count: 1, per: 'week' }, '2026-02-01', '2026-02-28', cal2026)).toBe(3);
    expect(requiredSessions({ count: 1, per: 'week' }, '2026-01-01', '2026-12-31', cal2026)).toBe(52);
    expect(requiredSessions({ count: 1, per: 'month' }, '2026-02-01', '2026-02-28', cal2026)).toBe(1);
  });
  it('rejects an inverted period and a bad count', () => {
    expect(() => requiredSessions({ count: 1, per: 'week' }, '2026-02-01', '2026-01-31')).toThrow(RangeError);
    expect(() => requiredSessions({ count: 0, per: 'week' }, '2026-01-01', '2026-01-31')).toThrow(InvalidPresetError);
  });
  it('properties: adjacent periods add up; a longer period never requires less', () => {
    const day = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2030-12-31') });
    fc.assert(
      fc.property(
        day,
        fc.nat(400),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('week' as const, 'month' as const),
        fc.integer({ min: 1, max: 3 }),
        (s, a, b, per, count) => {
          const from = fromEpochDay(s);
          const mid = fromEpochDay(s + a);
          const to = fromEpochDay(s + a + b);
          const f = { count, per };
          const whole = requiredSessions(f, from, to);
          expect(requiredSessions(f, from, mid) + requiredSessions(f, addDays(mid, 1), to)).toBe(whole);
          expect(whole).toBeGreaterThanOrEqual(requiredSessions(f, from, mid));
          expect(whole % count).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('requiredSessionsOver: a rule that changes mid-year', () => {
  // hypothetical amendment from 1/7/2026 (Law 136/2025's numbers are not verified)
  const versions = [v('2014-07-01', 1, 'week'), v('2026-07-01', 2, 'month')];
  it('a past period keeps the old rule', () => {
    expect(requiredSessionsOver(versions, '2026-01-01', '2026-06-30')).toBe(26);
  });
  it('the year 2026 is split: 26 weeks under the old rule + 6 months × 2 under the new', () => {
    expect(requiredSessionsOver(versions, '2026-01-01', '2026-12-31')).toBe(26 + 12);
  });
  it('equals requiredSessions when nothing changes inside the period', () => {
    expect(requiredSessionsOver(versions, '2025-01-01', '2025-12-31')).toBe(
      requiredSessions({ count: 1, per: 'week' }, '2025-01-01', '2025-12-31'),
    );
  });
  it('an abolished level stops requiring sessions (district chair, 2 days/month until 1/7/2025)', () => {
    expect(requiredSessionsOver([v('2014-07-01', 2, 'month', '2025-07-01')], '2025-01-01', '2025-12-31')).toBe(12);
  });
  it('Conclusion 215 keeps the commune party head at 2 per month across 23/11/2025', () => {
    const series = frequency.series.find((s) => s.level === 'commune' && s.body === 'party')!;
    expect(requiredSessionsOver(series.versions, '2025-01-01', '2025-12-31')).toBe(24);
  });
});

describe('preset validation', () => {
  type Draft = { rule: string; series: { level: string; body: string; versions: Record<string, unknown>[] }[] };
  const good = (): Draft => ({
    rule: 'reception-frequency',
    series: [{ level: 'commune', body: 'government', versions: [{ ...v('2014-07-01', 1, 'week') }] }],
  });
  it.each([
    ['unknown level', (p: Draft) => (p.series[0].level = 'district'), 'series[0].level'],
    ['unknown body', (p: Draft) => (p.series[0].body = 'court'), 'series[0].body'],
    ['no versions', (p: Draft) => (p.series[0].versions = []), 'series[0].versions'],
    [
      'duplicate effectiveFrom',
      (p: Draft) => p.series[0].versions.push({ ...v('2014-07-01', 2, 'week') }),
      'series[0].versions[1].effectiveFrom',
    ],
    [
      'effectiveTo before from',
      (p: Draft) => (p.series[0].versions[0].effectiveTo = '2014-01-01'),
      'series[0].versions[0].effectiveTo',
    ],
    ['count 0', (p: Draft) => (p.series[0].versions[0].count = 0), 'series[0].versions[0].count'],
    ['per year', (p: Draft) => (p.series[0].versions[0].per = 'year'), 'series[0].versions[0].per'],
    ['duplicate series', (p: Draft) => p.series.push(p.series[0]), 'series[1]'],
  ])('rejects %s', (_name, mutate, path) => {
    const p = good();
    mutate(p);
    expect(() => parseReceptionFrequencyPresets(p)).toThrow(
      expect.objectContaining({ path, code: 'INVALID_RULE_PRESET' }),
    );
  });
  it('rejects a notice with a bad unit or key', () => {
    const base = { effectiveFrom: '2025-07-01', days: 7, unit: 'weeks', direction: 'before', source: 's' };
    expect(() =>
      parseNoticePresets({ rule: 'notice', items: [{ key: 'dialogue_announcement', versions: [base] }] }),
    ).toThrow(InvalidPresetError);
    expect(() =>
      parseNoticePresets({ rule: 'notice', items: [{ key: 'other', versions: [{ ...base, unit: 'calendar_days' }] }] }),
    ).toThrow(InvalidPresetError);
    expect(() => parseNoticePresets({ rule: 'frequency' })).toThrow(InvalidPresetError);
  });
});

describe('online-reception preset (Law 136/2025/QH15, Art. 3a)', () => {
  const online = parseOnlineReceptionPresets(readJson('../../../data/rules/online-reception.json'));
  it('ships with the 2026 version marked unverified, with its source', () => {
    const v2026 = presetInForce(online.versions, '2026-07-01')!;
    expect(v2026).toMatchObject({ countsTowardFrequency: true, verified: false });
    expect(v2026.source).toMatch(/136\/2025\/QH15/);
  });
  it('counts online sessions only from the version that says so', () => {
    expect(onlineCountsOn(online, '2026-06-30')).toBe(false);
    expect(onlineCountsOn(online, '2026-07-01')).toBe(true);
    expect(onlineCountsOn({ versions: [] }, '2026-07-01')).toBe(false);
  });
  it('refuses a version without a source or without the flags', () => {
    const base = {
      rule: 'online-reception',
      versions: [{ effectiveFrom: '2026-07-01', verified: false, source: 'x' }],
    };
    expect(() => parseOnlineReceptionPresets(base)).toThrow(InvalidPresetError);
    expect(() =>
      parseOnlineReceptionPresets({
        rule: 'online-reception',
        versions: [{ effectiveFrom: '2026-07-01', countsTowardFrequency: true, verified: false, source: ' ' }],
      }),
    ).toThrow(/source/);
    expect(() => parseOnlineReceptionPresets({ rule: 'notice', versions: [] })).toThrow(InvalidPresetError);
  });
});
