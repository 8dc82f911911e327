import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { StaffDirectory } from '../auth/staff-directory.service.js';
import { OrgReader } from '../org/org-reader.service.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { CaseCipher } from './case-cipher.js';
import { type Canonical, contentHash } from '../common/crypto/content-hash.js';
import { isRefusalGround } from './domain/handling.js';
import { shieldIdentity } from './domain/identity-shield.js';
import { agencyName, issuerFor } from './domain/issuer.js';
import type { CaseView, Issuer, MinutesView } from './domain/views.js';
import type { AttendeeRecord, MinutesAmendmentEntity, MinutesEntity } from './minutes.entity.js';
import { MinutesRepository } from './minutes.repository.js';
import type { ReceptionCaseEntity } from './reception-case.entity.js';

/**
 * Turns stored minutes and cases into the views documents and exports read, with the viewer's rights applied
 * (masked ID numbers, sealed denouncers). Every disclosure of a sealed identity is audited here.
 */
/**
 * The secretary as printed. Minutes drafted before staff had names stored the creator's login name as the secretary:
 * such a name is replaced by the person's full name and title, or left blank, never printed.
 */
export function secretaryOf(
  m: Pick<MinutesEntity, 'secretaryName' | 'secretaryTitle'>,
  creator?: { fullName: string; title: string; username: string },
) {
  if (creator && m.secretaryName.trim() === creator.username)
    return {
      fullName: creator.fullName,
      title: creator.fullName ? creator.title || m.secretaryTitle : m.secretaryTitle,
    };
  return { fullName: m.secretaryName, title: m.secretaryTitle };
}

@Injectable()
export class MinutesViewsService {
  constructor(
    private readonly repo: MinutesRepository,
    private readonly org: OrgReader,
    private readonly cipher: CaseCipher,
    private readonly audit: AuditService,
    private readonly staff: StaffDirectory,
  ) {}

  async unitNames(): Promise<Map<string, string>> {
    return new Map((await this.org.allUnits()).map((u) => [u.id, u.name]));
  }

  /** Unit id → the agency acting for it ("Ủy ban nhân dân phường …", "Sở Xây dựng"), as documents name assignees. */
  async agencyNames(): Promise<Map<string, string>> {
    return new Map((await this.org.allUnits()).map((u) => [u.id, agencyName(u)]));
  }

  /** @param headTitle the title of the session's leader (names the head of a department, who is no "Chủ tịch"). */
  async issuer(unitId: string, body: 'party' | 'government', headTitle?: string): Promise<Issuer> {
    const unit = await this.org.findUnit(unitId);
    if (!unit) throw new Error('unit of a session is missing');
    const parent = unit.parentId ? await this.org.findUnit(unit.parentId) : null;
    return issuerFor(unit, parent, body, headTitle);
  }

  async caseViews(cases: readonly ReceptionCaseEntity[], user: AuthUser, why: string): Promise<CaseView[]> {
    const names = await this.agencyNames();
    const revealed: string[] = [];
    const views = cases.map((c, i) => {
      const shield = shieldIdentity(
        {
          fullName: c.fullName,
          address: c.address,
          idNumber: this.cipher.idNumber(c.id, c.idNumberEnc),
          representatives: this.cipher.representatives(c.id, c.representativesEnc),
        },
        { petitionType: c.petitionType, unitId: c.unitId },
        user,
      );
      if (shield.revealedSealed) revealed.push(c.id);
      return {
        id: c.id,
        no: i + 1,
        receivedOn: c.receivedOn,
        fullName: shield.fullName,
        salutation: shield.identityProtected && !shield.revealedSealed ? null : c.salutation,
        address: shield.address,
        idNumber: shield.idNumber,
        groupSize: c.groupSize,
        representatives: shield.representatives,
        summary: shield.scrub(c.summary),
        request: c.request ? shield.scrub(c.request) : null,
        petitionType: c.petitionType,
        previouslyHandledBy: c.previouslyHandledBy,
        handlingRoute: c.handlingRoute,
        refusalGround: isRefusalGround(c.refusalGround) ? c.refusalGround : null,
        refusalReason: c.refusalReason ? shield.scrub(c.refusalReason) : null,
        conclusion: shield.scrub(c.conclusion),
        assigneeUnitName: c.assigneeUnitId ? (names.get(c.assigneeUnitId) ?? null) : null,
        dueDate: c.dueDate,
        followUp: c.petitionId ? 'Đã lập đơn và giao nhiệm vụ xử lý' : null,
        note: c.note ? shield.scrub(c.note) : null,
        identityProtected: shield.identityProtected,
        form: c.form === 'online' ? 'online' : 'in_person',
      } satisfies CaseView;
    });
    for (const id of revealed) {
      await this.audit.record({
        action: 'read_protected',
        entityType: 'reception_case',
        entityId: id,
        summary: `Đọc danh tính người tố cáo (${why})`,
      });
    }
    return views;
  }

  /**
   * Whether finalised minutes still hash to their stored hash, under any data key of the ring: the ID blind indexes the
   * hash covers are those of the key current when the minutes were locked, and a key rotation changes the current key.
   */
  hashMatches(m: MinutesEntity, cases: readonly ReceptionCaseEntity[]): boolean {
    return this.cipher.keyIds.some((keyId) => this.hashOf(m, cases, keyId) === m.contentHash);
  }

  /**
   * The content the hash of finalised minutes covers. ID numbers enter through their keyed blind index only, under the
   * data key `keyId` (default: the current key), computed from the encrypted ID number (equal to the stored index
   * column under the key that wrote it).
   */
  hashOf(m: MinutesEntity, cases: readonly ReceptionCaseEntity[], keyId = this.cipher.keyIds[0]!): string {
    const content: Canonical = {
      minutesId: m.id,
      sessionId: m.sessionId,
      unitId: m.unitId,
      number: m.number,
      chairOfficialId: m.chairOfficialId,
      chairInPerson: m.chairInPerson,
      officials: JSON.parse(m.officials) as Canonical,
      secretary: { fullName: m.secretaryName, title: m.secretaryTitle },
      cases: cases.map((c) => ({
        id: c.id,
        seq: c.seq,
        receivedOn: c.receivedOn,
        bookingCode: c.bookingCode,
        fullName: c.fullName,
        address: c.address,
        idNumberIndex: this.cipher.indexUnder(keyId, this.cipher.idNumber(c.id, c.idNumberEnc)),
        groupSize: c.groupSize,
        representatives: this.cipher
          .representatives(c.id, c.representativesEnc)
          .map((r) => ({ fullName: r.fullName, idIndex: this.cipher.indexUnder(keyId, r.idNumber) })),
        summary: c.summary,
        request: c.request,
        petitionType: c.petitionType,
        previouslyHandledBy: c.previouslyHandledBy,
        handlingRoute: c.handlingRoute,
        refusalGround: c.refusalGround,
        refusalReason: c.refusalReason,
        conclusion: c.conclusion,
        assigneeUnitId: c.assigneeUnitId,
        dueDate: c.dueDate,
        note: c.note,
      })),
    };
    return contentHash(content);
  }

  async minutesView(
    m: MinutesEntity,
    session: SessionRecord,
    cases: readonly CaseView[],
    amendments: readonly MinutesAmendmentEntity[],
  ): Promise<MinutesView> {
    const [chair, venue] = await Promise.all([
      this.org.findOfficial(m.chairOfficialId),
      this.org.findVenue(session.venueId),
    ]);
    const leader = session.officialId === m.chairOfficialId ? chair : await this.org.findOfficial(session.officialId);
    const local = (d: Date) => DateTime.fromJSDate(d, { zone: session.timeZone }).toFormat('HH:mm');
    // Authors of corrections by their current name and title (rows written before names existed held login names).
    const authors = await this.staff.people([...amendments.map((a) => a.authorId), m.createdBy]);
    const authorOf = (id: string): string => {
      const p = authors.get(id);
      return p?.fullName ? [p.fullName, p.title].filter(Boolean).join(', ') : '';
    };
    return {
      issuer: await this.issuer(
        session.unitId,
        leader?.body ?? 'government',
        leader?.position === 'head' ? leader.title : undefined,
      ),
      number: m.number,
      sessionDate: session.localDate,
      startTime: local(session.startsAt),
      endTime: local(session.endsAt),
      adHoc: session.adHoc,
      venueName: venue?.name ?? '',
      venueAddress: venue?.address ?? '',
      chair: { fullName: chair?.fullName ?? '', title: chair?.title ?? '', position: chair?.position ?? 'head' },
      chairInPerson: m.chairInPerson,
      officials: JSON.parse(m.officials) as AttendeeRecord[],
      secretary: secretaryOf(m, authors.get(m.createdBy)),
      cases,
      amendments: amendments.map((a) => ({
        reason: a.reason,
        text: a.text,
        author: authorOf(a.authorId),
        on: DateTime.fromJSDate(a.createdAt, { zone: session.timeZone }).toISODate()!,
      })),
      finalized: m.status === 'final',
      contentHash: m.contentHash,
    };
  }

  async casesOf(m: MinutesEntity): Promise<ReceptionCaseEntity[]> {
    return this.repo.cases(m.id);
  }
}
