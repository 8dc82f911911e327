import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { BookingEntity } from './booking.entity.js';
import type { BookingSecrets } from './booking-views.js';

const CTX = {
  id: 'booking.idNumber',
  phone: 'booking.phone',
  email: 'booking.email',
  reps: 'booking.representatives',
  index: 'citizen.idNumber',
} as const;

/** Encryption of a booking's personal fields (each bound to its column) and the blind index of the ID number. */
@Injectable()
export class BookingCrypto {
  constructor(private readonly cipher: FieldCipher) {}

  /** Blind index of a normalised ID number (shared context: one citizen has one index across features). */
  idIndex(normalisedId: string): string {
    return this.cipher.blindIndex(normalisedId, CTX.index);
  }

  seal(s: BookingSecrets): Pick<BookingEntity, 'idNumberEnc' | 'phoneEnc' | 'emailEnc' | 'representativesEnc'> {
    return {
      idNumberEnc: this.cipher.encrypt(s.idNumber, CTX.id),
      phoneEnc: this.cipher.encrypt(s.phone, CTX.phone),
      emailEnc: s.email === null ? null : this.cipher.encrypt(s.email, CTX.email),
      representativesEnc: s.representatives.length ? this.cipher.encrypt(JSON.stringify(s.representatives), CTX.reps) : null,
    };
  }

  open(b: BookingEntity): BookingSecrets {
    return {
      idNumber: this.cipher.decrypt(b.idNumberEnc, CTX.id),
      phone: this.cipher.decrypt(b.phoneEnc, CTX.phone),
      email: b.emailEnc === null ? null : this.cipher.decrypt(b.emailEnc, CTX.email),
      representatives: b.representativesEnc === null ? [] : (JSON.parse(this.cipher.decrypt(b.representativesEnc, CTX.reps)) as BookingSecrets['representatives']),
    };
  }

  email(b: BookingEntity): string | null {
    return b.emailEnc === null ? null : this.cipher.decrypt(b.emailEnc, CTX.email);
  }
}
