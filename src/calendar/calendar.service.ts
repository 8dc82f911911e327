import { Injectable, type OnModuleInit } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from '../common/time/luxon.js';
import { Clock } from '../common/time/clock.js';
import { DATA_DIR } from '../config/paths.js';
import { SeedLogService } from '../database/seed-log.service.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { readDataFile } from '../config/data-files.js';
import { CalendarRepository } from './calendar.repository.js';
import type { HolidayEntry, HolidaySource, IsoDate } from './domain/calendar.types.js';
import { HolidayCalendar } from './domain/holiday-calendar.js';
import { InvalidHolidayListError, parseHolidayEntries, parseHolidayYearFile } from './domain/holiday-file.js';
import { HolidayYearEntity } from './holiday-year.entity.js';
import { fail } from '../common/errors/catalogue.js';
import { CALENDAR_ERRORS } from './errors.js';

export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
const CACHE_MS = 60_000;

/**
 * The working calendar of Vietnamese civil servants: the published days off of each year (data files, then the
 * administrator's edits) and the computed default for other years. Other modules ask it for a HolidayCalendar.
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  private cached: { at: number; calendar: HolidayCalendar } | null = null;

  constructor(
    private readonly repo: CalendarRepository,
    private readonly tx: TransactionRunner,
    private readonly seeds: SeedLogService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const file of readdirSync(join(DATA_DIR, 'holidays'))
      .filter((f) => /^\d{4}\.json$/.test(f))
      .sort()) {
      const parsed = parseHolidayYearFile(readDataFile<unknown>('holidays', file));
      await this.seeds.runOnce(`holidays:${parsed.year}`, async (em) => {
        if (await this.repo.findHolidayYear(parsed.year, em)) return; // an administrator's list wins
        await this.repo.saveHolidayYear(
          em,
          Object.assign(new HolidayYearEntity(), {
            year: parsed.year,
            entries: parsed.entries,
            source: parsed.source,
            origin: 'data_file',
            updatedAt: new Date(),
          }),
        );
      });
    }
    this.cached = null;
  }

  /** The working calendar (cached for a minute; refreshed at once on this instance after an edit). */
  async calendar(): Promise<HolidayCalendar> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.calendar;
    const rows = await this.repo.allHolidayYears();
    const calendar = new HolidayCalendar(new Map(rows.map((r) => [r.year, r.entries])));
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }

  /** Today's date where the offices are (never the server's TZ). */
  today(zone = DEFAULT_ZONE): IsoDate {
    return DateTime.fromJSDate(this.clock.now()).setZone(zone).toISODate()!;
  }

  async holidays(
    year: number,
  ): Promise<{ year: number; computed: boolean; source: HolidaySource[]; entries: HolidayEntry[] }> {
    const row = await this.repo.findHolidayYear(year);
    const cal = await this.calendar();
    return { year, computed: !row, source: row?.source ?? [], entries: cal.entriesFor(year) };
  }

  /** Replaces a year's list (administrator). The whole list is validated first; nothing changes on error. */
  async replaceYear(year: number, entries: unknown, source: unknown[] = []): Promise<HolidayEntry[]> {
    let parsed: HolidayEntry[];
    try {
      parsed = parseHolidayEntries(year, entries);
    } catch (e) {
      if (e instanceof InvalidHolidayListError) {
        throw fail(CALENDAR_ERRORS.INVALID_HOLIDAY_LIST, {
          errors: e.issues.map((i) => ({ field: i.path, message: i.message })),
        });
      }
      throw e;
    }
    await this.tx.run((em) =>
      this.repo.saveHolidayYear(
        em,
        Object.assign(new HolidayYearEntity(), {
          year,
          entries: parsed,
          source: source as HolidayYearEntity['source'],
          origin: 'admin',
          updatedAt: this.clock.now(),
        }),
      ),
    );
    this.cached = null;
    return parsed;
  }
}
