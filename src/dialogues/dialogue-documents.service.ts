import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { StaffDirectory } from '../auth/staff-directory.service.js';
import { renderDocx, renderPdf } from '../documents/renderers.js';
import { OrgReader } from '../org/org-reader.service.js';
import { DialogueMinutesRepository } from './dialogue-minutes.repository.js';
import { DialogueRulesService } from './dialogue-rules.service.js';
import { DialoguesRepository } from './dialogues.repository.js';
import { DialoguesService } from './dialogues.service.js';
import { agencyName, issuerFor } from '../minutes/domain/issuer.js';
import { dialogueDocument } from './domain/dialogue-document.js';

export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** The dialogue's conclusion notice and minutes as DOCX or PDF (Decree 30 layout, src/documents renderers). */
@Injectable()
export class DialogueDocumentsService {
  constructor(
    private readonly dialogues: DialoguesService,
    private readonly repo: DialoguesRepository,
    private readonly minutes: DialogueMinutesRepository,
    private readonly org: OrgReader,
    private readonly rules: DialogueRulesService,
    private readonly staff: StaffDirectory,
  ) {}

  async render(
    user: AuthUser,
    dialogueId: string,
    kind: 'conclusion' | 'minutes',
    format: 'docx' | 'pdf',
  ): Promise<RenderedDocument> {
    const d = await this.dialogues.requireVisible(user, dialogueId);
    const view = await this.dialogues.view(d);
    const unit = (await this.org.findUnit(d.unitId))!;
    const parent = unit.parentId ? await this.org.findUnit(unit.parentId) : null;
    const m = await this.minutes.byDialogue(d.id);
    const [items, amendments, questions] = await Promise.all([
      m ? this.minutes.items(m.id) : [],
      m ? this.minutes.amendments(m.id) : [],
      this.repo.questions(d.id),
    ]);
    const units = new Map((await this.org.allUnits()).map((u) => [u.id, agencyName(u)]));
    const local = (x: Date) => DateTime.fromJSDate(x).setZone(d.timeZone);
    const officials = await this.org.officialsByIds(view.chairOfficialIds);
    const chairs = view.chairOfficialIds
      .map((id) => officials.find((o) => o.id === id))
      .filter((o) => o !== undefined)
      .map((o) => ({ fullName: o.fullName, title: o.title, position: o.position }));
    const head = chairs.find((c) => c.position === 'head');
    const doc = dialogueDocument({
      kind,
      // The issuing body is the unit holding the dialogue (the ward, not the city): header, place, authority mark.
      issuer: issuerFor(unit, parent, 'government', head?.title),
      secretary: kind === 'minutes' ? await this.staffPerson(m?.createdBy ?? null) : null,
      date: kind === 'minutes' ? d.localDate : (d.resultsPublishedOn ?? this.rules.today(d.timeZone)),
      dialogue: {
        topic: d.topic,
        localDate: d.localDate,
        startTime: local(d.startsAt).toFormat('HH:mm'),
        endTime: local(d.endsAt).toFormat('HH:mm'),
        mode: d.mode,
        venue: view.venue ? `${view.venue.name}, ${view.venue.address}` : null,
        onlineUrl: d.onlineUrl,
      },
      chairs,
      coOrganizers: d.coOrganizers,
      questions: {
        received: questions.length,
        accepted: questions.filter((q) => q.status === 'accepted').length,
        rejected: questions.filter((q) => q.status === 'rejected').length,
        rejectReasons: questions.filter((q) => q.status === 'rejected' && q.rejectReason).map((q) => q.rejectReason!),
      },
      items: items.map((i) => ({
        questionText: i.questionText,
        answer: i.answer,
        commitment: i.commitmentText
          ? { text: i.commitmentText, unitName: units.get(i.commitmentUnitId!) ?? '', dueDate: i.commitmentDueDate! }
          : null,
      })),
      resultsSummary: d.resultsSummary,
      minutesSummary: m?.summary ?? null,
      amendments:
        kind === 'minutes'
          ? amendments.map((a) => ({ reason: a.reason, text: a.text, date: local(a.createdAt).toISODate()! }))
          : [],
      contentHash: kind === 'minutes' ? (m?.contentHash ?? null) : null,
    });
    const body = format === 'docx' ? await renderDocx(doc) : await renderPdf(doc);
    const name = `${kind === 'conclusion' ? 'thong-bao-ket-luan-doi-thoai' : 'bien-ban-doi-thoai'}-${d.localDate}.${format}`;
    return {
      body,
      contentType:
        format === 'docx'
          ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
          : 'application/pdf',
      filename: name,
    };
  }

  /** Full name and title of the staff user who recorded the minutes, never the login name; null when unknown. */
  private async staffPerson(id: string | null): Promise<{ fullName: string; title: string } | null> {
    if (!id) return null;
    const p = (await this.staff.people([id])).get(id);
    return p?.fullName ? { fullName: p.fullName, title: p.title } : null;
  }
}
