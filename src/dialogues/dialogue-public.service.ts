import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/errors/domain-error.js';
import { OrgReader } from '../org/org-reader.service.js';
import { isoInstant } from '../common/time/iso-instant.js';
import { TASK_STATUS_LABELS, type TaskStatus } from '../tasks/domain/task-state.js';
import type { DialogueEntity } from './dialogue.entity.js';
import { DialogueMinutesRepository } from './dialogue-minutes.repository.js';
import { DialogueRulesService } from './dialogue-rules.service.js';
import { DialoguesRepository } from './dialogues.repository.js';
import { resultsOverdue } from './domain/dialogue-rules.js';
import { MODE_LABELS, STATUS_LABELS, TRIGGER_LABELS } from './domain/dialogue-texts.js';
import type { PublicDialogueQuery } from './dto/dialogue.dto.js';

/**
 * What the public sees of dialogues: announced ones with their results and the commitments with the CURRENT status of
 * their follow-up tasks. Built from an allow-list of fields: nothing about the people who asked (names, contacts) and
 * no question text that was not accepted.
 */
@Injectable()
export class DialoguePublicService {
  constructor(
    private readonly repo: DialoguesRepository,
    private readonly minutes: DialogueMinutesRepository,
    private readonly org: OrgReader,
    private readonly rules: DialogueRulesService,
  ) {}

  async list(q: PublicDialogueQuery) {
    return this.views(await this.repo.publicList(q));
  }

  async get(id: string) {
    const d = await this.repo.find(id);
    if (!d || !d.publishedAt) throw new NotFoundError('Hội nghị đối thoại');
    return (await this.views([d]))[0];
  }

  private async views(rows: DialogueEntity[]) {
    const ids = rows.map((d) => d.id);
    const [chairs, minutes, units] = await Promise.all([
      this.repo.chairsOf(ids),
      this.minutes.byDialogues(ids),
      this.org.allUnits(),
    ]);
    const finalized = minutes.filter((m) => m.status === 'finalized');
    const items = await this.minutes.itemsOfMany(finalized.map((m) => m.id));
    const tasks = await this.repo.taskStatuses(items.map((i) => i.taskId).filter((t): t is string => !!t));
    const officials = await this.org.officialsByIds([...new Set([...chairs.values()].flat())]);
    const venues = new Map<string, { name: string; address: string } | null>();
    for (const v of new Set(rows.map((d) => d.venueId).filter((x): x is string => !!x))) {
      const venue = await this.org.findVenue(v);
      venues.set(v, venue && { name: venue.name, address: venue.address });
    }
    const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? null;
    return rows.map((d) => {
      const m = finalized.find((x) => x.dialogueId === d.id);
      const mine = m ? items.filter((i) => i.minutesId === m.id) : [];
      const today = this.rules.today(d.timeZone);
      const after = d.status === 'held' || d.status === 'results_published';
      return {
        id: d.id,
        unitId: d.unitId,
        unitName: unitName(d.unitId),
        topic: d.topic,
        content: d.content,
        startsAt: d.startsAt.toISOString(),
        endsAt: d.endsAt.toISOString(),
        timeZone: d.timeZone,
        mode: d.mode,
        modeLabel: MODE_LABELS[d.mode],
        venue: d.venueId ? (venues.get(d.venueId) ?? null) : null,
        onlineUrl: d.status === 'published' ? d.onlineUrl : null,
        chairs: (chairs.get(d.id) ?? [])
          .map((cid) => officials.find((o) => o.id === cid))
          .filter((o) => !!o)
          .map((o) => ({ fullName: o!.fullName, title: o!.title })),
        coOrganizers: d.coOrganizers,
        trigger: d.trigger,
        triggerLabel: TRIGGER_LABELS[d.trigger],
        status: d.status,
        statusLabel: STATUS_LABELS[d.status],
        changeReason: d.status === 'cancelled' || d.sequence > 0 ? d.changeReason : null,
        resultsDueOn: d.resultsBy,
        resultsOverdue: after ? resultsOverdue(d.resultsBy, d.resultsPublishedOn, today) : false,
        results:
          d.status === 'results_published'
            ? { summary: d.resultsSummary, publishedAt: d.resultsPublishedAt?.toISOString() ?? null }
            : null,
        answers: mine.filter((i) => i.answer).map((i) => ({ question: i.questionText, answer: i.answer })),
        commitments: mine
          .filter((i) => i.commitmentText)
          .map((i) => {
            const t = i.taskId ? tasks.get(i.taskId) : undefined;
            const status = (t?.status ?? null) as TaskStatus | null;
            return {
              question: i.questionText,
              text: i.commitmentText,
              assigneeUnitName: unitName(i.commitmentUnitId),
              dueDate: i.commitmentDueDate,
              taskStatus: status,
              taskStatusLabel: status ? (TASK_STATUS_LABELS[status] ?? status) : null,
              completedAt: t ? isoInstant(t.completedAt) : null,
            };
          }),
      };
    });
  }
}
