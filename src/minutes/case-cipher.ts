import { Injectable } from '@nestjs/common';
import { normalizeIdentityNumber } from '../common/validation/citizen-validation.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';

/** Column contexts (also used by the migration that bound old ciphertexts to their rows). */
export const CASE_CIPHER_CONTEXTS = {
  id: 'reception_case.id_number',
  reps: 'reception_case.representatives',
  index: 'reception_case.id_index',
} as const;
const CTX = CASE_CIPHER_CONTEXTS;

export interface Representative {
  fullName: string;
  idNumber: string;
}

/** Encryption at rest of the ID numbers of people received (never logged, never stored in clear), bound to the case's id. */
@Injectable()
export class CaseCipher {
  constructor(private readonly cipher: FieldCipher) {}

  idColumns(caseId: string, idNumber: string): { idNumberEnc: string; idNumberIndex: string } {
    const n = normalizeIdentityNumber(idNumber);
    return { idNumberEnc: this.cipher.encrypt(n, CTX.id, caseId), idNumberIndex: this.index(n) };
  }

  index(idNumber: string): string {
    return this.cipher.blindIndex(normalizeIdentityNumber(idNumber), CTX.index);
  }

  /** The index under the data key `keyId` of the ring (a hash computed before a key rotation uses an older key). */
  indexUnder(keyId: string, idNumber: string): string {
    return this.cipher.blindIndexUnder(keyId, normalizeIdentityNumber(idNumber), CTX.index);
  }

  /** The ids of the data keys, current first. */
  get keyIds(): string[] {
    return this.cipher.keyIds;
  }

  idNumber(caseId: string, enc: string): string {
    return this.cipher.decrypt(enc, CTX.id, caseId);
  }

  sealRepresentatives(caseId: string, reps: readonly Representative[]): string | null {
    if (reps.length === 0) return null;
    return this.cipher.encrypt(
      JSON.stringify(reps.map((r) => ({ fullName: r.fullName.trim(), idNumber: normalizeIdentityNumber(r.idNumber) }))),
      CTX.reps,
      caseId,
    );
  }

  representatives(caseId: string, enc: string | null): Representative[] {
    return enc ? (JSON.parse(this.cipher.decrypt(enc, CTX.reps, caseId)) as Representative[]) : [];
  }
}
