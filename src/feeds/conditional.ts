/**
 * Conditional GET evaluation (RFC 9110 §13.1.2, §13.1.3, §13.2.2): If-None-Match (weak comparison, a list
 * or `*`) wins; If-Modified-Since is only looked at when there is no If-None-Match.
 */
export interface ConditionalHeaders {
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');

export function isNotModified(headers: ConditionalHeaders, etag: string, lastModifiedIso: string | null): boolean {
  const inm = headers.ifNoneMatch?.trim();
  if (inm) {
    if (inm === '*') return true;
    const mine = opaque(etag);
    return inm.split(',').some((t) => opaque(t) === mine);
  }
  const ims = headers.ifModifiedSince?.trim();
  if (ims && lastModifiedIso) {
    const since = Date.parse(ims);
    if (Number.isNaN(since)) return false;
    return Date.parse(lastModifiedIso) <= since;
  }
  return false;
}
