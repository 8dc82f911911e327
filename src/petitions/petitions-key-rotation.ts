import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import { EncryptedTableRotation } from '../database/reencrypt.js';
import type { AppConfig } from '../config/app-config.js';
import { PETITION_CIPHER_CONTEXTS as CTX, PetitionCipher } from './petition-cipher.js';

/**
 * Key rotation of petitioners' data and sealed identities (`npm run rotate-key`): every field re-encrypted under the
 * current key, the ID blind indexes (open and sealed) rebuilt.
 */
export function petitionsKeyRotation(ds: DataSource, cipher: FieldCipher, config: AppConfig): KeyRotationTarget[] {
  const petitions = new PetitionCipher(config);
  return [
    new EncryptedTableRotation(ds, cipher, {
      table: 'petitions',
      id: 'id',
      columns: {
        petitioner_id_enc: CTX.id,
        petitioner_phone_enc: CTX.phone,
        petitioner_email_enc: CTX.email,
        lookup_secret_enc: CTX.lookupSecret,
      },
      derive: (plain, rowId) => ({
        petitioner_id_bidx: petitions.idIndex(plain.petitioner_id_enc),
        // The lookup secret's keyed hash, rebuilt under the current key (only where the petition has a secret).
        ...(plain.lookup_secret_enc
          ? { lookup_secret_hash: petitions.lookupHash(rowId, plain.lookup_secret_enc) }
          : {}),
      }),
    }),
    new EncryptedTableRotation(ds, cipher, {
      table: 'petition_identities',
      id: 'petition_id',
      columns: {
        full_name_enc: CTX.sealedName,
        id_number_enc: CTX.sealedId,
        address_enc: CTX.sealedAddress,
        phone_enc: CTX.sealedPhone,
        email_enc: CTX.sealedEmail,
        content_enc: CTX.sealedContent,
      },
      derive: (plain) => ({ id_bidx: petitions.idIndex(plain.id_number_enc) }),
    }),
  ];
}
