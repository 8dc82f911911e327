import { type FieldProblem } from '../common/errors/domain-error.js';
import { checkGroup } from './domain/group-rules.js';
import { validateFullName, validateIdentityNumber, validatePhoneVn } from '../common/validation/citizen-validation.js';
import type { CreateBookingBody } from './dto/create-booking.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { BOOKINGS_ERRORS } from './errors.js';

export interface CheckedBookingInput {
  fullName: string;
  idNumber: string;
  idKind: 'cccd' | 'passport';
  phone: string;
  email: string | null;
  address: string;
  topic: string;
  groupSize: number;
  seats: number;
  representatives: { fullName: string; idNumber: string }[];
}

/**
 * Citizen data through the booking domain validators (names with Vietnamese diacritics, CCCD/passport, Vietnamese
 * phone), then the group rules of Decree 124/2020. Field problems → 400 VALIDATION_FAILED naming the fields; a group
 * rule → 400 with the rule's code and the legal basis in the message. Values are never echoed.
 */
export function checkBookingInput(dto: CreateBookingBody, currentYear: number): CheckedBookingInput {
  const problems: FieldProblem[] = [];
  const name = validateFullName(dto.fullName);
  if (!name.ok) problems.push({ field: 'fullName', message: name.message });
  const id = validateIdentityNumber(dto.idNumber, { currentYear });
  if (!id.ok) problems.push({ field: 'idNumber', message: id.message });
  const phone = validatePhoneVn(dto.phone);
  if (!phone.ok) problems.push({ field: 'phone', message: phone.message });
  const address = dto.address.normalize('NFC').trim();
  if (!address) problems.push({ field: 'address', message: 'Không được để trống.' });
  const topic = dto.topic.normalize('NFC').trim();
  if (!topic) problems.push({ field: 'topic', message: 'Không được để trống.' });
  const reps: { fullName: string; idNumber: string }[] = [];
  (dto.representatives ?? []).forEach((r, i) => {
    const rn = validateFullName(r.fullName);
    if (!rn.ok) problems.push({ field: `representatives[${i}].fullName`, message: rn.message });
    const ri = validateIdentityNumber(r.idNumber, { currentYear });
    if (!ri.ok) problems.push({ field: `representatives[${i}].idNumber`, message: ri.message });
    if (rn.ok && ri.ok) reps.push({ fullName: rn.value, idNumber: ri.value.number });
  });
  if (problems.length > 0 || !name.ok || !id.ok || !phone.ok) {
    throw fail(COMMON_ERRORS.VALIDATION_FAILED, { errors: problems });
  }

  const group = checkGroup({ groupSize: dto.groupSize ?? 1, representatives: reps, bookerIdNumber: id.value.number });
  if (!group.ok) {
    const field = group.code === 'GROUP_SIZE_INVALID' ? 'groupSize' : 'representatives';
    throw fail(BOOKINGS_ERRORS[group.code], {
      detail: group.rule ? `${group.message} (${group.rule})` : group.message,
      errors: [{ field, message: group.message }],
    });
  }
  return {
    fullName: name.value,
    idNumber: id.value.number,
    idKind: id.value.kind,
    phone: phone.value,
    email: dto.email ? dto.email.trim() : null,
    address,
    topic,
    groupSize: dto.groupSize ?? 1,
    seats: group.seatsTaken,
    representatives: reps,
  };
}
