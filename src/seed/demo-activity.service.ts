import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { Clock } from '../common/time/clock.js';
import { SeedLogService } from '../database/seed-log.service.js';
import { DialogueRulesService } from '../dialogues/dialogue-rules.service.js';
import { DialogueSeedService } from '../dialogues/dialogue-seed.service.js';
import type { DialogueLevel } from '../dialogues/domain/dialogue-presets.js';
import { OrgReader } from '../org/org-reader.service.js';
import { SessionSeedService } from '../sessions/session-seed.service.js';
import type { DemoFile } from '../config/data-files.js';
import { DemoPetitions } from './demo-petitions.js';
import { demoPlan } from './domain/demo-plan.js';

const ZONE = 'Asia/Ho_Chi_Minh';
/** Recorded as the publishing override of demo sessions inside the notice period. */
export const DEMO_OVERRIDE_REASON = 'Dữ liệu mẫu: công bố ngay để thử đặt lịch (không phải lịch thật).';

/**
 * The demo activity (DEMO_DATA, DEMO_ACTIVITY): every journey can be tried on the day of installation. Computed from
 * the start day (Clock) and written once (SeedLogService.runOnce) after the demo organisation and schedules exist:
 * - the demo schedules' sessions of the next six weeks are published, those inside the 5-working-day notice with the
 *   same recorded override as a late publication (PublishNoticeService), so citizens can book;
 * - a reception session held on the last working day, without minutes: minutes can be written and locked;
 * - a dialogue held the working day before, without minutes;
 * - three petitions with their tasks: answered (resolved), in progress (accepted), just received (open task).
 */
@Injectable()
export class DemoActivityService {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly seeds: SeedLogService,
    private readonly org: OrgReader,
    private readonly calendar: CalendarService,
    private readonly sessions: SessionSeedService,
    private readonly dialogues: DialogueSeedService,
    private readonly dialogueRules: DialogueRulesService,
    private readonly petitions: DemoPetitions,
    private readonly clock: Clock,
  ) {}

  async seed(demo: DemoFile): Promise<void> {
    const published: string[] = [];
    const done = await this.seeds.runOnce(`demo-activity@${demo.version}`, async (em) => {
      const today = this.calendar.today(ZONE);
      const plan = demoPlan(await this.calendar.calendar(), today);
      const ward = await this.org.findUnitByCode('11311', em);
      const head = ward ? await this.officialByKey(demo, ward.id, 'ct-hb') : null;
      const venueName = demo.venues.find((v) => v.key === 'phongtcd-hb')?.name;
      const venueId = ward ? (await this.org.venuesIn([ward.id], {})).find((v) => v.name === venueName)?.id : undefined;
      const demoOfficials = await this.demoOfficialIds(demo);
      // The demo schedules' sessions (never anyone else's), inside the notice period with the recorded override.
      published.push(
        ...(await this.sessions.publishPlannedWithin(em, {
          from: today,
          to: plan.publishUntil,
          officialIds: demoOfficials,
          reason: DEMO_OVERRIDE_REASON,
        })),
      );
      if (!ward || !head || !venueId) return;
      await this.pastSession(em, head, venueId, plan.pastSessionOn);
      await this.pastDialogue(em, ward.id, ward.level as DialogueLevel, head.id, venueId, plan.pastDialogueOn);
      await this.petitions.create(em, { unitId: ward.id, unitName: ward.name, receivedOn: plan.petitionsReceivedOn });
    });
    if (!done) return;
    this.sessions.announcePublished(published);
    this.logger.log(
      `Loaded demo activity (${published.length} sessions published, a past session and dialogue, 3 petitions with tasks)`,
    );
  }

  private async officialByKey(demo: DemoFile, unitId: string, key: string) {
    const name = demo.officials.find((x) => x.key === key)?.fullName;
    return (await this.org.officialsIn([unitId], {})).find((x) => x.fullName === name) ?? null;
  }

  /** Ids of the demo officials (by name in their unit, as data/demo/demo.json lists them). */
  private async demoOfficialIds(demo: DemoFile): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const o of demo.officials) {
      const unit = await this.org.findUnitByCode(o.unitCode);
      const found = unit
        ? (await this.org.officialsIn([unit.id], {})).find((x) => x.fullName === o.fullName)
        : undefined;
      if (found) ids.add(found.id);
    }
    return ids;
  }

  private async pastSession(
    em: EntityManager,
    head: { id: string; unitId: string },
    venueId: string,
    day: string,
  ): Promise<void> {
    const start = DateTime.fromISO(`${day}T08:00`, { zone: ZONE });
    // The official may already have a session that day (demo loaded into a used database): then keep that one.
    await this.sessions.insertPublishedWithin(em, {
      scheduleId: null,
      officialId: head.id,
      venueId,
      unitId: head.unitId,
      startsAt: start.toUTC().toJSDate(),
      endsAt: start.plus({ hours: 3 }).toUTC().toJSDate(),
      timeZone: ZONE,
      localDate: day,
      note: 'Buổi tiếp mẫu đã diễn ra, chưa lập biên bản (dữ liệu mẫu).',
      shiftedFrom: null,
      publishedAt: start.minus({ days: 14 }).toUTC().toJSDate(),
      slotMinutes: 30,
      seatsPerSlot: 3,
    });
  }

  private async pastDialogue(
    em: EntityManager,
    unitId: string,
    level: DialogueLevel,
    chairId: string,
    venueId: string,
    day: string,
  ): Promise<void> {
    const start = DateTime.fromISO(`${day}T14:00`, { zone: ZONE });
    const rules = await this.dialogueRules.rulesFor({ level, date: day, mode: 'in_person' }).catch(() => null);
    const now = this.clock.now();
    await this.dialogues.insertWithin(
      em,
      {
        unitId,
        topic: 'Đối thoại mẫu về chỉnh trang đô thị trên địa bàn phường (dữ liệu mẫu)',
        content: 'Hội nghị đối thoại hư cấu để thử lập và khóa biên bản.',
        startsAt: start.toUTC().toJSDate(),
        endsAt: start.plus({ hours: 2 }).toUTC().toJSDate(),
        timeZone: ZONE,
        localDate: day,
        mode: 'in_person',
        venueId,
        onlineUrl: null,
        coOrganizers: [{ name: 'Ủy ban Mặt trận Tổ quốc phường (mẫu)', role: 'co_organizer' }],
        trigger: 'periodic',
        voterShareBp: null,
        status: 'held',
        publishBy: rules?.publishBy ?? null,
        resultsBy: rules?.resultsBy ?? null,
        publishedAt: start.minus({ days: 20 }).toUTC().toJSDate(),
        heldAt: start.plus({ hours: 2 }).toUTC().toJSDate(),
        resultsSummary: null,
        resultsPublishedAt: null,
        resultsPublishedOn: null,
        changeReason: null,
        sequence: 0,
        createdBy: null,
      },
      [chairId],
      now,
    );
  }
}
