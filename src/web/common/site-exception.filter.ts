import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { ProblemDetailsFilter } from '../../common/http/problem-details.filter.js';
import { ErrorPage } from './error-page.js';
import { render } from './render.js';
import { siteOffice } from './site-office.js';
import { isApiPath } from './web-controller.js';
import { WebRedirect } from './web-redirect.js';

/**
 * The application's one exception filter: the JSON API keeps its problem+json answers (ProblemDetailsFilter), every
 * other path (the website) gets a Vietnamese HTML page with the same status: an unknown page is a 404 page, a form
 * post without its CSRF token a 403 page, too many posts a 429 page.
 */
@Catch()
export class SiteExceptionFilter extends ProblemDetailsFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    if (isApiPath(req.originalUrl ?? req.url)) return super.catch(exception, host);
    const res = http.getResponse<Response>();
    if (exception instanceof WebRedirect) {
      if (!res.headersSent) res.redirect(303, exception.location);
      return;
    }
    const problem = this.toProblem(exception, req);
    if (res.headersSent) return;
    if (problem.status === 429 && !res.getHeader('Retry-After')) res.setHeader('Retry-After', '60');
    res.setHeader('Cache-Control', 'no-store');
    render(
      res,
      h(ErrorPage, {
        status: problem.status,
        detail: problem.detail,
        office: siteOffice(),
        requestId: problem.requestId,
      }),
      problem.status,
    );
  }
}
