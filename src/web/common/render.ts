import type { Response } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** The HTML document of a page component (Preact escapes every text and attribute value). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's element
export function renderPage(page: VNode<any>): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}

/**
 * Sends a page: text/html in UTF-8, never cached by shared caches (pages show seat counts and personal answers).
 * Manage pages add their own stricter headers (see `privatePage`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's element
export function render(res: Response, page: VNode<any>, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  res.send(renderPage(page));
}

/** Headers of a page that shows a secret link or personal data: no cache anywhere, no Referer leaking its URL. */
export function privatePage(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** POST → redirect → GET: 303 so the browser's back button never submits the form again. */
export function seeOther(res: Response, location: string): void {
  res.redirect(303, location);
}
