import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { lookupMailText } from './domain/petition-mails.js';
import type { EntityManager } from 'typeorm';
import { DateTime } from '../common/time/luxon.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { AuditService } from '../audit/audit.service.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { pageOf } from '../common/pagination.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { agencyName } from '../org/domain/agency-name.js';
import { findPossibleDuplicates, normalizeIdNumber } from './domain/duplicates.js';
import { scrubIdentity } from './domain/identity-scan.js';
import {
  generateLookupCode,
  generateLookupSecret,
  normalizeLookupCode,
  normalizeLookupSecret,
} from './domain/lookup-code.js';
import { DEFAULT_TIME_ZONE, localDateOf } from './domain/local-day.js';
import { isAnonymousDenunciation, isProtectedIdentity } from './domain/petition-types.js';
import { canReadSealedIdentity, redactPetition } from './domain/redaction.js';
import type { CreatePetitionDto, PetitionQuery } from './dto/petition.dto.js';
import { PetitionCipher, type PetitionerData } from './petition-cipher.js';
import { PetitionDeadlinesService, taskDeadline } from './petition-deadlines.service.js';
import {
  deadlineView,
  extensionView,
  maskedPetitioner,
  pauseView,
  petitionListItem,
  petitionSummary,
  viewerOf,
} from './petition-view.js';
import { PetitionEntity, PetitionIdentityEntity } from './petition.entity.js';
import { PetitionsRepository } from './petitions.repository.js';
import type { TaskTimeliness } from './domain/timeliness.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { ORG_ERRORS } from '../org/errors.js';

/** What a citizen follows a petition with (`domain/lookup-code.ts`). */
export interface PetitionLookup {
  code: string;
  secret: string;
}
/** A petition as its citizen sees it (no personal data, no internal ids). */
export interface PetitionLookupView {
  code: string;
  status: PetitionEntity['status'];
  dueOn: string | null;
  sealed: boolean;
  unit?: { name: string };
  receivedOn?: string;
  extensions?: { days: number; reason: string }[];
}
const LOOKUP_DUMMY_HASH = '0'.repeat(64);

/** Removes a sealed identity from free text written about a case (task instructions, reasons, answers). */
export type Scrubber = (text: string) => string;
const NO_SCRUB: Scrubber = (t) => t;
/** A viewer who may read no sealed identity (the redacted view). */
const SEALED_VIEWER = { roles: [], unitId: null, unitScope: new Set<string>() };

@Injectable()
export class PetitionsService {
  constructor(
    private readonly repo: PetitionsRepository,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly cipher: PetitionCipher,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Builds the rows of a new petition (encryption and scrubbing happen here, outside any transaction). */
  private build(
    dto: CreatePetitionDto,
    actorId: string | null,
  ): { petition: PetitionEntity; identity: PetitionIdentityEntity | null; compareContent: string } {
    const now = this.clock.now();
    const sealed = dto.type === 'denunciation';
    const anonymous = dto.anonymous === true;
    if (!dto.petitioner && !(sealed && anonymous)) {
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Cần thông tin người gửi đơn (trừ tố cáo nặc danh).',
        errors: [{ field: 'petitioner', message: 'Bắt buộc phải có.' }],
      });
    }
    const receivedAt = new Date(dto.receivedAt);
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000) {
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Ngày nhận đơn không được ở tương lai.',
        errors: [{ field: 'receivedAt', message: 'Không được ở tương lai.' }],
      });
    }
    const petitioner: PetitionerData | null = dto.petitioner
      ? { ...dto.petitioner, fullName: dto.petitioner.fullName.trim() }
      : null;
    const id = newId();
    const content = dto.content.trim();
    const scrubbed = sealed && petitioner ? scrubIdentity(content, petitioner) : content;
    const subject = dto.subject?.trim()
      ? sealed && petitioner
        ? scrubIdentity(dto.subject.trim(), petitioner)
        : dto.subject.trim()
      : null;
    const complexity = dto.complexity ?? (dto.complex ? 'complex' : 'normal');
    const petition = Object.assign(new PetitionEntity(), {
      id,
      unitId: dto.unitId,
      type: dto.type,
      channel: dto.channel,
      queue: sealed && anonymous ? 'anonymous' : 'main',
      receivedAt,
      receivedOn: localDateOf(receivedAt, DEFAULT_TIME_ZONE),
      acceptedOn: null,
      status: 'received',
      anonymous,
      subject,
      content: scrubbed,
      remoteArea: dto.remoteArea ?? false,
      complex: dto.complex ?? complexity !== 'normal',
      complexity,
      round: dto.round ?? 1,
      severalSites: dto.severalSites ?? false,
      transferred: dto.transferred ?? false,
      petitionerName: sealed ? null : (petitioner?.fullName ?? null),
      petitionerAddress: sealed ? null : (petitioner?.address ?? null),
      ...(sealed || !petitioner
        ? { petitionerIdEnc: null, petitionerIdBidx: null, petitionerPhoneEnc: null, petitionerEmailEnc: null }
        : this.cipher.openColumns(id, petitioner)),
      possibleDuplicateOf: [],
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    } satisfies Partial<PetitionEntity>);
    const identity = sealed
      ? Object.assign(new PetitionIdentityEntity(), this.cipher.seal(id, dto.unitId, petitioner, content, now))
      : null;
    return { petition, identity, compareContent: scrubbed };
  }

  /** Inserts a petition inside the caller's transaction (used by minutes and dialogues as well). Returns its id. */
  async createWithin(em: EntityManager, dto: CreatePetitionDto, actorId: string | null): Promise<string> {
    return (await this.createWithLookup(em, dto, actorId)).id;
  }

  /** A lookup code not used yet (codes are random: a clash is rare, a new draw settles it). */
  private async freshLookupCode(receivedOn: string, em?: EntityManager): Promise<string> {
    for (let i = 0; i < 8; i += 1) {
      const code = generateLookupCode(receivedOn);
      if (!(await this.repo.findByLookupCode(code, em))) return code;
    }
    throw new Error('no free lookup code after 8 draws');
  }

  /**
   * As `createWithin`, and returns the petition's lookup code and secret, for the paper or e-mail the citizen receives.
   */
  async createWithLookup(
    em: EntityManager,
    dto: CreatePetitionDto,
    actorId: string | null,
  ): Promise<{ id: string; lookup: PetitionLookup }> {
    const { petition, identity, compareContent } = this.build(dto, actorId);
    const lookup = { code: await this.freshLookupCode(petition.receivedOn, em), secret: generateLookupSecret() };
    Object.assign(petition, this.cipher.lookupColumns(petition.id, lookup.code, lookup.secret));
    const bidx = identity ? identity.idBidx : petition.petitionerIdBidx;
    if (bidx && !petition.anonymous) {
      // Under every data key: rows not yet rebuilt by a key rotation keep the index of an older key.
      const indexes = this.cipher.idIndexes(dto.petitioner?.idNumber);
      const earlier = identity
        ? await this.repo.sealedByIdIndex(em, petition.unitId, indexes)
        : await this.repo.openByIdIndex(em, petition.unitId, indexes);
      // The blind index already matched the ID number: compare the (scrubbed) contents under one key.
      const key = normalizeIdNumber(bidx);
      const dupes = findPossibleDuplicates(
        { idNumber: key, unitId: petition.unitId, content: compareContent },
        earlier.map((e) => ({ id: e.id, idNumber: key, unitId: e.unitId, content: e.content })),
      );
      petition.possibleDuplicateOf = dupes.map((d) => d.petition.id);
    }
    await this.repo.insert(em, petition);
    if (identity) await this.repo.insertIdentity(em, identity);
    if (dto.petitioner?.email)
      await this.mailLookup(em, petition, dto.petitioner.email, dto.petitioner.fullName, lookup);
    return { id: petition.id, lookup };
  }

  /** The receipt e-mail with the code and secret, in the petition's transaction (outbox). */
  private async mailLookup(
    em: EntityManager,
    p: PetitionEntity,
    to: string,
    fullName: string,
    lookup: PetitionLookup,
  ): Promise<void> {
    const unit = await this.org.findUnit(p.unitId);
    await this.notifications.enqueue(em, {
      kind: 'petition.lookup',
      to,
      refType: 'petition',
      refId: p.id,
      identitySealed: isProtectedIdentity(p),
      dedupeKey: `petition-lookup:${p.id}`,
      subject: `Tiếp nhận đơn — mã tra cứu ${lookup.code}`,
      // A sealed identity never goes into the outbox in clear: the letter then greets "công dân" without the name.
      text: lookupMailText({
        fullName: isProtectedIdentity(p) ? null : fullName.trim(),
        agency: unit ? agencyName(unit) : null,
        receivedOn: p.receivedOn,
        code: lookup.code,
        secret: lookup.secret,
        lookupUrl: `${this.config.publicBaseUrl}/tra-cuu`,
      }),
    });
  }

  /**
   * The lookup code and secret of a petition, to print on a paper for the citizen. A petition filed before lookup codes
   * existed gets both now (once: a concurrent printer's code wins and is read back).
   */
  async lookupFor(petitionId: string): Promise<PetitionLookup | null> {
    const p = await this.repo.find(petitionId);
    if (!p) return null;
    if (p.lookupCode && p.lookupSecretEnc) return { code: p.lookupCode, secret: this.cipher.lookupSecret(p)! };
    const code = await this.freshLookupCode(p.receivedOn);
    const secret = generateLookupSecret();
    const set = await this.tx.run((em) => this.repo.setLookup(em, p.id, this.cipher.lookupColumns(p.id, code, secret)));
    return set ? { code, secret } : this.lookupFor(petitionId);
  }

  /**
   * The petition a citizen's code and secret open, or null — the same null for an unknown code, a wrong secret or a
   * malformed input; an unknown code is checked against a dummy hash so that both paths cost the same.
   */
  async findByLookup(rawCode: unknown, rawSecret: unknown): Promise<PetitionEntity | null> {
    const code = normalizeLookupCode(rawCode);
    const secret = normalizeLookupSecret(rawSecret);
    const p = code ? await this.repo.findByLookupCode(code) : null;
    const expected = Buffer.from(p?.lookupSecretHash ?? LOOKUP_DUMMY_HASH, 'hex');
    let same = false;
    for (const actual of this.cipher.lookupHashes(p?.id ?? '', secret ?? ''))
      same = timingSafeEqual(Buffer.from(actual, 'hex'), expected) || same;
    return p && secret && same ? p : null;
  }

  async create(user: AuthUser, dto: CreatePetitionDto) {
    if (!(await this.org.findUnit(dto.unitId)) || !(await this.scope.inScope(user, dto.unitId))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
        detail: 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn.',
        errors: [{ field: 'unitId', message: 'Đơn vị không tồn tại.' }],
      });
    }
    const id = await this.tx.run((em) => this.createWithin(em, dto, user.id));
    return this.get(user, id);
  }

  async list(user: AuthUser, q: PetitionQuery) {
    const page = pageOf(q);
    if (q.unitId && !(await this.scope.inScope(user, q.unitId))) return { items: [], total: 0, ...page };
    const dayStart = (d: string) => DateTime.fromISO(d, { zone: DEFAULT_TIME_ZONE }).startOf('day').toJSDate();
    const { items, total } = await this.repo.list({
      unitIds: await this.scope.unitFilter(user),
      unitId: q.unitId,
      queue: q.queue ?? 'main',
      type: q.type,
      status: q.status,
      from: q.from ? dayStart(q.from) : undefined,
      to: q.to ? DateTime.fromJSDate(dayStart(q.to)).plus({ days: 1 }).toJSDate() : undefined,
      duplicatesOnly: q.duplicates === 'true',
      ...page,
    });
    return { items: items.map(petitionListItem), total, ...page };
  }

  /** A petition in the user's scope (404 otherwise). */
  async requireInScope(user: AuthUser, id: string, em?: EntityManager): Promise<PetitionEntity> {
    const p = await this.repo.find(id, em);
    if (!p || !(await this.scope.inScope(user, p.unitId))) throw new NotFoundError('Đơn');
    return p;
  }

  async find(id: string, em?: EntityManager): Promise<PetitionEntity | null> {
    return this.repo.find(id, em);
  }

  /**
   * The summary of the petition's tasks the periodic report counts from, stored inside the caller's transaction
   * (the tasks module calls it with every task write; `read` runs after the petition row is locked).
   */
  setTaskTimeliness(em: EntityManager, id: string, read: () => Promise<TaskTimeliness>): Promise<void> {
    return this.repo.setTaskTimeliness(em, id, read);
  }

  async pausesAndExtensions(id: string, em?: EntityManager) {
    const pauses = await this.repo.pauses(id, em);
    const extensions = await this.repo.extensions(id, em);
    return { pauses, extensions };
  }

  /**
   * GET /petitions/:id — the sealed identity only for an inspector of the unit, and every such read is audited.
   * `keepSealed`: the record as anyone else sees it (no identity read, nothing audited) — the staff workspace shows a
   * denunciation so until the inspector asks to reveal it; `reason`: why the identity is read, kept in the audit row.
   */
  async get(user: AuthUser, id: string, opts: { keepSealed?: boolean; reason?: string } = {}) {
    const p = await this.requireInScope(user, id);
    const [pauses, extensions] = await Promise.all([this.repo.pauses(id), this.repo.extensions(id)]);
    const deadlines = await this.deadlines.compute(p, pauses, extensions);
    const base = {
      ...petitionSummary(p),
      content: p.content,
      deadlines: deadlines.map(deadlineView),
      pauses: pauses.map(pauseView),
      extensions: extensions.map(extensionView),
      paused: pauses.some((x) => x.toOn === null),
      processedAsDenunciation: p.type === 'denunciation' ? !isAnonymousDenunciation(p) : null,
    };
    const viewer = viewerOf(user);
    if (!isProtectedIdentity(p)) {
      return {
        ...base,
        petitioner: maskedPetitioner(this.cipher.openPetitioner(p), user, p.unitId),
        identityProtected: false,
      };
    }
    const row = await this.repo.findIdentity(id);
    const sealed = row ? this.cipher.unseal(row) : { petitioner: null, content: p.content };
    if (opts.keepSealed || !canReadSealedIdentity(p, viewer)) {
      // Everyone else: no petitioner, and the identity scrubbed from every string of the record (defence in depth).
      return redactPetition({ ...base, petitioner: sealed.petitioner }, opts.keepSealed ? SEALED_VIEWER : viewer);
    }
    await this.audit.record({
      action: 'read_protected',
      entityType: 'petition',
      entityId: id,
      summary: opts.reason
        ? `Xem danh tính người tố cáo, lý do: ${opts.reason}`
        : 'Đọc danh tính người tố cáo (GET /petitions/:id)',
    });
    return redactPetition({ ...base, content: sealed.content, petitioner: sealed.petitioner }, viewer);
  }

  /**
   * What the citizen holding the code and secret may read: status, unit, day of receipt, the legal deadline (the
   * resolution step, extensions included) and the extensions with their reasons. A denunciation (sealed identity)
   * shows only its status and deadline: nothing that could tell who is handling whom.
   */
  async lookupView(p: PetitionEntity): Promise<PetitionLookupView> {
    const [pauses, extensions] = await Promise.all([this.repo.pauses(p.id), this.repo.extensions(p.id)]);
    const due = taskDeadline(await this.deadlines.compute(p, pauses, extensions));
    const base = { code: p.lookupCode!, status: p.status, dueOn: due?.dueOn ?? null };
    if (isProtectedIdentity(p)) return { ...base, sealed: true };
    const unit = await this.org.findUnit(p.unitId);
    return {
      ...base,
      sealed: false,
      unit: { name: unit?.name ?? '' },
      receivedOn: p.receivedOn,
      extensions: extensions.map((x) => ({ days: x.days, reason: x.reason })),
    };
  }

  /** A scrubber of the petition's sealed identity (identity for denunciations; name, ID and phone otherwise). */
  async scrubberFor(p: PetitionEntity, em?: EntityManager): Promise<Scrubber> {
    const who = await this.petitionerOf(p, em);
    return who ? (t) => scrubIdentity(t, who) : NO_SCRUB;
  }

  /** The agency that writes to the petitioner: the petition's unit as an agency ("Ủy ban nhân dân phường …"). */
  async agencyOf(p: PetitionEntity): Promise<string | null> {
    const unit = await this.org.findUnit(p.unitId);
    return unit ? agencyName(unit) : null;
  }

  /** The petitioner as filed, for services that write to the citizen (never returned to a client from here). */
  async petitionerOf(p: PetitionEntity, em?: EntityManager): Promise<PetitionerData | null> {
    if (!isProtectedIdentity(p)) return this.cipher.openPetitioner(p);
    const row = await this.repo.findIdentity(p.id, em);
    return row ? this.cipher.unseal(row).petitioner : null;
  }
}
