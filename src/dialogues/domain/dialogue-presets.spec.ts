import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HolidayCalendar } from '../../calendar/domain/holiday-calendar.js';
import { parseNoticePresets } from '../../calendar/domain/rule-presets.js';
import { WeekendCalendar } from '../../calendar/domain/working-days.js';
import { governingRules, parseDialoguePresets, periodsOf, versionsInForce } from './dialogue-presets.js';

const load = (f: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', 'rules', f), 'utf8'));
const presets = parseDialoguePresets(load('dialogues.json'));
const notice = parseNoticePresets(load('notice.json'));
const holidays2026 = JSON.parse(readFileSync(join(process.cwd(), 'data', 'holidays', '2026.json'), 'utf8'));
const cal = new HolidayCalendar(new Map([[2026, holidays2026.entries]]));
const clone = () => JSON.parse(JSON.stringify(load('dialogues.json')));

describe('dialogue presets', () => {
  it('parses the shipped file: Art. 43, 1374 city/department, 1738 marked unverified', () => {
    expect(presets.series.map((s) => s.key)).toEqual([
      'commune-law-2025',
      'haiphong-online-1374-city',
      'haiphong-online-1374-department',
      'haiphong-1738-qd-tu',
    ]);
    expect(presets.series.find((s) => s.key === 'haiphong-1738-qd-tu')!.verified).toBe(false);
    expect(presets.series.every((s) => s.versions.every((v) => v.source.length > 20))).toBe(true);
  });

  it('refuses invalid documents with the path of the problem', () => {
    const bad = clone();
    bad.series[0].versions[0].periodMonths = 5;
    expect(() => parseDialoguePresets(bad)).toThrow(/series\[0\]\.versions\[0\]\.periodMonths/);
    const noSource = clone();
    noSource.series[1].versions[0].source = '';
    expect(() => parseDialoguePresets(noSource)).toThrow(/source/);
    const dup = clone();
    dup.series[1].key = dup.series[0].key;
    expect(() => parseDialoguePresets(dup)).toThrow(/duplicate key/);
    const badMode = clone();
    badMode.series[0].versions[0].countsModes = ['social'];
    expect(() => parseDialoguePresets(badMode)).toThrow(/countsModes/);
    const badDur = clone();
    badDur.series[1].versions[0].durationMinutes = { min: 120, max: 90 };
    expect(() => parseDialoguePresets(badDur)).toThrow(/durationMinutes\.max/);
    expect(() => parseDialoguePresets({ rule: 'notice', items: [] })).toThrow(/not a dialogues preset/);
  });

  it('takes the versions in force on the date (Art. 43 only from 1 July 2025)', () => {
    expect(versionsInForce(presets, 'commune', '2025-06-30').map((a) => a.seriesKey)).toEqual(['haiphong-1738-qd-tu']);
    expect(versionsInForce(presets, 'commune', '2025-07-01').map((a) => a.seriesKey)).toEqual([
      'commune-law-2025',
      'haiphong-1738-qd-tu',
    ]);
    expect(versionsInForce(presets, 'city', '2026-03-01').map((a) => a.seriesKey)).toEqual([
      'haiphong-online-1374-city',
      'haiphong-1738-qd-tu',
    ]);
  });

  it('computes the notice day (7 calendar days) and the results day with the Civil Code roll-over over Tết 2026', () => {
    const r = governingRules(presets, notice, cal, { level: 'commune', date: '2026-02-06', mode: 'in_person' });
    expect(r.publishBy).toBe('2026-01-30');
    // 6 Feb + 10 = 16 Feb (Tết): ends on the next working day, Monday 23 Feb.
    expect(r.resultsBy).toBe('2026-02-23');
    expect(r.voterRequestPercent).toBe(10);
    expect(r.durationMinutes).toBeNull();
  });

  it('takes the strictest rule across series, and the 90–120 minutes only for the modes a series counts', () => {
    const doc = clone();
    doc.series[3].versions[0].notice = { days: 10, unit: 'working_days' };
    const p = parseDialoguePresets(doc);
    const r = governingRules(p, notice, new WeekendCalendar(), { level: 'city', date: '2026-03-20', mode: 'online' });
    expect(r.publishBy).toBe('2026-03-06');
    expect(r.notice).toEqual({ days: 10, unit: 'working_days' });
    expect(r.durationMinutes).toEqual({ min: 90, max: 120 });
    expect(
      governingRules(p, notice, new WeekendCalendar(), { level: 'city', date: '2026-03-20', mode: 'in_person' })
        .durationMinutes,
    ).toBeNull();
  });

  it('falls back to the notice preset when no dialogue series applies', () => {
    const r = governingRules({ rule: 'dialogues', series: [] }, notice, cal, {
      level: 'commune',
      date: '2026-03-20',
      mode: 'in_person',
    });
    expect(r.basis).toEqual(['notice']);
    expect(r.publishBy).toBe('2026-03-13');
    expect(() =>
      governingRules({ rule: 'dialogues', series: [] }, null, cal, {
        level: 'commune',
        date: '2026-03-20',
        mode: 'in_person',
      }),
    ).toThrow(RangeError);
  });

  it('splits a year into the compliance periods of a series', () => {
    const dept = presets.series.find((s) => s.key === 'haiphong-online-1374-department')!;
    const periods = periodsOf(dept, 2026);
    expect(periods).toHaveLength(6);
    expect(periods[1]).toMatchObject({ from: '2026-03-01', to: '2026-04-30', required: 1 });
    const commune = presets.series.find((s) => s.key === 'commune-law-2025')!;
    expect(periodsOf(commune, 2024)).toEqual([]);
    expect(periodsOf(commune, 2025)).toEqual([
      { from: '2025-01-01', to: '2025-12-31', required: 1, countsModes: ['in_person', 'online', 'hybrid'] },
    ]);
  });
});
