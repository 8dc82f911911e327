import { type Disclosed, type PersonalField, present } from '../common/privacy/masking-policy.js';
import type { BookingEntity } from './booking.entity.js';
import { slotTimes } from './booking-documents.js';
import type { SessionRecord } from '../sessions/session-record.js';
import type { JoinDetails } from './booking-join.js';

/** Decrypted personal fields of a booking (only ever held in memory). */
export interface BookingSecrets {
  idNumber: string;
  phone: string;
  email: string | null;
  representatives: { fullName: string; idNumber: string }[];
}

export interface BookingView {
  code: string;
  status: BookingEntity['status'];
  sessionId: string;
  slotStartsAt: string;
  slotEndsAt: string;
  fullName: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string;
  topic: string;
  petitionType: string | null;
  groupSize: number;
  seats: number;
  representatives: { fullName: string; idNumber: string }[];
  /** True for a booking about a denunciation (its identity is sealed for readers other than the secretary and inspector of the unit). */
  identityProtected: boolean;
  position: number | null;
  createdAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  noShowAt: string | null;
  form: BookingEntity['form'];
  recordingConsent: boolean | null;
  identityCheckedBy: string | null;
  identityCheckedAt: string | null;
  /** Only in the citizen's own view (code + manage token). */
  join?: JoinDetails | null;
}

/**
 * A booking as a reader may see it (`seen`: the masking policy applied to this booking, see
 * src/common/privacy/masking-policy.ts). A booking about a denunciation shows its name, address, topic, numbers and
 * representatives only to the readers of the sealed rule; everyone else sees the sealed label.
 */
export function toBookingView(
  b: BookingEntity,
  s: BookingSecrets,
  session: SessionRecord,
  seen: Disclosed,
  position: number | null = null,
): BookingView {
  const { startsAt, endsAt } = slotTimes(session, b.slotIndex);
  const show = seen.show;
  return {
    code: b.code,
    status: b.status,
    sessionId: b.sessionId,
    slotStartsAt: startsAt.toISOString(),
    slotEndsAt: endsAt.toISOString(),
    fullName: show('fullName', b.fullName)!,
    idNumber: show('idNumber', s.idNumber)!,
    phone: show('phone', s.phone)!,
    email: show('email', s.email),
    address: show('address', b.address)!,
    topic: show('topic', b.topic)!,
    petitionType: b.petitionType,
    groupSize: b.groupSize,
    seats: b.seats,
    representatives: seen.sealed
      ? []
      : s.representatives.map((r) => ({
          fullName: show('fullName', r.fullName)!,
          idNumber: show('idNumber', r.idNumber)!,
        })),
    identityProtected: b.petitionType === 'denunciation',
    position,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    checkedInAt: b.checkedInAt?.toISOString() ?? null,
    noShowAt: b.noShowAt?.toISOString() ?? null,
    form: b.form ?? 'in_person',
    recordingConsent: b.recordingConsent ?? null,
    identityCheckedBy: b.identityCheckedBy ?? null,
    identityCheckedAt: b.identityCheckedAt ? new Date(b.identityCheckedAt).toISOString() : null,
  };
}

const OWN_NUMBERS: readonly PersonalField[] = ['idNumber', 'phone', 'email'];

/**
 * The citizen reading their own booking with its code and manage token (not a staff view, so not in the role table):
 * what they wrote is shown back, their numbers masked, since a code and token may be shared or overheard.
 */
export const CITIZEN_OWN_VIEW: Disclosed = {
  sealed: false,
  revealsSealed: false,
  of: (field) => (OWN_NUMBERS.includes(field) ? 'masked' : 'clear'),
  show: (field, value) => present(field, value, OWN_NUMBERS.includes(field) ? 'masked' : 'clear'),
};
