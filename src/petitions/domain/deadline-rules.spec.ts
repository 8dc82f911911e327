import { describe, it, expect } from '@jest/globals';
import {
  applicableStepRules,
  InvalidDeadlineRulesError,
  parsePetitionDeadlineRules,
  presetInForce,
  type StepFacts,
} from './deadline-rules.js';
import { loadShippedRules } from './testing/fixtures.fixture-spec.js';
import { readFileSync } from 'node:fs';
import { RULES_FILE_URL } from './testing/fixtures.fixture-spec.js';

const raw = () => JSON.parse(readFileSync(RULES_FILE_URL, 'utf8')) as Record<string, any>;
const facts = (f: Partial<StepFacts> = {}): StepFacts => ({
  round: 1,
  remoteArea: false,
  complex: false,
  severalSites: false,
  transferred: false,
  ...f,
});

describe('the shipped rule file', () => {
  const file = loadShippedRules();

  it('parses, and every version names its source', () => {
    expect(file.versions.length).toBeGreaterThan(0);
    for (const v of file.versions) expect(v.source.length).toBeGreaterThan(10);
  });

  it('every step rule cites a source', () => {
    for (const v of file.versions) {
      for (const rule of [...v.commonSteps, ...Object.values(v.types).flatMap((t) => t.steps)]) {
        expect(typeof rule.source).toBe('string');
      }
    }
  });

  it('holds the statutory numbers of docs/domain.md', () => {
    const p = presetInForce(file, '2026-03-01');
    const res = (f: Partial<StepFacts>) =>
      applicableStepRules(p, 'complaint', facts(f)).find((r) => r.step === 'resolution')?.days;
    expect([
      res({}),
      res({ complex: true }),
      res({ remoteArea: true }),
      res({ remoteArea: true, complex: true }),
    ]).toEqual([30, 45, 45, 60]);
    expect([
      res({ round: 2 }),
      res({ round: 2, complex: true }),
      res({ round: 2, remoteArea: true }),
      res({ round: 2, remoteArea: true, complex: true }),
    ]).toEqual([45, 60, 60, 70]);
    const den = (f: Partial<StepFacts>) =>
      Object.fromEntries(applicableStepRules(p, 'denunciation', facts(f)).map((r) => [r.step, [r.days, r.basis]]));
    expect(den({})).toEqual({
      intake_check: [7, 'working_days'],
      acceptance_notice: [5, 'working_days'],
      resolution: [30, 'calendar_days'],
      notice: [10, 'working_days'],
    });
    expect(den({ severalSites: true }).intake_check).toEqual([10, 'working_days']);
    expect(den({ transferred: true })).toEqual({ transfer: [5, 'working_days'], notice: [10, 'working_days'] });
    expect(p.types.denunciation.extensions?.byComplexity).toEqual({
      normal: { maxCount: 0, maxDays: 0 },
      complex: { maxCount: 1, maxDays: 30 },
      especially_complex: { maxCount: 2, maxDays: 30 },
    });
  });
});

describe('presetInForce', () => {
  const v = (effectiveFrom: string, days: number) => {
    const r = raw().versions[0];
    r.effectiveFrom = effectiveFrom;
    r.commonSteps[0].days = days;
    return r;
  };
  const file = parsePetitionDeadlineRules({
    kind: 'petition-deadlines',
    versions: [v('2026-07-01', 12), v('2019-01-01', 10)],
  });

  it('picks the latest version whose effective date is on or before the day', () => {
    expect(presetInForce(file, '2026-06-30').commonSteps[0].days).toBe(10);
    expect(presetInForce(file, '2026-07-01').commonSteps[0].days).toBe(12);
    expect(presetInForce(file, '2030-01-01').commonSteps[0].days).toBe(12);
  });

  it('throws before the first version', () => {
    expect(() => presetInForce(file, '2018-12-31')).toThrow(RangeError);
  });
});

describe('parsePetitionDeadlineRules rejects bad edits, naming the field', () => {
  const cases: [string, (r: Record<string, any>) => void, string][] = [
    ['wrong kind', (r) => (r.kind = 'holidays'), '$.kind'],
    ['no versions', (r) => (r.versions = []), '$.versions'],
    ['bad date', (r) => (r.versions[0].effectiveFrom = '2019-13-01'), '$.versions[0].effectiveFrom'],
    ['no source', (r) => (r.versions[0].source = ' '), '$.versions[0].source'],
    [
      'zero days',
      (r) => (r.versions[0].types.complaint.steps[0].days = 0),
      '$.versions[0].types.complaint.steps[0].days',
    ],
    [
      'fractional days',
      (r) => (r.versions[0].types.complaint.steps[0].days = 1.5),
      '$.versions[0].types.complaint.steps[0].days',
    ],
    ['bad basis', (r) => (r.versions[0].commonSteps[0].basis = 'days'), '$.versions[0].commonSteps[0].basis'],
    ['bad anchor', (r) => (r.versions[0].commonSteps[0].from = 'decided'), '$.versions[0].commonSteps[0].from'],
    [
      'unknown condition',
      (r) => (r.versions[0].types.complaint.steps[1].when.urgent = true),
      '$.versions[0].types.complaint.steps[1].when.urgent',
    ],
    [
      'bad round',
      (r) => (r.versions[0].types.complaint.steps[1].when.round = 3),
      '$.versions[0].types.complaint.steps[1].when.round',
    ],
    ['missing type', (r) => delete r.versions[0].types.feedback, '$.versions[0].types.feedback'],
    [
      'extension on no step',
      (r) => (r.versions[0].types.denunciation.extensions.step = 'appeal'),
      '$.versions[0].types.denunciation.extensions.step',
    ],
    [
      'negative extension count',
      (r) => (r.versions[0].types.denunciation.extensions.byComplexity.complex.maxCount = -1),
      '$.versions[0].types.denunciation.extensions.byComplexity.complex.maxCount',
    ],
    [
      'acceptance step counted from acceptance',
      (r) => (r.versions[0].types.complaint.acceptanceStep = 'resolution'),
      '$.versions[0].types.complaint.acceptanceStep',
    ],
    [
      'duplicate effective dates',
      (r) => r.versions.push(structuredClone(r.versions[0])),
      '$.versions[1].effectiveFrom',
    ],
  ];

  it.each(cases)('%s', (_name, mutate, path) => {
    const r = raw();
    mutate(r);
    let error: unknown;
    try {
      parsePetitionDeadlineRules(r);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDeadlineRulesError);
    expect((error as InvalidDeadlineRulesError).path).toBe(path);
  });
});

describe('applicableStepRules', () => {
  const p = presetInForce(loadShippedRules(), '2026-01-01');

  it('takes the first matching rule of each step name, type steps before common steps', () => {
    expect(applicableStepRules(p, 'denunciation', facts({ severalSites: true })).map((r) => [r.step, r.days])).toEqual([
      ['intake_check', 10],
      ['acceptance_notice', 5],
      ['resolution', 30],
      ['notice', 10],
    ]);
  });

  it('a type step shadows a common step of the same name', () => {
    const custom = structuredClone(p);
    custom.types.feedback.steps.push({ step: 'notice', days: 5, basis: 'working_days', from: 'received' });
    expect(applicableStepRules(custom, 'feedback', facts()).find((r) => r.step === 'notice')?.days).toBe(5);
  });
});
