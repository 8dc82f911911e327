import { createHmac } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

/** SURVEY_TTL_DAYS (default 60, 1–3650): days a survey link stays valid after it is handed out. */
export interface SurveySettings {
  ttlDays: number;
  /** Base URL of the links (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
  /** Key of the codes derived per case (printed slips), itself derived from DATA_KEY for this one purpose. */
  codeKey: Buffer;
}

export const SURVEY_SETTINGS = Symbol('SURVEY_SETTINGS');

export function surveySettingsFrom(config: Pick<AppConfig, 'surveys' | 'publicBaseUrl' | 'dataKey'>): SurveySettings {
  return {
    ttlDays: config.surveys.ttlDays,
    publicBaseUrl: config.publicBaseUrl,
    codeKey: createHmac('sha256', config.dataKey).update('tiepdan:survey-codes').digest(),
  };
}
