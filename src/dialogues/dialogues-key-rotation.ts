import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import { CONTACT_CTX } from './dialogue-questions.service.js';

/** Key rotation of the contacts left with dialogue questions (`npm run rotate-key`). */
export function dialoguesKeyRotation(ds: DataSource, cipher: FieldCipher): KeyRotationTarget[] {
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'dialogue_questions',
      id: 'id',
      columns: { contact_enc: CONTACT_CTX },
    }),
  ];
}
