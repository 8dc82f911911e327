import { Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { DomainError } from '../../common/errors/domain-error.js';
import { PublicRateLimit } from '../../common/http/throttling.js';
import { cleanFreeText } from '../../common/text/clean.js';
import { SurveysService } from '../../surveys/surveys.service.js';
import { CsrfService } from '../common/csrf.js';
import { formErrorsFrom } from '../common/form-errors.js';
import { privatePage, render, seeOther } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { WebPost } from '../common/web-post.js';
import { SiteOfficeService } from './site-office.service.js';
import { SurveyMessagePage, SurveyPage } from './survey.pages.js';
import { surveyBodyOf, surveyFieldOf } from './survey-texts.js';

const STATE_PAGES: Record<string, 'answered' | 'expired' | 'not_found'> = {
  SURVEY_ALREADY_ANSWERED: 'answered',
  SURVEY_EXPIRED: 'expired',
  SURVEY_NOT_FOUND: 'not_found',
};

/**
 * /khao-sat/:token — the citizen's satisfaction survey (SurveysService, as the API): the form, then a thank-you page;
 * an answered, expired or unknown link gets its own page. Private pages: the URL holds the one-time code.
 */
@WebController('khao-sat')
export class SurveyController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly offices: SiteOfficeService,
    private readonly csrf: CsrfService,
  ) {}

  /** An answered / expired / unknown link: its page with the API's status (409 / 410 / 404); other errors go on. */
  private async statePage(e: unknown, res: Response): Promise<boolean> {
    if (!(e instanceof DomainError) || !STATE_PAGES[e.code]) return false;
    render(res, h(SurveyMessagePage, { office: await this.offices.site(), kind: STATE_PAGES[e.code]! }), e.status);
    return true;
  }

  @Get('cam-on')
  async thanks(@Res() res: Response): Promise<void> {
    render(res, h(SurveyMessagePage, { office: await this.offices.site(), kind: 'thanks' }));
  }

  @Get(':token')
  @PublicRateLimit()
  async form(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    try {
      const form = await this.surveys.form(token);
      render(res, h(SurveyPage, { office: await this.offices.site(), form, token, csrf: this.csrf.token(req, res) }));
    } catch (e) {
      if (!(await this.statePage(e, res))) throw e;
    }
  }

  @WebPost(':token')
  async answer(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    let form;
    try {
      form = await this.surveys.form(token);
    } catch (e) {
      if (!(await this.statePage(e, res))) throw e;
      return;
    }
    const posted = (req.body ?? {}) as Record<string, unknown>;
    const body = surveyBodyOf(
      posted,
      form.criteria.map((c) => c.key),
    );
    try {
      await this.surveys.answer(token, {
        answers: body.answers,
        ...(body.comment !== undefined ? { comment: cleanFreeText(body.comment).slice(0, 2000) } : {}),
      });
      seeOther(res, '/khao-sat/cam-on');
    } catch (e) {
      if (await this.statePage(e, res)) return;
      const errors = formErrorsFrom(e, surveyFieldOf);
      if (!errors) throw e;
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(body.answers)) values[k] = String(v);
      if (body.comment) values.comment = body.comment;
      render(
        res,
        h(SurveyPage, {
          office: await this.offices.site(),
          form,
          token,
          csrf: this.csrf.token(req, res),
          values,
          errors,
        }),
        e instanceof DomainError ? e.status : 400,
      );
    }
  }
}
