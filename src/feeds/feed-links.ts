/** Public links of feeds and bookings, built from config.publicBaseUrl (the address the API is reached at). */
import type { FeedKind } from './feed-source.js';

const PATH: Record<FeedKind, string> = { official: 'officials', unit: 'units', venue: 'venues' };

export interface FeedLinks {
  /** The feed over http(s), for a browser download or "subscribe by URL". */
  httpsUrl: string;
  /** The same feed with the webcal:// scheme: calendar apps open it as a subscription. */
  webcalUrl: string;
}

export function feedLinks(publicBaseUrl: string, kind: FeedKind, id: string): FeedLinks {
  const httpsUrl = `${publicBaseUrl}/api/v1/feeds/${PATH[kind]}/${id}.ics`;
  return { httpsUrl, webcalUrl: httpsUrl.replace(/^https?:\/\//, 'webcal://') };
}

/** Where a citizen registers for a published session: the website's booking page (src/web/citizen). */
export function bookingUrl(publicBaseUrl: string, sessionId: string): string {
  return `${publicBaseUrl}/dat-lich/${sessionId}`;
}
