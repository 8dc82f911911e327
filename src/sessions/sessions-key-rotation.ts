import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import { MEETING_URL_CONTEXTS } from './session-online.js';

/** Key rotation of the meeting addresses of online and hybrid sessions (`npm run rotate-key`). */
export function sessionsKeyRotation(ds: DataSource, cipher: FieldCipher): KeyRotationTarget[] {
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'sessions',
      id: 'id',
      columns: { meeting_url_enc: MEETING_URL_CONTEXTS.session },
    }),
  ];
}
