import { Inject, Injectable } from '@nestjs/common';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { normalizeIdNumber } from './domain/duplicates.js';
import type { Petitioner } from './domain/petition-types.js';
import type { PetitionEntity, PetitionIdentityEntity } from './petition.entity.js';

/** A petitioner as filed, with the e-mail address used for the written answer. */
export interface PetitionerData extends Petitioner {
  email?: string | null;
}

const CTX = {
  id: 'petition.idNumber',
  phone: 'petition.phone',
  email: 'petition.email',
  bidx: 'petition.idNumber.bidx',
  sealedName: 'petition_identity.fullName',
  sealedId: 'petition_identity.idNumber',
  sealedAddress: 'petition_identity.address',
  sealedPhone: 'petition_identity.phone',
  sealedEmail: 'petition_identity.email',
  sealedContent: 'petition_identity.content',
} as const;

/** Encryption at rest of petitioners' data (AES-256-GCM via FieldCipher, key `DATA_KEY`), and the ID blind index. */
@Injectable()
export class PetitionCipher {
  private readonly cipher: FieldCipher;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cipher = new FieldCipher(config.dataKey);
  }

  /** Equality index of an ID number ('' or null → null), the same for sealed and open petitions. */
  idIndex(idNumber: string | null | undefined): string | null {
    const n = normalizeIdNumber(idNumber);
    return n === '' ? null : this.cipher.blindIndex(n, CTX.bidx);
  }

  private enc(v: string | null | undefined, ctx: string): string | null {
    return v === null || v === undefined || v === '' ? null : this.cipher.encrypt(v, ctx);
  }

  private dec(v: string | null, ctx: string): string | null {
    return v === null ? null : this.cipher.decrypt(v, ctx);
  }

  /** The encrypted columns of a petition that is not sealed. */
  openColumns(p: PetitionerData): Pick<PetitionEntity, 'petitionerIdEnc' | 'petitionerIdBidx' | 'petitionerPhoneEnc' | 'petitionerEmailEnc'> {
    return {
      petitionerIdEnc: this.enc(p.idNumber, CTX.id),
      petitionerIdBidx: this.idIndex(p.idNumber),
      petitionerPhoneEnc: this.enc(p.phone, CTX.phone),
      petitionerEmailEnc: this.enc(p.email, CTX.email),
    };
  }

  openPetitioner(p: PetitionEntity): PetitionerData | null {
    if (p.petitionerName === null) return null;
    return {
      fullName: p.petitionerName,
      idNumber: this.dec(p.petitionerIdEnc, CTX.id),
      address: p.petitionerAddress,
      phone: this.dec(p.petitionerPhoneEnc, CTX.phone),
      email: this.dec(p.petitionerEmailEnc, CTX.email),
    };
  }

  /** The sealed identity row of a denunciation: every field encrypted, the content as filed too. */
  seal(petitionId: string, unitId: string, p: PetitionerData | null, content: string, now: Date): Omit<PetitionIdentityEntity, never> {
    return {
      petitionId,
      unitId,
      fullNameEnc: this.enc(p?.fullName, CTX.sealedName),
      idNumberEnc: this.enc(p?.idNumber, CTX.sealedId),
      idBidx: this.idIndex(p?.idNumber),
      addressEnc: this.enc(p?.address, CTX.sealedAddress),
      phoneEnc: this.enc(p?.phone, CTX.sealedPhone),
      emailEnc: this.enc(p?.email, CTX.sealedEmail),
      contentEnc: this.cipher.encrypt(content, CTX.sealedContent),
      createdAt: now,
    };
  }

  unseal(row: PetitionIdentityEntity): { petitioner: PetitionerData | null; content: string } {
    const fullName = this.dec(row.fullNameEnc, CTX.sealedName);
    const petitioner: PetitionerData | null = fullName === null ? null : {
      fullName,
      idNumber: this.dec(row.idNumberEnc, CTX.sealedId),
      address: this.dec(row.addressEnc, CTX.sealedAddress),
      phone: this.dec(row.phoneEnc, CTX.sealedPhone),
      email: this.dec(row.emailEnc, CTX.sealedEmail),
    };
    return { petitioner, content: this.cipher.decrypt(row.contentEnc, CTX.sealedContent) };
  }
}
