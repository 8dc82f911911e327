import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { letterClosing, salutationLine } from '../notifications/domain/citizen-letter.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { agencyName } from '../org/domain/agency-name.js';
import { OrgReader } from '../org/org-reader.service.js';
import { SurveyInvitationsService, surveyMailLines, viDate } from '../surveys/survey-invitations.service.js';
import type { DialogueEntity } from './dialogue.entity.js';
import { CONTACT_CTX } from './dialogue-contact.js';
import { DialoguesRepository } from './dialogues.repository.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail addresses among the contacts people left with their questions, once each (case-insensitive). */
export function distinctEmails(contacts: (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const c of contacts) {
    const s = c?.trim();
    if (s && EMAIL.test(s) && !seen.has(s.toLowerCase())) seen.set(s.toLowerCase(), s);
  }
  return [...seen.values()];
}

/**
 * When a dialogue's results are published, everyone who sent a question (not rejected) and left an e-mail address as
 * contact gets the results by e-mail, with a one-time satisfaction survey link (kind "dialogue"). Inside the
 * publishing transaction: no mail and no link unless the results are published.
 */
@Injectable()
export class DialogueResultMails {
  private readonly cipher: FieldCipher;

  constructor(
    private readonly repo: DialoguesRepository,
    private readonly org: OrgReader,
    private readonly notifications: NotificationsService,
    private readonly surveys: SurveyInvitationsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.dataKey);
  }

  async enqueue(em: EntityManager, d: DialogueEntity, summary: string): Promise<number> {
    const questions = (await this.repo.questions(d.id)).filter((q) => q.status !== 'rejected' && q.contactEnc);
    const emails = distinctEmails(questions.map((q) => this.cipher.decrypt(q.contactEnc!, CONTACT_CTX, q.id)));
    if (emails.length === 0) return 0;
    const unit = await this.org.findUnit(d.unitId);
    const agency = unit ? agencyName(unit) : 'Cơ quan tổ chức đối thoại';
    for (const to of emails) {
      const survey = await this.surveys.create(em, { unitId: d.unitId, kind: 'dialogue' });
      const addressKey = createHash('sha256').update(to.toLowerCase()).digest('hex').slice(0, 32);
      await this.notifications.enqueue(em, {
        kind: 'dialogue.results',
        to,
        refType: 'dialogue',
        refId: d.id,
        dedupeKey: `dialogue-results:${d.id}:${addressKey}`,
        subject: `Kết quả hội nghị đối thoại ngày ${viDate(d.localDate)}: ${d.topic}`.slice(0, 200),
        text: [
          salutationLine(null),
          '',
          `${agency} thông báo kết quả hội nghị đối thoại trực tiếp với Nhân dân ngày ${viDate(d.localDate)} (${d.topic}), nơi ông/bà đã gửi câu hỏi:`,
          '',
          summary,
          ...surveyMailLines(survey),
          ...letterClosing(agency),
        ].join('\n'),
      });
    }
    return emails.length;
  }
}
