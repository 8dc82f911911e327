import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { h } from 'preact';
import { ErrorPage } from './error-page.js';
import { render } from './render.js';
import { siteOffice } from './site-office.js';
import { isApiPath } from './web-controller.js';

/**
 * The Content-Security-Policy of every response except the Swagger UI: only this origin's scripts, styles, images
 * (and data: images, for QR codes), forms posting only here, never framed. No inline script or style is allowed, so
 * pages carry none.
 */
export const PAGE_CSP = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  },
};

/** helmet for pages and API (strict CSP above); the Swagger UI (/api/docs) keeps helmet without a CSP (it inlines). */
export function securityHeaders(): RequestHandler {
  const strict = helmet({ contentSecurityPolicy: PAGE_CSP, referrerPolicy: { policy: 'same-origin' } });
  const forDocs = helmet({ contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    req.originalUrl.startsWith('/api/docs') ? forDocs(req, res, next) : strict(req, res, next);
}

/**
 * gzip (or brotli when the browser prefers it) for the website's HTML, CSS and JS; the JSON API is left as it was.
 * Small bodies (< 1 KB) are sent as they are.
 */
export function webCompression(): RequestHandler {
  const compress = compression({ threshold: 1024 });
  return (req: Request, res: Response, next: NextFunction) =>
    isApiPath(req.originalUrl) ? next() : compress(req, res, next);
}

/**
 * The website's 404 page for a path no route serves, installed after the routes (Nest answers unknown paths under
 * `/api/v1` itself, with problem+json). Other API-looking paths keep Express's plain answer, as before.
 */
export function webNotFound(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req.originalUrl) || res.headersSent) return next();
    res.setHeader('Cache-Control', 'no-store');
    render(res, h(ErrorPage, { status: 404, office: siteOffice() }), 404);
  };
}
