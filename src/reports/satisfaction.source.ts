/**
 * Where the reports read citizens' satisfaction: the surveys module's reader when it is installed (bound to this
 * token in reports.module.ts), else no figure (null). Aggregates only; the surveys module hides groups under its
 * minimum number of answers.
 */
export const SATISFACTION_SOURCE = Symbol('SATISFACTION_SOURCE');

export interface SatisfactionFigures {
  answers: number;
  criteria: Record<string, { mean: number | null; answers: number }>;
}

export interface SatisfactionSource {
  satisfaction(unitIds: string[], from: string, to: string): Promise<SatisfactionFigures | null>;
}
