import { Injectable, type OnModuleInit } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from '../common/time/luxon.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { DATA_DIR } from '../config/paths.js';
import { SeedLogService } from '../database/seed-log.service.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { readDataFile } from '../config/data-files.js';
import { CalendarRepository } from './calendar.repository.js';
import { changedHistory } from './domain/preset-history.js';
import {
  type NoticePresets,
  type OnlineReceptionPresets,
  parseNoticePresets,
  parseOnlineReceptionPresets,
  parseReceptionFrequencyPresets,
  type ReceptionFrequencyPresets,
} from './domain/rule-presets.js';
import { RulePresetEntity } from './rule-preset.entity.js';
import { fail } from '../common/errors/catalogue.js';
import { CALENDAR_ERRORS } from './errors.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Rule presets are data: loaded from data/rules/*.json on first start, then edited by an administrator through the API.
 * A revision may add versions with a new effective date but never rewrite a version already in force.
 */
@Injectable()
export class RulePresetsService implements OnModuleInit {
  private cache = new Map<string, { at: number; parsed: unknown; doc: Record<string, unknown>; revision: number }>();
  /** Validators of each preset document; modules that own a preset register theirs (petitions, dialogues). */
  private readonly parsers = new Map<string, (doc: unknown) => unknown>([
    ['reception-frequency', parseReceptionFrequencyPresets],
    ['notice', parseNoticePresets],
    ['online-reception', parseOnlineReceptionPresets],
  ]);

  constructor(
    private readonly repo: CalendarRepository,
    private readonly tx: TransactionRunner,
    private readonly seeds: SeedLogService,
    private readonly clock: Clock,
  ) {}

  /** Lets the module that owns a preset validate it (called from that module's constructor or onModuleInit). */
  registerParser(name: string, parse: (doc: unknown) => unknown): void {
    this.parsers.set(name, parse);
    this.cache.delete(name);
  }

  async onModuleInit(): Promise<void> {
    const dir = join(DATA_DIR, 'rules');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const name = file.replace(/\.json$/, '');
      const doc = readDataFile<Record<string, unknown>>('rules', file);
      await this.seeds.runOnce(`rule-preset:${name}`, async (em) => {
        if (await this.repo.findPreset(name, em)) return;
        this.parsers.get(name)?.(doc);
        await this.repo.savePreset(
          em,
          Object.assign(new RulePresetEntity(), {
            name,
            document: doc,
            revision: 1,
            updatedAt: new Date(),
            updatedBy: 'data-file',
          }),
        );
      });
    }
  }

  private today(): string {
    return DateTime.fromJSDate(this.clock.now()).setZone(ZONE).toISODate()!;
  }

  private async load(name: string): Promise<{ parsed: unknown; doc: Record<string, unknown>; revision: number }> {
    const hit = this.cache.get(name);
    if (hit && Date.now() - hit.at < 30_000) return hit;
    const row = await this.repo.findPreset(name);
    if (!row) throw new NotFoundError('Bộ quy tắc');
    const parse = this.parsers.get(name) ?? ((d: unknown) => d);
    const entry = { at: Date.now(), parsed: parse(row.document), doc: row.document, revision: row.revision };
    this.cache.set(name, entry);
    return entry;
  }

  async get<T>(name: string): Promise<T> {
    return (await this.load(name)).parsed as T;
  }

  receptionFrequency(): Promise<ReceptionFrequencyPresets> {
    return this.get('reception-frequency');
  }

  notice(): Promise<NoticePresets> {
    return this.get('notice');
  }

  /** Whether online-only sessions count toward the reception frequency, and from when (data/rules/online-reception.json). */
  onlineReception(): Promise<OnlineReceptionPresets> {
    return this.get('online-reception');
  }

  async list(): Promise<{ name: string; revision: number; updatedAt: Date; updatedBy: string | null }[]> {
    return (await this.repo.allPresets()).map((p) => ({
      name: p.name,
      revision: p.revision,
      updatedAt: p.updatedAt,
      updatedBy: p.updatedBy,
    }));
  }

  async document(name: string): Promise<{ name: string; revision: number; document: Record<string, unknown> }> {
    const { doc, revision } = await this.load(name);
    return { name, revision, document: doc };
  }

  revisions(name: string) {
    return this.repo.revisions(name);
  }

  /** Stores a new revision. Refuses invalid documents (400) and edits of versions already in force (422). */
  async update(name: string, document: Record<string, unknown>, username: string, expectedRevision?: number) {
    const parse = this.parsers.get(name) ?? ((d: unknown) => d);
    try {
      parse(document);
    } catch (e) {
      const path = (e as { path?: string }).path ?? 'document';
      throw fail(CALENDAR_ERRORS.INVALID_RULE_PRESET, {
        errors: [
          {
            field: `document${path ? '.' + path : ''}`.replace(/\.\./g, '.'),
            message: (e as Error).message.slice(0, 300),
          },
        ],
      });
    }
    const result = await this.tx.run(async (em) => {
      const current = await this.repo.findPreset(name, em);
      if (!current) throw new NotFoundError('Bộ quy tắc');
      if (expectedRevision !== undefined && expectedRevision !== current.revision) {
        throw fail(CALENDAR_ERRORS.PRESET_REVISION_CONFLICT, { extra: { currentRevision: current.revision } });
      }
      const problems = changedHistory(current.document, document, this.today());
      if (problems.length) {
        throw fail(CALENDAR_ERRORS.PRESET_HISTORY_CHANGED, { extra: { problems } });
      }
      const next = Object.assign(new RulePresetEntity(), {
        name,
        document,
        revision: current.revision + 1,
        updatedAt: this.clock.now(),
        updatedBy: username,
      });
      await this.repo.savePreset(em, next);
      return next;
    });
    this.cache.delete(name);
    return { name, revision: result.revision, document: result.document };
  }
}
