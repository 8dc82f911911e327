import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import { MEETING_URL_CONTEXTS } from '../sessions/session-online.js';

/** Key rotation of the meeting addresses of online and hybrid schedules (`npm run rotate-key`). */
export function schedulesKeyRotation(ds: DataSource, cipher: FieldCipher): KeyRotationTarget[] {
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'schedules',
      id: 'id',
      columns: { meeting_url_enc: MEETING_URL_CONTEXTS.schedule },
    }),
  ];
}
