import { describe, expect, it } from '@jest/globals';
import { BOOKING_CIPHER_CONTEXTS } from '../../bookings/booking-crypto.js';
import { CASE_CIPHER_CONTEXTS } from '../../minutes/case-cipher.js';
import { PETITION_CIPHER_CONTEXTS } from '../../petitions/petition-cipher.js';
import { ENCRYPTED_COLUMNS } from './1790000412345-BindCiphertextsToRows.js';

const contextsOf = (table: string) => ENCRYPTED_COLUMNS.find((e) => e.table === table)!.columns;

describe('BindCiphertextsToRows: the column contexts written in the migration', () => {
  it('are those the services encrypt with', () => {
    expect(contextsOf('bookings')).toEqual({
      id_number_enc: BOOKING_CIPHER_CONTEXTS.id,
      phone_enc: BOOKING_CIPHER_CONTEXTS.phone,
      email_enc: BOOKING_CIPHER_CONTEXTS.email,
      representatives_enc: BOOKING_CIPHER_CONTEXTS.reps,
    });
    expect(contextsOf('petitions')).toEqual({
      petitioner_id_enc: PETITION_CIPHER_CONTEXTS.id,
      petitioner_phone_enc: PETITION_CIPHER_CONTEXTS.phone,
      petitioner_email_enc: PETITION_CIPHER_CONTEXTS.email,
    });
    expect(contextsOf('petition_identities')).toEqual({
      full_name_enc: PETITION_CIPHER_CONTEXTS.sealedName,
      id_number_enc: PETITION_CIPHER_CONTEXTS.sealedId,
      address_enc: PETITION_CIPHER_CONTEXTS.sealedAddress,
      phone_enc: PETITION_CIPHER_CONTEXTS.sealedPhone,
      email_enc: PETITION_CIPHER_CONTEXTS.sealedEmail,
      content_enc: PETITION_CIPHER_CONTEXTS.sealedContent,
    });
    expect(contextsOf('reception_cases')).toEqual({
      id_number_enc: CASE_CIPHER_CONTEXTS.id,
      representatives_enc: CASE_CIPHER_CONTEXTS.reps,
    });
    expect(contextsOf('dialogue_questions')).toEqual({ contact_enc: 'dialogue_question.contact' });
  });
});
