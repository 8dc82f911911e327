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

/** Column contexts (also used by the migration that bound old ciphertexts to their rows). */
export const PETITION_CIPHER_CONTEXTS = {
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
  lookupSecret: 'petition.lookupSecret',
  lookupHash: 'petition.lookupSecret.hash',
} as const;
const CTX = PETITION_CIPHER_CONTEXTS;

/** Encryption at rest of petitioners' data (AES-256-GCM via FieldCipher, key `DATA_KEY`), and the ID blind index. */
@Injectable()
export class PetitionCipher {
  private readonly cipher: FieldCipher;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cipher = new FieldCipher(config.dataKeys);
  }

  /**
   * The index of an ID number under every data key, current first ([] for none): look-ups match any of them while a key
   * rotation has not yet rebuilt every stored index.
   */
  idIndexes(idNumber: string | null | undefined): string[] {
    const n = normalizeIdNumber(idNumber);
    return n === '' ? [] : this.cipher.blindIndexes(n, CTX.bidx);
  }

  /** The FieldCipher itself (for the key rotation of the module's tables). */
  get fieldCipher(): FieldCipher {
    return this.cipher;
  }

  /** Equality index of an ID number ('' or null → null), the same for sealed and open petitions. */
  idIndex(idNumber: string | null | undefined): string | null {
    const n = normalizeIdNumber(idNumber);
    return n === '' ? null : this.cipher.blindIndex(n, CTX.bidx);
  }

  /** Each value is bound to its column (`ctx`) and to the petition's id (`petitionId`). */
  private enc(v: string | null | undefined, ctx: string, petitionId: string): string | null {
    return v === null || v === undefined || v === '' ? null : this.cipher.encrypt(v, ctx, petitionId);
  }

  private dec(v: string | null, ctx: string, petitionId: string): string | null {
    return v === null ? null : this.cipher.decrypt(v, ctx, petitionId);
  }

  /** The encrypted columns of a petition that is not sealed. */
  openColumns(
    petitionId: string,
    p: PetitionerData,
  ): Pick<PetitionEntity, 'petitionerIdEnc' | 'petitionerIdBidx' | 'petitionerPhoneEnc' | 'petitionerEmailEnc'> {
    return {
      petitionerIdEnc: this.enc(p.idNumber, CTX.id, petitionId),
      petitionerIdBidx: this.idIndex(p.idNumber),
      petitionerPhoneEnc: this.enc(p.phone, CTX.phone, petitionId),
      petitionerEmailEnc: this.enc(p.email, CTX.email, petitionId),
    };
  }

  openPetitioner(p: PetitionEntity): PetitionerData | null {
    if (p.petitionerName === null) return null;
    return {
      fullName: p.petitionerName,
      idNumber: this.dec(p.petitionerIdEnc, CTX.id, p.id),
      address: p.petitionerAddress,
      phone: this.dec(p.petitionerPhoneEnc, CTX.phone, p.id),
      email: this.dec(p.petitionerEmailEnc, CTX.email, p.id),
    };
  }

  /**
   * The keyed hash of a lookup secret, bound to its petition (a secret is worth nothing with another code); under the
   * current data key. `lookupHashes`: under every key of the ring, current first (a key rotation rebuilds the stored
   * hash row by row, so a lookup meanwhile may meet one made under an older key).
   */
  lookupHash(petitionId: string, secret: string): string {
    return this.cipher.blindIndex(`${petitionId}|${secret}`, CTX.lookupHash);
  }

  lookupHashes(petitionId: string, secret: string): string[] {
    return this.cipher.blindIndexes(`${petitionId}|${secret}`, CTX.lookupHash);
  }

  /** The lookup columns of a petition: the code, the keyed hash of the secret and the secret encrypted to the row. */
  lookupColumns(
    petitionId: string,
    code: string,
    secret: string,
  ): Pick<PetitionEntity, 'lookupCode' | 'lookupSecretHash' | 'lookupSecretEnc'> {
    return {
      lookupCode: code,
      lookupSecretHash: this.lookupHash(petitionId, secret),
      lookupSecretEnc: this.cipher.encrypt(secret, CTX.lookupSecret, petitionId),
    };
  }

  lookupSecret(p: PetitionEntity): string | null {
    return this.dec(p.lookupSecretEnc, CTX.lookupSecret, p.id);
  }

  /** The sealed identity row of a denunciation: every field encrypted, the content as filed too. */
  seal(
    petitionId: string,
    unitId: string,
    p: PetitionerData | null,
    content: string,
    now: Date,
  ): Omit<PetitionIdentityEntity, never> {
    return {
      petitionId,
      unitId,
      fullNameEnc: this.enc(p?.fullName, CTX.sealedName, petitionId),
      idNumberEnc: this.enc(p?.idNumber, CTX.sealedId, petitionId),
      idBidx: this.idIndex(p?.idNumber),
      addressEnc: this.enc(p?.address, CTX.sealedAddress, petitionId),
      phoneEnc: this.enc(p?.phone, CTX.sealedPhone, petitionId),
      emailEnc: this.enc(p?.email, CTX.sealedEmail, petitionId),
      contentEnc: this.cipher.encrypt(content, CTX.sealedContent, petitionId),
      createdAt: now,
    };
  }

  unseal(row: PetitionIdentityEntity): { petitioner: PetitionerData | null; content: string } {
    const fullName = this.dec(row.fullNameEnc, CTX.sealedName, row.petitionId);
    const petitioner: PetitionerData | null =
      fullName === null
        ? null
        : {
            fullName,
            idNumber: this.dec(row.idNumberEnc, CTX.sealedId, row.petitionId),
            address: this.dec(row.addressEnc, CTX.sealedAddress, row.petitionId),
            phone: this.dec(row.phoneEnc, CTX.sealedPhone, row.petitionId),
            email: this.dec(row.emailEnc, CTX.sealedEmail, row.petitionId),
          };
    return { petitioner, content: this.cipher.decrypt(row.contentEnc, CTX.sealedContent, row.petitionId) };
  }
}
