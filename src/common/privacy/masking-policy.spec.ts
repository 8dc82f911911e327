import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ROLES, type Role } from '../roles.js';
import {
  type Disclosure,
  disclose,
  disclosure,
  ORDINARY_POLICY,
  PERSONAL_FIELDS,
  type PersonalField,
  present,
  RECORD_KINDS,
  type RecordKind,
  readsSealedInClear,
  roleDisclosure,
  SEALED_LABEL,
} from './masking-policy.js';

/**
 * The table of docs/privacy.md, written out cell by cell (C = clear, M = masked), in the order of PERSONAL_FIELDS:
 * fullName, address, topic, idNumber, phone, email, contact, recipient.
 */
const DOC_TABLE: Record<Role, string> = {
  admin: 'CCCMMMMC',
  office: 'CCCMMMCM',
  leader: 'CCCMMMMM',
  secretary: 'CCCCCCCC',
  handler: 'CCCMMMMM',
  inspector: 'CCCCCCCC',
  viewer: 'CCCMMMMM',
};
/** Who reads a sealed identity in clear (in the record's own unit), per kind of record. */
const DOC_SEALED_READERS: Record<RecordKind, Role[]> = {
  booking: ['secretary', 'inspector'],
  petition: ['inspector'],
  receptionCase: ['inspector'],
  outboxMessage: [],
  dialogueQuestion: [],
};

const ordinaryCell = (role: Role, field: PersonalField): Disclosure =>
  DOC_TABLE[role][PERSONAL_FIELDS.indexOf(field)] === 'C' ? 'clear' : 'masked';

describe('masking policy: the whole table, role × field × record', () => {
  it('covers every role and every field', () => {
    expect(Object.keys(ORDINARY_POLICY).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(Object.keys(ORDINARY_POLICY[role]).sort()).toEqual([...PERSONAL_FIELDS].sort());
  });

  for (const role of ROLES) {
    for (const field of PERSONAL_FIELDS) {
      for (const kind of RECORD_KINDS) {
        it(`${role} × ${field} × ${kind}`, () => {
          // Ordinary record: the table, whatever the unit.
          for (const sameUnit of [true, false])
            expect(roleDisclosure(role, field, { kind, sealed: false, sameUnit })).toBe(ordinaryCell(role, field));
          // Denunciation: sealed, except for the kind's readers of the record's own unit, who get their ordinary cell.
          const reader = DOC_SEALED_READERS[kind].includes(role);
          expect(roleDisclosure(role, field, { kind, sealed: true, sameUnit: true })).toBe(
            reader ? ordinaryCell(role, field) : 'sealed',
          );
          expect(roleDisclosure(role, field, { kind, sealed: true, sameUnit: false })).toBe('sealed');
          // The same through a one-role reader.
          const unitId = 'u1';
          expect(disclosure({ roles: [role], unitId }, field, { kind, sealed: true, unitId })).toBe(
            reader ? ordinaryCell(role, field) : 'sealed',
          );
          expect(disclosure({ roles: [role], unitId: 'u2' }, field, { kind, sealed: false, unitId })).toBe(
            ordinaryCell(role, field),
          );
        });
      }
    }
  }

  it('a sealed reader reads every field of the record in clear and must audit it', () => {
    expect(
      readsSealedInClear({ roles: ['inspector'], unitId: 'u1' }, { kind: 'petition', sealed: true, unitId: 'u1' }),
    ).toBe(true);
    expect(
      readsSealedInClear({ roles: ['secretary'], unitId: 'u1' }, { kind: 'booking', sealed: true, unitId: 'u1' }),
    ).toBe(true);
    expect(
      readsSealedInClear({ roles: ['secretary'], unitId: 'u1' }, { kind: 'petition', sealed: true, unitId: 'u1' }),
    ).toBe(false);
    expect(
      readsSealedInClear({ roles: ['inspector'], unitId: 'u1' }, { kind: 'petition', sealed: false, unitId: 'u1' }),
    ).toBe(false);
    expect(
      readsSealedInClear({ roles: ['inspector'], unitId: null }, { kind: 'petition', sealed: true, unitId: null }),
    ).toBe(false);
  });
});

const roleSets = fc.uniqueArray(fc.constantFrom<string>(...ROLES, 'citizen', ''), { maxLength: 4 });
const records = fc.record({
  kind: fc.constantFrom(...RECORD_KINDS),
  sealed: fc.boolean(),
  unitId: fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
});
const OPEN: Record<Disclosure, number> = { sealed: 0, masked: 1, clear: 2 };

describe('masking policy: properties', () => {
  it('a reader with several roles sees the most open of them; unknown roles see nothing', () => {
    fc.assert(
      fc.property(
        roleSets,
        fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
        fc.constantFrom(...PERSONAL_FIELDS),
        records,
        (roles, unitId, field, rec) => {
          const sameUnit = rec.unitId !== null && unitId === rec.unitId;
          const each = roles
            .filter((r): r is Role => (ROLES as readonly string[]).includes(r))
            .map((r) => roleDisclosure(r, field, { ...rec, sameUnit }));
          const expected = each.reduce<Disclosure>((a, b) => (OPEN[b] > OPEN[a] ? b : a), 'sealed');
          expect(disclosure({ roles, unitId }, field, rec)).toBe(expected);
        },
      ),
    );
  });

  it('a sealed record is never shown in clear outside its own unit, nor to a role that is not its reader', () => {
    fc.assert(
      fc.property(roleSets, fc.constantFrom(...PERSONAL_FIELDS), records, (roles, field, rec) => {
        const other = { roles, unitId: rec.unitId === 'u1' ? 'u2' : 'u1' };
        expect(disclosure(other, field, { ...rec, sealed: true })).toBe('sealed');
      }),
    );
  });

  it('present: clear keeps, sealed hides behind the label, masked never equals a real-looking value', () => {
    expect(present('idNumber', '001203004567', 'clear')).toBe('001203004567');
    expect(present('idNumber', '001203004567', 'masked')).toBe('001******567');
    expect(present('email', 'hoa@example.vn', 'masked')).toBe('h***@example.vn');
    expect(present('contact', '0912345678', 'masked')).toBe('+8491****678');
    expect(present('topic', 'Tố cáo ông A', 'sealed')).toBe(SEALED_LABEL);
    expect(present('phone', null, 'sealed')).toBeNull();
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSONAL_FIELDS),
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /[\p{L}\p{N}]/u.test(s) && !s.includes('*')),
        (field, value) => {
          expect(present(field, value, 'masked')).not.toBe(value);
          expect(present(field, value, 'sealed')).toBe(SEALED_LABEL);
        },
      ),
    );
  });

  it('disclose: sealed and revealsSealed are exclusive and follow the rule', () => {
    fc.assert(
      fc.property(roleSets, fc.option(fc.constantFrom('u1', 'u2'), { nil: null }), records, (roles, unitId, rec) => {
        const d = disclose({ roles, unitId }, rec);
        expect(d.sealed && d.revealsSealed).toBe(false);
        expect(d.sealed || d.revealsSealed).toBe(rec.sealed);
      }),
    );
  });
});
