import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { disclose } from '../common/privacy/masking-policy.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { DialogueQuestionEntity } from './dialogue.entity.js';
import { publicQuestionView, questionView } from './dialogue-view.js';
import { DialoguesRepository } from './dialogues.repository.js';
import { DialoguesService } from './dialogues.service.js';
import type { ModerateQuestionDto, QuestionQuery, SubmitQuestionDto } from './dto/question.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { DIALOGUES_ERRORS } from './errors.js';

import { CONTACT_CTX } from './dialogue-contact.js';

export { CONTACT_CTX };
/** NFC, without control characters other than tab and line breaks. */
const clean = (s: string): string =>
  [...s.normalize('NFC')]
    .filter((ch) => {
      const c = ch.codePointAt(0)!;
      return c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127);
    })
    .join('')
    .trim();

/** Questions citizens send before a dialogue, and their moderation by the office. */
@Injectable()
export class DialogueQuestionsService {
  private readonly cipher: FieldCipher;

  constructor(
    private readonly repo: DialoguesRepository,
    private readonly dialogues: DialoguesService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.dataKey);
  }

  /** A citizen's question: only announced dialogues that have not ended take questions; others are 404 or 422. */
  async submit(dialogueId: string, dto: SubmitQuestionDto) {
    const d = await this.repo.find(dialogueId);
    if (!d || !d.publishedAt) throw new NotFoundError('Hội nghị đối thoại');
    if (d.status !== 'published' || this.clock.now() >= d.endsAt) {
      throw fail(DIALOGUES_ERRORS.DIALOGUE_QUESTIONS_CLOSED);
    }
    const question = clean(dto.question);
    if (question.length < 10)
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Câu hỏi quá ngắn.',
        errors: [{ field: 'question', message: 'Tối thiểu 10 ký tự.' }],
      });
    const contact = dto.contact ? clean(dto.contact) : '';
    const id = newId();
    const q = Object.assign(new DialogueQuestionEntity(), {
      id,
      dialogueId,
      fullName: clean(dto.fullName),
      contactEnc: contact ? this.cipher.encrypt(contact, CONTACT_CTX, id) : null,
      question,
      publicText: null,
      status: 'pending',
      rejectReason: null,
      mergedIntoId: null,
      moderatedBy: null,
      moderatedAt: null,
      createdAt: this.clock.now(),
    } satisfies DialogueQuestionEntity);
    await this.tx.run((em) => this.repo.insertQuestion(em, q));
    // The sender gets a receipt, never the stored personal data back.
    return { id: q.id, dialogueId, status: q.status, createdAt: q.createdAt.toISOString() };
  }

  async list(user: AuthUser, dialogueId: string, q: QuestionQuery) {
    const d = await this.dialogues.requireVisible(user, dialogueId);
    const rows = await this.repo.questions(dialogueId, q.status);
    const seen = this.seenBy(user, d.unitId);
    return rows.map((r) => questionView(r, this.contactOf(r), seen));
  }

  /** The masking policy for questions of a dialogue of `unitId` (src/common/privacy/masking-policy.ts). */
  private seenBy(user: AuthUser, unitId: string) {
    return disclose(user, { kind: 'dialogueQuestion', sealed: false, unitId });
  }

  private contactOf(r: DialogueQuestionEntity): string | null {
    return r.contactEnc ? this.cipher.decrypt(r.contactEnc, CONTACT_CTX, r.id) : null;
  }

  /** Accept, reject with a reason, or merge a duplicate into an accepted question of the same dialogue. Only pending questions. */
  async moderate(user: AuthUser, dialogueId: string, id: string, dto: ModerateQuestionDto) {
    const d = await this.dialogues.requireVisible(user, dialogueId);
    const q = await this.repo.findQuestion(dialogueId, id);
    if (!q) throw new NotFoundError('Câu hỏi');
    const now = this.clock.now();
    const changes: Partial<DialogueQuestionEntity> = { moderatedBy: user.id, moderatedAt: now };
    if (dto.action === 'accept') {
      changes.status = 'accepted';
      changes.publicText = dto.publicText ? clean(dto.publicText) : null;
    } else if (dto.action === 'reject') {
      if (!dto.reason)
        throw fail(DIALOGUES_ERRORS.REASON_REQUIRED, {
          detail: 'Phải nêu lý do từ chối câu hỏi.',
          errors: [{ field: 'reason', message: 'Bắt buộc khi từ chối.' }],
        });
      changes.status = 'rejected';
      changes.rejectReason = clean(dto.reason);
    } else {
      if (!dto.mergeIntoId)
        throw fail(DIALOGUES_ERRORS.MERGE_TARGET_REQUIRED, {
          errors: [{ field: 'mergeIntoId', message: 'Bắt buộc khi gộp.' }],
        });
      if (dto.mergeIntoId === id)
        throw fail(DIALOGUES_ERRORS.MERGE_TARGET_INVALID, {
          errors: [{ field: 'mergeIntoId', message: 'Phải là câu hỏi khác.' }],
        });
      changes.status = 'merged';
      changes.mergedIntoId = dto.mergeIntoId;
    }
    await this.tx.run(async (em) => {
      if (dto.action === 'merge') {
        const target = await this.repo.findQuestion(dialogueId, dto.mergeIntoId!, em);
        if (!target || target.status !== 'accepted') {
          throw fail(DIALOGUES_ERRORS.MERGE_TARGET_NOT_ACCEPTED);
        }
      }
      if (!(await this.repo.updateQuestionIfStatus(em, id, 'pending', changes))) {
        throw fail(DIALOGUES_ERRORS.QUESTION_ALREADY_MODERATED);
      }
    });
    const after = (await this.repo.findQuestion(dialogueId, id))!;
    return questionView(after, this.contactOf(after), this.seenBy(user, d.unitId));
  }

  /** Accepted questions of an announced dialogue, without any personal data. */
  async publicList(dialogueId: string) {
    const d = await this.repo.find(dialogueId);
    if (!d || !d.publishedAt) throw new NotFoundError('Hội nghị đối thoại');
    const rows = await this.repo.questions(dialogueId, 'accepted');
    const merged = await this.repo.mergedCounts(rows.map((r) => r.id));
    return rows.map((r) => publicQuestionView(r, merged.get(r.id) ?? 0));
  }
}
