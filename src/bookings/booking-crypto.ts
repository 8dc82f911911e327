import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { BookingEntity } from './booking.entity.js';
import type { BookingSecrets } from './booking-views.js';

/** Column contexts (also used by the migration that bound old ciphertexts to their rows). */
export const BOOKING_CIPHER_CONTEXTS = {
  id: 'booking.idNumber',
  phone: 'booking.phone',
  email: 'booking.email',
  reps: 'booking.representatives',
  index: 'citizen.idNumber',
  phoneIndex: 'citizen.phone',
} as const;
const CTX = BOOKING_CIPHER_CONTEXTS;

/** Encryption of a booking's personal fields (each bound to its column and to the booking's id) and the blind index of the ID number. */
@Injectable()
export class BookingCrypto {
  constructor(private readonly cipher: FieldCipher) {}

  /** Blind index of a normalised ID number (shared context: one citizen has one index across features). */
  idIndex(normalisedId: string): string {
    return this.cipher.blindIndex(normalisedId, CTX.index);
  }

  /**
   * The index of the ID number under the older data keys only ([] with one key): while a key rotation is under way,
   * places held before it may still carry one of them.
   */
  olderIdIndexes(normalisedId: string): string[] {
    return this.cipher.blindIndexes(normalisedId, CTX.index).slice(1);
  }

  /** Blind index of a normalised phone number (the per-phone limit on one-time codes; never stored). */
  phoneIndex(phone: string): string {
    return this.cipher.blindIndex(phone, CTX.phoneIndex);
  }

  /** Keyed hash of a one-time code, bound to its booking (a stolen table gives no code without DATA_KEY). */
  otpHash(bookingId: string, otp: string): string {
    return this.cipher.blindIndex(otp, `booking.otp:${bookingId}`);
  }

  phone(b: BookingEntity): string {
    return this.cipher.decrypt(b.phoneEnc, CTX.phone, b.id);
  }

  seal(
    bookingId: string,
    s: BookingSecrets,
  ): Pick<BookingEntity, 'idNumberEnc' | 'phoneEnc' | 'emailEnc' | 'representativesEnc'> {
    return {
      idNumberEnc: this.cipher.encrypt(s.idNumber, CTX.id, bookingId),
      phoneEnc: this.cipher.encrypt(s.phone, CTX.phone, bookingId),
      emailEnc: s.email === null ? null : this.cipher.encrypt(s.email, CTX.email, bookingId),
      representativesEnc: s.representatives.length
        ? this.cipher.encrypt(JSON.stringify(s.representatives), CTX.reps, bookingId)
        : null,
    };
  }

  open(b: BookingEntity): BookingSecrets {
    return {
      idNumber: this.cipher.decrypt(b.idNumberEnc, CTX.id, b.id),
      phone: this.cipher.decrypt(b.phoneEnc, CTX.phone, b.id),
      email: b.emailEnc === null ? null : this.cipher.decrypt(b.emailEnc, CTX.email, b.id),
      representatives:
        b.representativesEnc === null
          ? []
          : (JSON.parse(
              this.cipher.decrypt(b.representativesEnc, CTX.reps, b.id),
            ) as BookingSecrets['representatives']),
    };
  }

  email(b: BookingEntity): string | null {
    return b.emailEnc === null ? null : this.cipher.decrypt(b.emailEnc, CTX.email, b.id);
  }
}
