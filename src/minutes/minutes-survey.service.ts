import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { fail } from '../common/errors/catalogue.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { SurveyInvitationsService, surveyMailLines } from '../surveys/survey-invitations.service.js';
import { closesAtDesk, surveySeedOf } from './domain/handling.js';
import type { SurveySlipOutput } from './dto/survey-slip.output.js';
import { MINUTES_ERRORS } from './errors.js';
import { MinutesRepository } from './minutes.repository.js';

/**
 * The survey slip of a case closed at the desk ("guide" or "refuse"): its link was made when the minutes were locked,
 * with a code derived from the case, so the slip can be printed (or printed again) at any time with the same code.
 */
@Injectable()
export class MinutesSurveyService {
  constructor(
    private readonly repo: MinutesRepository,
    private readonly scope: UnitScopeService,
    private readonly surveys: SurveyInvitationsService,
  ) {}

  async slip(user: AuthUser, caseId: string): Promise<{ view: SurveySlipOutput; png: () => Promise<Buffer> }> {
    const c = await this.repo.findCase(caseId);
    if (!c || !(await this.scope.inScope(user, c.unitId))) throw new NotFoundError('Vụ việc');
    const inv = closesAtDesk(c.handlingRoute) ? await this.surveys.printed(surveySeedOf(c.id)) : null;
    if (!inv) throw fail(MINUTES_ERRORS.SURVEY_SLIP_NOT_APPLICABLE);
    return {
      view: {
        code: inv.code,
        url: inv.url,
        lastDay: inv.lastDay,
        qrSvg: await this.surveys.qrSvg(inv),
        text: surveyMailLines(inv).slice(1).join('\n'),
      },
      png: () => this.surveys.qrPng(inv),
    };
  }
}
