import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import { BOOKING_CIPHER_CONTEXTS as CTX, BookingCrypto } from './booking-crypto.js';

/**
 * Key rotation of the bookings' personal fields (`npm run rotate-key`): re-encrypts them under the current key and
 * rebuilds the ID blind index of the booking and of everyone it brings (`booking_attendees`: the booker at position 0,
 * the representatives after, in the order of the encrypted list).
 */
export function bookingsKeyRotation(ds: DataSource, cipher: FieldCipher): KeyRotationTarget[] {
  const crypto = new BookingCrypto(cipher);
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'bookings',
      id: 'id',
      columns: {
        id_number_enc: CTX.id,
        phone_enc: CTX.phone,
        email_enc: CTX.email,
        representatives_enc: CTX.reps,
      },
      derive: (plain) => ({ id_number_index: crypto.idIndex(plain.id_number_enc!) }),
      follow: async (run, plain, rowId) => {
        const reps = plain.representatives_enc ? (JSON.parse(plain.representatives_enc) as { idNumber: string }[]) : [];
        const indexes = [crypto.idIndex(plain.id_number_enc!), ...reps.map((r) => crypto.idIndex(r.idNumber))];
        const pg = ds.options.type === 'postgres';
        for (const [position, index] of indexes.entries()) {
          await run(
            pg
              ? 'UPDATE booking_attendees SET id_number_index = $1 WHERE booking_id = $2 AND position = $3'
              : 'UPDATE booking_attendees SET id_number_index = ? WHERE booking_id = ? AND position = ?',
            [index, rowId, position],
          );
        }
      },
    }),
  ];
}
