/**
 * The one masking policy of tiepdan: for each staff role and each personal-data field, whether a view shows the
 * value in clear, masked, or not at all (sealed). Every staff view of a person (bookings, petitions, minutes and their
 * cases, the reception log in every format, dialogue questions, the e-mail outbox) asks this file; docs/privacy.md
 * gives the table and its legal sources. Pure: no Nest, no TypeORM.
 *
 * Two layers:
 * 1. The sealed rule (on top). The identity of a denouncer is secret (Law on Denunciation 2018, Art. 9, 47, 56):
 *    on a record about a denunciation every personal field is 'sealed', except for the readers the law's procedure
 *    needs, of the record's own unit (`SEALED_READERS`). Each read of a sealed identity in clear is audited by the caller.
 * 2. The ordinary table (`ORDINARY_POLICY`) for everything else (Decree 13/2023/NĐ-CP on personal data: only the
 *    roles whose work needs a number see it in full; the others see a mask).
 */
import { ROLES, type Role } from '../roles.js';
import { maskContact, maskEmail, maskIdNumber, maskPhone } from './masks.js';

export type Disclosure = 'clear' | 'masked' | 'sealed';

/**
 * The personal fields of the views. `topic` is what the citizen wrote about their matter when booking (it names the
 * people and facts of a denunciation); `contact` is the free-form contact of a dialogue question; `recipient` is the
 * address an e-mail of the outbox goes to.
 */
export const PERSONAL_FIELDS = [
  'fullName',
  'address',
  'topic',
  'idNumber',
  'phone',
  'email',
  'contact',
  'recipient',
] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** What a view shows in place of a sealed value (text fields); other fields are null, empty or left out. */
export const SEALED_LABEL = '(được giữ bí mật)';

type Row = Readonly<Record<PersonalField, 'clear' | 'masked'>>;

const NAME_AND_MATTER = { fullName: 'clear', address: 'clear', topic: 'clear' } as const;
const NUMBERS_MASKED = { idNumber: 'masked', phone: 'masked', email: 'masked' } as const;
const NUMBERS_CLEAR = { idNumber: 'clear', phone: 'clear', email: 'clear' } as const;

/**
 * Ordinary records (not about a denunciation). Names, addresses and the matter are clear for every staff role (they
 * handle the case); ID numbers, phones and e-mails only for the secretary (identifies each person at the desk and
 * writes the reception log, Form 03) and the inspector (verifies petitions). The office sees in clear the contact a
 * citizen left with a dialogue question (it organises the dialogue and answers the sender), nothing else. The admin
 * administers the system and receives no citizen: its numbers are masked like every other role's, but it runs the
 * e-mail outbox and sees the recipient of an ordinary message in clear to deal with bounces (each such read audited).
 */
export const ORDINARY_POLICY: Readonly<Record<Role, Row>> = {
  admin: { ...NAME_AND_MATTER, ...NUMBERS_MASKED, contact: 'masked', recipient: 'clear' },
  office: { ...NAME_AND_MATTER, ...NUMBERS_MASKED, contact: 'clear', recipient: 'masked' },
  leader: { ...NAME_AND_MATTER, ...NUMBERS_MASKED, contact: 'masked', recipient: 'masked' },
  secretary: { ...NAME_AND_MATTER, ...NUMBERS_CLEAR, contact: 'clear', recipient: 'clear' },
  handler: { ...NAME_AND_MATTER, ...NUMBERS_MASKED, contact: 'masked', recipient: 'masked' },
  inspector: { ...NAME_AND_MATTER, ...NUMBERS_CLEAR, contact: 'clear', recipient: 'clear' },
  viewer: { ...NAME_AND_MATTER, ...NUMBERS_MASKED, contact: 'masked', recipient: 'masked' },
};

/** The kinds of records a denouncer's identity may sit in. */
export const RECORD_KINDS = ['booking', 'petition', 'receptionCase', 'outboxMessage', 'dialogueQuestion'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Who may read a sealed identity in clear, per kind of record, and only in the record's own unit (an inspector of a
 * parent unit does not unseal: scope decides what one may list, never who may unseal). A denunciation booking is read
 * by the secretary who receives the person at the desk and by the inspector; a petition and a reception case by the
 * inspector, who verifies the denunciation; an e-mail in the outbox by nobody (the outbox is for delivery, not cases).
 */
export const SEALED_READERS: Readonly<Record<RecordKind, readonly Role[]>> = {
  booking: ['secretary', 'inspector'],
  petition: ['inspector'],
  receptionCase: ['inspector'],
  outboxMessage: [],
  // A question sent before a dialogue is never a denunciation (the citizen files one as a petition): never sealed.
  dialogueQuestion: [],
};

/** The facts of a record the policy needs. `sealed`: the record is about a denunciation. */
export interface RecordFacts {
  readonly kind: RecordKind;
  readonly sealed: boolean;
  /** The unit that owns the record (null when unknown: then nobody unseals it). */
  readonly unitId: string | null;
}

export interface Reader {
  readonly roles: readonly string[];
  readonly unitId: string | null;
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/** The table itself for one role: the sealed rule on top of the ordinary row. `sameUnit`: reader's unit = record's. */
export function roleDisclosure(
  role: Role,
  field: PersonalField,
  record: { kind: RecordKind; sealed: boolean; sameUnit: boolean },
): Disclosure {
  if (record.sealed && !(record.sameUnit && SEALED_READERS[record.kind].includes(role))) return 'sealed';
  return ORDINARY_POLICY[role][field];
}

const OPENNESS: Record<Disclosure, number> = { sealed: 0, masked: 1, clear: 2 };

/** What a reader (one or more roles) sees of a field: the most open of its roles; a reader without a role sees it sealed. */
export function disclosure(reader: Reader, field: PersonalField, record: RecordFacts): Disclosure {
  const sameUnit = record.unitId !== null && reader.unitId !== null && reader.unitId === record.unitId;
  let best: Disclosure = 'sealed';
  for (const r of reader.roles) {
    if (!isRole(r)) continue;
    const d = roleDisclosure(r, field, { kind: record.kind, sealed: record.sealed, sameUnit });
    if (OPENNESS[d] > OPENNESS[best]) best = d;
  }
  return best;
}

/** True when showing this record to this reader discloses a sealed identity: the caller must audit the read. */
export function readsSealedInClear(reader: Reader, record: RecordFacts): boolean {
  return record.sealed && disclosure(reader, 'fullName', record) === 'clear';
}

const MASKS: Record<PersonalField, (v: string) => string> = {
  fullName: (v) => ([...v.trim()][0] ?? '') + '***',
  address: () => '***',
  topic: () => '***',
  idNumber: maskIdNumber,
  phone: maskPhone,
  email: maskEmail,
  contact: maskContact,
  recipient: maskEmail,
};

/** The value as the disclosure allows: itself, its mask, or the sealed label. null stays null. */
export function present(field: PersonalField, value: string | null, d: Disclosure): string | null {
  if (value === null) return null;
  if (d === 'clear') return value;
  if (d === 'masked') return MASKS[field](value);
  return SEALED_LABEL;
}

/**
 * A reader's view of one record, ready to apply: `show(field, value)` gives what the view carries, `sealed` says the
 * identity is withheld, `revealsSealed` that the caller must audit the read.
 */
export interface Disclosed {
  readonly sealed: boolean;
  readonly revealsSealed: boolean;
  readonly of: (field: PersonalField) => Disclosure;
  readonly show: (field: PersonalField, value: string | null) => string | null;
}

export function disclose(reader: Reader, record: RecordFacts): Disclosed {
  const of = (field: PersonalField) => disclosure(reader, field, record);
  const revealsSealed = readsSealedInClear(reader, record);
  return {
    sealed: record.sealed && !revealsSealed,
    revealsSealed,
    of,
    show: (field, value) => present(field, value, of(field)),
  };
}
