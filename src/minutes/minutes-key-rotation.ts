import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import { CASE_CIPHER_CONTEXTS as CTX, CaseCipher } from './case-cipher.js';

/**
 * Key rotation of the reception cases (`npm run rotate-key`): ID numbers and representatives re-encrypted under the
 * current key, the ID blind index rebuilt. The hash of finalised minutes is not rewritten: it is checked under every
 * key of the ring (`MinutesViewsService.hashMatches`).
 */
export function minutesKeyRotation(ds: DataSource, cipher: FieldCipher): KeyRotationTarget[] {
  const cases = new CaseCipher(cipher);
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'reception_cases',
      id: 'id',
      columns: { id_number_enc: CTX.id, representatives_enc: CTX.reps },
      derive: (plain) => ({ id_number_index: cases.index(plain.id_number_enc!) }),
    }),
  ];
}
