import { maskEmail, maskIdNumber, maskPhone } from './domain/masking.js';
import type { BookingEntity } from './booking.entity.js';
import { slotTimes } from './booking-documents.js';
import type { SessionEntity } from '../sessions/session.entity.js';

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
  position: number | null;
  createdAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  noShowAt: string | null;
}

/** A booking for a reader; `reveal` shows ID and phone in full (roles that need them), else masked. */
export function toBookingView(b: BookingEntity, s: BookingSecrets, session: SessionEntity, reveal: boolean, position: number | null = null): BookingView {
  const { startsAt, endsAt } = slotTimes(session, b.slotIndex);
  return {
    code: b.code,
    status: b.status,
    sessionId: b.sessionId,
    slotStartsAt: startsAt.toISOString(),
    slotEndsAt: endsAt.toISOString(),
    fullName: b.fullName,
    idNumber: reveal ? s.idNumber : maskIdNumber(s.idNumber),
    phone: reveal ? s.phone : maskPhone(s.phone),
    email: s.email === null ? null : reveal ? s.email : maskEmail(s.email),
    address: b.address,
    topic: b.topic,
    petitionType: b.petitionType,
    groupSize: b.groupSize,
    seats: b.seats,
    representatives: s.representatives.map((r) => ({ fullName: r.fullName, idNumber: reveal ? r.idNumber : maskIdNumber(r.idNumber) })),
    position,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    checkedInAt: b.checkedInAt?.toISOString() ?? null,
    noShowAt: b.noShowAt?.toISOString() ?? null,
  };
}
