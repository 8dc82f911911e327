/**
 * Test support: reads an iCalendar feed with two independent parsers (ical.js and node-ical) into
 * the same plain shape, so specs can compare what calendar apps would see with what was published.
 */
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { DateTime } from '../../../common/time/luxon.js';

export interface ReadEvent {
  uid: string;
  sequence: number;
  status: string;
  /** ISO UTC instants. */
  startUtc: string;
  endUtc: string;
  /** Local wall times in the event's zone, `yyyy-MM-ddTHH:mm:ss`. */
  startLocal: string;
  endLocal: string;
  tzid: string;
  summary: string;
  location: string | null;
  description: string | null;
}

const LOCAL = "yyyy-MM-dd'T'HH:mm:ss";

export function readWithIcalJs(ics: string): { calendarName: string; timezones: string[]; events: ReadEvent[] } {
  const root = new ICAL.Component(ICAL.parse(ics));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const tz of timezones) ICAL.TimezoneService.register(tz);
  const events = root.getAllSubcomponents('vevent').map((vevent): ReadEvent => {
    const e = new ICAL.Event(vevent);
    return {
      uid: e.uid,
      sequence: e.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
      startUtc: e.startDate.toJSDate().toISOString(),
      endUtc: e.endDate.toJSDate().toISOString(),
      startLocal: e.startDate.toString(),
      endLocal: e.endDate.toString(),
      tzid: e.startDate.zone?.tzid ?? '',
      summary: e.summary,
      location: e.location ?? null,
      description: e.description ?? null,
    };
  });
  // ical.js leaves unknown X- properties escaped: unescape TEXT by hand.
  const rawName = String(root.getFirstPropertyValue('x-wr-calname') ?? '');
  const calendarName = rawName.replace(/\\([\\;,])/g, '$1').replace(/\\[nN]/g, '\n');
  return {
    calendarName,
    timezones: timezones.map((t) => String(t.getFirstPropertyValue('tzid'))),
    events: sortByUid(events),
  };
}

type NodeIcalDate = Date & { tz?: string };

export function readWithNodeIcal(ics: string): { calendarName: string; timezones: string[]; events: ReadEvent[] } {
  const parsed = nodeIcal.sync.parseICS(ics);
  const components = Object.values(parsed) as unknown as Record<string, unknown>[];
  const events = components
    .filter((c) => c.type === 'VEVENT')
    .map((c): ReadEvent => {
      const start = c.start as NodeIcalDate;
      const end = c.end as NodeIcalDate;
      const tz = start.tz ?? '';
      return {
        uid: String(c.uid),
        sequence: Number(c.sequence),
        status: String(c.status),
        startUtc: start.toISOString(),
        endUtc: end.toISOString(),
        startLocal: DateTime.fromJSDate(start).setZone(tz).toFormat(LOCAL),
        endLocal: DateTime.fromJSDate(end)
          .setZone(end.tz ?? tz)
          .toFormat(LOCAL),
        tzid: tz,
        summary: String(c.summary),
        location: (c.location as string | undefined) ?? null,
        description: (c.description as string | undefined) ?? null,
      };
    });
  const vcalendar = (parsed as unknown as Record<string, Record<string, string>>).vcalendar ?? {};
  return {
    calendarName: vcalendar['WR-CALNAME'] ?? '',
    timezones: components.filter((c) => c.type === 'VTIMEZONE').map((c) => String(c.tzid)),
    events: sortByUid(events),
  };
}

function sortByUid(events: ReadEvent[]): ReadEvent[] {
  return events.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
