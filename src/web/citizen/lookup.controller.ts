import { Body, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { DomainError } from '../../common/errors/domain-error.js';
import { PetitionLookupService, type PetitionLookupResult } from '../../tasks/petition-lookup.service.js';
import { CsrfService } from '../common/csrf.js';
import { formErrors, type FormErrors } from '../common/form-errors.js';
import { privatePage, render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { WebPost } from '../common/web-post.js';
import { LookupPage } from './lookup.page.js';
import { SiteOfficeService } from './site-office.service.js';

const text = (v: unknown): string => (typeof v === 'string' ? v.normalize('NFC').trim().slice(0, 60) : '');

/**
 * "/tra-cuu" — following one's petition. The secret travels only in the POST body and the answer is rendered on that
 * POST (no redirect that would put it in a URL), with Cache-Control no-store and no Referer. A wrong code and a wrong
 * secret get the same message (the service answers the same 404 for both).
 */
@WebController('tra-cuu')
export class LookupController {
  constructor(
    private readonly lookups: PetitionLookupService,
    private readonly offices: SiteOfficeService,
    private readonly csrf: CsrfService,
  ) {}

  @Get()
  async form(@Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    render(res, h(LookupPage, { office: await this.offices.site(), csrf: this.csrf.token(req, res) }));
  }

  @WebPost()
  async find(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const code = text(body.code);
    const secret = text(body.secret);
    let result: PetitionLookupResult | null = null;
    let errors: FormErrors | null = null;
    const missing: Record<string, string> = {};
    if (!code) missing.code = 'Nhập mã tra cứu.';
    if (!secret) missing.secret = 'Nhập mã bí mật.';
    if (Object.keys(missing).length) errors = formErrors(missing);
    else {
      try {
        result = await this.lookups.lookup(code, secret);
      } catch (e) {
        if (!(e instanceof DomainError) || e.status !== 404) throw e;
        // Either field may be wrong, and the page must not tell which: one message, linked to the code.
        errors = { summary: [{ message: e.message, fieldId: 'code' }], byField: {} };
      }
    }
    render(
      res,
      h(LookupPage, { office: await this.offices.site(), csrf: this.csrf.token(req, res), code, errors, result }),
    );
  }
}
