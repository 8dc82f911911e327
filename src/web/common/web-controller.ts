import { Controller, applyDecorators } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../../auth/auth.decorators.js';

/**
 * The path prefixes of the website's controllers. They are served outside the API's global prefix (`/api/v1`):
 * `app.factory.ts` excludes them with `webRouteExcludes()`. A web controller MUST be declared with `WebController`
 * (never `@Controller`), so its pages are registered here before the application is created.
 */
const PREFIXES = new Set<string>();

/** Paths the API owns; a web controller may not take them. */
const RESERVED = /^(api|__test)(\/|$)/;

/**
 * A controller of HTML pages: public (no bearer token), outside Swagger, outside `/api/v1`. `prefix` '' is the root
 * controller and may serve only `/` itself (each other page gets its own prefix, e.g. `dat-lich`).
 */
export function WebController(prefix: string): ClassDecorator {
  const clean = prefix.replace(/^\/+|\/+$/g, '');
  if (RESERVED.test(clean)) throw new Error(`WebController: "${prefix}" collides with the API`);
  PREFIXES.add(clean);
  return applyDecorators(Controller(clean), Public(), ApiExcludeController());
}

/**
 * The routes `setGlobalPrefix(…, { exclude })` must leave unprefixed: every web prefix and everything under it, as one
 * path each (`p{/*rest}`): Nest mounts the global middleware on each excluded path with `app.all`, one Express layer
 * per HTTP method (35), so two paths per prefix would cost ~2,300 more layers in memory and on every request's walk.
 */
export function webRouteExcludes(): string[] {
  return outermostPrefixes(PREFIXES).map((p) => (p === '' ? '/' : `${p}{/*rest}`));
}

/**
 * The prefixes not already under another one (`can-bo/lich` is under `can-bo`), sorted: each exclusion costs Express
 * dozens of route layers per global middleware, so nested prefixes are excluded once, by their outermost one.
 */
export function outermostPrefixes(prefixes: Iterable<string>): string[] {
  const all = [...new Set(prefixes)].sort();
  return all.filter((p) => p === '' || !all.some((q) => q !== '' && q !== p && p.startsWith(`${q}/`)));
}

/**
 * True for the paths the JSON API answers (problem+json errors); everything else is the website (HTML errors). Takes
 * the request's full path (`originalUrl`: a router mounted under a prefix sees `req.path` without it).
 */
export function isApiPath(url: string): boolean {
  const path = url.split('?')[0]!;
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/__test/');
}
