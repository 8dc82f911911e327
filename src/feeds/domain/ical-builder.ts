/**
 * iCalendar (RFC 5545) feed serialisation with ical-generator and VTIMEZONE components from
 * @touch4it/ical-timezones (docs/api.md "Feeds").
 *
 * Times are Luxon DateTimes set to the event's zone, so DTSTART/DTEND are written as local wall
 * times with `TZID=…`; DTSTAMP and LAST-MODIFIED are UTC (`…Z`). The calendar-level ical-generator
 * timezone is given a generator but no name on purpose: with a name, ical-generator would write
 * DTSTAMP/LAST-MODIFIED as zone-less local times, which RFC 5545 forbids. The output is then
 * reordered so that calendar properties come before the components (see ical-order.ts).
 */
import icalTimezones from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime, IANAZone } from '../../common/time/luxon.js';
import type { BuildCalendarInput, FeedEvent, FeedEventStatus } from './feed.types.js';
import { calpropsFirst } from './ical-order.js';

export const FEED_PRODID = { company: 'tiepdan', product: 'tiepdan feeds', language: 'VI' } as const;
export const DEFAULT_REFRESH_MINUTES = 60;

const STATUS: Record<FeedEventStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** VTIMEZONE text for an IANA zone; throws when the zone has none (the feed would be invalid). */
export function vtimezoneFor(zone: string): string {
  const component = icalTimezones.getVtimezoneComponent(zone);
  if (!component) throw new RangeError(`No VTIMEZONE available for time zone ${zone}`);
  return component;
}

/** TEXT escaping (RFC 5545 §3.3.11) for the calendar-level values ical-generator writes verbatim. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const text = (value: string): string => value.normalize('NFC');

function instant(value: string, field: string, uid: string): DateTime {
  const dt = DateTime.fromISO(value, { zone: 'utc' });
  if (!dt.isValid) throw new RangeError(`Event ${uid}: ${field} is not an ISO-8601 instant: ${value}`);
  return dt;
}

/** Luxon's isValidZone builds an Intl.DateTimeFormat on every call (about 1 ms): remember the answer per zone name. */
const zoneValidity = new Map<string, boolean>();
function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  return valid;
}

function checkEvent(e: FeedEvent): void {
  if (typeof e.uid !== 'string' || e.uid.trim() === '' || /[\r\n]/.test(e.uid))
    throw new RangeError(`Invalid event UID: ${String(e.uid)}`);
  if (!Number.isSafeInteger(e.sequence) || e.sequence < 0)
    throw new RangeError(`Event ${e.uid}: sequence must be a non-negative integer`);
  if (!(e.status in STATUS)) throw new RangeError(`Event ${e.uid}: unknown status ${String(e.status)}`);
  if (!isValidZone(e.timeZone)) throw new RangeError(`Event ${e.uid}: unknown time zone ${e.timeZone}`);
}

/** The whole feed as an iCalendar string (CRLF line ends, lines folded at 75 octets). */
export function buildCalendar(input: BuildCalendarInput): string {
  if (!isValidZone(input.timeZone)) throw new RangeError(`Unknown time zone ${input.timeZone}`);
  const refresh = input.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  if (!Number.isInteger(refresh) || refresh < 1)
    throw new RangeError(`refreshMinutes must be a positive integer, got ${refresh}`);
  const generatedAt = input.generatedAt ? instant(input.generatedAt, 'generatedAt', 'calendar') : DateTime.utc();

  const calendar = ical({
    prodId: FEED_PRODID,
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(text(input.name)),
    description: input.description ? escapeText(text(input.description)) : null,
    ttl: refresh * 60,
    timezone: { name: null, generator: vtimezoneFor },
  });
  calendar.x('X-WR-TIMEZONE', input.timeZone);

  const seen = new Set<string>();
  for (const e of input.events) {
    checkEvent(e);
    if (seen.has(e.uid)) throw new RangeError(`Duplicate event UID ${e.uid}`);
    seen.add(e.uid);
    vtimezoneFor(e.timeZone);
    const start = instant(e.startsAt, 'startsAt', e.uid);
    const end = instant(e.endsAt, 'endsAt', e.uid);
    if (end <= start) throw new RangeError(`Event ${e.uid}: endsAt must be after startsAt`);
    const lastModified = e.lastModified ? instant(e.lastModified, 'lastModified', e.uid) : null;
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: start.setZone(e.timeZone),
      end: end.setZone(e.timeZone),
      timezone: e.timeZone,
      stamp: lastModified ?? generatedAt,
      lastModified,
      summary: text(e.summary),
      location: e.location ? text(e.location) : null,
      description: e.description ? text(e.description) : null,
      url: e.url ?? null,
      status: STATUS[e.status],
      organizer: e.organizer ? { name: text(e.organizer.name), email: e.organizer.email } : null,
    });
  }
  return calpropsFirst(calendar.toString());
}
