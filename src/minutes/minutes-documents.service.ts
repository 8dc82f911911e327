import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { DateTime } from '../common/time/luxon.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { OrgReader } from '../org/org-reader.service.js';
import { SessionsReader } from '../sessions/sessions-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { buildConclusionNotice } from './domain/conclusion-notice.js';
import { needsRefusalNotice } from './domain/handling.js';
import { buildMinutesDocument } from './domain/minutes-document.js';
import { buildRefusalNotice } from './domain/refusal-notice.js';
import { MinutesRepository } from './minutes.repository.js';
import { MinutesService } from './minutes.service.js';
import { MinutesViewsService } from './minutes-views.service.js';
import { type DocumentFormat, type FileOut, renderAs } from './rendering.js';
import { fail } from '../common/errors/catalogue.js';
import { MINUTES_ERRORS } from './errors.js';

/** The minutes, the conclusion notice and the refusal notice, rendered for the signed-in user's rights. */
@Injectable()
export class MinutesDocumentsService {
  constructor(
    private readonly repo: MinutesRepository,
    private readonly minutes: MinutesService,
    private readonly views: MinutesViewsService,
    private readonly org: OrgReader,
    private readonly sessions: SessionsReader,
    private readonly scope: UnitScopeService,
    private readonly petitions: PetitionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async fullView(user: AuthUser, minutesId: string, why: string) {
    const { m, session } = await this.minutes.minutes(user, minutesId);
    const cases = await this.views.caseViews(await this.repo.cases(m.id), user, why);
    const view = await this.views.minutesView(m, session, cases, await this.repo.amendments(m.id));
    return { m, session, view };
  }

  async minutesDocument(user: AuthUser, id: string, format: DocumentFormat): Promise<FileOut> {
    const { view } = await this.fullView(user, id, 'biên bản');
    return renderAs(buildMinutesDocument(view), format, `bien-ban-tiep-cong-dan-${view.sessionDate}`);
  }

  async conclusionNotice(user: AuthUser, sessionId: string, format: DocumentFormat, caseId?: string): Promise<FileOut> {
    await this.minutes.session(user, sessionId);
    const m = await this.repo.findBySession(sessionId);
    if (!m) throw new NotFoundError('Biên bản');
    if (m.status !== 'final') {
      throw fail(MINUTES_ERRORS.MINUTES_NOT_FINALIZED, {
        detail: 'Chỉ ban hành thông báo kết luận sau khi biên bản đã được khóa.',
      });
    }
    const { session, view } = await this.fullView(user, m.id, 'thông báo kết luận');
    const issuedOn = DateTime.fromJSDate(m.finalizedAt!, { zone: session.timeZone }).toISODate()!;
    // Every case's lookup code (not secret); the citizen's copy (caseId) adds that case's secret.
    const cases = await this.repo.cases(m.id);
    if (caseId && !cases.some((c) => c.id === caseId && c.petitionId)) throw new NotFoundError('Vụ việc');
    const lookups = new Map<string, { code: string; secret?: string }>();
    for (const c of cases) {
      if (!c.petitionId) continue;
      const l = await this.petitions.lookupFor(c.petitionId);
      if (l) lookups.set(c.id, c.id === caseId ? l : { code: l.code });
    }
    const doc = buildConclusionNotice(view, issuedOn, {
      lookups,
      copyFor: caseId ?? null,
      lookupUrl: `${this.config.publicBaseUrl}/tra-cuu`,
    });
    const name = caseId
      ? `thong-bao-ket-luan-${view.sessionDate}-ban-cong-dan`
      : `thong-bao-ket-luan-${view.sessionDate}`;
    return renderAs(doc, format, name);
  }

  async refusalNotice(user: AuthUser, caseId: string, format: DocumentFormat): Promise<FileOut> {
    const c = await this.repo.findCase(caseId);
    if (!c || !(await this.scope.inScope(user, c.unitId))) throw new NotFoundError('Vụ việc');
    if (!needsRefusalNotice(c.handlingRoute, c.refusalGround)) {
      throw fail(MINUTES_ERRORS.REFUSAL_NOTICE_NOT_APPLICABLE);
    }
    const session = (await this.sessions.find(c.sessionId))!;
    const [leader, venue] = await Promise.all([
      this.org.findOfficial(session.officialId),
      this.org.findVenue(session.venueId),
    ]);
    const [view] = await this.views.caseViews([c], user, 'thông báo từ chối tiếp');
    const doc = buildRefusalNotice({
      issuer: await this.views.issuer(
        session.unitId,
        leader?.body ?? 'government',
        leader?.position === 'head' ? leader.title : undefined,
      ),
      case: { ...view, no: c.seq },
      venueName: venue?.name ?? '',
      signer: { fullName: leader?.fullName ?? '', title: leader?.title ?? '', position: leader?.position ?? 'head' },
      issuedOn: c.receivedOn,
    });
    return renderAs(doc, format, `thong-bao-tu-choi-tiep-${c.receivedOn}`);
  }
}
