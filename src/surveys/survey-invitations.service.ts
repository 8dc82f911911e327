import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { derivedSurveyCode, formatSurveyCode, hashSurveyCode, newSurveyCode } from './domain/survey-token.js';
import { expiryOf, lastDayOf, type SurveyKind } from './domain/survey-rules.js';
import { SURVEY_SETTINGS, type SurveySettings } from './survey-settings.js';
import { SurveyInvitationEntity } from './survey.entity.js';
import { SurveysRepository } from './surveys.repository.js';

/** What a module that closes a case puts in its e-mail or printout. */
export interface SurveyInvitation {
  /** The code as printed, in groups: `KS7M-QX3D-98TA`. */
  code: string;
  /** The link to the survey page (PUBLIC_BASE_URL + /khao-sat/<code>). */
  url: string;
  expiresAt: Date;
  /** The last local day (YYYY-MM-DD) on which the link works. */
  lastDay: string;
}

/** `2026-05-01` → `01/05/2026`. */
export function viDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** Vietnamese lines to append to an e-mail that tells the citizen the outcome of their case. */
export function surveyMailLines(inv: SurveyInvitation): string[] {
  return [
    '',
    'Ý kiến của ông/bà giúp cơ quan phục vụ tốt hơn. Mời ông/bà trả lời phiếu khảo sát sự hài lòng (không ghi tên, 4 câu hỏi):',
    inv.url,
    `Mã phiếu: ${inv.code} — dùng được một lần, đến hết ngày ${viDate(inv.lastDay)}.`,
  ];
}

/**
 * Creates survey links. Called by the modules that close a case (tasks, minutes, dialogues, bookings) INSIDE their
 * own transaction, so the link exists if and only if the e-mail or document that carries it does. The link records
 * only the unit and the kind of case: nothing that leads back to the case or the person.
 */
@Injectable()
export class SurveyInvitationsService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly clock: Clock,
    @Inject(SURVEY_SETTINGS) private readonly settings: SurveySettings,
  ) {}

  async create(em: EntityManager, input: { unitId: string; kind: SurveyKind }): Promise<SurveyInvitation> {
    return this.insert(em, newSurveyCode(), input);
  }

  /**
   * A link whose code is derived from `seed` (e.g. `reception-case:<id>`), for a slip that may be printed again later:
   * `printed(seed)` gives the same code back. The invitation row still holds only the hash, unit and kind.
   */
  async createDerived(
    em: EntityManager,
    input: { unitId: string; kind: SurveyKind; seed: string },
  ): Promise<SurveyInvitation> {
    return this.insert(em, derivedSurveyCode(this.settings.codeKey, input.seed), input);
  }

  /** The link made by `createDerived` for `seed`, or null when there is none. */
  async printed(seed: string): Promise<SurveyInvitation | null> {
    const code = derivedSurveyCode(this.settings.codeKey, seed);
    const inv = await this.repo.invitationByHash(hashSurveyCode(code));
    return inv ? this.linkOf(code, inv.expiresAt) : null;
  }

  private async insert(
    em: EntityManager,
    code: string,
    input: { unitId: string; kind: SurveyKind },
  ): Promise<SurveyInvitation> {
    const expiresAt = expiryOf(this.clock.now(), this.settings.ttlDays);
    await this.repo.insertInvitation(
      em,
      Object.assign(new SurveyInvitationEntity(), {
        id: randomUUID(),
        tokenHash: hashSurveyCode(code),
        unitId: input.unitId,
        kind: input.kind,
        expiresAt,
        used: false,
      }),
    );
    return this.linkOf(code, expiresAt);
  }

  private linkOf(code: string, expiresAt: Date): SurveyInvitation {
    const printed = formatSurveyCode(code);
    return {
      code: printed,
      url: `${this.settings.publicBaseUrl}/khao-sat/${printed}`,
      expiresAt,
      lastDay: lastDayOf(expiresAt),
    };
  }

  /** The link as a QR code: SVG (for the PDF) or PNG (for the DOCX and the web page). */
  async qrSvg(inv: SurveyInvitation): Promise<string> {
    const { default: QRCode } = await import('qrcode'); // loaded on first use, not at start-up
    return QRCode.toString(inv.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  }

  async qrPng(inv: SurveyInvitation): Promise<Buffer> {
    const { default: QRCode } = await import('qrcode');
    return QRCode.toBuffer(inv.url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  }
}
