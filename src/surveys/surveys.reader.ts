import { Injectable } from '@nestjs/common';
import { SurveysService } from './surveys.service.js';

/**
 * The read-only face of surveys for other modules (reports). `unitIds` are the units to count (the caller rolls up
 * sub-units); `from`/`to` are inclusive local dates, counted by whole months (answers carry their month only).
 * Null when fewer than 5 answers: an aggregate of a smaller group could point at a person.
 */
@Injectable()
export class SurveysReader {
  constructor(private readonly surveys: SurveysService) {}

  satisfaction(
    unitIds: string[],
    from: string,
    to: string,
  ): Promise<{ answers: number; criteria: Record<string, { mean: number; answers: number }> } | null> {
    return this.surveys.satisfaction(unitIds, from, to);
  }
}
