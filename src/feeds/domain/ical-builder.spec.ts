import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { DateTime } from '../../common/time/luxon.js';
import { buildCalendar } from './ical-builder.js';
import type { BuildCalendarInput, FeedEvent } from './feed.types.js';
import { sessionDescription, sessionSummary } from './session-texts.js';
import { readWithIcalJs, readWithNodeIcal, type ReadEvent } from './testing/parse-feed.fixture-spec.js';
import { prepareTzSandbox } from '../../schedules/domain/testing/run-under-tz.fixture-spec.js';

const HCM = 'Asia/Ho_Chi_Minh';
const LONG_SUMMARY = sessionSummary({
  officialName: 'Nguyễn Thị Hồng Nhung',
  officialTitle: 'Chủ tịch Ủy ban nhân dân phường Hồng Bàng, thành phố Hải Phòng',
  adHoc: false,
});

const EVENTS: FeedEvent[] = [
  {
    uid: 'session-1@tiepdan',
    sequence: 0,
    startsAt: '2026-03-02T01:00:00.000Z',
    endsAt: '2026-03-02T05:00:00.000Z',
    timeZone: HCM,
    summary: LONG_SUMMARY,
    location: 'Trụ sở tiếp công dân phường Hồng Bàng, số 1 Hoàng Văn Thụ',
    description: sessionDescription({
      venueAddress: 'Số 1 Hoàng Văn Thụ, phường Hồng Bàng',
      bookingUrl: 'https://tiepdan.example/dat-lich/1',
    }),
    url: 'https://tiepdan.example/phien/1',
    status: 'confirmed',
    lastModified: '2026-02-20T03:00:00.000Z',
    organizer: { name: 'UBND phường Hồng Bàng', email: 'ubnd.hongbang@example.vn' },
  },
  {
    uid: 'session-2@tiepdan',
    sequence: 3,
    startsAt: '2026-03-09T23:30:00.000Z', // 06:30 on 10/3 in Hà Nội time, still 9/3 in UTC
    endsAt: '2026-03-10T01:00:00Z',
    timeZone: HCM,
    summary: `${sessionSummary({ officialName: 'Trần Văn Bình', officialTitle: 'Bí thư Đảng ủy phường Lê Chân', adHoc: true })} ${'𡨸喃'.repeat(20)}`,
    status: 'tentative',
  },
  {
    uid: 'session-3@tiepdan',
    sequence: 5,
    startsAt: '2026-02-16T01:00:00.000Z',
    endsAt: '2026-02-16T05:00:00.000Z',
    timeZone: HCM,
    summary: sessionSummary({
      officialName: 'Lê Văn Cường',
      officialTitle: 'Chủ tịch UBND xã Tiên Lãng',
      adHoc: false,
      cancelled: true,
    }),
    location: 'Trụ sở UBND xã Tiên Lãng',
    status: 'cancelled',
    lastModified: '2026-02-10T08:15:00+07:00',
  },
];

const INPUT: BuildCalendarInput = {
  name: 'Lịch tiếp công dân, phường Hồng Bàng',
  description: 'Lịch tiếp công dân định kỳ và đột xuất; cập nhật mỗi giờ.',
  timeZone: HCM,
  events: EVENTS,
  generatedAt: '2026-02-25T00:00:00Z',
};

function expectedRead(e: FeedEvent): ReadEvent {
  const local = (iso: string) => DateTime.fromISO(iso).setZone(e.timeZone).toFormat("yyyy-MM-dd'T'HH:mm:ss");
  return {
    uid: e.uid,
    sequence: e.sequence,
    status: e.status.toUpperCase(),
    startUtc: new Date(e.startsAt).toISOString(),
    endUtc: new Date(e.endsAt).toISOString(),
    startLocal: local(e.startsAt),
    endLocal: local(e.endsAt),
    tzid: e.timeZone,
    summary: e.summary,
    location: e.location ?? null,
    description: e.description ?? null,
  };
}

const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

describe('buildCalendar: what two independent parsers read', () => {
  const ics = buildCalendar(INPUT);
  const expected = EVENTS.map(expectedRead);

  it.each([
    ['ical.js', readWithIcalJs],
    ['node-ical', readWithNodeIcal],
  ])('%s reads exactly the published events, in Hà Nội local time', (_name, read) => {
    const feed = read(ics);
    expect(feed.events).toEqual(expected);
    expect(feed.calendarName).toBe(INPUT.name);
    expect(feed.timezones).toEqual([HCM]);
  });

  it('local wall times are the Vietnamese ones (hard-coded, not recomputed)', () => {
    const [first, second] = readWithIcalJs(ics).events;
    expect([first.startLocal, first.endLocal]).toEqual(['2026-03-02T08:00:00', '2026-03-02T12:00:00']);
    expect([second.startLocal, second.startUtc]).toEqual(['2026-03-10T06:30:00', '2026-03-09T23:30:00.000Z']);
  });

  it('writes the feed headers and per-event properties', () => {
    const text = unfold(ics);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tiepdan//')).toBe(true);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    for (const line of [
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Lịch tiếp công dân\\, phường Hồng Bàng',
      'X-WR-CALDESC:Lịch tiếp công dân định kỳ và đột xuất\\; cập nhật mỗi giờ.',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
      'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
      'TZID:Asia/Ho_Chi_Minh',
      'DTSTART;TZID=Asia/Ho_Chi_Minh:20260302T080000',
      'DTEND;TZID=Asia/Ho_Chi_Minh:20260302T120000',
      'DTSTART;TZID=Asia/Ho_Chi_Minh:20260310T063000',
      'SEQUENCE:5',
      'STATUS:CANCELLED',
      'STATUS:TENTATIVE',
      'DTSTAMP:20260220T030000Z', // lastModified of event 1
      'DTSTAMP:20260225T000000Z', // generatedAt for event 2
      'LAST-MODIFIED:20260210T011500Z',
      'ORGANIZER;CN="UBND phường Hồng Bàng":mailto:ubnd.hongbang@example.vn',
    ]) {
      expect(text.split('\r\n')).toContain(line);
    }
    expect(text.match(/^BEGIN:VTIMEZONE$/gm)).toHaveLength(1);
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(3);
    expect(text).not.toMatch(/^(DTSTAMP|LAST-MODIFIED):\d{8}T\d{6}$/m); // never zone-less
  });

  it('puts every calendar property before the first component (RFC 5545 §3.6)', () => {
    const lines = unfold(ics).split('\r\n');
    const firstComponent = lines.findIndex((l, i) => i > 0 && l.startsWith('BEGIN:'));
    const lastVcalProp = Math.max(
      ...['REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'X-WR-TIMEZONE', 'X-WR-CALNAME'].map((p) =>
        lines.findIndex((l) => l.startsWith(p)),
      ),
    );
    expect(lines[firstComponent]).toBe('BEGIN:VTIMEZONE');
    expect(lastVcalProp).toBeLessThan(firstComponent);
  });

  it('folds lines at 75 octets with CRLF without breaking UTF-8', () => {
    expect(ics).not.toMatch(/[^\r]\n/);
    const physical = ics.split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true); // the long Vietnamese summary was folded
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Each physical line survives UTF-8 encoding on its own: no character (not even an astral
    // Chữ Nôm one, two UTF-16 units) was cut by a fold.
    for (const line of physical) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(unfold(ics)).toContain(`SUMMARY:${LONG_SUMMARY.replace(/,/g, '\\,')}`);
  });
});

describe('buildCalendar: options and edge cases', () => {
  const base: FeedEvent = {
    uid: 'e1@tiepdan',
    sequence: 1,
    startsAt: '2026-05-04T01:00:00Z',
    endsAt: '2026-05-04T05:00:00Z',
    timeZone: HCM,
    summary: 'Tiếp công dân',
    status: 'confirmed',
  };

  it('refreshMinutes sets REFRESH-INTERVAL and X-PUBLISHED-TTL', () => {
    const ics = buildCalendar({ ...INPUT, refreshMinutes: 30 });
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT30M\r\n');
  });

  it('an empty feed is still a valid calendar, without VTIMEZONE', () => {
    const ics = buildCalendar({ ...INPUT, events: [] });
    expect(readWithIcalJs(ics).events).toEqual([]);
    expect(readWithNodeIcal(ics).events).toEqual([]);
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
  });

  it('writes one VTIMEZONE per zone used', () => {
    const ics = buildCalendar({
      ...INPUT,
      events: [base, { ...base, uid: 'e2@tiepdan', timeZone: 'Europe/Berlin' }, { ...base, uid: 'e3@tiepdan' }],
    });
    expect(readWithIcalJs(ics).timezones.sort()).toEqual(['Asia/Ho_Chi_Minh', 'Europe/Berlin']);
    const berlin = readWithNodeIcal(ics).events.find((e) => e.uid === 'e2@tiepdan');
    expect(berlin).toMatchObject({
      tzid: 'Europe/Berlin',
      startLocal: '2026-05-04T03:00:00',
      startUtc: '2026-05-04T01:00:00.000Z',
    });
    expect(readWithIcalJs(ics).events.find((e) => e.uid === 'e2@tiepdan')).toMatchObject({
      startLocal: '2026-05-04T03:00:00',
      startUtc: '2026-05-04T01:00:00.000Z',
    });
  });

  it('normalises decomposed Vietnamese (NFD) to NFC', () => {
    const nfd = 'Tiếp công dân định kỳ: Chủ tịch UBND xã'.normalize('NFD');
    const ics = buildCalendar({ ...INPUT, events: [{ ...base, summary: nfd }] });
    expect(readWithNodeIcal(ics).events[0].summary).toBe(nfd.normalize('NFC'));
  });

  it('rejects events a calendar app could not show correctly', () => {
    const build = (e: Partial<FeedEvent>) => () => buildCalendar({ ...INPUT, events: [{ ...base, ...e }] });
    expect(build({ timeZone: 'Mars/Base' })).toThrow(RangeError);
    expect(build({ endsAt: base.startsAt })).toThrow(RangeError);
    expect(build({ startsAt: 'not a date' })).toThrow(RangeError);
    expect(build({ sequence: -1 })).toThrow(RangeError);
    expect(build({ sequence: 1.5 })).toThrow(RangeError);
    expect(build({ uid: '' })).toThrow(RangeError);
    expect(build({ uid: 'a\r\nSTATUS:CANCELLED' })).toThrow(RangeError);
    expect(build({ status: 'postponed' as FeedEvent['status'] })).toThrow(RangeError);
    expect(() => buildCalendar({ ...INPUT, events: [base, base] })).toThrow(/Duplicate event UID/);
    expect(() => buildCalendar({ ...INPUT, timeZone: 'Nowhere/City' })).toThrow(RangeError);
    expect(() => buildCalendar({ ...INPUT, refreshMinutes: 0 })).toThrow(RangeError);
  });
});

describe('buildCalendar: five years of weekly sessions', () => {
  it('260 events come back intact from both parsers', () => {
    const first = DateTime.fromISO('2026-01-05T08:00', { zone: HCM });
    const events: FeedEvent[] = Array.from({ length: 260 }, (_, i) => {
      const start = first.plus({ weeks: i });
      return {
        uid: `session-${String(i).padStart(3, '0')}@tiepdan`,
        sequence: i % 4,
        startsAt: start.toUTC().toISO()!,
        endsAt: start.plus({ hours: 4 }).toUTC().toISO()!,
        timeZone: HCM,
        summary: sessionSummary({
          officialName: 'Phạm Thị Dung',
          officialTitle: 'Chủ tịch UBND phường Ngô Quyền',
          adHoc: false,
        }),
        location: 'Trụ sở tiếp công dân phường Ngô Quyền',
        status: i % 50 === 7 ? 'cancelled' : 'confirmed',
        lastModified: '2026-01-01T00:00:00Z',
      };
    });
    const ics = buildCalendar({ ...INPUT, events });
    const expected = events.map(expectedRead);
    const byIcalJs = readWithIcalJs(ics).events;
    const byNodeIcal = readWithNodeIcal(ics).events;
    expect(byIcalJs).toHaveLength(260);
    expect(byIcalJs).toEqual(expected);
    expect(byNodeIcal).toEqual(expected);
    expect(byIcalJs[259].startLocal).toBe('2030-12-23T08:00:00');
  });
});

describe('buildCalendar does not depend on the process TZ', () => {
  let sandbox: ReturnType<typeof prepareTzSandbox>;
  beforeAll(() => {
    sandbox = prepareTzSandbox(
      ['feeds/domain/ical-builder'],
      `
      import { buildCalendar } from './feeds/domain/ical-builder.js';
      globalThis.result = buildCalendar(${JSON.stringify(INPUT)});
    `,
    );
  });
  afterAll(() => sandbox?.dispose());

  it.each([
    ['UTC', 0],
    ['America/New_York', 300],
    ['Pacific/Kiritimati', -840],
  ])('TZ=%s gives the same bytes', (tz, offset) => {
    const child = sandbox.run(tz);
    expect(child.offsetMinutes).toBe(offset);
    expect(child.result).toBe(buildCalendar(INPUT));
  });
});
