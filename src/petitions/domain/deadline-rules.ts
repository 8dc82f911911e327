/**
 * The petition deadline presets (`data/rules/petition-deadlines.json`): their shape, a strict
 * parser for what an administrator may have edited, and selection of the version in force and
 * of the step rules that match a petition.
 */
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { isIsoDate } from '../../calendar/domain/iso-date.js';
import { COMPLEXITIES, PETITION_TYPES, type Complexity, type PetitionType } from './petition-types.js';

export type DayBasis = 'working_days' | 'calendar_days';
export type StepAnchor = 'received' | 'accepted';

/** Flags a step rule may be conditioned on. Missing flags on a petition mean round 1 / false. */
export interface StepConditions {
  round?: 1 | 2;
  remoteArea?: boolean;
  complex?: boolean;
  severalSites?: boolean;
  transferred?: boolean;
}

export interface StepRule {
  step: string;
  /** `null`: no limit configured; the step is not computed. */
  days: number | null;
  basis: DayBasis;
  from: StepAnchor;
  when?: StepConditions;
  source?: string;
}

export interface ExtensionLimit {
  maxCount: number;
  maxDays: number;
}

export interface ExtensionRules {
  /** The step whose due date the extensions push back. */
  step: string;
  byComplexity: Record<Complexity, ExtensionLimit>;
  source?: string;
}

export interface TypeRules {
  /** The step that ends with the acceptance decision; its due date stands in for an unknown acceptance date. */
  acceptanceStep?: string;
  steps: StepRule[];
  extensions: ExtensionRules | null;
}

export interface PetitionDeadlinePreset {
  effectiveFrom: IsoDate;
  source: string;
  notes?: string[];
  /** Steps every petition type has (the written answer within 10 working days). */
  commonSteps: StepRule[];
  types: Record<PetitionType, TypeRules>;
}

export interface PetitionDeadlineRuleFile {
  kind: 'petition-deadlines';
  versions: PetitionDeadlinePreset[];
}

/** Thrown by `parsePetitionDeadlineRules`; `path` names the offending field. */
export class InvalidDeadlineRulesError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'InvalidDeadlineRulesError';
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(path: string, message: string): never {
  throw new InvalidDeadlineRulesError(path, message);
}

function obj(v: unknown, path: string): Obj {
  return isObj(v) ? v : fail(path, 'expected an object');
}

function parseConditions(v: unknown, path: string): StepConditions | undefined {
  if (v === undefined) return undefined;
  const o = obj(v, path);
  const out: StepConditions = {};
  for (const [key, value] of Object.entries(o)) {
    if (key === 'round') {
      if (value !== 1 && value !== 2) fail(`${path}.round`, 'expected 1 or 2');
      out.round = value;
    } else if (key === 'remoteArea' || key === 'complex' || key === 'severalSites' || key === 'transferred') {
      if (typeof value !== 'boolean') fail(`${path}.${key}`, 'expected a boolean');
      out[key] = value;
    } else {
      fail(`${path}.${key}`, 'unknown condition');
    }
  }
  return out;
}

function parseStep(v: unknown, path: string): StepRule {
  const o = obj(v, path);
  if (typeof o.step !== 'string' || !/^[a-z][a-z0-9_]*$/.test(o.step))
    fail(`${path}.step`, 'expected a snake_case name');
  const days = o.days;
  if (days !== null && !(Number.isSafeInteger(days) && (days as number) > 0)) {
    fail(`${path}.days`, 'expected a positive integer or null');
  }
  if (o.basis !== 'working_days' && o.basis !== 'calendar_days')
    fail(`${path}.basis`, 'expected working_days or calendar_days');
  if (o.from !== 'received' && o.from !== 'accepted') fail(`${path}.from`, 'expected received or accepted');
  if (o.source !== undefined && typeof o.source !== 'string') fail(`${path}.source`, 'expected a string');
  const rule: StepRule = { step: o.step, days: days as number | null, basis: o.basis, from: o.from };
  const when = parseConditions(o.when, `${path}.when`);
  if (when) rule.when = when;
  if (o.source !== undefined) rule.source = o.source as string;
  return rule;
}

function parseSteps(v: unknown, path: string): StepRule[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  return v.map((s, i) => parseStep(s, `${path}[${i}]`));
}

function parseExtensions(v: unknown, path: string): ExtensionRules | null {
  if (v === null || v === undefined) return null;
  const o = obj(v, path);
  if (typeof o.step !== 'string') fail(`${path}.step`, 'expected a step name');
  const by = obj(o.byComplexity, `${path}.byComplexity`);
  const byComplexity = {} as Record<Complexity, ExtensionLimit>;
  for (const c of COMPLEXITIES) {
    const lim = obj(by[c], `${path}.byComplexity.${c}`);
    for (const k of ['maxCount', 'maxDays'] as const) {
      if (!Number.isSafeInteger(lim[k]) || (lim[k] as number) < 0)
        fail(`${path}.byComplexity.${c}.${k}`, 'expected an integer ≥ 0');
    }
    byComplexity[c] = { maxCount: lim.maxCount as number, maxDays: lim.maxDays as number };
  }
  return { step: o.step, byComplexity, ...(typeof o.source === 'string' ? { source: o.source } : {}) };
}

function parseVersion(v: unknown, path: string): PetitionDeadlinePreset {
  const o = obj(v, path);
  if (!isIsoDate(o.effectiveFrom)) fail(`${path}.effectiveFrom`, 'expected YYYY-MM-DD');
  if (typeof o.source !== 'string' || o.source.trim() === '') fail(`${path}.source`, 'a source is required');
  const typesObj = obj(o.types, `${path}.types`);
  const types = {} as Record<PetitionType, TypeRules>;
  for (const t of PETITION_TYPES) {
    const tp = `${path}.types.${t}`;
    const tr = obj(typesObj[t], tp);
    const steps = parseSteps(tr.steps, `${tp}.steps`);
    const extensions = parseExtensions(tr.extensions, `${tp}.extensions`);
    if (extensions && !steps.some((s) => s.step === extensions.step))
      fail(`${tp}.extensions.step`, 'names no step of this type');
    const acceptanceStep = tr.acceptanceStep;
    if (acceptanceStep !== undefined) {
      if (
        typeof acceptanceStep !== 'string' ||
        !steps.some((s) => s.step === acceptanceStep && s.from === 'received')
      ) {
        fail(`${tp}.acceptanceStep`, 'must name a step of this type counted from receipt');
      }
    }
    types[t] = { steps, extensions, ...(typeof acceptanceStep === 'string' ? { acceptanceStep } : {}) };
  }
  const preset: PetitionDeadlinePreset = {
    effectiveFrom: o.effectiveFrom,
    source: o.source,
    commonSteps: parseSteps(o.commonSteps ?? [], `${path}.commonSteps`),
    types,
  };
  if (Array.isArray(o.notes)) preset.notes = o.notes.filter((n): n is string => typeof n === 'string');
  return preset;
}

/** Validates an edited rule file; throws `InvalidDeadlineRulesError` naming the bad field. */
export function parsePetitionDeadlineRules(json: unknown): PetitionDeadlineRuleFile {
  const o = obj(json, '$');
  if (o.kind !== 'petition-deadlines') fail('$.kind', 'expected "petition-deadlines"');
  if (!Array.isArray(o.versions) || o.versions.length === 0) fail('$.versions', 'expected at least one version');
  const versions = o.versions.map((v, i) => parseVersion(v, `$.versions[${i}]`));
  const seen = new Set<string>();
  for (const [i, v] of versions.entries()) {
    if (seen.has(v.effectiveFrom)) fail(`$.versions[${i}].effectiveFrom`, 'two versions share this date');
    seen.add(v.effectiveFrom);
  }
  versions.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  return { kind: 'petition-deadlines', versions };
}

/** The version in force on `date` (latest `effectiveFrom` ≤ date); throws if none was yet. */
export function presetInForce(file: PetitionDeadlineRuleFile, date: IsoDate): PetitionDeadlinePreset {
  let found: PetitionDeadlinePreset | undefined;
  for (const v of file.versions)
    if (v.effectiveFrom <= date && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  if (!found) throw new RangeError(`No petition deadline rules in force on ${date}`);
  return found;
}

/** The petition facts step conditions are tested against. */
export interface StepFacts {
  round: 1 | 2;
  remoteArea: boolean;
  complex: boolean;
  severalSites: boolean;
  transferred: boolean;
}

function matches(when: StepConditions | undefined, facts: StepFacts): boolean {
  if (!when) return true;
  return (Object.keys(when) as (keyof StepConditions)[]).every((k) => when[k] === facts[k]);
}

/**
 * The rules that apply to a petition, one per step name (the first matching rule of each
 * name wins), type steps first then common steps, in file order.
 */
export function applicableStepRules(preset: PetitionDeadlinePreset, type: PetitionType, facts: StepFacts): StepRule[] {
  const chosen = new Map<string, StepRule>();
  for (const rule of [...preset.types[type].steps, ...preset.commonSteps]) {
    if (!chosen.has(rule.step) && matches(rule.when, facts)) chosen.set(rule.step, rule);
  }
  return [...chosen.values()];
}
