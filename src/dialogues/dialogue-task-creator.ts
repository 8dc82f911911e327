import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { DialogueEntity } from './dialogue.entity.js';
import type { DialogueMinuteItemEntity } from './dialogue-minutes.entity.js';

/** Collective petitioner of a commitment made to the people at the dialogue (not a person's name). */
export const DIALOGUE_PETITIONER = 'Cử tri dự hội nghị đối thoại';

/**
 * Turns a commitment of finalised dialogue minutes into a follow-up task, inside the caller's transaction.
 *
 * Tasks belong to a petition (tasks.petition_id is NOT NULL and the tasks module reads the petition for scope, texts
 * and public results), so each commitment first files a petition of type `recommendation` (kiến nghị) on the channel
 * `dialogue`, received at the dialogue, with the collective petitioner above and no personal data; then the task is
 * created by TasksService.createWithin with the committed date as its due (end of that local day), kept as committed
 * (`dueAsCommitted`: otherwise the recommendation's 10-working-day acknowledgement step would cut it short). No schema change.
 */
@Injectable()
export class DialogueTaskCreator {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  async createWithin(
    em: EntityManager,
    input: { dialogue: DialogueEntity; item: DialogueMinuteItemEntity; actorId: string | null },
  ): Promise<string> {
    const { dialogue: d, item } = input;
    const now = this.clock.now();
    const receivedAt = d.startsAt < now ? d.startsAt : now;
    const subject = `Đối thoại "${d.topic}"`.slice(0, 300);
    const petitionId = await this.petitions.createWithin(
      em,
      {
        type: 'recommendation',
        channel: 'dialogue',
        receivedAt: receivedAt.toISOString(),
        petitioner: { fullName: DIALOGUE_PETITIONER },
        subject,
        content:
          `${item.questionText}\n\nCam kết tại hội nghị đối thoại ngày ${DateTime.fromISO(d.localDate).toFormat('dd/MM/yyyy')}: ${item.commitmentText}`.slice(
            0,
            20000,
          ),
        unitId: d.unitId,
      },
      input.actorId,
    );
    const dueAt = DateTime.fromISO(item.commitmentDueDate!, { zone: d.timeZone }).endOf('day').toUTC().toISO()!;
    return this.tasks.createWithin(
      em,
      petitionId,
      { assigneeUnitId: item.commitmentUnitId!, instruction: item.commitmentText!, dueAt },
      input.actorId,
      { dueAsCommitted: true },
    );
  }
}
