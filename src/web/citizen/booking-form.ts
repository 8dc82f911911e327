import type { CreateBookingBody } from '../../bookings/dto/create-booking.dto.js';
import { fieldId } from '../common/form-errors.js';

/** How many companions / representatives the form offers (the API allows 10; a group of 11+ sends at most 5). */
export const REP_ROWS = 5;

/**
 * The booking form's values as typed (strings), carried from page to page in hidden fields of POST forms (never in a
 * URL: the ID number is in them). The optional steps other slices add (a form choice, a one-time code) add fields here.
 */
export interface BookingFormValues {
  slot: string;
  /** The citizen chose a full slot: join its waitlist. */
  waitlist: boolean;
  fullName: string;
  salutation: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  topic: string;
  petitionType: string;
  /** 'mot' (alone) or 'doan' (a group). */
  group: string;
  groupSize: string;
  reps: { fullName: string; idNumber: string }[];
  consent: boolean;
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';

/** The values of a posted booking form (urlencoded body); anything missing is empty. */
export function readBookingForm(body: Record<string, unknown>): BookingFormValues {
  const reps = Array.from({ length: REP_ROWS }, (_, i) => ({
    fullName: str(body[`representatives-${i}-fullName`]),
    idNumber: str(body[`representatives-${i}-idNumber`]),
  }));
  return {
    slot: str(body.slot),
    waitlist: str(body.waitlist) === '1',
    fullName: str(body.fullName),
    salutation: str(body.salutation),
    idNumber: str(body.idNumber),
    phone: str(body.phone),
    email: str(body.email),
    address: str(body.address),
    topic: str(body.topic),
    petitionType: str(body.petitionType),
    group: str(body.group) === 'doan' ? 'doan' : 'mot',
    groupSize: str(body.groupSize),
    reps,
    consent: str(body.consent) === 'yes',
  };
}

/** The hidden fields that carry the values to the next step (the same names the form uses). */
export function hiddenFields(v: BookingFormValues): [string, string][] {
  const out: [string, string][] = [
    ['slot', v.slot],
    ['waitlist', v.waitlist ? '1' : ''],
    ['fullName', v.fullName],
    ['salutation', v.salutation],
    ['idNumber', v.idNumber],
    ['phone', v.phone],
    ['email', v.email],
    ['address', v.address],
    ['topic', v.topic],
    ['petitionType', v.petitionType],
    ['group', v.group],
    ['groupSize', v.groupSize],
    ['consent', v.consent ? 'yes' : ''],
  ];
  v.reps.forEach((r, i) => {
    out.push([`representatives-${i}-fullName`, r.fullName], [`representatives-${i}-idNumber`, r.idNumber]);
  });
  return out.filter(([, value]) => value !== '');
}

/** The companions actually filled in (an empty row is no companion). */
export const filledReps = (v: BookingFormValues) => v.reps.filter((r) => r.fullName.trim() || r.idNumber.trim());

/**
 * The body of POST /api/v1/bookings for these values (the same service call the API makes). The group size is sent
 * only for a group; an unparsable size is sent as the text so the API's own validation names it.
 */
export function toCreateBody(sessionId: string, v: BookingFormValues): Record<string, unknown> {
  const group = v.group === 'doan';
  const size = v.groupSize.trim();
  const reps = group ? filledReps(v) : [];
  return {
    sessionId,
    slotStartsAt: v.slot,
    fullName: v.fullName,
    ...(v.salutation === 'ong' || v.salutation === 'ba' ? { salutation: v.salutation } : {}),
    idNumber: v.idNumber,
    phone: v.phone,
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    address: v.address,
    topic: v.topic,
    ...(v.petitionType ? { petitionType: v.petitionType } : {}),
    ...(group ? { groupSize: /^\d{1,4}$/.test(size) ? Number(size) : size } : {}),
    ...(reps.length ? { representatives: reps } : {}),
    ...(v.waitlist ? { waitlist: true } : {}),
  } satisfies Partial<Record<keyof CreateBookingBody, unknown>>;
}

/** The field of the form that shows an API field's problem (null: the summary only). */
export function bookingFieldOf(apiPath: string): string | null {
  if (apiPath === 'sessionId' || apiPath === 'slotStartsAt' || apiPath === 'waitlist') return null;
  if (apiPath === 'representatives') return 'representatives-0-fullName';
  const id = fieldId(apiPath);
  const m = /^representatives-(\d+)-(fullName|idNumber)$/.exec(id);
  if (m) return Number(m[1]) < REP_ROWS ? id : 'representatives-0-fullName';
  return id;
}

/** The values with the ID numbers cleared: after an error the ID number is asked again (never sent back). */
export function withoutIdNumbers(v: BookingFormValues): BookingFormValues {
  return { ...v, idNumber: '', reps: v.reps.map((r) => ({ fullName: r.fullName, idNumber: '' })) };
}

export const emptyBookingForm = (slot: string, waitlist: boolean): BookingFormValues => ({
  slot,
  waitlist,
  fullName: '',
  salutation: '',
  idNumber: '',
  phone: '',
  email: '',
  address: '',
  topic: '',
  petitionType: '',
  group: 'mot',
  groupSize: '',
  reps: Array.from({ length: REP_ROWS }, () => ({ fullName: '', idNumber: '' })),
  consent: false,
});
