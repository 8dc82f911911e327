import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following one's petition (tra cứu hồ sơ): each petition gets a lookup code (unique), the keyed hash of its secret
 * and the secret encrypted for re-printing. Petitions filed before have none; they get both the first time a paper
 * for the citizen is printed (`PetitionsService.lookupFor`), since a secret nobody was given cannot be looked up.
 */
export class PetitionLookup1790100000000 implements MigrationInterface {
  name = 'PetitionLookup1790100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE petitions ADD COLUMN lookup_code varchar(16) NULL');
    await qr.query('ALTER TABLE petitions ADD COLUMN lookup_secret_hash varchar(64) NULL');
    await qr.query('ALTER TABLE petitions ADD COLUMN lookup_secret_enc varchar(200) NULL');
    await qr.query('CREATE UNIQUE INDEX ux_petitions_lookup_code ON petitions (lookup_code)');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX ux_petitions_lookup_code');
    await qr.query('ALTER TABLE petitions DROP COLUMN lookup_secret_enc');
    await qr.query('ALTER TABLE petitions DROP COLUMN lookup_secret_hash');
    await qr.query('ALTER TABLE petitions DROP COLUMN lookup_code');
  }
}
