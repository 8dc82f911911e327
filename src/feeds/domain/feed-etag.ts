/**
 * Validators for conditional GETs of a feed (ETag / Last-Modified with 304).
 *
 * The ETag is derived from the set of (uid, sequence, lastModified, status) of the events, plus an
 * optional `context` string for feed-level data (calendar name, builder version, …). It does not
 * hash the rendered text, so every change that alters an event's text must bump its `lastModified`
 * (the service sets it from the session's `updatedAt`), and a change of the feed's own name must
 * change `context`.
 */
import { createHash } from 'node:crypto';
import type { FeedEvent } from './feed.types.js';

export type FeedEventVersion = Pick<FeedEvent, 'uid' | 'sequence' | 'lastModified' | 'status'>;

function epochMs(value: string | null | undefined): string {
  if (!value) return '';
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`lastModified is not an ISO-8601 instant: ${value}`);
  return String(ms);
}

/** A strong ETag, quoted (e.g. `"q0Qm…"`); independent of event order and of how instants are written. */
export function feedEtag(events: readonly FeedEventVersion[], context = ''): string {
  const lines = events.map((e) => [e.uid, String(e.sequence), epochMs(e.lastModified), e.status].join('\u001f')).sort();
  const hash = createHash('sha256')
    .update(context, 'utf8')
    .update('\u001e')
    .update(lines.join('\u001e'), 'utf8')
    .digest('base64url');
  return `"${hash.slice(0, 32)}"`;
}

/**
 * The latest `lastModified` of the events as an ISO UTC string floored to the whole second (HTTP
 * dates carry seconds only, so an If-Modified-Since echo compares equal), or null when no event
 * has one. Format it for the header with `new Date(x).toUTCString()`.
 */
export function lastModifiedOf(events: readonly Pick<FeedEvent, 'lastModified'>[]): string | null {
  let latest = -Infinity;
  for (const e of events) {
    const ms = epochMs(e.lastModified);
    if (ms !== '') latest = Math.max(latest, Number(ms));
  }
  return latest === -Infinity ? null : new Date(Math.floor(latest / 1000) * 1000).toISOString();
}
