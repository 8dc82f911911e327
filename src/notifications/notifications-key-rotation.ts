import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import { OUTBOX_CIPHER_CONTEXTS } from './notifications.service.js';

/**
 * Key rotation of the outbox (`npm run rotate-key`): the SMS recipients' phone numbers (`to_enc`). The text of a secret
 * message (a one-time code) is not rotated: it lives minutes, is blanked once sent, and the worker opens it with any key
 * of the ring, so it is gone long before an old key is removed.
 */
export function notificationsKeyRotation(ds: DataSource, cipher: FieldCipher): KeyRotationTarget[] {
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'outbox_messages',
      id: 'id',
      columns: { to_enc: OUTBOX_CIPHER_CONTEXTS.phone },
    }),
  ];
}
