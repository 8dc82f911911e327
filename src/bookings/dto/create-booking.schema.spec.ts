import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError, type FieldProblem } from '../../common/errors/domain-error.js';
import { createValidationPipe } from '../../common/validation/validation.pipe.js';
import { BOOKING_LIMITS, CreateBookingDto } from './create-booking.dto.js';
import { parseCreateBookingBody } from './create-booking.schema.js';

const ABSENT = Symbol('absent');
const pipe = createValidationPipe();

/** Problems of the global class-validator pipe (the reference), or null when it accepts the body. */
async function byClassValidator(body: object): Promise<FieldProblem[] | null> {
  try {
    await pipe.transform(body, { type: 'body', metatype: CreateBookingDto, data: undefined });
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.errors ?? [];
    throw e;
  }
}

function bySchema(body: object): FieldProblem[] | null {
  try {
    parseCreateBookingBody(body);
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.errors ?? [];
    throw e;
  }
}

const rootFields = (problems: FieldProblem[] | null) =>
  problems === null ? null : [...new Set(problems.map((p) => p.field.split(/[.[]/)[0]))].sort();

const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.constantFrom(
      '',
      ' ',
      'Nguyễn Văn An',
      'x'.repeat(max),
      'x'.repeat(max + 1),
      '😀'.repeat(max),
      '😀'.repeat(max + 1),
      '❤️'.repeat(max),
      '❤\uFE0F'.repeat(max + 1),
      'e\u0301'.repeat(max),
      '\u200B',
      '\u202E\u2066\u0007',
      `${'x'.repeat(max)}\u200B\uFEFF`,
      'Nguye\u0302\u0303n\u200B Va\u0306n\u202E An',
      'Dòng 1\n\tDòng 2',
    ),
    fc.constantFrom<unknown>(null, 12, true, [], {}),
  );
const optional = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant<typeof ABSENT>(ABSENT), arb);
const required = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant<typeof ABSENT>(ABSENT) });

const representative = fc.oneof(
  fc.record({ fullName: text(BOOKING_LIMITS.fullName), idNumber: text(BOOKING_LIMITS.idNumber) }),
  fc.record({ fullName: fc.constant('Trần Thị Bình') }),
  fc.constant({ fullName: 'Trần Thị Bình', idNumber: '031190012345', extra: 1 }),
  fc.constantFrom<unknown>(null, 1, 'x'),
);

const fields = {
  sessionId: required(
    fc.oneof(
      fc.uuid(),
      fc.constantFrom<unknown>(
        '019ac2d4-1e7a-7cc3-9d0e-2b1f3c4d5e6f',
        'abc',
        '',
        'ZZZZZZZZ-1e7a-7cc3-9d0e-2b1f3c4d5e6f',
        42,
        null,
      ),
    ),
  ),
  slotStartsAt: required(
    fc.oneof(
      fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc.constantFrom<unknown>(
        '2026-03-02T08:00:00+07:00',
        '2026-03-02T01:00:00Z',
        '2026-02-30T00:00:00.000Z',
        '2026-03-02',
        '2026-03-02T01:00:00',
        'x',
        1_700_000_000_000,
        null,
      ),
    ),
  ),
  fullName: required(text(BOOKING_LIMITS.fullName)),
  salutation: optional(fc.constantFrom<unknown>('ong', 'ba', '', 'Ông', null, 1)),
  idNumber: required(text(BOOKING_LIMITS.idNumber)),
  phone: required(text(BOOKING_LIMITS.phone)),
  email: optional(
    fc.oneof(
      fc.emailAddress(),
      fc.constantFrom<unknown>(
        'a@',
        '',
        'an.nguyen@example.vn',
        `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.vn`,
        null,
        5,
      ),
    ),
  ),
  address: required(text(BOOKING_LIMITS.address)),
  topic: required(text(BOOKING_LIMITS.topic)),
  petitionType: optional(
    fc.constantFrom<unknown>('complaint', 'denunciation', 'recommendation', 'feedback', 'other', '', null, 1),
  ),
  groupSize: optional(fc.oneof(fc.integer({ min: -2, max: 600 }), fc.constantFrom<unknown>(2.5, '3', null, true))),
  representatives: optional(
    fc.oneof(fc.array(representative, { maxLength: 12 }), fc.constantFrom<unknown>(null, 'x', {})),
  ),
  waitlist: optional(fc.constantFrom<unknown>(true, false, 'true', 1, null)),
  form: optional(fc.constantFrom<unknown>('in_person', 'online', 'hybrid', '', null, 1)),
  recordingConsent: optional(fc.constantFrom<unknown>(true, false, 'true', 1, null)),
  unknownField: fc.constantFrom<unknown>(ABSENT, ABSENT, ABSENT, 1),
};

const body = fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT)));

describe('CREATE_BOOKING_SCHEMA', () => {
  it("accepts and refuses exactly what the DTO's class-validator rules do, naming the same fields", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const reference = await byClassValidator(structuredClone(b));
        const compiled = bySchema(structuredClone(b));
        expect(rootFields(compiled)).toEqual(rootFields(reference));
      }),
      { numRuns: 3000 },
    );
  });

  it('cleans names and texts exactly as the DTO does (NFC, no bidi, zero-width or control characters)', async () => {
    const dirty = (s: string) =>
      fc
        .array(fc.constantFrom('\u200B', '\u200D', '\u202E', '\u2067', '\uFEFF', '\u0000'), { maxLength: 3 })
        .map((inv) => `${inv.join('')}${s.normalize('NFD')}${inv.join('')}`);
    const valid = fc
      .record({
        fullName: dirty('Nguyễn Văn An'),
        idNumber: dirty('031085001234'),
        phone: dirty('0912345678'),
        address: dirty('Số 5 phố Lạch Tray'),
        topic: dirty('Kiến nghị\nvề đất'),
        representatives: fc.array(fc.record({ fullName: dirty('Trần Thị Bình'), idNumber: dirty('031190012345') }), {
          maxLength: 2,
        }),
      })
      .map((r) => ({
        sessionId: '019ac2d4-1e7a-7cc3-9d0e-2b1f3c4d5e6f',
        slotStartsAt: '2026-03-02T01:00:00.000Z',
        ...r,
      }));
    await fc.assert(
      fc.asyncProperty(valid, async (b) => {
        const reference = (await pipe.transform(structuredClone(b), {
          type: 'body',
          metatype: CreateBookingDto,
          data: undefined,
        })) as object;
        const compiled = parseCreateBookingBody(structuredClone(b));
        expect(compiled).toEqual(JSON.parse(JSON.stringify(reference)));
        expect(compiled.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
        expect(compiled.topic).toContain('\n');
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a complete valid booking and gives it back unchanged', () => {
    const b = {
      sessionId: '019ac2d4-1e7a-7cc3-9d0e-2b1f3c4d5e6f',
      slotStartsAt: '2026-03-02T01:00:00.000Z',
      fullName: 'Nguyễn Văn An',
      idNumber: '031085001234',
      phone: '0912345678',
      email: 'an.nguyen@example.vn',
      address: 'Số 5 phố Lạch Tray',
      topic: 'Kiến nghị',
      petitionType: 'recommendation',
      groupSize: 6,
      representatives: [{ fullName: 'Trần Thị Bình', idNumber: '031190012345' }],
      waitlist: true,
    };
    expect(parseCreateBookingBody(structuredClone(b))).toEqual(b);
  });

  it('names nested fields the way the global pipe does, with its Vietnamese messages', () => {
    try {
      parseCreateBookingBody({
        sessionId: 'x',
        slotStartsAt: 'hôm qua',
        fullName: '',
        idNumber: '1',
        phone: '1',
        address: 'a',
        topic: 't',
        representatives: [{ fullName: 'A' }, { fullName: 'B', idNumber: '2', tuổi: 30 }],
        extra: 1,
      });
      throw new Error('expected a 400');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.status).toBe(400);
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.errors).toEqual(
        expect.arrayContaining([
          { field: 'sessionId', message: 'Phải là mã định danh (UUID) hợp lệ.' },
          {
            field: 'slotStartsAt',
            message:
              'Phải là thời điểm theo chuẩn ISO 8601, gồm ngày, giờ và múi giờ (chữ Z cho giờ UTC hoặc độ lệch như +07:00), từ năm 2000 đến năm 2100.',
          },
          { field: 'fullName', message: 'Không được để trống.' },
          { field: 'representatives[0].idNumber', message: 'Bắt buộc phải có.' },
          { field: 'representatives[1].tuổi', message: 'Trường này không được phép.' },
          { field: 'extra', message: 'Trường này không được phép.' },
        ]),
      );
      expect(JSON.stringify(err.errors)).not.toContain('hôm qua');
    }
  });

  it('refuses a body that is not an object', () => {
    for (const b of [null, [], 'x', 1]) expect(() => parseCreateBookingBody(b)).toThrow(DomainError);
  });
});
