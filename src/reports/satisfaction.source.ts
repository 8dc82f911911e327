/**
 * Where the reports read citizens' satisfaction: the surveys module's `SurveysReader`, bound to this token in
 * reports.module.ts (a test or another deployment may bind another source; unbound, the figure is null). Aggregates
 * only; the surveys module answers null for groups under its minimum number of answers.
 */
export const SATISFACTION_SOURCE = Symbol('SATISFACTION_SOURCE');

export interface SatisfactionFigures {
  answers: number;
  criteria: Record<string, { mean: number | null; answers: number }>;
}

export interface SatisfactionSource {
  satisfaction(unitIds: string[], from: string, to: string): Promise<SatisfactionFigures | null>;
}
