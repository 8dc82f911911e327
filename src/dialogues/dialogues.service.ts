import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader, type OfficialRecord, type UnitRecord } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { DialogueEntity } from './dialogue.entity.js';
import { DialogueRulesService } from './dialogue-rules.service.js';
import { dialogueView, normalizeCoOrganizers } from './dialogue-view.js';
import { DialoguesRepository } from './dialogues.repository.js';
import type { DialogueLevel, DialogueMode } from './domain/dialogue-presets.js';
import {
  type DialogueAction,
  durationFits,
  mayDo,
  noticeRespected,
  voterShareSufficient,
} from './domain/dialogue-rules.js';
import { STATUS_LABELS } from './domain/dialogue-texts.js';
import type { CreateDialogueDto, DialogueQuery, DialogueResultsDto, UpdateDialogueDto } from './dto/dialogue.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { DIALOGUES_ERRORS } from './errors.js';
import { DialogueResultMails } from './dialogue-result-mails.js';

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
const MAX_LENGTH_MS = 24 * 3600_000;

interface Shape {
  unit: UnitRecord;
  startsAt: Date;
  endsAt: Date;
  zone: string;
  mode: DialogueMode;
  venueId: string | null;
  onlineUrl: string | null;
}

/** Use cases of a dialogue's lifecycle: create, announce, move or cancel, hold, publish the results. */
@Injectable()
export class DialoguesService {
  constructor(
    private readonly repo: DialoguesRepository,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly rules: DialogueRulesService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly resultMails: DialogueResultMails,
  ) {}

  /** The dialogue if it lies in the user's scope; 404 otherwise. */
  async requireVisible(user: AuthUser, id: string): Promise<DialogueEntity> {
    const d = await this.repo.find(id);
    if (!d) throw new NotFoundError('Hội nghị đối thoại');
    await this.scope.assertInScope(user, d.unitId, 'Hội nghị đối thoại');
    return d;
  }

  requireState(d: DialogueEntity, action: DialogueAction): void {
    if (!mayDo(d.status, action)) {
      throw fail(DIALOGUES_ERRORS.DIALOGUE_INVALID_STATE, {
        detail: `Không thể thực hiện thao tác này khi hội nghị đối thoại ở trạng thái “${STATUS_LABELS[d.status]}”.`,
        extra: { status: d.status },
      });
    }
  }

  async view(d: DialogueEntity) {
    const [unit, chairsMap, venue] = await Promise.all([
      this.org.findUnit(d.unitId),
      this.repo.chairsOf([d.id]),
      d.venueId ? this.org.findVenue(d.venueId) : null,
    ]);
    const chairIds = chairsMap.get(d.id) ?? [];
    const officials = await this.org.officialsByIds(chairIds);
    const chairs = chairIds.map((cid) => officials.find((o) => o.id === cid)).filter((o): o is OfficialRecord => !!o);
    let rules = null;
    if (unit && (d.status === 'draft' || !d.publishBy)) {
      rules = await this.rules
        .rulesFor({ level: unit.level as DialogueLevel, date: d.localDate, mode: d.mode })
        .catch(() => null);
    }
    return dialogueView(d, { unitName: unit?.name ?? null, chairs, venue, today: this.rules.today(d.timeZone), rules });
  }

  async get(user: AuthUser, id: string) {
    return this.view(await this.requireVisible(user, id));
  }

  async list(user: AuthUser, q: DialogueQuery) {
    const rows = await this.repo.list({
      unitIds: await this.scope.unitFilter(user),
      unitId: q.unitId,
      status: q.status,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
    });
    return Promise.all(rows.map((d) => this.view(d)));
  }

  /** Checks times, place, link and chairs; returns the checked shape. */
  private async checkShape(
    user: AuthUser,
    unitId: string,
    s: {
      startsAt: string | Date;
      endsAt: string | Date;
      timeZone?: string;
      mode: DialogueMode;
      venueId?: string | null;
      onlineUrl?: string | null;
    },
    chairIds?: string[],
  ): Promise<Shape> {
    const unit = await this.org.findUnit(unitId);
    if (!unit) throw new NotFoundError('Đơn vị');
    await this.scope.assertInScope(user, unit.id, 'Đơn vị');
    const startsAt = new Date(s.startsAt);
    const endsAt = new Date(s.endsAt);
    if (endsAt <= startsAt || endsAt.getTime() - startsAt.getTime() > MAX_LENGTH_MS) {
      throw fail(DIALOGUES_ERRORS.INVALID_TIME_RANGE, {
        errors: [{ field: 'endsAt', message: 'Phải sau thời gian bắt đầu, trong vòng 24 giờ.' }],
      });
    }
    const venueId = s.mode === 'online' ? null : (s.venueId ?? null);
    const onlineUrl = s.mode === 'in_person' ? null : (s.onlineUrl ?? null);
    if (s.mode !== 'online' && !venueId)
      throw fail(DIALOGUES_ERRORS.VENUE_REQUIRED, {
        errors: [{ field: 'venueId', message: 'Bắt buộc khi hội nghị tổ chức trực tiếp hoặc kết hợp.' }],
      });
    if (s.mode !== 'in_person' && !onlineUrl)
      throw fail(DIALOGUES_ERRORS.ONLINE_URL_REQUIRED, {
        errors: [{ field: 'onlineUrl', message: 'Bắt buộc khi hội nghị tổ chức trực tuyến hoặc kết hợp.' }],
      });
    if (venueId) {
      const v = await this.org.findVenue(venueId);
      if (!v || !(await this.scope.inScope(user, v.unitId)))
        throw fail(DIALOGUES_ERRORS.VENUE_NOT_FOUND, {
          errors: [{ field: 'venueId', message: 'Không tìm thấy địa điểm.' }],
        });
    }
    if (chairIds) {
      const found = await this.org.officialsByIds(chairIds);
      const missing = chairIds.filter((id) => !found.some((o) => o.id === id && o.active));
      if (missing.length)
        throw fail(DIALOGUES_ERRORS.CHAIR_NOT_FOUND, {
          errors: missing.map((id) => ({
            field: `chairOfficialIds[${chairIds.indexOf(id)}]`,
            message: 'Không tìm thấy cán bộ.',
          })),
        });
    }
    return { unit, startsAt, endsAt, zone: s.timeZone ?? DEFAULT_ZONE, mode: s.mode, venueId, onlineUrl };
  }

  private async checkRules(shape: Shape, trigger: string, shareBp: number | null) {
    const date = this.rules.localDate(shape.startsAt, shape.zone);
    const r = await this.rules.rulesFor({ level: shape.unit.level as DialogueLevel, date, mode: shape.mode });
    const minutes = Math.round((shape.endsAt.getTime() - shape.startsAt.getTime()) / 60_000);
    if (!durationFits(minutes, r.durationMinutes)) {
      throw fail(DIALOGUES_ERRORS.DIALOGUE_DURATION_OUT_OF_RANGE, {
        detail: `Thời lượng hội nghị đối thoại hình thức này phải từ ${r.durationMinutes!.min} đến ${r.durationMinutes!.max} phút.`,
        extra: { durationMinutes: r.durationMinutes, actual: minutes },
      });
    }
    if (trigger === 'voter_request') {
      if (shareBp === null)
        throw fail(DIALOGUES_ERRORS.VOTER_SHARE_REQUIRED, {
          errors: [{ field: 'voterRequestShare', message: 'Bắt buộc khi hội nghị tổ chức theo đề nghị của cử tri.' }],
        });
      if (!voterShareSufficient(shareBp / 100, r.voterRequestPercent)) {
        throw fail(DIALOGUES_ERRORS.DIALOGUE_VOTER_SHARE_TOO_LOW, {
          detail: `Tỷ lệ cử tri đề nghị chưa đạt mức tối thiểu ${r.voterRequestPercent}%.`,
          extra: { required: r.voterRequestPercent, actual: shareBp / 100 },
        });
      }
    }
    return { date, rules: r };
  }

  async create(user: AuthUser, dto: CreateDialogueDto) {
    const shape = await this.checkShape(user, dto.unitId, dto, dto.chairOfficialIds);
    const shareBp =
      dto.trigger === 'voter_request' && dto.voterRequestShare !== undefined
        ? Math.round(dto.voterRequestShare * 100)
        : null;
    if (dto.trigger !== 'voter_request' && dto.voterRequestShare !== undefined) {
      throw fail(DIALOGUES_ERRORS.VOTER_SHARE_NOT_APPLICABLE, {
        errors: [{ field: 'voterRequestShare', message: 'Chỉ dùng khi hội nghị tổ chức theo đề nghị của cử tri.' }],
      });
    }
    const { date } = await this.checkRules(shape, dto.trigger, shareBp);
    const now = this.clock.now();
    const d = Object.assign(new DialogueEntity(), {
      id: newId(),
      unitId: shape.unit.id,
      topic: dto.topic.trim(),
      content: dto.content?.trim() || null,
      startsAt: shape.startsAt,
      endsAt: shape.endsAt,
      timeZone: shape.zone,
      localDate: date,
      mode: shape.mode,
      venueId: shape.venueId,
      onlineUrl: shape.onlineUrl,
      coOrganizers: normalizeCoOrganizers(dto.coOrganizers),
      trigger: dto.trigger,
      voterShareBp: shareBp,
      status: 'draft',
      publishBy: null,
      resultsBy: null,
      publishedAt: null,
      heldAt: null,
      resultsSummary: null,
      resultsPublishedAt: null,
      resultsPublishedOn: null,
      changeReason: null,
      sequence: 0,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    } satisfies DialogueEntity);
    await this.tx.run((em) => this.repo.insert(em, d, dto.chairOfficialIds));
    return this.view(d);
  }

  private tooShort(publishBy: string, notice: { days: number; unit: string }) {
    const unit = notice.unit === 'working_days' ? 'ngày làm việc' : 'ngày';
    return fail(DIALOGUES_ERRORS.DIALOGUE_NOTICE_TOO_SHORT, {
      detail: `Phải thông báo hội nghị đối thoại ít nhất ${notice.days} ${unit} trước ngày tổ chức (chậm nhất ngày ${DateTime.fromISO(publishBy).toFormat('dd/MM/yyyy')}).`,
      extra: { publishBy, notice },
    });
  }

  /** Announces the dialogue: refused under the preset's notice (no override: the law sets no exception). */
  async publish(user: AuthUser, id: string) {
    const d = await this.requireVisible(user, id);
    this.requireState(d, 'publish');
    const unit = (await this.org.findUnit(d.unitId))!;
    const r = await this.rules.rulesFor({ level: unit.level as DialogueLevel, date: d.localDate, mode: d.mode });
    const today = this.rules.today(d.timeZone);
    if (!noticeRespected(today, r.publishBy) || d.startsAt <= this.clock.now())
      throw this.tooShort(r.publishBy, r.notice);
    const now = this.clock.now();
    const ok = await this.tx.run((em) =>
      this.repo.updateIfStatus(em, d.id, ['draft'], {
        status: 'published',
        publishBy: r.publishBy,
        resultsBy: r.resultsBy,
        publishedAt: now,
        updatedAt: now,
      }),
    );
    if (!ok) throw fail(DIALOGUES_ERRORS.DIALOGUE_CHANGED);
    return this.view((await this.repo.find(d.id))!);
  }

  /** Edits, moves or cancels. Once announced a reason is required, the notice applies to the new date, and SEQUENCE grows. */
  async update(user: AuthUser, id: string, dto: UpdateDialogueDto) {
    const d = await this.requireVisible(user, id);
    this.requireState(d, dto.status === 'cancelled' ? 'cancel' : 'edit');
    const announced = d.status === 'published';
    if (announced && !dto.reason)
      throw fail(DIALOGUES_ERRORS.REASON_REQUIRED, { errors: [{ field: 'reason', message: 'Bắt buộc.' }] });
    const now = this.clock.now();
    const changes: Partial<DialogueEntity> = { updatedAt: now, changeReason: dto.reason ?? d.changeReason };
    let chairs: string[] | undefined;
    if (dto.status === 'cancelled') {
      changes.status = 'cancelled';
    } else {
      const mode = dto.mode ?? d.mode;
      const shape = await this.checkShape(
        user,
        d.unitId,
        {
          startsAt: dto.startsAt ?? d.startsAt,
          endsAt: dto.endsAt ?? d.endsAt,
          timeZone: d.timeZone,
          mode,
          venueId: dto.venueId !== undefined ? dto.venueId : d.venueId,
          onlineUrl: dto.onlineUrl !== undefined ? dto.onlineUrl : d.onlineUrl,
        },
        dto.chairOfficialIds,
      );
      const { date, rules } = await this.checkRules(shape, d.trigger, d.voterShareBp);
      const moved = shape.startsAt.getTime() !== d.startsAt.getTime() || shape.endsAt.getTime() !== d.endsAt.getTime();
      if (
        announced &&
        moved &&
        (!noticeRespected(this.rules.today(d.timeZone), rules.publishBy) || shape.startsAt <= now)
      )
        throw this.tooShort(rules.publishBy, rules.notice);
      Object.assign(changes, {
        topic: dto.topic?.trim() ?? d.topic,
        content: dto.content !== undefined ? dto.content.trim() || null : d.content,
        startsAt: shape.startsAt,
        endsAt: shape.endsAt,
        localDate: date,
        mode,
        venueId: shape.venueId,
        onlineUrl: shape.onlineUrl,
        coOrganizers: dto.coOrganizers ? normalizeCoOrganizers(dto.coOrganizers) : d.coOrganizers,
        ...(announced ? { publishBy: rules.publishBy, resultsBy: rules.resultsBy } : {}),
      });
      chairs = dto.chairOfficialIds;
    }
    await this.tx.run(async (em) => {
      if (!(await this.repo.updateIfStatus(em, d.id, [d.status], changes)))
        throw fail(DIALOGUES_ERRORS.DIALOGUE_CHANGED);
      if (chairs) await this.repo.replaceChairs(em, d.id, chairs);
      if (announced) await this.repo.bumpSequence(em, d.id);
    });
    return this.view((await this.repo.find(d.id))!);
  }

  /** Records that the dialogue took place (not before it starts). */
  async held(user: AuthUser, id: string) {
    const d = await this.requireVisible(user, id);
    this.requireState(d, 'hold');
    const now = this.clock.now();
    if (now < d.startsAt) throw fail(DIALOGUES_ERRORS.DIALOGUE_NOT_STARTED);
    const ok = await this.tx.run((em) =>
      this.repo.updateIfStatus(em, d.id, ['published'], { status: 'held', heldAt: now, updatedAt: now }),
    );
    if (!ok) throw fail(DIALOGUES_ERRORS.DIALOGUE_CHANGED);
    return this.view((await this.repo.find(d.id))!);
  }

  /** Publishes the results; late publication is accepted and flagged as overdue. */
  async publishResults(user: AuthUser, id: string, dto: DialogueResultsDto) {
    const d = await this.requireVisible(user, id);
    this.requireState(d, 'results');
    const now = this.clock.now();
    const ok = await this.tx.run(async (em) => {
      const updated = await this.repo.updateIfStatus(em, d.id, ['held'], {
        status: 'results_published',
        resultsSummary: dto.summary.trim(),
        resultsPublishedAt: now,
        resultsPublishedOn: this.rules.today(d.timeZone),
        updatedAt: now,
      });
      // Those who asked a question and left an e-mail address get the results and a survey link.
      if (updated) await this.resultMails.enqueue(em, d, dto.summary.trim());
      return updated;
    });
    if (!ok) throw fail(DIALOGUES_ERRORS.DIALOGUE_CHANGED);
    return this.view((await this.repo.find(d.id))!);
  }
}
