/**
 * The Vietnamese a person reads (problem `detail`, `errors[].message`, e-mails) carries no program words: no field
 * names in camelCase or snake_case, no API state values (`published`, `in_person` …, or true/false), no ISO dates
 * (dates are written dd/MM/yyyy). The stable English `code` and `errors[].field` are for programs and are not read here.
 * Two sources: every message the code builds at run time (catalogues, validation, domain rules, e-mails rendered
 * with sample data: `collectMessages`), and every Vietnamese string literal of the source that can reach a person
 * (OpenAPI descriptions and summaries are for developers and are left out).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { bookingMail, type BookingMailKind } from './bookings/booking-mails.js';
import type { BookingEntity } from './bookings/booking.entity.js';
import type { SessionContext } from './bookings/booking-sessions.js';
import { checkInVerdict } from './bookings/domain/check-in-window.js';
import { validateFullName, validateIdentityNumber, validatePhoneVn } from './common/validation/citizen-validation.js';
import { checkGroup } from './bookings/domain/group-rules.js';
import { BOOKABILITY_MESSAGES } from './bookings/domain/slots.js';
import { ISO_DATE_MESSAGE, INSTANT_MESSAGE } from './common/validation/decorators.js';
import { VALIDATION_MESSAGES } from './common/validation/validation-errors.js';
import { ALL_ERROR_ENTRIES } from './error-codes.js';
import { extensionMailText } from './petitions/domain/petition-mails.js';
import { validateRrule } from './schedules/domain/rrule-validation.js';
import { noticeVerdict } from './sessions/domain/publish-notice.js';
import { planSessionChange, type SessionState } from './sessions/domain/session-change.js';
import { escalationText, reminderText, resultMailText } from './tasks/task-texts.js';

const SRC = dirname(fileURLToPath(import.meta.url));

const KINDS: BookingMailKind[] = [
  'confirmed',
  'waitlisted',
  'promoted',
  'reminder',
  'session_moved',
  'session_cancelled',
  'session_changed',
];

/** Every message the API and its e-mails produce, built by the code itself with sample data. */
function collectMessages(): string[] {
  const out: string[] = [];
  const add = (...texts: (string | null | undefined)[]) => {
    for (const t of texts) if (t) out.push(t);
  };
  add(
    ...ALL_ERROR_ENTRIES.map((e) => e.message),
    ...Object.values(VALIDATION_MESSAGES),
    ISO_DATE_MESSAGE,
    INSTANT_MESSAGE,
  );
  add(...Object.values(BOOKABILITY_MESSAGES));
  for (const v of [
    noticeVerdict('2026-03-10', '2026-03-12', '2026-03-05', {}),
    noticeVerdict('2026-03-10', '2026-03-12', '2026-03-05', { override: true, reason: ' ' }),
  ]) {
    if (!v.ok) add(v.message, 'fieldMessage' in v ? v.fieldMessage : null);
  }
  const startsAt = new Date('2026-03-16T01:00:00Z');
  for (const now of ['2026-03-15T10:00:00Z', '2026-03-16T20:00:00Z']) {
    const v = checkInVerdict(new Date(now), startsAt, 'Asia/Ho_Chi_Minh', 120);
    if (!v.ok) add(v.message);
  }
  for (const r of [
    'FREQ=WEEKLY;BYDAY=MO;UNTIL=20200101',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=WEEKLY;DTSTART=20260101',
    'FREQ=WEEKLY;BYHOUR=8',
    'NOPE',
  ]) {
    const v = validateRrule(r, { from: '2026-03-02' });
    if (!v.ok) add(v.message);
  }
  for (const v of [
    validateFullName('A1'),
    validateFullName('x'),
    validateIdentityNumber('12'),
    validateIdentityNumber('123456789'),
    validatePhoneVn('12'),
  ])
    if (!v.ok) add(v.message);
  for (const g of [
    checkGroup({ groupSize: 0 }),
    checkGroup({
      groupSize: 2,
      representatives: [{ idNumber: '1' }, { idNumber: '2' }, { idNumber: '3' }],
      bookerIdNumber: '0',
    }),
    checkGroup({ groupSize: 9, representatives: [{ idNumber: '1' }, { idNumber: '1' }], bookerIdNumber: '0' }),
  ])
    if (!g.ok) add(g.message);
  const session: SessionState = {
    status: 'published',
    startsAt,
    endsAt: new Date('2026-03-16T04:00:00Z'),
    venueId: 'v',
    delegateOfficialId: null,
    timeZone: 'Asia/Ho_Chi_Minh',
  };
  for (const [state, patch] of [
    [session, { venueId: 'v2' }],
    [session, { status: 'cancelled', venueId: 'v2', reason: 'Bận' }],
    [{ ...session, status: 'held' }, { venueId: 'v2' }],
    [session, { endsAt: '2026-03-16T00:00:00Z', reason: 'Dời' }],
  ] as [SessionState, Parameters<typeof planSessionChange>[1]][]) {
    const v = planSessionChange(state, patch);
    if (!v.ok) add(v.message);
  }
  const booking = {
    id: 'b',
    code: 'TD-7K3M9Q',
    fullName: 'Nguyễn Thị Hồng Nhung',
    salutation: 'ba',
    slotIndex: 0,
    groupSize: 3,
    seats: 3,
    status: 'confirmed',
    petitionType: 'complaint',
    createdAt: startsAt,
    updatedAt: startsAt,
  } as unknown as BookingEntity;
  const ctx = {
    session: {
      id: 's',
      startsAt,
      endsAt: new Date('2026-03-16T04:00:00Z'),
      timeZone: 'Asia/Ho_Chi_Minh',
      slotMinutes: 30,
      adHoc: false,
      status: 'published',
      sequence: 1,
    },
    official: { id: 'o', fullName: 'Trần Văn Bình', title: 'Chủ tịch Ủy ban nhân dân phường' },
    delegate: null,
    venue: { name: 'Phòng tiếp công dân', address: 'số 1 Hoàng Diệu, phường Hồng Bàng' },
    unit: { name: 'Phường Hồng Bàng', level: 'commune' },
  } as unknown as SessionContext;
  for (const kind of KINDS) {
    for (const b of [booking, { ...booking, salutation: null } as unknown as BookingEntity]) {
      const m = bookingMail(kind, b, ctx, 'a@example.vn', startsAt, { reason: 'Lãnh đạo bận họp', position: 2 });
      add(m.subject, m.text);
    }
  }
  add(
    resultMailText({
      fullName: 'Lê Văn Cường',
      unit: { name: 'Phường Hồng Bàng', level: 'commune' },
      receivedOn: '2026-03-02',
      summary: 'Đã giải quyết.',
    }),
  );
  add(
    extensionMailText({
      fullName: 'Lê Văn Cường',
      agency: 'Ủy ban nhân dân phường Hồng Bàng',
      days: 30,
      decidedOn: '2026-03-02',
      reason: 'Cần xác minh thêm.',
    }),
  );
  for (const t of [reminderText('Trả lời đơn', startsAt), escalationText('Trả lời đơn', startsAt, 'Phòng Kinh tế')])
    add(t.subject, t.text);
  return out;
}

const STATES = [
  'planned',
  'published',
  'held',
  'cancelled',
  'canceled',
  'in_person',
  'online',
  'hybrid',
  'voter_request',
  'necessary',
  'periodic',
  'received',
  'accepted',
  'rejected',
  'pending',
  'confirmed',
  'checked_in',
  'no_show',
  'waitlisted',
  'in_progress',
  'done',
  'returned',
  'transferred',
  'paused',
  'draft',
  'finalized',
  'true',
  'false',
  'null',
  'undefined',
];

/** What a message must not contain, each with its name. */
const RULES: [string, RegExp][] = [
  ['camelCase identifier', /\b[a-z]+[A-Z][A-Za-z0-9]*\b/],
  ['snake_case identifier', /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/],
  ['ISO date', /\d{4}-\d{2}-\d{2}/],
  ['English state name', new RegExp(`\\b(${STATES.join('|')})\\b`)],
];

export function wordingProblems(text: string): string[] {
  return RULES.filter(([, re]) => re.test(text)).map(([name]) => `${name}: ${text}`);
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Lines that document the API for developers (OpenAPI), not texts a person is shown. */
const FOR_DEVELOPERS = /@Api|summary:|description:|^\s*(\*|\/\/|\/\*)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('wording people read', () => {
  it('the rules catch what they should (and pass ordinary Vietnamese)', () => {
    expect(wordingProblems('Phải không sớm hơn validFrom.')).toHaveLength(1);
    expect(wordingProblems('Bắt buộc với in_person và hybrid.').length).toBeGreaterThan(0);
    expect(wordingProblems('Đặt true để xác nhận.')).toHaveLength(1);
    expect(wordingProblems('Cán bộ đã có một buổi tiếp trong ngày 2026-03-02.')).toHaveLength(1);
    expect(
      wordingProblems(
        "Kính gửi ông Nguyễn Văn An, lịch tiếp ngày 02/03/2026 tại Ủy ban nhân dân phường Hồng Bàng (H'Hen).",
      ),
    ).toEqual([]);
  });

  it('no message the API or its e-mails produce contains program words or ISO dates', () => {
    const messages = collectMessages();
    expect(messages.length).toBeGreaterThan(150);
    expect(messages.flatMap(wordingProblems)).toEqual([]);
  });

  it('no Vietnamese string literal of the source contains program words or ISO dates', () => {
    const found: string[] = [];
    const literal = /'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
    for (const file of sources(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((raw, i, lines) => {
          // OpenAPI texts are for developers; a formatter may put the text on the line after `summary:`.
          if (FOR_DEVELOPERS.test(raw) || (i > 0 && /(summary|description):\s*$/.test(lines[i - 1]!))) return;
          // Interpolations are code, not text: drop them, innermost first (they may hold templates of their own).
          let line = raw;
          for (let prev = ''; prev !== line;) {
            prev = line;
            line = line.replace(/\$\{[^{}]*\}/g, '…');
          }
          for (const m of line.matchAll(literal)) {
            if (!VIETNAMESE.test(m[0])) continue;
            const text = m[0].replace(/\\n/g, ' ');
            for (const p of wordingProblems(text)) found.push(`${relative(SRC, file)}:${i + 1}: ${p}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
