import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { assertMayLockMinutes } from '../common/time/minutes-lock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import type { DialogueEntity } from './dialogue.entity.js';
import {
  DialogueMinuteAmendmentEntity,
  DialogueMinuteItemEntity,
  DialogueMinutesEntity,
} from './dialogue-minutes.entity.js';
import { DialogueMinutesRepository } from './dialogue-minutes.repository.js';
import { DialogueTaskCreator } from './dialogue-task-creator.js';
import { DialoguesRepository } from './dialogues.repository.js';
import { DialoguesService } from './dialogues.service.js';
import { contentHash, itemProblem, minutesContent } from './domain/minutes-lock.js';
import type {
  DialogueAmendmentDto,
  CreateDialogueMinutesDto,
  MinutesItemDto,
  UpdateDialogueMinutesDto,
} from './dto/minutes.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { DIALOGUES_ERRORS } from './errors.js';
import { MINUTES_ERRORS } from '../minutes/errors.js';
import { ORG_ERRORS } from '../org/errors.js';

const finalizedError = () => fail(MINUTES_ERRORS.MINUTES_FINALIZED);

/** Minutes of a dialogue: items (answer or commitment), locking with a content hash, append-only amendments. */
@Injectable()
export class DialogueMinutesService {
  constructor(
    private readonly repo: DialogueMinutesRepository,
    private readonly dialoguesRepo: DialoguesRepository,
    private readonly dialogues: DialoguesService,
    private readonly org: OrgReader,
    private readonly tasks: DialogueTaskCreator,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private async requireMinutes(user: AuthUser, dialogueId: string) {
    const d = await this.dialogues.requireVisible(user, dialogueId);
    const m = await this.repo.byDialogue(d.id);
    if (!m) throw new NotFoundError('Biên bản hội nghị đối thoại');
    return { d, m };
  }

  async view(m: DialogueMinutesEntity) {
    const [items, amendments] = await Promise.all([this.repo.items(m.id), this.repo.amendments(m.id)]);
    return {
      id: m.id,
      dialogueId: m.dialogueId,
      status: m.status,
      summary: m.summary,
      contentHash: m.contentHash,
      finalizedAt: m.finalizedAt?.toISOString() ?? null,
      items: items.map((i) => ({
        id: i.id,
        position: i.position,
        questionId: i.questionId,
        questionText: i.questionText,
        answer: i.answer,
        commitment: i.commitmentText
          ? { assigneeUnitId: i.commitmentUnitId, dueDate: i.commitmentDueDate, text: i.commitmentText }
          : null,
        taskId: i.taskId,
      })),
      amendments: amendments.map((a) => ({
        id: a.id,
        reason: a.reason,
        text: a.text,
        createdAt: a.createdAt.toISOString(),
      })),
      createdAt: m.createdAt.toISOString(),
    };
  }

  /** Checks an item against the dialogue (accepted question of this dialogue, existing unit, due date after the dialogue). */
  private async buildItem(
    em: EntityManager,
    d: DialogueEntity,
    minutesId: string,
    dto: MinutesItemDto,
    field: string,
  ): Promise<DialogueMinuteItemEntity> {
    const problem = itemProblem(dto);
    if (problem)
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: problem,
        errors: [{ field: `${field}.answer`, message: problem }],
      });
    let questionText = dto.questionText?.trim() ?? '';
    if (dto.questionId) {
      const q = await this.dialoguesRepo.findQuestion(d.id, dto.questionId, em);
      if (!q || q.status !== 'accepted')
        throw fail(DIALOGUES_ERRORS.QUESTION_NOT_ACCEPTED, {
          errors: [{ field: `${field}.questionId`, message: 'Phải là câu hỏi đã chấp nhận của hội nghị.' }],
        });
      questionText ||= q.publicText ?? q.question;
    }
    if (!questionText)
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Phải có câu hỏi.',
        errors: [{ field: `${field}.questionText`, message: 'Bắt buộc khi không chọn câu hỏi gửi trước.' }],
      });
    const c = dto.commitment;
    if (c) {
      if (!(await this.org.findUnit(c.assigneeUnitId)))
        throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
          detail: 'Đơn vị được giao không tồn tại.',
          errors: [{ field: `${field}.commitment.assigneeUnitId`, message: 'Không tìm thấy đơn vị.' }],
        });
      if (c.dueDate < d.localDate)
        throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
          detail: 'Hạn thực hiện cam kết phải từ ngày hội nghị trở đi.',
          errors: [{ field: `${field}.commitment.dueDate`, message: 'Phải sau ngày hội nghị.' }],
        });
    }
    return Object.assign(new DialogueMinuteItemEntity(), {
      id: newId(),
      minutesId,
      position: await this.repo.nextPosition(em, minutesId),
      questionId: dto.questionId ?? null,
      questionText,
      answer: dto.answer?.trim() ?? null,
      commitmentUnitId: c?.assigneeUnitId ?? null,
      commitmentDueDate: c?.dueDate ?? null,
      commitmentText: c?.text.trim() ?? null,
      taskId: null,
      createdAt: this.clock.now(),
    } satisfies DialogueMinuteItemEntity);
  }

  async create(user: AuthUser, dialogueId: string, dto: CreateDialogueMinutesDto) {
    const d = await this.dialogues.requireVisible(user, dialogueId);
    this.dialogues.requireState(d, 'minutes');
    const now = this.clock.now();
    const m = Object.assign(new DialogueMinutesEntity(), {
      id: newId(),
      dialogueId: d.id,
      status: 'draft',
      summary: dto.summary?.trim() || null,
      contentHash: null,
      finalizedAt: null,
      finalizedBy: null,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    } satisfies DialogueMinutesEntity);
    try {
      await this.tx.run(async (em) => {
        await this.repo.insert(em, m);
        for (const [i, item] of (dto.items ?? []).entries())
          await this.repo.insertItem(em, await this.buildItem(em, d, m.id, item, `items[${i}]`));
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw fail(DIALOGUES_ERRORS.DIALOGUE_MINUTES_EXIST);
      throw e;
    }
    return this.view(m);
  }

  async get(user: AuthUser, dialogueId: string) {
    return this.view((await this.requireMinutes(user, dialogueId)).m);
  }

  async update(user: AuthUser, dialogueId: string, dto: UpdateDialogueMinutesDto) {
    const { m } = await this.requireMinutes(user, dialogueId);
    await this.tx.run(async (em) => {
      if (
        !(await this.repo.lockDraft(em, m.id, {
          updatedAt: this.clock.now(),
          ...(dto.summary !== undefined ? { summary: dto.summary.trim() || null } : {}),
        }))
      )
        throw finalizedError();
    });
    return this.view((await this.repo.byDialogue(dialogueId))!);
  }

  async addItem(user: AuthUser, dialogueId: string, dto: MinutesItemDto) {
    const { d, m } = await this.requireMinutes(user, dialogueId);
    await this.tx.run(async (em) => {
      if (!(await this.repo.lockDraft(em, m.id, { updatedAt: this.clock.now() }))) throw finalizedError();
      await this.repo.insertItem(em, await this.buildItem(em, d, m.id, dto, 'item'));
    });
    return this.view(m);
  }

  async deleteItem(user: AuthUser, dialogueId: string, itemId: string) {
    const { m } = await this.requireMinutes(user, dialogueId);
    await this.tx.run(async (em) => {
      if (!(await this.repo.lockDraft(em, m.id, { updatedAt: this.clock.now() }))) throw finalizedError();
      if (!(await this.repo.deleteItem(em, m.id, itemId))) throw new NotFoundError('Nội dung biên bản');
    });
    return this.view(m);
  }

  /**
   * Locks the minutes and, in the same transaction, turns every commitment into a follow-up task: either all of it
   * happens or none. The hash covers the content as locked.
   */
  async finalize(user: AuthUser, dialogueId: string) {
    const { d, m } = await this.requireMinutes(user, dialogueId);
    const now = this.clock.now();
    assertMayLockMinutes('dialogue', d.startsAt, now);
    await this.tx.run(async (em) => {
      if (!(await this.repo.lockDraft(em, m.id, { updatedAt: now }))) throw finalizedError();
      const items = await this.repo.items(m.id, em);
      if (!items.length) throw fail(DIALOGUES_ERRORS.MINUTES_EMPTY);
      const hash = contentHash(
        minutesContent(
          d.id,
          m.summary,
          items.map((i) => ({
            position: i.position,
            questionId: i.questionId,
            questionText: i.questionText,
            answer: i.answer,
            commitment: i.commitmentText
              ? { assigneeUnitId: i.commitmentUnitId!, dueDate: i.commitmentDueDate!, text: i.commitmentText }
              : null,
          })),
        ),
      );
      for (const i of items.filter((x) => x.commitmentText)) {
        const taskId = await this.tasks.createWithin(em, { dialogue: d, item: i, actorId: user.id });
        await this.repo.setItemTask(em, i.id, taskId);
      }
      if (
        !(await this.repo.lockDraft(em, m.id, {
          status: 'finalized',
          contentHash: hash,
          finalizedAt: now,
          finalizedBy: user.id,
        }))
      )
        throw finalizedError();
    });
    return this.view((await this.repo.byDialogue(dialogueId))!);
  }

  async amend(user: AuthUser, dialogueId: string, dto: DialogueAmendmentDto) {
    const { m } = await this.requireMinutes(user, dialogueId);
    if (m.status !== 'finalized') throw fail(MINUTES_ERRORS.MINUTES_NOT_FINALIZED);
    await this.tx.run((em) =>
      this.repo.insertAmendment(
        em,
        Object.assign(new DialogueMinuteAmendmentEntity(), {
          id: newId(),
          minutesId: m.id,
          reason: dto.reason.trim(),
          text: dto.text.trim(),
          createdBy: user.id,
          createdAt: this.clock.now(),
        }),
      ),
    );
    return this.view(m);
  }
}
