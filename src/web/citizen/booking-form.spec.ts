import { describe, expect, it } from '@jest/globals';
import { parseCreateBookingBody } from '../../bookings/dto/create-booking.schema.js';
import {
  bookingFieldOf,
  emptyBookingForm,
  hiddenFields,
  readBookingForm,
  toCreateBody,
  withoutIdNumbers,
} from './booking-form.js';

const SESSION = '01a22efb-e20e-74ad-9f49-8169447daea8';
const posted = {
  slot: '2026-12-07T01:00:00.000Z',
  fullName: 'Nguyễn Văn An',
  idNumber: '031085000101',
  phone: '0900000101',
  email: '',
  address: 'Số 5 phố Lạch Tray',
  topic: 'Kiến nghị',
  petitionType: 'recommendation',
  group: 'doan',
  groupSize: '6',
  'representatives-0-fullName': 'Trần Thị Bình',
  'representatives-0-idNumber': '031085000102',
  consent: 'yes',
  _csrf: 'ignored',
};

describe('the booking form of the website', () => {
  it('reads a posted form and builds the same body POST /api/v1/bookings takes', () => {
    const v = readBookingForm(posted);
    const body = toCreateBody(SESSION, v);
    expect(body).toEqual({
      sessionId: SESSION,
      slotStartsAt: posted.slot,
      fullName: 'Nguyễn Văn An',
      idNumber: '031085000101',
      phone: '0900000101',
      address: 'Số 5 phố Lạch Tray',
      topic: 'Kiến nghị',
      petitionType: 'recommendation',
      groupSize: 6,
      representatives: [{ fullName: 'Trần Thị Bình', idNumber: '031085000102' }],
    });
    expect(() => parseCreateBookingBody(body)).not.toThrow();
  });

  it('sends no group fields for a person alone, the waitlist flag only when a full slot was chosen', () => {
    const v = readBookingForm({ ...posted, group: 'mot', waitlist: '1' });
    const body = toCreateBody(SESSION, v);
    expect(body).not.toHaveProperty('groupSize');
    expect(body).not.toHaveProperty('representatives');
    expect(body.waitlist).toBe(true);
  });

  it('carries every value to the next step in hidden fields and reads them back unchanged', () => {
    const v = readBookingForm(posted);
    expect(readBookingForm(Object.fromEntries(hiddenFields(v)))).toEqual(v);
    expect(readBookingForm(Object.fromEntries(hiddenFields(emptyBookingForm('x', true))))).toEqual(
      emptyBookingForm('x', true),
    );
  });

  it('clears the ID numbers after an error, keeps everything else', () => {
    const v = withoutIdNumbers(readBookingForm(posted));
    expect(v.idNumber).toBe('');
    expect(v.reps[0]).toEqual({ fullName: 'Trần Thị Bình', idNumber: '' });
    expect(v.fullName).toBe('Nguyễn Văn An');
  });

  it('maps the API field of a problem to the field that shows it', () => {
    expect(bookingFieldOf('idNumber')).toBe('idNumber');
    expect(bookingFieldOf('representatives[1].idNumber')).toBe('representatives-1-idNumber');
    expect(bookingFieldOf('representatives[7].idNumber')).toBe('representatives-0-fullName');
    expect(bookingFieldOf('representatives')).toBe('representatives-0-fullName');
    expect(bookingFieldOf('slotStartsAt')).toBeNull();
    expect(bookingFieldOf('sessionId')).toBeNull();
  });
});
