import { Injectable, type OnModuleInit } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../config/paths.js';
import { readDataFile } from '../config/data-files.js';
import { SeedLogService } from '../database/seed-log.service.js';
import { currentQuestionSet, parseQuestionSet, type SurveyQuestionSet } from './domain/question-set.js';
import { SurveyQuestionSetEntity } from './survey.entity.js';
import { SurveysRepository } from './surveys.repository.js';

const CACHE_MS = 60_000;

/**
 * The question sets: data/survey-questions/v<N>.json, each stored once (a version already stored is never rewritten,
 * so old answers keep the wording they were given). A new version is a new file with a later `validFrom`.
 */
@Injectable()
export class QuestionSetsService implements OnModuleInit {
  private cache: { at: number; sets: SurveyQuestionSet[] } | null = null;

  constructor(
    private readonly repo: SurveysRepository,
    private readonly seeds: SeedLogService,
  ) {}

  async onModuleInit(): Promise<void> {
    const dir = join(DATA_DIR, 'survey-questions');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const set = parseQuestionSet(readDataFile<unknown>('survey-questions', file));
      await this.seeds.runOnce(`survey-questions:v${set.version}`, async (em) => {
        if ((await this.repo.questionSets(em)).some((s) => s.version === set.version)) return;
        await this.repo.insertQuestionSet(
          em,
          Object.assign(new SurveyQuestionSetEntity(), {
            version: set.version,
            validFrom: set.validFrom,
            document: set as unknown as Record<string, unknown>,
          }),
        );
      });
    }
    this.cache = null;
  }

  async all(): Promise<SurveyQuestionSet[]> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.sets;
    const sets = (await this.repo.questionSets()).map((r) => parseQuestionSet(r.document));
    this.cache = { at: Date.now(), sets };
    return sets;
  }

  async current(today: string): Promise<SurveyQuestionSet | null> {
    return currentQuestionSet(await this.all(), today);
  }
}
