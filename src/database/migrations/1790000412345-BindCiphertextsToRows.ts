import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FieldCipher } from '../../common/crypto/field-cipher.js';
import { loadAppConfig } from '../../config/load-config.js';
import { isPg } from './schema-helpers.js';

/**
 * Every encrypted column at the time of this migration: its table, the row's id column, and the column context of its
 * ciphertexts (written out here, as a migration must not change with the code; a unit test checks they are those of
 * the services).
 */
export const ENCRYPTED_COLUMNS: ReadonlyArray<{ table: string; id: string; columns: Record<string, string> }> = [
  {
    table: 'bookings',
    id: 'id',
    columns: {
      id_number_enc: 'booking.idNumber',
      phone_enc: 'booking.phone',
      email_enc: 'booking.email',
      representatives_enc: 'booking.representatives',
    },
  },
  {
    table: 'petitions',
    id: 'id',
    columns: {
      petitioner_id_enc: 'petition.idNumber',
      petitioner_phone_enc: 'petition.phone',
      petitioner_email_enc: 'petition.email',
    },
  },
  {
    table: 'petition_identities',
    id: 'petition_id',
    columns: {
      full_name_enc: 'petition_identity.fullName',
      id_number_enc: 'petition_identity.idNumber',
      address_enc: 'petition_identity.address',
      phone_enc: 'petition_identity.phone',
      email_enc: 'petition_identity.email',
      content_enc: 'petition_identity.content',
    },
  },
  {
    table: 'reception_cases',
    id: 'id',
    columns: { id_number_enc: 'reception_case.id_number', representatives_enc: 'reception_case.representatives' },
  },
  { table: 'dialogue_questions', id: 'id', columns: { contact_enc: 'dialogue_question.contact' } },
];

const BATCH = 500;

/**
 * Field encryption binds each ciphertext to its row: the record's id joins the column in the AES-GCM associated data
 * (format `v2`), so a ciphertext copied onto another person's row no longer decrypts. This converts every existing
 * `v1` value (bound to its column only): decrypt the old way, encrypt with the row's id. Rows already in `v2` are left
 * alone, so the migration can be re-run. After it, the application reads `v2` only.
 *
 * The data key comes from where the server takes it (`loadAppConfig`: DATA_KEY, or the generated secrets file outside
 * production), and is read only when there is something to convert.
 */
export class BindCiphertextsToRows1790000412345 implements MigrationInterface {
  name = 'BindCiphertextsToRows1790000412345';

  async up(qr: QueryRunner): Promise<void> {
    let cipher: FieldCipher | null = null;
    const p = (i: number) => (isPg(qr) ? `$${i}` : '?');
    for (const { table, id, columns } of ENCRYPTED_COLUMNS) {
      const names = Object.keys(columns);
      const anyOld = names.map((c) => `${c} LIKE 'v1:%'`).join(' OR ');
      let after = '';
      for (;;) {
        const rows = (await qr.query(
          `SELECT ${id} AS row_id, ${names.join(', ')} FROM ${table} WHERE (${anyOld}) AND ${id} > ${p(1)} ORDER BY ${id} LIMIT ${BATCH}`,
          [after],
        )) as Record<string, string | null>[];
        if (rows.length === 0) break;
        cipher ??= new FieldCipher(loadAppConfig().dataKey);
        for (const row of rows) {
          const rowId = row.row_id!;
          const sets: string[] = [];
          const values: string[] = [];
          for (const column of names) {
            const value = row[column];
            if (typeof value !== 'string' || FieldCipher.isCurrent(value)) continue;
            const context = columns[column]!;
            values.push(cipher.encrypt(cipher.decryptUnbound(value, context), context, rowId));
            sets.push(`${column} = ${p(values.length)}`);
          }
          if (sets.length > 0) {
            values.push(rowId);
            await qr.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${id} = ${p(values.length)}`, values);
          }
          after = rowId;
        }
      }
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    let cipher: FieldCipher | null = null;
    const p = (i: number) => (isPg(qr) ? `$${i}` : '?');
    for (const { table, id, columns } of ENCRYPTED_COLUMNS) {
      const names = Object.keys(columns);
      const rows = (await qr.query(
        `SELECT ${id} AS row_id, ${names.join(', ')} FROM ${table} WHERE ${names.map((c) => `${c} LIKE 'v2:%'`).join(' OR ')}`,
      )) as Record<string, string | null>[];
      for (const row of rows) {
        cipher ??= new FieldCipher(loadAppConfig().dataKey);
        const sets: string[] = [];
        const values: string[] = [];
        for (const column of names) {
          const value = row[column];
          if (typeof value !== 'string' || !FieldCipher.isCurrent(value)) continue;
          values.push(cipher.encryptUnbound(cipher.decrypt(value, columns[column]!, row.row_id!), columns[column]!));
          sets.push(`${column} = ${p(values.length)}`);
        }
        if (sets.length > 0) {
          values.push(row.row_id!);
          await qr.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${id} = ${p(values.length)}`, values);
        }
      }
    }
  }
}
