import { type MigrationInterface, type QueryRunner, TableCheck } from 'typeorm';
import { col, createTable, instant, makeAppendOnly } from './schema-helpers.js';

export class Minutes1764252000000 implements MigrationInterface {
  name = 'Minutes1764252000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'minutes',
      [
        col.id(),
        col.ref('session_id'),
        col.ref('unit_id'),
        col.str('status', 8),
        col.str('number', 64, true),
        col.ref('chair_official_id'),
        col.bool('chair_in_person', true),
        col.text('officials'),
        col.str('secretary_name', 120),
        col.str('secretary_title', 200),
        col.int('version', false, 0),
        col.str('content_hash', 64, true),
        instant(qr, 'finalized_at', true),
        col.ref('finalized_by', true),
        col.ref('created_by'),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [
          { columns: ['session_id'], table: 'sessions' },
          { columns: ['unit_id'], table: 'units' },
          { columns: ['chair_official_id'], table: 'officials' },
        ],
        // One set of minutes per session.
        indices: [{ columns: ['session_id'], unique: true, name: 'ux_minutes_session' }, { columns: ['unit_id'] }],
      },
    );
    await createTable(
      qr,
      'reception_cases',
      [
        col.id(),
        col.ref('minutes_id'),
        col.ref('session_id'),
        col.ref('unit_id'),
        col.int('seq'),
        col.date('received_on'),
        col.str('booking_code', 32, true),
        col.str('full_name', 120),
        col.str('address', 300),
        col.str('id_number_enc', 200),
        col.str('id_number_index', 64),
        col.int('group_size', false, 1),
        col.text('representatives_enc', true),
        col.text('summary'),
        col.text('request', true),
        col.str('petition_type', 16),
        col.str('previously_handled_by', 300, true),
        col.str('handling_route', 16),
        col.int('refusal_ground', true),
        col.str('refusal_reason', 1000, true),
        col.text('conclusion'),
        // assignee_unit_id is checked by the service (no foreign key): the petitions module owns the constraint that matters.
        col.ref('assignee_unit_id', true),
        col.date('due_date', true),
        col.str('note', 500, true),
        col.ref('petition_id', true),
        col.ref('created_by'),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [
          { columns: ['minutes_id'], table: 'minutes' },
          { columns: ['session_id'], table: 'sessions' },
          { columns: ['unit_id'], table: 'units' },
        ],
        indices: [
          { columns: ['minutes_id', 'seq'], unique: true, name: 'ux_reception_cases_minutes_seq' },
          { columns: ['unit_id', 'received_on'] },
          { columns: ['id_number_index'] },
        ],
      },
    );
    // Refusal only on the four grounds of Art. 9 of the Law on Citizen Reception, and only for refusals.
    await qr.createCheckConstraint(
      'reception_cases',
      new TableCheck({
        name: 'ck_reception_cases_refusal',
        expression:
          "(handling_route = 'refuse' AND refusal_ground BETWEEN 1 AND 4) OR (handling_route <> 'refuse' AND refusal_ground IS NULL)",
      }),
    );
    await createTable(
      qr,
      'minutes_amendments',
      [
        col.id(),
        col.ref('minutes_id'),
        col.str('reason', 1000),
        col.text('text'),
        col.ref('author_id'),
        col.str('author_name', 100),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [{ columns: ['minutes_id'], table: 'minutes' }],
        indices: [{ columns: ['minutes_id', 'created_at'] }],
      },
    );
    await makeAppendOnly(qr, 'minutes_amendments');
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['minutes_amendments', 'reception_cases', 'minutes']) await qr.dropTable(t, true);
  }
}
